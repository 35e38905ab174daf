"""The case file format: round-trips, and every rejection path of the loader."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Case, Counterpart, Intermediary, RiskLevel, Status
from chinacheck.errors import CaseFileError


def _doc(**changes: Any) -> dict[str, Any]:
    data = caseformat.to_dict(example_case())
    data.update(changes)
    return data


def _bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_round_trip_keeps_every_value() -> None:
    case = example_case()
    again = caseformat.loads(caseformat.dumps(case))
    assert again == case


def test_file_header_and_encoding() -> None:
    raw = caseformat.dumps(example_case())
    data = json.loads(raw)
    assert data["format"] == "chinacheck-case"
    assert data["schema_version"] == caseformat.SCHEMA_VERSION
    assert "王伟" in raw.decode("utf-8")  # stored as UTF-8 text, not \u escapes


def test_unknown_top_level_keys_are_kept() -> None:
    case = caseformat.from_dict(_doc(future_field={"x": [1, 2]}))
    assert caseformat.to_dict(case)["future_field"] == {"x": [1, 2]}


def test_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + caseformat.dumps(example_case())
    assert caseformat.loads(raw).title == example_case().title


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "leeg"),
        (b"{not json", "geen geldige JSON"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"[1, 2]", "geen JSON-object"),
        (b'{"a": 1, "a": 2}', "dubbele sleutel"),
        (b'{"x": NaN}', "geen geldige JSON"),
        (b"[" * 5000 + b"]" * 5000, "diep genest"),
        (_bytes({"format": "something-else", "schema_version": 1}), "geen ChinaCheck-zaak"),
        (_bytes(_doc(schema_version=99)), "nieuwere ChinaCheck"),
        (_bytes(_doc(schema_version="1")), "schema_version"),
        (_bytes(_doc(schema_version=0)), "schema_version"),
        (_bytes({k: v for k, v in _doc().items() if k != "title"}), "'title': ontbreekt"),
        (_bytes({k: v for k, v in _doc().items() if k != "id"}), "'id': ontbreekt"),
        (_bytes(_doc(title=5)), "'title': verwacht tekst"),
        (_bytes(_doc(counterparts={})), "'counterparts': verwacht een lijst"),
        (_bytes(_doc(counterparts=[{"organisation": "x"}])), "counterparts[0].name"),
        (_bytes(_doc(topics=["ok", 3])), "topics[1]"),
        (_bytes(_doc(answers=[])), "'answers': verwacht een object"),
        (_bytes(_doc(answers={"x": {"status": "misschien"}})), "'misschien' is geen van"),
        (_bytes(_doc(answers={"x": {"status": "ja", "actions": [{"owner": "a"}]}})),
         "actions[0].text"),
        (_bytes(_doc(answers={"x": {"status": "ja", "actions": [{"text": "t", "done": "no"}]}})),
         "done"),
        (_bytes(_doc(answers={"x": {"status": "ja", "actions": [{"text": "t", "due": "morgen"}]}})),
         "geen geldige datum"),
        (_bytes(_doc(start_date=20270101)), "start_date"),
        (_bytes(_doc(overall_risk="enorm")), "overall_risk"),
        (_bytes(_doc(created="gisteren")), "created"),
        (_bytes(_doc(modified="2027-01-01T10:00:00")), "tijdzone"),
    ],
)
def test_rejections_name_the_problem(raw: bytes, fragment: str) -> None:
    with pytest.raises(CaseFileError) as info:
        caseformat.loads(raw, Path("zaak.chinacheck"))
    message = str(info.value)
    assert message.startswith("zaak.chinacheck: ")
    assert fragment in message
    assert "\n" not in message


def test_too_large_file_is_rejected_before_parsing() -> None:
    with pytest.raises(CaseFileError, match="te groot"):
        caseformat.parse_json(b" " * (caseformat.MAX_FILE_BYTES + 1))


def test_migration_framework_steps_one_version_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pretend future: current documents are upgraded to the next version by one step.
    current = caseformat.SCHEMA_VERSION
    monkeypatch.setattr(caseformat, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(caseformat.MIGRATIONS, current,
                        lambda d: {**d, "measures": d["measures"] + "!"})
    data, original = caseformat.migrate(_doc(measures="m", schema_version=current))
    assert original == current
    assert data["schema_version"] == current + 1
    assert data["measures"] == "m!"


texts = st.text(max_size=40)
dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)))
stamps = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC, microsecond=0))
actions = st.builds(Action, text=texts, owner=texts, due=dates, done=st.booleans())
answers = st.builds(Answer, status=st.sampled_from(Status), note=texts,
                    actions=st.lists(actions, max_size=3))
cases = st.builds(
    Case,
    title=texts, kind=st.sampled_from(["stedenband", "overig", "reis-uitgaand"]),
    id=st.uuids().map(str), organisation=texts, preparer=texts,
    start_date=dates, end_date=dates,
    counterparts=st.lists(st.builds(Counterpart, name=texts, organisation=texts, role=texts,
                                    notes=texts), max_size=3),
    intermediaries=st.lists(st.builds(Intermediary, name=texts, organisation=texts,
                                      background=texts), max_size=2),
    topics=st.lists(texts, max_size=3),
    answers=st.dictionaries(st.text(min_size=1, max_size=20), answers, max_size=4),
    measures=texts, overall_risk=st.sampled_from(RiskLevel), decision=texts,
    created=stamps, modified=stamps, content_version=texts,
)


@settings(max_examples=150, deadline=None)
@given(cases)
def test_any_case_round_trips(case: Case) -> None:
    assert caseformat.loads(caseformat.dumps(case)) == case
