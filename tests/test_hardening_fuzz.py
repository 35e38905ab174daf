"""The loader against hostile files: every input ends in a case or in CaseFileError, nothing else,
and the file it read is left exactly as it was.

A fast run of each kind of input in the normal suite, ten thousand mixed examples in the slow
one, and the huge values (strings and garbage as large as a file may be, files over the size
limit, deep nesting) as plain tests. The limits
on counts, lengths and JSON items have their own tests in test_hardening_bounds.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import hostile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinacheck.case import caseformat, limits
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import store

OLD = 1_000_000  # a recognisable mtime: a load must not touch it
FAST = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])
SLOW = settings(FAST, max_examples=10_000)


def load_untouched(folder: Path, raw: bytes) -> Case | CaseFileError:
    """Load ``raw`` from a file with store.load_case; the file and its folder must not change."""
    path = folder / "zaak.chinacheck"
    path.write_bytes(raw)
    os.utime(path, (OLD, OLD))
    before = sorted(p.name for p in folder.iterdir())
    try:
        result: Case | CaseFileError = store.load_case(path).case
    except CaseFileError as exc:
        assert exc.path == path
        assert exc.problem.strip(), "an error says what is wrong"
        result = exc
    assert path.read_bytes() == raw
    assert path.stat().st_mtime == OLD
    assert sorted(p.name for p in folder.iterdir()) == before
    return result


def refused(folder: Path, raw: bytes, fragment: str = "") -> CaseFileError:
    result = load_untouched(folder, raw)
    assert isinstance(result, CaseFileError), "a bad file was accepted"
    assert fragment in result.problem
    return result


def saves_and_loads_back(case: Case) -> None:
    """A case that loaded can be written and read back unchanged (no value the writer cannot
    write or the reader would then refuse)."""
    assert caseformat.loads(caseformat.dumps(case)) == case


# --- one kind at a time, in the normal suite -----------------------------------------------

@FAST
@given(raw=st.binary(max_size=2000))
def test_arbitrary_bytes(tmp_path: Path, raw: bytes) -> None:
    load_untouched(tmp_path, raw)


@settings(FAST, max_examples=60)
@given(raw=hostile.mutated_cases())
def test_valid_cases_with_mutated_values_and_types(tmp_path: Path, raw: bytes) -> None:
    result = load_untouched(tmp_path, raw)
    if isinstance(result, Case):
        saves_and_loads_back(result)


@FAST
@given(raw=hostile.valid_cases())
def test_valid_cases_load(tmp_path: Path, raw: bytes) -> None:
    result = load_untouched(tmp_path, raw)
    assert isinstance(result, Case), result
    saves_and_loads_back(result)


@FAST
@given(raw=hostile.truncated_cases())
def test_truncated_files(tmp_path: Path, raw: bytes) -> None:
    refused(tmp_path, raw)


@FAST
@given(raw=hostile.invalid_utf8())
def test_invalid_utf8(tmp_path: Path, raw: bytes) -> None:
    refused(tmp_path, raw, "UTF-8")


@FAST
@given(raw=hostile.with_bom())
def test_byte_order_marks(tmp_path: Path, raw: bytes) -> None:
    result = load_untouched(tmp_path, raw)
    if raw.startswith(hostile.BOM * 2):
        assert isinstance(result, CaseFileError), "only one byte-order mark is tolerated"


@FAST
@given(raw=hostile.random_json())
def test_random_json(tmp_path: Path, raw: bytes) -> None:
    refused(tmp_path, raw)  # random JSON is never a whole case


@FAST
@given(raw=hostile.headers())
def test_unknown_and_future_schema_versions(tmp_path: Path, raw: bytes) -> None:
    doc = json.loads(raw)
    result = load_untouched(tmp_path, raw)
    version = doc.get("schema_version")
    valid_version = type(version) is int and 1 <= version <= caseformat.SCHEMA_VERSION
    if doc.get("format") != caseformat.FORMAT or not valid_version:
        assert isinstance(result, CaseFileError)
    if doc.get("format") == caseformat.FORMAT and type(version) is int \
            and version > caseformat.SCHEMA_VERSION:
        assert isinstance(result, CaseFileError) and "nieuwere ChinaCheck" in result.problem


@FAST
@given(raw=hostile.duplicate_keys())
def test_duplicate_keys(tmp_path: Path, raw: bytes) -> None:
    refused(tmp_path, raw, "dubbele sleutel")


@FAST
@given(raw=hostile.huge_numbers())
def test_huge_numbers(tmp_path: Path, raw: bytes) -> None:
    result = load_untouched(tmp_path, raw)
    if isinstance(result, Case):
        saves_and_loads_back(result)


@FAST
@given(raw=hostile.deep_nesting())
def test_deep_nesting(tmp_path: Path, raw: bytes) -> None:
    result = load_untouched(tmp_path, raw)
    if _bracket_depth(raw) > caseformat.MAX_NESTING:
        assert isinstance(result, CaseFileError)
        if raw.startswith(b"{"):  # a bare array is refused for not being an object at all
            assert "diep genest" in result.problem


def _bracket_depth(raw: bytes) -> int:
    """How deep arrays and objects nest, not counting brackets inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


# --- ten thousand of everything ------------------------------------------------------------

@pytest.mark.slow
@SLOW
@given(raw=hostile.anything)
def test_ten_thousand_hostile_files(tmp_path: Path, raw: bytes) -> None:
    load_untouched(tmp_path, raw)


# --- huge values, one by one ---------------------------------------------------------------

# As large as a case file may be, less room for the rest of the case: the parser sees it all.
HUGE = caseformat.MAX_FILE_BYTES - 64 * 1024


def _doc_bytes(**changes: object) -> bytes:
    doc = caseformat.to_dict(example_case())
    doc.update(changes)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("field", ["title", "measures", "decision"])
def test_huge_text_is_refused_naming_the_field(tmp_path: Path, field: str) -> None:
    text = "王伟 <b>&amp;</b> " * (HUGE // 25)
    problem = refused(tmp_path, _doc_bytes(**{field: text}), "tekst te lang").problem
    assert repr(field) in problem and len(problem) < 300


@pytest.mark.parametrize(("field", "limit"), [("title", limits.MAX_LINE_CHARS),
                                              ("measures", limits.MAX_TEXT_CHARS),
                                              ("decision", limits.MAX_TEXT_CHARS)])
def test_text_up_to_its_limit_loads(tmp_path: Path, field: str, limit: int) -> None:
    text = ("王伟 <b>&amp;</b> " * limit)[:limit]
    result = load_untouched(tmp_path, _doc_bytes(**{field: text}))
    assert isinstance(result, Case) and getattr(result, field) == text
    refused(tmp_path, _doc_bytes(**{field: text + "x"}), f"hooguit {limit}")


GARBAGE = {  # built when the test runs, not held for the whole session
    "number": lambda: _doc_bytes(title=5).replace(b'"title": 5', b'"title": ' + b"9" * HUGE),
    "bad-escapes": lambda: _doc_bytes(title="x").replace(
        b'"title": "x"', b'"title": "' + b"\\x" * (HUGE // 2) + b'"'),
    "key": lambda: b'{"' + b"k" * HUGE + b'": 1}',
    "open-arrays": lambda: b"[" * HUGE,
    "open-objects": lambda: b'{"a": ' * (HUGE // 6),
    "open-string": lambda: b'"' + b"a" * HUGE,
}


@pytest.mark.parametrize("kind", GARBAGE)
def test_huge_garbage_is_refused(tmp_path: Path, kind: str) -> None:
    refused(tmp_path, GARBAGE[kind]())


def test_huge_key_in_a_valid_case_is_refused(tmp_path: Path) -> None:
    problem = refused(tmp_path, _doc_bytes(**{"k" * HUGE: "v"}), "sleutel te lang").problem
    assert len(problem) < 300


def test_an_unknown_key_up_to_the_limit_is_kept(tmp_path: Path) -> None:
    key = "k" * limits.MAX_LINE_CHARS
    result = load_untouched(tmp_path, _doc_bytes(**{key: "v"}))
    assert isinstance(result, Case) and result.extra[key] == "v"


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    raw = _doc_bytes()
    raw = raw + b" " * (caseformat.MAX_FILE_BYTES + 1 - len(raw))
    refused(tmp_path, raw, "te groot")


# --- loader faults found by the fuzzer, each with its own test ------------------------------

@pytest.mark.parametrize("replace", [
    (b'"title": "a"', b'"title": "\\ud800"'),
    (b'"title": "a"', b'"title": "x\\udfff"'),
    (b'"answers": {', b'"answers": {"\\ud83d": {"status": "ja"}, '),
    (b'"title": "a"', b'"title": "a", "future": [{"\\udc00": 1}]'),
])
def test_lone_surrogate_escape_is_refused(tmp_path: Path, replace: tuple[bytes, bytes]) -> None:
    # A lone UTF-16 surrogate loads into Python but can never be written as UTF-8: refused on
    # load, naming the field, rather than a case that opens and can never be saved.
    raw = _doc_bytes(title="a").replace(*replace, 1)
    assert replace[1] in raw
    refused(tmp_path, raw, "surrogaat")


def test_surrogate_pair_escape_is_one_character(tmp_path: Path) -> None:
    raw = _doc_bytes(title="a").replace(b'"title": "a"', b'"title": "\\ud83d\\ude00 \\\\ud800"')
    result = load_untouched(tmp_path, raw)
    assert isinstance(result, Case) and result.title == "\U0001f600 \\ud800"
    saves_and_loads_back(result)


def test_a_case_that_cannot_be_written_is_a_case_file_error(tmp_path: Path) -> None:
    case, path = example_case(), tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    before = path.read_bytes()
    case.title = "kapot \ud800"  # e.g. pasted from a broken clipboard
    with pytest.raises(CaseFileError, match="ongeldig teken"):
        store.save_case(case, path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("number", [b"1e999", b"-1e999", b"1" + b"0" * 400 + b".5"])
def test_overflowing_number_is_refused(tmp_path: Path, number: bytes) -> None:
    # It would parse as inf, be kept in an unknown key and be written back as Infinity.
    raw = _doc_bytes(future="@").replace(b'"future": "@"', b'"future": ' + number)
    refused(tmp_path, raw, "getal buiten bereik")


@pytest.mark.parametrize("key", ["a\nb", "a\u202eb", "a\u2028b", "\x00", "a\rb\tc"])
def test_error_message_is_one_line_whatever_the_keys(tmp_path: Path, key: str) -> None:
    doc = caseformat.to_dict(example_case())
    doc["answers"] = {key: None}
    problem = refused(tmp_path, json.dumps(doc).encode("utf-8")).problem
    assert problem.isprintable(), problem
    assert repr(key) in problem  # the item id quoted, its invisible characters escaped


def test_error_message_stays_short(tmp_path: Path) -> None:
    raw = _doc_bytes(schema_version=7).replace(b'"schema_version": 7',
                                               b'"schema_version": ' + b"9" * 4000)
    assert len(refused(tmp_path, raw, "nieuwere ChinaCheck").problem) < 300


@pytest.mark.parametrize("change", [
    {"answers": {"x" * 10_000: None}},
    {"answers": {"x": {"status": "y" * 10_000}}},
    {"created": "9" * 10_000},
    {"start_date": "2027" * 2_500},
])
def test_values_and_keys_in_messages_are_cut_short(tmp_path: Path,
                                                   change: dict[str, object]) -> None:
    doc = {**caseformat.to_dict(example_case()), **change}
    problem = refused(tmp_path, json.dumps(doc).encode("utf-8")).problem
    assert len(problem) < 300 and problem.isprintable()
