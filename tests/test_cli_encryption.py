"""The command line with encrypted cases and case locks: encrypt, decrypt, every command that
reads a case with --passphrase-file or a prompt, and every command that writes under the lock.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck.case import encryption
from chinacheck.case.examples import example_case
from chinacheck.cli.main import main
from chinacheck.storage import locking, recovery, store

pytest.importorskip("cryptography")

PASSPHRASE = "correct paard batterij 王伟"
TITLE = "Handelsmissie Chongqing"


pytestmark = pytest.mark.usefixtures("cheap_scrypt")


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Make stdin a terminal and answer getpass prompts in turn; returns the prompts shown."""

    def answer(*answers: str) -> list[str]:
        asked: list[str] = []
        queue = list(answers)

        def fake_getpass(prompt: str = "") -> str:
            asked.append(prompt)
            return queue.pop(0)

        monkeypatch.setattr(sys, "stdin", Terminal())
        monkeypatch.setattr(getpass, "getpass", fake_getpass)
        return asked

    return answer


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "wachtwoord.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    case = example_case()
    case.title = TITLE
    path = tmp_path / "missie.chinacheck"
    store.save_case(case, path)
    store.save_case(case, path)  # a plain <name>.bak beside it
    return path


@pytest.fixture
def sealed(capsys: pytest.CaptureFixture[str], plain: Path, secret: Path) -> Path:
    """``plain`` encrypted: under its new, neutral name."""
    code, out, _ = run(capsys, "encrypt", str(plain), "--passphrase-file", str(secret))
    assert code == 0
    return Path(out.splitlines()[0].removeprefix("versleuteld: "))


# --- encrypt ---------------------------------------------------------------------------------

def test_encrypt_with_a_passphrase_file(capsys: pytest.CaptureFixture[str], plain: Path,
                                        secret: Path) -> None:
    case = store.load_case(plain).case
    recovery.write(case, plain)
    v1 = store.version_backup_path(plain, 1)
    v1.write_bytes(b"old plain version")
    code, out, err = run(capsys, "encrypt", str(plain), "--passphrase-file", str(secret))
    assert code == 0, err
    sealed = plain.with_name(out.splitlines()[0].removeprefix(f"versleuteld: {plain.parent}/"))
    assert re.fullmatch(r"zaak-[0-9a-f]{8}\.chinacheck", sealed.name)
    assert out.splitlines()[1] == f"nieuwe naam, zonder de titel: {sealed.name} (was {plain.name})"
    assert "missie.chinacheck.bak" in out and "missie.chinacheck.v1.bak" in out
    assert encryption.is_encrypted(sealed.read_bytes())
    assert TITLE.encode() not in sealed.read_bytes()
    assert sorted(p.name for p in plain.parent.iterdir()) == sorted([sealed.name,
                                                                     "wachtwoord.txt"])
    assert recovery.pending() == []
    assert store.load_case(sealed, PASSPHRASE).case == case
    assert not locking.lock_path(plain).exists() and not locking.lock_path(sealed).exists()


def test_encrypt_asks_twice_in_a_terminal(capsys: pytest.CaptureFixture[str], plain: Path,
                                          prompts: Callable[..., list[str]]) -> None:
    asked = prompts(PASSPHRASE, PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", str(plain))
    assert code == 0
    assert len(asked) == 2 and "missie.chinacheck" in asked[0]
    sealed = Path(out.splitlines()[0].removeprefix("versleuteld: "))
    assert store.load_case(sealed, PASSPHRASE).case.title == TITLE


def test_encrypt_refuses_different_or_empty_passphrases(
        capsys: pytest.CaptureFixture[str], plain: Path,
        prompts: Callable[..., list[str]], tmp_path: Path) -> None:
    before = plain.read_bytes()
    prompts(PASSPHRASE, PASSPHRASE + "x")
    code, _, err = run(capsys, "encrypt", str(plain))
    assert code == 1 and "niet gelijk" in _one_error_line(err)
    prompts("")
    code, _, err = run(capsys, "encrypt", str(plain))
    assert code == 1 and "leeg" in _one_error_line(err)
    empty = tmp_path / "leeg.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, "encrypt", str(plain), "--passphrase-file", str(empty))
    assert code == 1 and "leeg" in _one_error_line(err)
    assert plain.read_bytes() == before
    assert store.backup_path(plain).exists()


def test_encrypt_without_terminal_or_file_says_how(capsys: pytest.CaptureFixture[str],
                                                   plain: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code, _, err = run(capsys, "encrypt", str(plain))
    assert code == 1 and "--passphrase-file" in _one_error_line(err)
    assert not encryption.is_encrypted(plain.read_bytes())


def test_encrypt_refuses_encrypted_broken_and_missing_files(
        capsys: pytest.CaptureFixture[str], sealed: Path, secret: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "encrypt", str(sealed), "--passphrase-file", str(secret))
    assert code == 1 and "al versleuteld" in _one_error_line(err)
    broken = tmp_path / "kapot.chinacheck"
    broken.write_bytes(b"{")
    code, _, err = run(capsys, "encrypt", str(broken), "--passphrase-file", str(secret))
    assert code == 1 and "JSON" in _one_error_line(err)
    assert broken.read_bytes() == b"{"
    code, _, err = run(capsys, "encrypt", str(tmp_path / "weg.chinacheck"),
                       "--passphrase-file", str(secret))
    assert code == 1 and "bestaat niet" in _one_error_line(err)
    assert not locking.lock_path(tmp_path / "weg.chinacheck").exists()
    code, _, err = run(capsys, "encrypt", str(sealed), "--passphrase-file",
                       str(tmp_path / "geen-bestand.txt"))
    assert code == 1


# --- decrypt ---------------------------------------------------------------------------------

def test_decrypt_to_a_new_file(capsys: pytest.CaptureFixture[str], sealed: Path, secret: Path,
                               tmp_path: Path) -> None:
    out = tmp_path / "open.chinacheck"
    code, stdout, err = run(capsys, "decrypt", str(sealed), "-o", str(out),
                            "--passphrase-file", str(secret))
    assert code == 0, err
    assert stdout.strip() == str(out)
    assert store.load_case(out).case.title == TITLE
    assert encryption.is_encrypted(sealed.read_bytes())  # the encrypted file stays


def test_decrypt_never_overwrites_another_file(capsys: pytest.CaptureFixture[str],
                                               sealed: Path, secret: Path,
                                               tmp_path: Path) -> None:
    other = tmp_path / "ander.chinacheck"
    other.write_bytes(b"iets anders")
    code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(other),
                       "--passphrase-file", str(secret))
    assert code == 1 and "bestaat al" in _one_error_line(err)
    assert other.read_bytes() == b"iets anders"


def test_decrypt_in_place_only_when_asked_explicitly(capsys: pytest.CaptureFixture[str],
                                                     sealed: Path, secret: Path) -> None:
    code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(sealed),
                       "--passphrase-file", str(secret))
    assert code == 0, err
    assert store.load_case(sealed).case.title == TITLE
    assert not locking.lock_path(sealed).exists()


def test_decrypt_with_a_prompt(capsys: pytest.CaptureFixture[str], sealed: Path,
                               tmp_path: Path, prompts: Callable[..., list[str]]) -> None:
    asked = prompts(PASSPHRASE)
    out = tmp_path / "open.chinacheck"
    assert run(capsys, "decrypt", str(sealed), "-o", str(out))[0] == 0
    assert asked == [f"Wachtwoord van {sealed.name}: "]


def test_decrypt_refusals(capsys: pytest.CaptureFixture[str], sealed: Path, plain: Path,
                          secret: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "open.chinacheck"
    wrong = tmp_path / "fout.txt"
    wrong.write_text("fout", encoding="utf-8")
    code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(out), "--passphrase-file",
                       str(wrong))
    assert code == 1 and "onjuist" in _one_error_line(err) and not out.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(out))
    assert code == 1 and "--passphrase-file" in _one_error_line(err)
    plain_copy = tmp_path / "plat.chinacheck"
    store.save_case(example_case(), plain_copy)
    code, _, err = run(capsys, "decrypt", str(plain_copy), "-o", str(out),
                       "--passphrase-file", str(secret))
    assert code == 1 and "niet versleuteld" in _one_error_line(err)
    tampered = tmp_path / "gewijzigd.chinacheck"
    raw = bytearray(sealed.read_bytes())
    raw[-10] = ord("A") if raw[-10] != ord("A") else ord("B")
    tampered.write_bytes(bytes(raw))
    code, _, err = run(capsys, "decrypt", str(tampered), "-o", str(out),
                       "--passphrase-file", str(secret))
    assert code == 1 and "gewijzigd of beschadigd" in _one_error_line(err)
    assert not out.exists()


@pytest.mark.parametrize("argv", [("decrypt",), ("decrypt", "x.chinacheck"), ("encrypt",),
                                  ("encrypt", "a", "b")])
def test_usage_errors_exit_2(argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2


# --- commands that read a case ------------------------------------------------------------------

def test_show_and_validate_with_a_passphrase_file(capsys: pytest.CaptureFixture[str],
                                                  sealed: Path, secret: Path) -> None:
    code, out, _ = run(capsys, "show", str(sealed), "--passphrase-file", str(secret))
    assert code == 0 and TITLE in out
    code, out, _ = run(capsys, "show", str(sealed), "--json", "--passphrase-file", str(secret))
    assert code == 0 and json.loads(out)["title"] == TITLE
    code, out, _ = run(capsys, "validate", str(sealed), "--passphrase-file", str(secret))
    assert code == 0 and out.strip() == "1 geldig"


def test_reading_commands_prompt_in_a_terminal(capsys: pytest.CaptureFixture[str],
                                               sealed: Path,
                                               prompts: Callable[..., list[str]]) -> None:
    asked = prompts(PASSPHRASE)
    code, out, _ = run(capsys, "show", str(sealed))
    assert code == 0 and TITLE in out
    assert asked == [f"Wachtwoord van {sealed.name}: "]
    prompts("fout")
    code, _, err = run(capsys, "show", str(sealed))
    assert code == 1 and "onjuist" in _one_error_line(err)


@pytest.mark.parametrize("command", [
    ("show",), ("validate",), ("answer", "{}", "visit-programme", "--status", "ja"),
    ("signoff", "{}", "--name", "Zoë", "--role", "opsteller", "--decision", "doorgaan"),
    ("reopen", "{}"), ("export", "{}", "-o", "{pdf}"), ("verify", "{}", "{pdf}"),
])
def test_without_passphrase_and_terminal_exit_1_saying_how(
        capsys: pytest.CaptureFixture[str], sealed: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    pdf = tmp_path / "zaak.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    argv = [a.replace("{pdf}", str(pdf)).replace("{}", str(sealed)) for a in command]
    if command == ("show",) or command == ("validate",):
        argv.append(str(sealed))
    before = sealed.read_bytes()
    code, _, err = run(capsys, *argv)
    assert code == 1
    line = _one_error_line(err)
    assert "versleuteld" in line and "passphrase-file" in line
    assert sealed.read_bytes() == before
    assert not locking.lock_path(sealed).exists()


def test_validate_reports_each_file(capsys: pytest.CaptureFixture[str], sealed: Path,
                                    secret: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    other = tmp_path / "plat.chinacheck"
    store.save_case(example_case(), other)
    code, _, err = run(capsys, "validate", str(other), str(sealed))
    assert code == 1
    assert _one_error_line(err).startswith(f"{sealed}: de zaak is versleuteld")
    code, out, _ = run(capsys, "validate", str(other), str(sealed), "--passphrase-file",
                       str(secret))
    assert code == 0 and out.strip() == "2 geldig"


def test_list_shows_an_encrypted_case_as_such(capsys: pytest.CaptureFixture[str],
                                              data_home: Path, secret: Path) -> None:
    code, out, _ = run(capsys, "new", "--title", TITLE)
    path = Path(out.strip())
    run(capsys, "new", "--title", "Open zaak")
    code, out, _ = run(capsys, "encrypt", str(path), "--passphrase-file", str(secret))
    assert code == 0
    sealed = Path(out.splitlines()[0].removeprefix("versleuteld: "))
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = sorted(out.splitlines())
    assert f"-\t{sealed.name}\t-\tversleuteld\t-" in lines
    assert TITLE not in out and path.name not in out and any("Open zaak" in line for line in lines)


# --- commands that change a case ----------------------------------------------------------------

def test_answer_signoff_reopen_keep_the_case_encrypted(capsys: pytest.CaptureFixture[str],
                                                       sealed: Path, secret: Path) -> None:
    pf = ("--passphrase-file", str(secret))
    assert run(capsys, "answer", str(sealed), "visit-programme", "--status", "nee", *pf)[0] == 0
    assert run(capsys, "signoff", str(sealed), "--name", "Zoë", "--role", "opsteller",
               "--decision", "doorgaan", "--final", "--despite", "Toets.", *pf)[0] == 0
    code, _, err = run(capsys, "answer", str(sealed), "visit-programme", "--status", "ja", *pf)
    assert code == 1 and "definitief afgetekend" in err
    assert run(capsys, "reopen", str(sealed), "--reason", "nieuw", *pf)[0] == 0
    for name in (sealed, store.backup_path(sealed)):
        assert encryption.is_encrypted(name.read_bytes())
        assert TITLE.encode() not in name.read_bytes()
    case = store.load_case(sealed, PASSPHRASE).case
    assert case.answers["visit-programme"].status.value == "nee"
    assert case.revision == 2 and len(case.signoffs) == 1
    assert [e.event.value for e in case.audit][-5:] == [
        "answers-changed", "signed", "phase-changed", "reopened", "phase-changed"]
    assert not locking.lock_path(sealed).exists()


def test_export_and_verify_an_encrypted_case(capsys: pytest.CaptureFixture[str], sealed: Path,
                                             secret: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "missie.pdf"
    code, out, err = run(capsys, "export", str(sealed), "-o", str(pdf),
                         "--case-passphrase-file", str(secret))
    assert code == 0, err
    assert encryption.is_encrypted(sealed.read_bytes())
    case = store.load_case(sealed, PASSPHRASE).case
    assert case.audit[-1].event.value == "exported"
    code, out, err = run(capsys, "verify", str(sealed), str(pdf), "--passphrase-file",
                         str(secret))
    assert code == 0, err
    # --passphrase-file of export stays the certificate's: without --sign a usage error.
    code, _, err = run(capsys, "export", str(sealed), "-o", str(pdf), "--passphrase-file",
                       str(secret))
    assert code == 2 and "--case-passphrase-file" in err


def test_export_prompts_for_the_case_passphrase(capsys: pytest.CaptureFixture[str],
                                                sealed: Path, tmp_path: Path,
                                                prompts: Callable[..., list[str]]) -> None:
    asked = prompts(PASSPHRASE)
    code, _, err = run(capsys, "export", str(sealed), "-o", str(tmp_path / "m.pdf"))
    assert code == 0, err
    assert asked == [f"Wachtwoord van {sealed.name}: "]


# --- locks ---------------------------------------------------------------------------------------

CHANGING = [
    ("answer", "{}", "visit-programme", "--status", "ja"),
    ("signoff", "{}", "--name", "Zoë", "--role", "opsteller", "--decision", "doorgaan"),
    ("reopen", "{}"),
    ("export", "{}", "-o", "{pdf}"),
    ("encrypt", "{}", "--passphrase-file", "{secret}"),
]


@pytest.mark.parametrize("command", CHANGING, ids=[c[0] for c in CHANGING])
def test_changing_commands_refuse_a_case_in_use(capsys: pytest.CaptureFixture[str],
                                                plain: Path, secret: Path, tmp_path: Path,
                                                command: tuple[str, ...]) -> None:
    argv = [a.replace("{}", str(plain)).replace("{pdf}", str(tmp_path / "x.pdf"))
            .replace("{secret}", str(secret)) for a in command]
    before = plain.read_bytes()
    with locking.acquire(plain) as held:
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        line = _one_error_line(err)
        assert "in gebruik door" in line and held.info.user in line and held.info.host in line
        assert plain.read_bytes() == before
        assert held.is_held()
    assert not (tmp_path / "x.pdf").exists()


def test_decrypt_in_place_refuses_a_case_in_use(capsys: pytest.CaptureFixture[str],
                                                sealed: Path, secret: Path) -> None:
    before = sealed.read_bytes()
    with locking.acquire(sealed):
        code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(sealed),
                           "--passphrase-file", str(secret))
    assert code == 1 and "in gebruik door" in _one_error_line(err)
    assert sealed.read_bytes() == before


def test_a_stale_lock_of_another_computer_is_not_taken_over_by_the_command_line(
        capsys: pytest.CaptureFixture[str], plain: Path) -> None:
    # Stale by age only: whether its holder is gone cannot be told from here (a lock of a
    # dead process on this computer is taken over: tests/test_storage_hardening.py).
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    held = locking.acquire(plain)
    info = json.loads(held.path.read_bytes())
    info["pid"], info["host"] = dead.pid, "laptop-elders"
    info["since"] = info["refreshed"] = "2020-01-01T00:00:00+00:00"
    held.path.write_text(json.dumps(info), encoding="utf-8")
    code, _, err = run(capsys, "answer", str(plain), "visit-programme", "--status", "ja")
    assert code == 1 and "verlaten" in _one_error_line(err)
    assert json.loads(held.path.read_bytes()) == info  # left as it was
    os.unlink(held.path)


def test_reading_commands_need_no_lock(capsys: pytest.CaptureFixture[str], plain: Path,
                                       tmp_path: Path) -> None:
    with locking.acquire(plain):
        assert run(capsys, "show", str(plain))[0] == 0
        assert run(capsys, "validate", str(plain))[0] == 0


def test_lock_is_released_when_the_command_fails(capsys: pytest.CaptureFixture[str],
                                                 plain: Path) -> None:
    code, _, _ = run(capsys, "signoff", str(plain), "--name", "Zoë", "--role", "x",
                     "--decision", "doorgaan onder voorwaarden")
    assert code == 1
    assert not locking.lock_path(plain).exists()
