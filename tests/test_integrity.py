"""The content fingerprint: stable across save/load and key order, sensitive to every answer."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.case import caseformat, integrity
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, AuditEntry, AuditEvent, Case, Condition, Status
from chinacheck.case.signoff import sign_off
from chinacheck.storage import store


def test_fingerprint_is_64_hex_digits_and_deterministic() -> None:
    value = integrity.fingerprint(example_case())
    assert len(value) == 64 and set(value) <= set("0123456789abcdef")
    case = example_case()
    assert integrity.fingerprint(case) == integrity.fingerprint(case)


def test_canonical_bytes_are_compact_sorted_utf8() -> None:
    raw = integrity.canonical_bytes(example_case())
    text = raw.decode("utf-8")
    assert "王伟" in text and "\\u" not in text and "\n" not in text
    data = json.loads(raw)
    assert raw == json.dumps(data, sort_keys=True, separators=(",", ":"),
                             ensure_ascii=False).encode("utf-8")
    assert data["fingerprint_version"] == 1
    assert "audit" not in data and "modified" not in data


def test_stable_across_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    before = integrity.fingerprint(case)
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    assert integrity.fingerprint(store.load_case(path).case) == before
    store.save_case(store.load_case(path).case, path)  # a second save changes times only
    assert integrity.fingerprint(store.load_case(path).case) == before


def _shuffled(value: object, rng: random.Random) -> object:
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(value, list):
        return [_shuffled(v, rng) for v in value]
    return value


@pytest.mark.parametrize("seed", range(5))
def test_independent_of_key_order_and_whitespace(seed: int) -> None:
    case = example_case()
    data = _shuffled(caseformat.to_dict(case), random.Random(seed))
    raw = json.dumps(data, ensure_ascii=seed % 2 == 0, indent=seed or None).encode("utf-8")
    assert integrity.fingerprint(caseformat.loads(raw)) == integrity.fingerprint(case)


def test_volatile_and_trail_fields_are_left_out() -> None:
    case = example_case()
    before = integrity.fingerprint(case)
    case.modified = datetime(2030, 1, 1, tzinfo=UTC)
    case.created = datetime(2020, 1, 1, tzinfo=UTC)
    case.audit.append(AuditEntry(case.modified, AuditEvent.EXPORTED, 1, {"sha256": "0" * 64}))
    case.conditions.append(Condition("Voorwaarde", revision=1))
    sign_off(case, name="Zoë de Vries", role="opsteller", decision="doorgaan")
    assert integrity.fingerprint(case) == before


@pytest.mark.parametrize(("field", "value"), [
    ("title", "Andere titel"), ("kind", "overig"), ("organisation", "Provincie"),
    ("preparer", "Iemand anders"), ("start_date", date(2027, 3, 15)), ("end_date", None),
    ("topics", ["chips"]), ("measures", ""), ("decision", "Niet doorgaan"),
    ("content_version", "2024.01-1"), ("revision", 2), ("id", "andere-id"),
    ("extra", {"x-kenmerk": "Z/1"}),
])
def test_every_content_field_counts(field: str, value: object) -> None:
    case = example_case()
    assert integrity.fingerprint(replace(case, **{field: value})) != integrity.fingerprint(case)


def test_every_file_key_is_either_in_or_out() -> None:
    # A new field must be classified on purpose: content (fingerprinted) or not.
    keys = set(caseformat.to_dict(example_case()))
    assert keys == set(integrity.CONTENT_KEYS) | set(integrity.EXCLUDED_KEYS)
    assert not set(integrity.CONTENT_KEYS) & set(integrity.EXCLUDED_KEYS)


def _change(answer: Answer, how: int) -> Answer:
    if how == 0:
        others = [s for s in Status if s is not answer.status]
        return replace(answer, status=others[0])
    if how == 1:
        return replace(answer, note=answer.note + " ")
    if how == 2:
        return replace(answer, actions=[*answer.actions, Action("Nieuwe actie")])
    if answer.actions:
        first = answer.actions[0]
        return replace(answer, actions=[replace(first, done=not first.done), *answer.actions[1:]])
    return replace(answer, actions=[Action("x", done=True)])


@settings(max_examples=60, deadline=None)
@given(item=st.sampled_from(sorted(example_case().answers) + ["need-investment"]),
       how=st.integers(min_value=0, max_value=3))
def test_any_answer_change_changes_the_fingerprint(item: str, how: int) -> None:
    case = example_case()
    before = integrity.fingerprint(case)
    case.answers[item] = _change(case.answer(item), how)
    assert integrity.fingerprint(case) != before


def test_removing_an_answer_changes_the_fingerprint() -> None:
    case = example_case()
    before = integrity.fingerprint(case)
    case.set_answer("visit-programme", Answer())
    assert integrity.fingerprint(case) != before


def test_qr_payload_and_grouping() -> None:
    case = Case(title="t", id="abc")
    value = integrity.fingerprint(case)
    assert integrity.qr_payload(case) == f"chinacheck:case=abc;revision=1;sha256={value}"
    assert integrity.grouped("1234abcd5678") == "1234 abcd 5678"
