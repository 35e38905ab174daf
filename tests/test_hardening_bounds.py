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

from chinacheck.case import caseformat, encryption
from chinacheck.case.encryption import ScryptCost, TamperedFile
from chinacheck.case.examples import example_case
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


def test_the_command_line_refuses_it_in_one_line_without_asking(
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
