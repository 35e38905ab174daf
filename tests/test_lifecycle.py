"""The life of a case (format version 4): phases, reviews, debrief; in the core, the file and
on the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers.cli import en_fails, en_ok, run

from chinacheck.case import caseformat, lifecycle, tamper
from chinacheck.case.examples import example_case
from chinacheck.case.lifecycle import ReviewState, add_months
from chinacheck.case.model import Action, AuditEvent, Case, DebriefEntry
from chinacheck.case.signoff import reopen, sign_off
from chinacheck.errors import CaseFileError, InputError
from chinacheck.guidance import content, workflow
from chinacheck.storage import settings, store

SIGNED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def decided(kind: str = "stedenband", at: datetime = SIGNED) -> Case:
    case = example_case()
    case.kind = kind
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True, at=at)
    return case


# --- the rules as data ---------------------------------------------------------------------

def test_every_case_kind_has_rules_and_every_rule_names_a_known_kind() -> None:
    rules, kinds = workflow.load(), set(content.load().kind_ids)
    assert set(rules.kinds) == kinds
    for transition in rules.transitions:
        assert transition.kinds is None or transition.kinds <= kinds, transition
    standing = {k for k, r in rules.kinds.items() if r.review_months}
    assert standing == {"stedenband", "kennissamenwerking", "economische-samenwerking"}
    assert {k for k, r in rules.kinds.items() if r.debrief} >= {"reis-uitgaand",
                                                                "delegatie-inkomend"}


def test_debrief_categories_point_at_real_brochure_items_and_contacts() -> None:
    c = content.load()
    for category in workflow.load().categories:
        assert all(c.item(i) is not None for i in category.brochure_items), category.id
        assert all(c.contact(i) is not None for i in category.contacts), category.id
        assert category.label and category.label_en


# --- phases --------------------------------------------------------------------------------

def test_a_new_case_is_in_preparation_and_cannot_move_on_by_hand_before_a_decision() -> None:
    case = example_case()
    assert case.phase == "voorbereiding"
    assert lifecycle.targets(case) == ["afgesloten"]
    with pytest.raises(InputError, match="niet naar in-uitvoering"):
        lifecycle.change_phase(case, "in-uitvoering")
    assert case.phase == "voorbereiding"


def test_final_sign_off_decides_and_the_trip_runs_through_its_phases() -> None:
    case = decided("reis-uitgaand")
    assert case.phase == "besluit"
    assert case.audit[-1].event is AuditEvent.PHASE_CHANGED
    assert case.audit[-1].detail == {"from": "voorbereiding", "to": "besluit", "by": "signoff"}
    assert "beeindigd" not in lifecycle.targets(case)  # a trip is closed, not ended
    for target in ("in-uitvoering", "nazorg", "afgesloten"):
        lifecycle.change_phase(case, target)
    assert [e.detail["to"] for e in case.audit if e.event is AuditEvent.PHASE_CHANGED] == [
        "besluit", "in-uitvoering", "nazorg", "afgesloten"]
    assert lifecycle.targets(case) == []


def test_a_non_final_sign_off_does_not_decide() -> None:
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan")
    assert case.phase == "voorbereiding"


def test_ending_a_tie_needs_a_date_and_a_reason_and_keeps_them() -> None:
    case = decided()
    lifecycle.change_phase(case, "in-uitvoering")
    with pytest.raises(InputError, match="datum"):
        lifecycle.change_phase(case, "beeindigd", reason="Raadsbesluit")
    with pytest.raises(InputError, match="reden"):
        lifecycle.change_phase(case, "beeindigd", on=date(2026, 6, 1), reason="  ")
    assert case.phase == "in-uitvoering" and case.ended is None
    lifecycle.change_phase(case, "beeindigd", on=date(2026, 6, 1), reason="Raadsbesluit")
    assert case.ended is not None and case.ended.reason == "Raadsbesluit"
    assert case.audit[-1].detail == {"from": "in-uitvoering", "to": "beeindigd",
                                     "on": "2026-06-01", "reason": "Raadsbesluit"}


def test_unknown_phase_is_refused_with_the_choices() -> None:
    case = decided()
    with pytest.raises(InputError, match="onbekende fase.*kies uit: voorbereiding"):
        lifecycle.change_phase(case, "klaar")


def test_reopening_a_decided_case_prepares_again_but_a_review_keeps_it_running() -> None:
    case = decided()
    reopen(case, "nieuwe feiten")
    assert case.phase == "voorbereiding"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    lifecycle.change_phase(case, "in-uitvoering")
    reopen(case, review=True)
    assert case.phase == "in-uitvoering" and case.revision == 3
    assert case.audit[-1].detail == {"from_revision": 2, "review": True}
    assert case.answers  # carried over, to confirm or change


def test_a_review_needs_a_decided_case() -> None:
    with pytest.raises(InputError, match="herbeoordeling begint"):
        reopen(example_case(), review=True)


# --- reviews -------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
    (date(2026, 3, 10), 0, date(2026, 3, 10)),
])
def test_add_months_keeps_the_day_or_takes_the_months_last(day: date, months: int,
                                                           expected: date) -> None:
    assert add_months(day, months) == expected


def test_a_standing_tie_is_reviewed_twelve_months_after_its_last_final_sign_off() -> None:
    case = decided()
    assert lifecycle.next_review(case) == date(2027, 3, 10)
    assert lifecycle.next_review(case, {"stedenband": 6}) == date(2026, 9, 10)
    assert lifecycle.next_review(case, {"stedenband": 0}) is None
    assert lifecycle.next_review(decided("reis-uitgaand")) is None  # a trip is not reviewed
    assert lifecycle.next_review(example_case()) is None  # not decided yet


def test_a_review_date_set_by_hand_wins_and_is_recorded() -> None:
    case = decided()
    lifecycle.set_next_review(case, date(2026, 12, 1))
    assert lifecycle.next_review(case) == date(2026, 12, 1)
    assert case.audit[-1].event is AuditEvent.REVIEW_SCHEDULED
    assert case.audit[-1].detail == {"date": "2026-12-01"}
    lifecycle.set_next_review(case, None)
    assert lifecycle.next_review(case) == date(2027, 3, 10)
    count = len(case.audit)
    lifecycle.set_next_review(case, None)  # no change, no entry
    assert len(case.audit) == count


def test_review_states() -> None:
    today = date(2027, 1, 1)
    assert lifecycle.review_state(None, today) is ReviewState.NONE
    assert lifecycle.review_state(date(2026, 12, 31), today) is ReviewState.OVERDUE
    assert lifecycle.review_state(date(2027, 1, 1), today) is ReviewState.DUE
    assert lifecycle.review_state(date(2027, 1, 31), today) is ReviewState.DUE
    assert lifecycle.review_state(date(2027, 2, 1), today) is ReviewState.SCHEDULED


def test_an_ended_tie_has_no_review() -> None:
    case = decided()
    lifecycle.change_phase(case, "beeindigd", on=date(2026, 6, 1), reason="Raadsbesluit")
    assert lifecycle.next_review(case) is None


# --- debrief -------------------------------------------------------------------------------

def test_a_trip_past_its_end_date_has_its_debrief_outstanding_until_closed() -> None:
    case = decided("reis-uitgaand")
    assert case.end_date == date(2027, 3, 18)
    assert not lifecycle.debrief_outstanding(case, date(2027, 3, 18))
    assert lifecycle.debrief_outstanding(case, date(2027, 3, 19))
    lifecycle.change_phase(case, "in-uitvoering")
    lifecycle.change_phase(case, "nazorg")
    assert lifecycle.debrief_outstanding(case, date(2027, 1, 1))
    lifecycle.change_phase(case, "afgesloten")
    assert not lifecycle.debrief_outstanding(case, date(2027, 4, 1))
    assert not lifecycle.debrief_outstanding(decided("stedenband"), date(2030, 1, 1))


def test_debrief_actions_are_open_actions() -> None:
    case = decided("reis-uitgaand")
    case.debrief.append(DebriefEntry("gift", "Powerbank van de gastheer", date(2027, 3, 15),
                                     electronic=True, handling="handed-in",
                                     actions=[Action("Melden bij IB", "Zoë")]))
    assert ("nazorg bezoek", case.debrief[0].actions[0]) in case.open_actions()


# --- the file ------------------------------------------------------------------------------

def test_phase_end_review_and_debrief_round_trip_and_stay_outside_the_fingerprint(
        tmp_path: Path) -> None:
    from chinacheck.case import integrity

    case = decided("delegatie-inkomend")
    fingerprint = integrity.fingerprint(case)
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    lifecycle.change_phase(case, "in-uitvoering")
    lifecycle.set_next_review(case, date(2027, 5, 1))
    case.debrief.append(DebriefEntry("gift", "USB-stick 王伟", date(2027, 3, 15), True,
                                     "handed-in", [Action("Melden", "Zoë", date(2027, 3, 20))]))
    store.save_case(case, path)  # a locked case: the debrief may still be written
    loaded = store.load_case(path)
    assert not loaded.finding.tampered, loaded.finding
    again = loaded.case
    assert (again.phase, again.next_review) == ("in-uitvoering", date(2027, 5, 1))
    assert again.debrief == case.debrief
    assert integrity.fingerprint(again) == fingerprint
    assert [e.event for e in again.audit][-1] is AuditEvent.DEBRIEF_CHANGED
    assert again.audit[-1].detail == {"entries": [1]}


def test_a_version_3_file_is_migrated_to_a_phase(tmp_path: Path) -> None:
    case = decided()
    data = caseformat.to_dict(case)
    for key in ("phase", "ended", "next_review", "debrief"):
        del data[key]
    data["audit"] = [e for e in data["audit"] if e["event"] != "phase-changed"]
    from chinacheck.case import auditchain

    data["audit"] = auditchain.chained(
        {k: v for k, v in e.items() if k != "prev"} for e in data["audit"])
    data["schema_version"] = 3
    path = tmp_path / "oud.chinacheck"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = store.load_case(path)
    assert loaded.file_version == 3 and not loaded.finding.tampered, loaded.finding
    assert loaded.case.phase == "besluit" and loaded.case.debrief == []
    data["signoffs"] = []
    data["audit"] = auditchain.chained(
        {k: v for k, v in e.items() if k != "prev"} for e in data["audit"]
        if e["event"] != "signed")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert store.load_case(path).case.phase == "voorbereiding"


def test_a_phase_changed_by_hand_is_recognised(tmp_path: Path) -> None:
    case = decided()
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    data = json.loads(path.read_bytes())
    data["phase"] = "afgesloten"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    finding = store.load_case(path).finding
    assert finding.tampered
    assert any("fase 'afgesloten', maar volgens het logboek 'besluit'" in d
               for d in finding.differences)
    assert tamper.examine(case).differences == ()


@pytest.mark.parametrize(("change", "message"), [
    ({"phase": ""}, "phase"),
    ({"phase": "x" * 41}, "phase"),
    ({"phase": "a\u202eb"}, "phase"),
    ({"phase": 4}, "phase"),
    ({"ended": {"reason": "r"}}, "ended.on"),
    ({"ended": {"on": "2026-01-01"}}, "ended"),
    ({"next_review": "morgen"}, "next_review"),
    ({"debrief": [{"note": "n"}]}, "debrief[0].category"),
    ({"debrief": [{"category": "gift", "actions": [{"owner": "z"}]}]},
     "debrief[0].actions[0].text"),
    ({"debrief": {"category": "gift"}}, "debrief"),
])
def test_bad_lifecycle_values_are_refused_naming_the_field(
        tmp_path: Path, change: dict[str, object], message: str) -> None:
    data = caseformat.to_dict(example_case())
    data.update(change)
    path = tmp_path / "zaak.chinacheck"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CaseFileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        store.load_case(path)


# --- the command line ----------------------------------------------------------------------

@pytest.fixture
def trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "reis.chinacheck"
    case = example_case()
    case.kind = "reis-uitgaand"
    store.save_case(case, path)
    return path


def test_cli_phase_journey(trip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "phase", str(trip))
    assert code == 0 and "fase: Voorbereiding" in out and "kan naar: afgesloten" in out
    before = trip.read_bytes()
    code, out, err = run(capsys, "phase", str(trip), "in-uitvoering")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "niet naar in-uitvoering" in err and str(trip) in err
    assert trip.read_bytes() == before
    assert run(capsys, "signoff", str(trip), "--name", "Zoë", "--role", "opsteller",
               "--decision", "doorgaan", "--final", "--despite", "Toets.")[0] == 0
    code, out, _ = run(capsys, "phase", str(trip), "in-uitvoering")
    assert code == 0 and out.strip() == "fase: Besluit → In uitvoering"
    assert run(capsys, "phase", str(trip), "nazorg")[0] == 0
    case = store.load_case(trip).case
    assert case.phase == "nazorg"
    assert [e.detail["to"] for e in case.audit if e.event is AuditEvent.PHASE_CHANGED] == [
        "besluit", "in-uitvoering", "nazorg"]


def test_cli_ending_a_tie_and_its_review(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "band.chinacheck"
    store.save_case(decided(at=datetime(2026, 1, 5, tzinfo=UTC)), path)
    code, out, _ = run(capsys, "review", str(path))
    assert code == 0 and out.strip() == "volgende herbeoordeling: 2027-01-05"
    code, out, _ = run(capsys, "review", str(path), "--date", "01-03-2027")
    assert code == 0 and out.strip() == "volgende herbeoordeling: 2027-03-01"
    for bad in (["--date", "31-02-2027"], ["--date", "1899-12-31"], ["--start", "--default"]):
        code, out, err = run(capsys, "review", str(path), *bad)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    code, _, err = run(capsys, "phase", str(path), "beeindigd", "--reason", "Raadsbesluit")
    assert code == 1 and "datum" in err
    assert run(capsys, "phase", str(path), "beeindigd", "--reason", "Raadsbesluit",
               "--date", "2026-06-01")[0] == 0
    code, out, _ = run(capsys, "phase", str(path))
    assert "beëindigd op 2026-06-01: Raadsbesluit" in out and "herbeoordeling" not in out


def test_cli_review_start_opens_a_new_revision(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "band.chinacheck"
    store.save_case(decided(), path)
    code, out, _ = run(capsys, "review", str(path), "--start")
    assert code == 0 and "revisie 2" in out
    case = store.load_case(path).case
    assert case.revision == 2 and not case.locked and case.answers
    code, _, err = run(capsys, "review", str(path), "--start")
    assert code == 1 and "herbeoordeling begint" in err


def test_cli_review_months_follow_the_settings(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "band.chinacheck"
    store.save_case(decided(), path)
    saved = settings.load()
    saved.review_months = {"stedenband": 24}
    settings.save(saved)
    code, out, _ = run(capsys, "review", str(path))
    assert out.strip() == "volgende herbeoordeling: 2028-03-10"


def test_cli_phase_in_english(trip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = en_ok(capsys, "phase", str(trip), allowed=("afgesloten",))  # the id one types
    assert "phase: Preparation" in out and "can move to: afgesloten" in out
    err = en_fails(capsys, "phase", str(trip), "klaar", allowed=("besluit",))  # phase ids
    assert "unknown phase" in err


# --- the library keeps what the register and the overview need --------------------------------

def test_the_library_summary_carries_the_life_of_the_case_through_its_index(
        tmp_path: Path) -> None:
    from chinacheck.storage import library, paths

    folder = paths.cases_dir()
    folder.mkdir(parents=True, exist_ok=True)
    case = decided("reis-uitgaand")
    lifecycle.change_phase(case, "in-uitvoering")
    case.debrief.append(DebriefEntry("gift", "USB", actions=[Action("Melden", "Zoë",
                                                                    date(2027, 4, 1))]))
    store.save_case(case, folder / "reis.chinacheck")
    band = decided()
    lifecycle.change_phase(band, "beeindigd", on=date(2026, 6, 1), reason="Raadsbesluit")
    store.save_case(band, folder / "band.chinacheck")
    import os
    import time

    old = time.time() - 10  # older than the racy window: the next listing trusts the index
    for name in ("reis.chinacheck", "band.chinacheck"):
        os.utime(folder / name, (old, old))
    fresh = library.list_cases(folder)
    cached = library.list_cases(folder)
    assert fresh == cached
    summaries = {e.path.name: e for e in cached if isinstance(e, library.CaseSummary)}
    trip, tie = summaries["reis.chinacheck"], summaries["band.chinacheck"]
    assert (trip.phase, trip.decision, trip.decided_on) == ("in-uitvoering", "doorgaan",
                                                            date(2026, 3, 10))
    assert (trip.start_date, trip.end_date, trip.debrief_entries) == (
        date(2027, 3, 14), date(2027, 3, 18), 1)
    assert library.ActionSummary("Melden", "Zoë", date(2027, 4, 1), "nazorg bezoek") in \
        trip.actions
    assert len(trip.actions) == trip.open_actions
    assert (tie.phase, tie.ended_on, tie.ended_reason) == ("beeindigd", date(2026, 6, 1),
                                                           "Raadsbesluit")
    assert tie.next_review() is None
    assert decided_summary_review(tmp_path) == date(2027, 3, 10)


def decided_summary_review(tmp_path: Path) -> date | None:
    from chinacheck.storage import library

    path = tmp_path / "band.chinacheck"
    store.save_case(decided(), path)
    entry = library.read_entry(path, content.load())
    assert isinstance(entry, library.CaseSummary)
    assert entry.next_review({"stedenband": 1}) == date(2026, 4, 10)
    return entry.next_review()


# --- the details command: a case made on the command line can be made ready ------------------

def test_cli_details_fill_what_readiness_asks_and_refuse_bad_values(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chinacheck.case import readiness

    path = tmp_path / "reis.chinacheck"
    store.save_case(Case(title="Reis", kind="reis-uitgaand"), path)
    before = path.read_bytes()
    for bad in (["--start", "2027-03-20", "--end", "2027-03-14"], ["--risk", "enorm"],
                ["--counterpart", ";x"], ["--title", " "], ["--start", "morgen"]):
        code, out, err = run(capsys, "details", str(path), *bad)
        assert code == 1 and out == "" and err.count("\n") == 1, (bad, err)
    assert path.read_bytes() == before
    code, out, _ = run(capsys, "details", str(path), "--organisation", "Gemeente Zwolle",
                       "--preparer", "Zoë de Vries", "--start", "14-03-2027", "--end",
                       "2027-03-18", "--counterpart", "王伟; Gemeente Wuhan; adjunct-directeur",
                       "--counterpart", "Li Na", "--topic", "waterstof", "--risk", "midden")
    assert code == 0, out
    case = store.load_case(path).case
    assert (case.organisation, case.preparer) == ("Gemeente Zwolle", "Zoë de Vries")
    assert (case.start_date, case.end_date) == (date(2027, 3, 14), date(2027, 3, 18))
    assert [(c.name, c.organisation, c.role) for c in case.counterparts] == [
        ("王伟", "Gemeente Wuhan", "adjunct-directeur"), ("Li Na", "", "")]
    assert case.topics == ["waterstof"] and case.overall_risk.value == "midden"
    codes = {gap.code for gap in readiness.gaps(case)}
    assert not codes & {"organisation", "period", "counterparts", "risk"}
    assert case.audit[-1].event is AuditEvent.DETAILS_CHANGED
