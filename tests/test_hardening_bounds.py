"""Bounded cost for every input: the loader's limits on counts, text and JSON values, and the
work an encrypted file may ask of scrypt. Structural checks only (what is refused, with which
line, and how much work was done), never timings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli import run
from helpers.scrypt import CHEAP
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.case import caseformat, encryption, limits
from chinacheck.case.encryption import ScryptCost, TamperedFile
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import store

PASSPHRASE = "reisgeheim"


# --- scrypt: the work as well as the memory ---------------------------------------------------

@pytest.fixture(scope="module")
def sealed() -> bytes:
    return encryption.encrypt(caseformat.dumps(example_case()), PASSPHRASE, cost=CHEAP)


def _container(raw: bytes, n: int, r: int, p: int) -> bytes:
    """``raw`` with a header that asks for these scrypt factors (the ciphertext is real, made
    with the cheap cost: only the header is crafted)."""
    header = {"n": CHEAP.n, "r": CHEAP.r, "p": CHEAP.p}
    for name, value in (("n", n), ("r", r), ("p", p)):
        old = f'"{name}": {header[name]},'.encode()
        assert raw.count(old) == 1
        raw = raw.replace(old, f'"{name}": {value},'.encode())
    return raw


@pytest.fixture
def no_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to run scrypt (or AES) fails the test: refusals come before the work."""
    def forbidden() -> None:
        raise AssertionError("scrypt was run")

    monkeypatch.setattr(encryption, "_crypto", forbidden)


@pytest.mark.parametrize(("n", "r", "p"), [
    (2**20, 2, 16),  # 256 MiB, within the memory bound: 128 times the default's work
    (2**19, 4, 2),
    (2**15, 8, 5),
    (2**16, 16, 2),
])
def test_a_container_asking_too_much_work_is_refused_before_any(
        sealed: bytes, no_scrypt: None, n: int, r: int, p: int) -> None:
    assert 128 * r * n <= encryption.MAX_MEMORY and n * r * p > encryption.MAX_WORK
    raw = _container(sealed, n, r, p)
    with pytest.raises(TamperedFile, match="te veel rekenwerk"):
        encryption.check_container(raw)
    with pytest.raises(TamperedFile, match="te veel rekenwerk"):
        encryption.decrypt(raw, PASSPHRASE)


def test_the_default_and_the_bound_itself_are_allowed() -> None:
    assert ScryptCost().problem() is None
    assert encryption.DEFAULT_COST.n * encryption.DEFAULT_COST.r * encryption.DEFAULT_COST.p \
        * 4 == encryption.MAX_WORK
    assert ScryptCost(2**17, 8, 1).problem() is None  # exactly MAX_WORK
    assert ScryptCost(2**15, 8, 4).problem() is None
    assert ScryptCost(2**15, 8, 5).problem() is not None


def test_the_command_line_refuses_too_much_scrypt_work_in_one_line(
        sealed: bytes, no_scrypt: None, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reis.chinacheck"
    path.write_bytes(_container(sealed, 2**20, 2, 16))
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    code, out, err = run(capsys, "show", str(path), "--passphrase-file", str(secret))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "te veel rekenwerk" in err and str(path) in err


def test_a_case_encrypted_with_the_default_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "reis.chinacheck"
    store.save_case(example_case(), path, key=encryption.CaseKey.derive(PASSPHRASE))
    assert store.load_case(path, PASSPHRASE).case.title == example_case().title
    assert json.loads(path.read_bytes())["encryption"]["n"] == 2**15


# --- the loader's limits ----------------------------------------------------------------------

def _doc(**changes: object) -> dict[str, object]:
    return {**caseformat.to_dict(example_case()), **changes}


def _bytes(doc: dict[str, object]) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _refused(tmp_path: Path, raw: bytes, *fragments: str) -> str:
    path = tmp_path / "zaak.chinacheck"
    path.write_bytes(raw)
    with pytest.raises(CaseFileError) as info:
        store.load_case(path)
    problem = info.value.problem
    assert "\n" not in problem and len(problem) < 300, problem
    for fragment in fragments:
        assert fragment in problem, problem
    return problem


def _loads(tmp_path: Path, raw: bytes) -> Case:
    path = tmp_path / "zaak.chinacheck"
    path.write_bytes(raw)
    return store.load_case(path).case


_AT = "2026-11-23T10:00:00+00:00"
_ONE = {  # one valid entry of each list, as many times as a test needs
    "counterparts": lambda n: {"name": f"p{n}"},
    "intermediaries": lambda n: {"name": f"t{n}"},
    "topics": lambda n: f"onderwerp {n}",
    "signoffs": lambda n: {"name": "Zoë", "role": "opsteller", "decision": "doorgaan",
                           "signed_at": _AT, "revision": 1, "fingerprint": "0" * 64},
    "conditions": lambda n: {"text": f"voorwaarde {n}"},
    "debrief": lambda n: {"category": "gift", "note": f"geschenk {n}"},
    "audit": lambda n: {"at": _AT, "event": "created", "revision": 1, "detail": {}},
}


@pytest.mark.parametrize("key", sorted(limits.MAX_COUNTS))
def test_each_list_is_refused_one_beyond_its_limit(tmp_path: Path, key: str) -> None:
    limit = limits.MAX_COUNTS[key]
    if key == "answers":
        at_limit: object = {f"punt-{n}": {"status": "ja"} for n in range(limit)}
        beyond: object = {f"punt-{n}": {"status": "ja"} for n in range(limit + 1)}
    else:
        at_limit = [_ONE[key](n) for n in range(limit)]
        beyond = [_ONE[key](n) for n in range(limit + 1)]
    # Audit entries without their hash chain: a version 2 file, which loading links.
    version = {"schema_version": 2} if key == "audit" else {}
    case = _loads(tmp_path, _bytes(_doc(**{key: at_limit}, **version)))
    assert len(getattr(case, key)) == limit
    _refused(tmp_path, _bytes(_doc(**{key: beyond}, **version)), f"'{key}'", "te veel",
             f"({limit + 1}; hooguit {limit})")


def test_actions_per_answer_are_limited(tmp_path: Path) -> None:
    actions = [{"text": f"actie {n}"} for n in range(limits.MAX_ACTIONS + 1)]
    _refused(tmp_path, _bytes(_doc(answers={"visit-programme": {"status": "ja",
                                                                "actions": actions}})),
             "'answers[visit-programme].actions'", "te veel acties")
    actions.pop()
    case = _loads(tmp_path, _bytes(_doc(answers={"visit-programme": {"status": "ja",
                                                                     "actions": actions}})))
    assert len(case.answers["visit-programme"].actions) == limits.MAX_ACTIONS


@pytest.mark.parametrize(("change", "field", "limit"), [
    ({"counterparts": [{"name": "n" * 1_001}]}, "counterparts[0].name", limits.MAX_LINE_CHARS),
    ({"topics": ["t" * 1_001]}, "topics[0]", limits.MAX_LINE_CHARS),
    ({"title": "t" * 1_001}, "title", limits.MAX_LINE_CHARS),
    ({"counterparts": [{"name": "n", "notes": "x" * 100_001}]}, "counterparts[0].notes",
     limits.MAX_TEXT_CHARS),
    ({"measures": "m" * 100_001}, "measures", limits.MAX_TEXT_CHARS),
    ({"toekomst": {"lijst": ["x" * 100_001]}}, "toekomst.lijst[0]", limits.MAX_TEXT_CHARS),
    ({"audit": [{"at": _AT, "event": "created", "revision": 1, "prev": "0" * 64,
                 "detail": {"reason": "r" * 100_001}}]}, "audit[0].detail.reason",
     limits.MAX_TEXT_CHARS),
])
def test_a_text_over_its_limit_is_refused_naming_the_field(
        tmp_path: Path, change: dict[str, object], field: str, limit: int) -> None:
    _refused(tmp_path, _bytes(_doc(**change)), repr(field), "tekst te lang",
             f"hooguit {limit}")


def test_a_key_over_its_limit_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, _bytes(_doc(answers={"k" * 1_001: {"status": "ja"}})), "sleutel te lang")


def test_millions_of_tiny_values_are_refused_before_parsing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    count = (caseformat.MAX_FILE_BYTES - 10_000) // 3  # over a million: all the file holds
    raw = _bytes(_doc(toekomst="@")).replace(
        b'"toekomst": "@"', b'"toekomst": [' + b"[]," * count + b"[]]")
    assert len(raw) < caseformat.MAX_FILE_BYTES and count > 1_000_000

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(caseformat.json, "loads", no_parsing)
    problem = _refused(tmp_path, raw, "te veel JSON-waarden", f"hooguit {limits.MAX_JSON_ITEMS}")
    reported = int(problem.split("(")[1].split(";")[0])
    assert reported > 2 * count  # the '[' and ',' of each: counted, never parsed


def test_commas_and_brackets_inside_texts_are_not_counted(tmp_path: Path) -> None:
    # A legitimate file whose notes are full of punctuation: the quick count is too high, the
    # exact one (strings skipped) is not.
    note = "a, [b], {c}: d; " * 6_000
    answers = {item: {"status": "ja", "note": note} for item in ("visit-programme",
                                                                 "need-own-goals")}
    counterparts = [{"name": f"p{n}", "notes": note} for n in range(5)]
    raw = _bytes(_doc(answers=answers, counterparts=counterparts))
    assert sum(raw.count(token) for token in (b",", b"[", b"{", b":")) > limits.MAX_JSON_ITEMS
    case = _loads(tmp_path, raw)
    assert len(case.counterparts) == 5


@settings(max_examples=200, deadline=None)
@given(value=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab,:[]{}"\\ \n'),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text(alphabet='ab,:[]{}"\\', max_size=4), inner, max_size=4),
    max_leaves=30))
def test_the_item_count_is_never_below_the_values_and_keys(value: object) -> None:
    raw = json.dumps(value).encode("utf-8")

    def count(node: object) -> tuple[int, int]:  # (values and keys, empty containers)
        if isinstance(node, dict):
            inner = [count(v) for v in node.values()]
            return (1 + len(node) + sum(c for c, _ in inner),
                    (not node) + sum(e for _, e in inner))
        if isinstance(node, list):
            inner = [count(v) for v in node]
            return 1 + sum(c for c, _ in inner), (not node) + sum(e for _, e in inner)
        return 1, 0

    items, empty = count(value)
    assert limits.json_items(raw, 0) == items + empty  # exact: past the limit at once


def test_an_encrypted_container_with_millions_of_values_is_refused_unparsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = (b'{"format": "chinacheck-case", "encrypted": true, "x": ['
           + b"[]," * 1_000_000 + b"[]]}")
    assert encryption.is_encrypted(raw)

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(encryption.json, "loads", no_parsing)
    with pytest.raises(TamperedFile, match="te veel JSON-waarden"):
        encryption.check_container(raw)


def test_validate_names_a_few_unknown_items_and_counts_the_rest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zaak.chinacheck"
    answers = {f"verdwenen-{n:04}": {"status": "ja"} for n in range(limits.MAX_COUNTS["answers"])}
    path.write_bytes(_bytes(_doc(answers=answers)))
    code, out, err = run(capsys, "validate", str(path))
    assert code == 0 and out.strip() == "1 geldig"
    assert err.count("\n") == 1 and len(err) < 300
    assert "'verdwenen-0000', 'verdwenen-0001'" in err and "… en 995 meer" in err


def test_validate_refuses_too_many_counterparts_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zaak.chinacheck"
    many = [{"name": f"p{n}"} for n in range(limits.MAX_COUNTS["counterparts"] + 1)]
    path.write_bytes(_bytes(_doc(counterparts=many)))
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1 and err.count("\n") == 1
    assert "te veel gesprekspartners" in err and "hooguit 1000" in err


def test_a_save_never_writes_what_the_loader_would_refuse(tmp_path: Path) -> None:
    from chinacheck.case.model import Counterpart

    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    before = path.read_bytes()
    case = store.load_case(path).case
    case.counterparts = [Counterpart(f"p{n}") for n in range(limits.MAX_COUNTS["counterparts"]
                                                             + 1)]
    with pytest.raises(CaseFileError, match="opslaan geweigerd: .*te veel gesprekspartners"):
        store.save_case(case, path)
    assert path.read_bytes() == before
    case.counterparts = []
    case.measures = "m" * (limits.MAX_TEXT_CHARS + 1)
    with pytest.raises(CaseFileError, match="opslaan geweigerd: .*'measures'.*tekst te lang"):
        store.save_case(case, path)
    assert path.read_bytes() == before
    case.measures = "m" * limits.MAX_TEXT_CHARS
    store.save_case(case, path)
    assert store.load_case(path).case.measures == case.measures


def test_sealed_sign_offs_are_limited(tmp_path: Path) -> None:
    seal = {"seal": "AAAA"}
    many = [{**_ONE["signoffs"](n), **seal} for n in range(limits.MAX_SEALS + 1)]
    _refused(tmp_path, _bytes(_doc(signoffs=many)), "'signoffs'", "te veel verzegelde",
             f"hooguit {limits.MAX_SEALS}")


def test_a_thousand_differences_are_named_a_few_and_counted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A thousand sign-offs the audit trail knows nothing of: one line, not a thousand.
    from chinacheck.case import tamper

    path = tmp_path / "zaak.chinacheck"
    signoffs = [_ONE["signoffs"](n) for n in range(limits.MAX_COUNTS["signoffs"])]
    path.write_bytes(_bytes(_doc(signoffs=signoffs, schema_version=2)))
    finding = store.load_case(path).finding
    assert len(finding.differences) == tamper.MAX_NAMED + 1
    assert "en nog 992 verschil(len)" in finding.differences[-1]
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1 and err.count("\n") == 1 and len(err) < 2_000
