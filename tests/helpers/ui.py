"""User journeys through the real main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from chinacheck.ui import new_case_dialog as new_case_dialog_module
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.new_case_dialog import NewCaseDialog


def new_case_via_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, title: str,
                      kind: str) -> None:
    """File → New, with the dialog filled in as a user would."""

    class FilledDialog(NewCaseDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.title.setText(title)
            self.kind.setCurrentIndex(self.kind.findData(kind))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(new_case_dialog_module, "NewCaseDialog", FilledDialog)
    window.new_action.trigger()


def in_modal(kind: type, steps: Callable[[Any], None], *,
             wait_ms: int = 10_000) -> list[BaseException]:
    """Run ``steps`` in the modal dialog of type ``kind`` that is about to open (its exec()
    blocks the test). Waits for the dialog however long it takes to appear (a busy machine),
    and never lets a test hang on it: a failure, or a dialog still open after ``wait_ms``,
    closes it. The failures are returned for the test to raise."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    failures: list[BaseException] = []
    clock = QElapsedTimer()
    clock.start()

    def close_any() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if clock.elapsed() < wait_ms:
                QTimer.singleShot(20, attempt)  # not open yet: look again
            else:
                failures.append(AssertionError(f"no {kind.__name__} opened, found {dialog!r}"))
                close_any()
            return
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            failures.append(exc)
            close_any()
            return

        def watchdog() -> None:
            if QApplication.activeModalWidget() is dialog:
                failures.append(AssertionError(f"{kind.__name__} still open"))
                close_any()

        QTimer.singleShot(wait_ms, watchdog)

    QTimer.singleShot(20, attempt)
    return failures


def focus_in(qtbot, dialog: Any, first: Any) -> None:  # type: ignore[no-untyped-def]
    """Start the dialog's keys at ``first``. The offscreen platform activates a window
    asynchronously, and on a busy machine the first keys could still reach the window behind:
    wait for the focus to enter the dialog, then put it where this part of the journey starts."""
    from PySide6.QtWidgets import QApplication

    dialog.activateWindow()
    try:
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError: the focus is set below
        pass
    if QApplication.focusWidget() is not first:
        first.setFocus()
