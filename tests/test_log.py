"""The local log: its line shape, its bounds, and that it never holds what a case says."""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck import log
from chinacheck.case import encryption
from chinacheck.case.encryption import ScryptCost
from chinacheck.storage import paths

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|ERROR|CRITICAL) "
                  r"chinacheck\.[a-z.]+ action=\S+ object=\S+ result=\S+ .*origin=(cli|app)$")


@pytest.fixture(autouse=True)
def closed_log() -> object:
    yield
    log.shutdown()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_an_event_line_has_time_action_object_result_and_origin(tmp_path: Path) -> None:
    path = log.configure(tmp_path, origin="app")
    assert path == tmp_path / "logs" / "chinacheck.log"
    log.event(log.get("storage"), "case.save", object=log.case_object("abc-123"), revision=2)
    [line] = _lines(path)
    assert LINE.match(line), line
    assert " chinacheck.storage action=case.save object=case:abc-123 result=ok revision=2 " \
           "origin=app" in line


def test_a_value_cannot_forge_a_field_or_a_line(tmp_path: Path) -> None:
    path = log.configure(tmp_path)
    assert path is not None
    log.event(log.get("cli"), "command", command='x result=ok\n2026-01-01T00:00:00.000Z INFO "')
    [line] = _lines(path)
    assert 'command="x result=ok\\n2026-01-01T00:00:00.000Z INFO \\""' in line
    assert line.count("result=") == 2  # ours, and the quoted one inside the value


def test_the_log_is_private_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log, "MAX_BYTES", 2000)
    path = log.configure(tmp_path)
    assert path is not None
    for number in range(400):
        log.event(log.get("storage"), "case.save", object=log.case_object(str(number)))
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == ["chinacheck.log", "chinacheck.log.1",
                                       "chinacheck.log.2", "chinacheck.log.3"]
    assert all(f.stat().st_size <= 2000 for f in files)
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_a_log_that_cannot_be_written_never_stops_the_program(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert log.configure(blocker) is None  # logs/ cannot be made inside a file
    log.event(log.get("storage"), "case.save")  # goes nowhere, raises nothing
    assert log.log_file() is None


def test_levels_filter_and_reconfiguring_closes_the_old_file(tmp_path: Path) -> None:
    first = log.configure(tmp_path / "a", "WARNING")
    assert first is not None
    log.event(log.get("storage"), "case.open")
    log.event(log.get("storage"), "case.save", result="failed", level=logging.WARNING)
    second = log.configure(tmp_path / "b", "INFO")
    log.event(log.get("storage"), "case.open")
    assert [line.split()[3] for line in _lines(first)] == ["action=case.save"]
    assert second is not None and len(_lines(second)) == 1
    assert len(logging.getLogger(log.ROOT).handlers) == 1


def _raise_with(text: str) -> BaseException:
    try:
        raise ValueError(text)
    except ValueError as exc:
        return exc


def test_an_exception_is_logged_without_its_message_unless_debugging(tmp_path: Path) -> None:
    exc = _raise_with("Geheime notitie")
    log.configure(tmp_path)
    described = log.describe_exception(type(exc), exc, exc.__traceback__)
    assert described.startswith("builtins.ValueError\n")
    assert "_raise_with" in described and "Geheime notitie" not in described
    log.configure(tmp_path, debug=True)
    assert "Geheime notitie" in log.describe_exception(type(exc), exc, exc.__traceback__)


# --- through the command line ---------------------------------------------------------------

SECRETS = ("Handelsmissie Zhōngshān", "Notitie over Jan Jansen", "Pietje Puk", "beleidsadviseur",
           "wachtwoord-van-de-zaak", "wachtwoord-certificaat", "Handelsmissie", "Zhōngshān",
           "Jansen", "Puk")


def test_a_whole_workflow_leaves_ids_and_outcomes_but_no_case_text(
        capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.signing.selfsigned import make_pkcs12

    monkeypatch.setattr(encryption, "DEFAULT_COST", ScryptCost(n=2**10, r=8, p=1))
    code, out, _ = run(capsys, "new", "--title", SECRETS[0])
    assert code == 0
    case = Path(out.strip())
    assert run(capsys, "answer", str(case), "need-own-goals", "--status", "ja",
               "--note", SECRETS[1])[0] == 0
    assert run(capsys, "signoff", str(case), "--name", SECRETS[2], "--role", SECRETS[3],
               "--decision", "doorgaan", "--final", "--despite", "Toets.")[0] == 0
    p12, _cert = make_pkcs12(SECRETS[2], SECRETS[5])
    (tmp_path / "cert.p12").write_bytes(p12)
    (tmp_path / "cert.txt").write_text(SECRETS[5] + "\n", encoding="utf-8")
    pdf = tmp_path / "overzicht.pdf"
    assert run(capsys, "export", str(case), "-o", str(pdf), "--sign", str(tmp_path / "cert.p12"),
               "--passphrase-file", str(tmp_path / "cert.txt"))[0] == 0
    assert run(capsys, "verify", str(case), str(pdf))[0] == 0
    (tmp_path / "zaak.txt").write_text(SECRETS[4] + "\n", encoding="utf-8")
    secret = str(tmp_path / "zaak.txt")
    code, out, _ = run(capsys, "encrypt", str(case), "--passphrase-file", secret)
    assert code == 0
    plain_name, case = case, Path(out.splitlines()[0].removeprefix("versleuteld: "))
    assert run(capsys, "show", str(case), "--passphrase-file", str(tmp_path / "zaak.txt"))[0] == 0
    assert run(capsys, "show", str(case))[0] == 1  # refused: no passphrase
    assert run(capsys, "list")[0] == 0
    log.shutdown()

    path = data_home / "logs" / "chinacheck.log"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert all(LINE.match(line) for line in lines), text
    for secret in SECRETS + (plain_name.name, plain_name.stem, case.name, case.stem):
        assert secret.lower() not in text.lower(), secret
    from chinacheck.storage import store

    key = encryption.unlock(case.read_bytes(), SECRETS[4]).key
    case_id = store.load_case(case, key=key).case.id
    actions = [line.split()[3] for line in lines if f"object=case:{case_id}" in line]
    for action in ("action=case.save", "action=case.open", "action=export.summary",
                   "action=verify"):
        assert action in actions
    assert any("action=start" in line and "chinacheck=" in line for line in lines)
    assert any("action=command" in line and "result=refused" in line for line in lines)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_log_level_option_and_setting(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    from chinacheck.storage import settings

    assert run(capsys, "--log-level", "warning", "list")[0] == 0
    log.shutdown()
    assert not (data_home / "logs" / "chinacheck.log").exists()  # nothing at WARNING or worse
    saved = settings.load()
    saved.log_level = "ERROR"
    settings.save(saved)
    assert run(capsys, "show", str(data_home / "missing.chinacheck"))[0] == 1
    log.shutdown()
    assert not (data_home / "logs" / "chinacheck.log").exists()  # a refusal is a WARNING
    assert run(capsys, "--log-level", "INFO", "list")[0] == 0
    log.shutdown()
    assert "action=command" in (data_home / "logs" / "chinacheck.log").read_text()
    with pytest.raises(SystemExit) as exited:
        run(capsys, "--log-level", "LOUD", "list")
    assert exited.value.code == 2 and "ongeldige keuze: 'LOUD'" in capsys.readouterr().err


def test_an_internal_error_is_one_line_and_logged_debug_shows_it(
        capsys: pytest.CaptureFixture[str], data_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.cli import main as cli

    def boom(args: object) -> int:
        raise RuntimeError(" ".join(["Geheime", "notitie"]))  # the log shows this code line

    monkeypatch.setattr(cli, "cmd_list", boom)
    code, out, err = run(capsys, "list")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "--debug" in err and str(data_home / "logs") in err
    log.shutdown()
    logged = (data_home / "logs" / "chinacheck.log").read_text(encoding="utf-8")
    assert "result=error" in logged and "builtins.RuntimeError" in logged and "boom" in logged
    assert "Geheime notitie" not in logged
    with pytest.raises(RuntimeError):
        cli.main(["--debug", "list"])
    monkeypatch.setenv("CHINACHECK_DEBUG", "1")  # the older switch still works
    with pytest.raises(RuntimeError):
        cli.main(["list"])


def test_an_unreadable_case_folder_is_an_error_not_an_empty_list(
        capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    paths.cases_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.cases_dir().write_text("not a folder")  # unreadable as a folder, even for root
    code, out, err = run(capsys, "list")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "kan niet worden gelezen" in err
    paths.cases_dir().unlink()
    assert run(capsys, "list")[0] == 0  # no folder yet: an empty library


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_log_folder_is_private(tmp_path: Path) -> None:
    log.configure(tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path / "logs").st_mode) == 0o700
