"""A log-out or shutdown ends the app: SIGTERM and SIGHUP, and the session manager's request to
commit data, keep the unsaved changes as the recovery copy and release the case's lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from chinacheck.case import caseformat
from chinacheck.case.model import Case
from chinacheck.storage import locking, paths, recovery
from chinacheck.storage.store import save_case

DRIVER = Path(__file__).resolve().parent / "helpers" / "app_driver.py"


def _case(folder: Path) -> Path:
    path = folder / "zaak.chinacheck"
    save_case(Case(title="Bezoek"), path)
    return path


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM and SIGHUP are POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_keeps_the_changes_and_releases_the_lock(tmp_path: Path,
                                                          signum: signal.Signals) -> None:
    home = paths.data_dir()
    case_file = _case(home)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", paths.ENV_HOME: str(home)}
    app = subprocess.Popen([sys.executable, str(DRIVER), str(case_file)], env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(60, app.kill)  # a hung app fails the test, never the run
    watchdog.start()
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "dirty", app.stderr.read() if app.stderr else ""
        assert locking.read_lock(case_file) is not None  # the app holds the case
        assert recovery.pending() == []
        app.send_signal(signum)
        code = app.wait(timeout=30)
    finally:
        watchdog.cancel()
        if app.poll() is None:
            app.kill()
            app.wait()
        for stream in (app.stdout, app.stderr):
            if stream is not None:
                stream.close()
    assert code == 0
    assert not locking.lock_path(case_file).exists()
    (kept,) = recovery.pending()
    assert kept.original == case_file
    assert recovery.load(kept).case.title == "Gewijzigd, niet opgeslagen"
    assert caseformat.loads(case_file.read_bytes()).title == "Bezoek"  # not saved over


def test_commit_data_keeps_the_changes_and_a_log_out_closes_without_asking(
        window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import SIGNAL
    from PySide6.QtWidgets import QApplication

    from chinacheck.ui.shutdown import SessionEnd

    case_file = _case(tmp_path)
    assert window.open_path(case_file)
    session = window.session
    session.doc.edit("Titel", lambda case: setattr(case, "title", "Gewijzigd"))
    app = QApplication.instance()
    ending = SessionEnd(app, session.end_session, session.prepare_for_session_end)
    ending.install()
    try:
        # Qt emits commitDataRequest with its own QSessionManager, which Python cannot make.
        assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
        ending.commit_data(None)
    finally:
        ending.uninstall()
    (kept,) = recovery.pending()
    assert recovery.load(kept).case.title == "Gewijzigd"
    assert not locking.lock_path(case_file).exists()
    assert session.doc is not None and session.doc.read_only is None  # still open, editable
    window.close()  # the log-out goes on: closing asks nothing (every dialog would fail)
    assert session.doc is None
    assert [r.original for r in recovery.pending()] == [case_file]
    assert not locking.lock_path(case_file).exists()


def test_a_cancelled_log_out_takes_the_lock_again(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_file = _case(tmp_path)
    assert window.open_path(case_file)
    session = window.session
    session.doc.edit("Titel", lambda case: setattr(case, "title", "Gewijzigd"))
    session.prepare_for_session_end()
    assert not locking.lock_path(case_file).exists()
    session.tick()  # still running half a minute later: the log-out was cancelled
    assert not session.ending
    assert session.doc.lock is not None and session.doc.lock.is_held()
    assert locking.read_lock(case_file) is not None


def test_the_handler_is_restored_after_the_app(qapp) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.shutdown import SIGNALS, SessionEnd

    before = {signum: signal.getsignal(signum) for signum in SIGNALS}
    ending = SessionEnd(qapp, lambda: False, lambda: False)
    ending.install()
    assert all(signal.getsignal(signum) == ending._handler for signum in SIGNALS)
    ending.uninstall()
    assert {signum: signal.getsignal(signum) for signum in SIGNALS} == before
