"""Unexpected errors in the app: logged, the open case kept, the user told once; and the main
window listens to each document exactly once."""

from __future__ import annotations

import faulthandler
from pathlib import Path

import pytest
from helpers.ui import new_case_via_menu
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QPushButton

from chinacheck import log
from chinacheck.storage import paths, recovery
from chinacheck.ui import app as app_module
from chinacheck.ui import crash, prompts
from chinacheck.ui.main_window import MainWindow


@pytest.fixture
def logged(data_home: Path):  # type: ignore[no-untyped-def]
    path = log.configure(paths.data_dir(), origin="app")
    assert path is not None
    yield path
    log.shutdown()


class _Controller:
    def __init__(self, window: MainWindow) -> None:
        self.window = window


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_the_case_kept_and_the_user_told(
        qtbot, type_text, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        logged: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[Path | None, bool]] = []
    monkeypatch.setattr(prompts, "crash", lambda parent, log_file, recovered:
                        shown.append((log_file, recovered)))
    new_case_via_menu(window, monkeypatch, "Werkbezoek Shenzhen", "werkbezoek-china")
    type_text(window.details_tab.organisation, "Gemeente Geheim")
    assert window.session.doc is not None and window.session.doc.dirty
    case_id = window.session.doc.case.id

    handler = app_module.install_crash_handler(_Controller(window))  # type: ignore[arg-type]
    try:
        button = QPushButton()

        def broken_slot() -> None:
            raise ValueError(window.details_tab.organisation.text())

        button.clicked.connect(broken_slot)
        for _ in range(crash.MAX_DIALOGS + 2):
            button.click()
        assert faulthandler.is_enabled()
    finally:
        handler.uninstall()

    assert shown == [(logged, True)] * crash.MAX_DIALOGS  # bounded, and then only logged
    [copy] = recovery.pending()
    assert copy.case_file.stem == case_id
    assert "Gemeente Geheim" in recovery.restore(copy).organisation
    text = logged.read_text(encoding="utf-8")
    assert text.count("action=crash.exception") == crash.MAX_DIALOGS + 2
    assert "builtins.ValueError" in text and "broken_slot" in text
    assert "Gemeente Geheim" not in text and "Shenzhen" not in text
    assert (logged.parent / log.CRASH_FILE_NAME).exists()


@pytest.mark.qt_no_exception_capture
def test_a_crash_without_an_open_case_still_tells_the_user(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, logged: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[bool] = []
    monkeypatch.setattr(prompts, "crash", lambda parent, log_file, recovered:
                        shown.append(recovered))
    handler = app_module.install_crash_handler(_Controller(window))  # type: ignore[arg-type]
    try:
        button = QPushButton()
        button.clicked.connect(lambda: 1 / 0)
        button.click()
    finally:
        handler.uninstall()
    assert shown == [False] and recovery.pending() == []


def test_qt_warnings_go_to_the_log(qtbot, window: MainWindow, logged: Path) -> None:  # type: ignore[no-untyped-def]
    handler = crash.CrashHandler(lambda: False, lambda *_: None)
    handler.install(None)
    try:
        qWarning("a warning from Qt")
    finally:
        handler.uninstall()
    text = logged.read_text(encoding="utf-8")
    assert "WARNING chinacheck.qt action=qt.message" in text
    assert 'message="a warning from Qt"' in text


def test_file_new_announces_each_message_once(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    announced: list[str] = []
    monkeypatch.setattr(window, "announce", announced.append)
    new_case_via_menu(window, monkeypatch, "Eerste", "overig")
    new_case_via_menu(window, monkeypatch, "Tweede", "overig")
    doc = window.session.doc
    assert doc is not None and doc.case.title == "Tweede"
    assert window.library.selected_path() == doc.path  # the new case is selected in the list
    announced.clear()
    doc.refused.emit("geweigerd")
    assert announced == ["geweigerd"]


def test_a_released_session_leaves_the_old_window_deaf(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    new_case_via_menu(window, monkeypatch, "Overdracht", "overig")
    doc = window.session.doc
    assert doc is not None
    announced: list[str] = []
    monkeypatch.setattr(window, "announce", announced.append)
    window.release_session()
    window.undo_action.setEnabled(False)
    doc.undo_stack.canUndoChanged.emit(True)
    doc.refused.emit("geweigerd")
    assert not window.undo_action.isEnabled() and announced == []


def test_an_unreadable_case_folder_is_said_in_the_library(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          logged: Path) -> None:
    paths.cases_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.cases_dir().write_text("not a folder")
    window.library.refresh()
    assert window.library.problem.isVisible()
    assert "kan niet worden gelezen" in window.library.problem.text()
    assert "action=library.list" in logged.read_text(encoding="utf-8")
    paths.cases_dir().unlink()
    window.library.refresh()
    assert not window.library.problem.isVisible()


def test_the_log_level_is_a_setting(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                    logged: Path) -> None:
    import logging

    from chinacheck.storage import settings
    from chinacheck.ui import settings_dialog

    class Chosen(settings_dialog.SettingsDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.log_level.setCurrentIndex(self.log_level.findData("ERROR"))
            return settings_dialog.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog, "SettingsDialog", Chosen)
    window.show_settings()
    assert settings.load().log_level == "ERROR"
    assert logging.getLogger(log.ROOT).level == logging.ERROR


@pytest.mark.qt_no_exception_capture
def test_the_self_test_rehearses_a_crash(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert crash.rehearse(tmp_path / "home")
    assert "action=crash.exception" in (tmp_path / "home" / "logs" / "chinacheck.log").read_text()
    monkeypatch.setattr(crash.CrashHandler, "handle", lambda *args: None)  # a hook that is lost
    assert not crash.rehearse(tmp_path / "other")
