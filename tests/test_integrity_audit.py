"""The audit trail: recorded on save, append-only, and strictly checked on load."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.case.model import (
    Answer,
    AuditEntry,
    AuditEvent,
    Case,
    Condition,
    Decision,
    SignOff,
    Status,
)
from chinacheck.case.signoff import set_condition_done, sign_off
from chinacheck.cli.main import main
from chinacheck.errors import CaseFileError
from chinacheck.storage import store


def _events(path: Path) -> list[AuditEvent]:
    return [e.event for e in store.load_case(path).case.audit]


def test_a_new_file_starts_with_created(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    assert _events(path) == [AuditEvent.CREATED]


def test_saving_records_changed_details_and_items(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    case = store.load_case(path).case
    store.save_case(case, path)  # nothing changed: nothing recorded
    case.title, case.measures = "Nieuwe titel", ""
    case.set_answer("need-investment", Answer(Status.NEE))
    case.set_answer("visit-programme", Answer())
    store.save_case(case, path)
    trail = store.load_case(path).case.audit
    assert [e.event for e in trail] == [AuditEvent.CREATED, AuditEvent.DETAILS_CHANGED,
                                       AuditEvent.ANSWERS_CHANGED]
    assert trail[1].detail == {"fields": ["title", "measures"]}
    assert trail[2].detail == {"items": ["need-investment", "visit-programme"]}


def test_cli_answer_logs_answers_changed(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zaak.chinacheck"
    assert main(["new", "--title", "Bezoek", "-o", str(path)]) == 0
    assert main(["answer", str(path), "visit-programme", "--status", "ja"]) == 0
    assert main(["answer", str(path), "visit-programme", "--status", "ja"]) == 0  # no change
    capsys.readouterr()
    trail = store.load_case(path).case.audit
    assert [(e.event, e.detail) for e in trail] == [
        (AuditEvent.CREATED, {}), (AuditEvent.ANSWERS_CHANGED, {"items": ["visit-programme"]})]


def test_entries_are_never_dropped(tmp_path: Path) -> None:
    # The app's undo restores an older snapshot of the whole case, audit trail included.
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    store.save_case(case, path)
    stale = caseformat.from_dict(caseformat.to_dict(case))
    case.title = "Eerste wijziging"
    store.save_case(case, path)
    stale.measures = "Andere wijziging"
    store.save_case(stale, path)
    assert _events(path) == [AuditEvent.CREATED, AuditEvent.DETAILS_CHANGED,
                             AuditEvent.DETAILS_CHANGED]
    trail = store.load_case(path).case.audit
    assert [e.detail["fields"] for e in trail[1:]] == [["title"], ["title", "measures"]]


def test_ticking_off_a_condition_on_a_locked_case(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision=Decision.VOORWAARDEN,
             conditions="Programma delen\nGeen werklaptops", final=True)
    store.save_case(case, path)
    case = store.load_case(path).case
    set_condition_done(case, 2)
    store.save_case(case, path)
    case = store.load_case(path).case
    assert case.locked and [c.done for c in case.conditions] == [False, True]
    assert case.audit[-1].event is AuditEvent.CONDITIONS_CHANGED
    assert case.audit[-1].detail == {"conditions": [2]}


def test_a_failed_save_leaves_the_trail_in_memory_as_it_was(tmp_path: Path) -> None:
    case = example_case()
    with pytest.raises(CaseFileError):
        store.save_case(case, tmp_path / "weg" / "zaak.chinacheck")
    assert case.audit == []


def _doc(**changes: Any) -> dict[str, Any]:
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan")
    data = caseformat.to_dict(case)
    data.update(changes)
    return data


GOOD_ENTRY = {"at": "2027-01-01T10:00:00+00:00", "event": "created", "revision": 1, "detail": {},
              "prev": "0" * 64}


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"audit": {}}, "'audit': verwacht een lijst"),
    ({"audit": None}, "'audit': verwacht een lijst"),
    ({"audit": ["x"]}, "'audit[0]': verwacht een object"),
    ({"audit": [{**GOOD_ENTRY, "event": "deleted"}]}, "'deleted' is geen van"),
    ({"audit": [{**GOOD_ENTRY, "at": "gisteren"}]}, "audit[0].at"),
    ({"audit": [{**GOOD_ENTRY, "at": "2027-01-01T10:00:00"}]}, "tijdzone"),
    ({"audit": [GOOD_ENTRY, {**GOOD_ENTRY, "detail": []}]}, "audit[1].detail"),
    ({"audit": [{**GOOD_ENTRY, "revision": 0}]}, "audit[0].revision"),
    ({"audit": [{**GOOD_ENTRY, "revision": True}]}, "audit[0].revision"),
    ({"revision": "1"}, "'revision'"),
    ({"signoffs": [{"name": "x"}]}, "signoffs[0].fingerprint': ontbreekt"),
])
def test_malformed_trail_or_signoffs_are_refused(changes: dict[str, Any], fragment: str) -> None:
    raw = json.dumps(_doc(**changes), ensure_ascii=False).encode("utf-8")
    with pytest.raises(CaseFileError) as info:
        caseformat.loads(raw, Path("zaak.chinacheck"))
    assert fragment in str(info.value) and "\n" not in str(info.value)


def _signoff_doc(**changes: Any) -> dict[str, Any]:
    data = _doc()
    data["signoffs"][0].update(changes)
    return data


@pytest.mark.parametrize(("changes", "fragment"), [
    ({"decision": "misschien"}, "signoffs[0].decision"),
    ({"fingerprint": "ABC"}, "signoffs[0].fingerprint"),
    ({"revision": 2}, "hoger dan die van de zaak"),
    ({"final": "ja"}, "signoffs[0].final"),
    ({"signed_at": None}, "signoffs[0].signed_at"),
])
def test_malformed_signoff_fields_are_refused(changes: dict[str, Any], fragment: str) -> None:
    raw = json.dumps(_signoff_doc(**changes)).encode("utf-8")
    with pytest.raises(CaseFileError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        caseformat.loads(raw)


def test_missing_audit_in_a_version_2_file_is_refused() -> None:
    data = _doc()
    del data["audit"]
    with pytest.raises(CaseFileError, match="'audit': ontbreekt"):
        caseformat.loads(json.dumps(data).encode("utf-8"))


stamps = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC, microsecond=0))
texts = st.text(max_size=30)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | texts,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(texts, inner, max_size=3), max_leaves=8)


@settings(max_examples=80, deadline=None)
@given(signoffs=st.lists(st.builds(SignOff, name=texts, role=texts,
                                   decision=st.sampled_from(Decision), signed_at=stamps,
                                   revision=st.just(1), fingerprint=st.just("a" * 64),
                                   conditions=texts, statement=texts, final=st.booleans()),
                         max_size=3),
       conditions=st.lists(st.builds(Condition, text=texts, owner=texts, done=st.booleans(),
                                     revision=st.integers(1, 5)), max_size=3),
       audit=st.lists(st.builds(AuditEntry, at=stamps, event=st.sampled_from(AuditEvent),
                                revision=st.integers(1, 9),
                                detail=st.dictionaries(texts, json_values, max_size=3)),
                      max_size=4))
def test_signoffs_conditions_and_trail_round_trip(signoffs: list[SignOff],
                                                   conditions: list[Condition],
                                                   audit: list[AuditEntry]) -> None:
    case = Case(title="t", signoffs=signoffs, conditions=conditions, audit=audit)
    assert caseformat.loads(caseformat.dumps(case)) == case
