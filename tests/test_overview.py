"""The Overzicht's core: what the library's summaries say needs attention on a given day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from chinacheck.case import lifecycle
from chinacheck.case.examples import example_case
from chinacheck.case.lifecycle import ReviewState
from chinacheck.case.model import CONDITIONS_KEY, DEBRIEF_KEY
from chinacheck.case.signoff import sign_off
from chinacheck.case.vocabulary import RiskLevel
from chinacheck.guidance import content
from chinacheck.storage import library, overview, store
from chinacheck.storage.library import ActionSummary, BrokenCase, CaseSummary, EncryptedCase
from chinacheck.storage.overview import Place, Target

TODAY = date(2027, 3, 1)


def summary(name: str, kind: str = "stedenband", phase: str = "voorbereiding",
            **fields: object) -> CaseSummary:
    values: dict[str, object] = dict(
        path=Path(f"/zaken/{name}.chinacheck"), id=name, title=name.capitalize(), kind=kind,
        organisation="Gemeente", answered=1, total=10, open_actions=0, risk=RiskLevel.LAAG,
        modified=datetime(2026, 1, 1, tzinfo=UTC), phase=phase)
    values.update(fields)
    if "actions" in fields:
        values["open_actions"] = len(fields["actions"])  # type: ignore[arg-type]
    return CaseSummary(**values)  # type: ignore[arg-type]


def test_cases_by_phase_in_the_rules_order_each_by_title() -> None:
    entries: list[library.LibraryEntry] = [
        summary("b"), summary("a"), summary("c", phase="nazorg", kind="reis-uitgaand"),
        EncryptedCase(Path("/zaken/x.chinacheck")), BrokenCase(Path("/zaken/y"), "kapot")]
    seen = overview.build(entries, TODAY)
    assert list(seen.by_phase) == list(lifecycle.rules().phase_ids)
    assert [c.id for c in seen.by_phase["voorbereiding"]] == ["a", "b"]
    assert [c.id for c in seen.by_phase["nazorg"]] == ["c"]
    assert seen.by_phase["afgesloten"] == []
    assert len(seen.encrypted) == 1 and len(seen.broken) == 1


def test_reviews_due_within_the_rules_days_or_overdue_most_overdue_first() -> None:
    due_days = lifecycle.rules().review_due_days
    entries = [
        summary("later", phase="besluit", next_review_set=TODAY + timedelta(days=due_days + 1)),
        summary("due", phase="besluit", next_review_set=TODAY + timedelta(days=due_days)),
        summary("today", phase="besluit", next_review_set=TODAY),
        summary("late", phase="in-uitvoering", next_review_set=date(2027, 2, 27)),
        # 12 months after the last final sign-off: 2026-02-10 → overdue since 2027-02-10
        summary("default", phase="besluit", decided_on=date(2026, 2, 10)),
        summary("ended", phase="beeindigd", next_review_set=date(2027, 1, 1)),
        summary("trip", kind="reis-uitgaand", phase="besluit", decided_on=date(2026, 1, 1)),
    ]
    seen = overview.build(entries, TODAY)
    assert [(line.case.id, line.state, line.days) for line in seen.reviews] == [
        ("default", ReviewState.OVERDUE, -19), ("late", ReviewState.OVERDUE, -2),
        ("today", ReviewState.DUE, 0), ("due", ReviewState.DUE, due_days)]
    assert seen.overdue_reviews == 2
    assert all(line.target == Target(line.case.path, Place.DETAILS) for line in seen.reviews)


def test_review_months_from_the_settings_move_the_default_review() -> None:
    case = summary("tie", phase="besluit", decided_on=date(2027, 1, 15))
    assert overview.build([case], TODAY).reviews == []
    moved = overview.build([case], TODAY, {"stedenband": 1}).reviews
    assert [(line.due, line.state) for line in moved] == [(date(2027, 2, 15),
                                                            ReviewState.OVERDUE)]


def test_trips_and_visits_in_the_coming_60_days_and_those_under_way() -> None:
    trip = "reis-uitgaand"
    entries = [
        summary("day60", kind=trip, phase="besluit", start_date=date(2027, 4, 30)),
        summary("day61", kind=trip, phase="besluit", start_date=date(2027, 5, 1)),
        summary("now", kind=trip, phase="in-uitvoering", start_date=date(2027, 2, 27),
                end_date=date(2027, 3, 2)),
        summary("past", kind=trip, phase="in-uitvoering", start_date=date(2027, 2, 1),
                end_date=date(2027, 2, 28)),
        summary("visit", kind="delegatie-inkomend", start_date=date(2027, 3, 10)),
        summary("closed", kind=trip, phase="afgesloten", start_date=date(2027, 3, 5)),
        summary("tie", start_date=date(2027, 3, 5)),  # a standing tie is no trip
    ]
    seen = overview.build(entries, TODAY)
    assert [(line.case.id, line.days) for line in seen.trips] == [
        ("now", -2), ("visit", 9), ("day60", 60)]
    assert [line.case.id for line in overview.build(entries, TODAY, horizon=61).trips][-1] \
        == "day61"


def test_open_actions_overdue_first_then_by_due_date_undated_last_each_opening_its_place(
        ) -> None:
    a = summary("a", actions=(
        ActionSummary("Later", "Zoë", date(2027, 6, 1), "contact-role"),
        ActionSummary("Zonder datum", "", None, CONDITIONS_KEY),
    ))
    b = summary("b", kind="reis-uitgaand", phase="nazorg", actions=(
        ActionSummary("Te laat", "Piet", date(2027, 2, 1), DEBRIEF_KEY),
        ActionSummary("Vandaag", "Piet", TODAY, "visit-programme"),
        ActionSummary("Ook te laat", "Piet", date(2027, 1, 1), "contact-role"),
    ))
    seen = overview.build([a, b], TODAY)
    assert [(line.action.text, line.overdue) for line in seen.actions] == [
        ("Ook te laat", True), ("Te laat", True), ("Vandaag", False), ("Later", False),
        ("Zonder datum", False)]
    assert seen.overdue_actions == 2
    targets = {line.action.text: line.target for line in seen.actions}
    assert targets["Later"] == Target(a.path, Place.CHECKLIST, "contact-role")
    assert targets["Zonder datum"] == Target(a.path, Place.CONDITIONS)
    assert targets["Te laat"] == Target(b.path, Place.DEBRIEF)


def test_debriefs_outstanding_for_trips_past_their_end_and_in_nazorg() -> None:
    trip = "reis-uitgaand"
    entries = [
        summary("nazorg", kind=trip, phase="nazorg", end_date=date(2027, 2, 1)),
        summary("ended", kind=trip, phase="in-uitvoering", end_date=date(2027, 2, 28)),
        summary("running", kind=trip, phase="in-uitvoering", end_date=TODAY),
        summary("prep", kind=trip, phase="voorbereiding", end_date=date(2027, 1, 1)),
        summary("closed", kind=trip, phase="afgesloten", end_date=date(2027, 1, 1)),
        summary("tie", phase="in-uitvoering", end_date=date(2027, 1, 1)),
    ]
    seen = overview.build(entries, TODAY)
    assert [line.case.id for line in seen.debriefs] == ["nazorg", "ended"]
    assert seen.debriefs[0].target == Target(entries[0].path, Place.DEBRIEF)


@pytest.mark.parametrize(("phase", "end"), [
    ("besluit", date(2027, 2, 1)), ("in-uitvoering", date(2027, 3, 1)),
    ("nazorg", None), ("voorbereiding", date(2027, 1, 1)), ("afgesloten", date(2027, 1, 1))])
def test_the_summary_says_what_the_case_says_about_its_debrief(
        tmp_path: Path, phase: str, end: date | None) -> None:
    case = example_case()
    case.kind = "reis-uitgaand"
    if phase != "voorbereiding":
        sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True,
                 at=datetime(2026, 1, 5, tzinfo=UTC))
    case.phase = phase
    case.end_date = end
    path = tmp_path / "reis.chinacheck"
    store.save_case(case, path)
    entry = library.read_entry(path, content.load())
    assert isinstance(entry, CaseSummary)
    in_overview = bool(overview.build([entry], TODAY).debriefs)
    assert in_overview == lifecycle.debrief_outstanding(case, TODAY)
