"""Starting the app: the window paints first; recovery and the file to open come after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from chinacheck.ui import translation
from chinacheck.ui.app import after_first_paint, start
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.main_window import MainWindow


class _PaintLog(QObject):
    def __init__(self, log: list[object]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and "paint" not in self.log:
            self.log.append("paint")
        return False


def test_window_paints_before_recovery_is_offered_and_the_file_opens(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log: list[object] = []
    monkeypatch.setattr(CaseSession, "recover_pending", lambda self: log.append("recover"))
    monkeypatch.setattr(MainWindow, "open_path", lambda self, path: log.append(("open", path)))
    app, controller = start()
    window = controller.window
    watcher = _PaintLog(log)
    app.installEventFilter(watcher)
    try:
        wanted = tmp_path / "zaak.chinacheck"
        after_first_paint(window, wanted)
        assert log == []  # nothing happens before the event loop runs
        qtbot.waitUntil(lambda: len(log) == 3, timeout=5000)
        assert log == ["paint", "recover", ("open", wanted)]
    finally:
        app.removeEventFilter(watcher)
        window.close()
        window.deleteLater()
        translation.install("nl")


def test_a_window_that_never_paints_still_gets_its_questions(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from chinacheck.ui.app import _FirstPaint

    hidden = QWidget()  # e.g. started minimised: no paint comes
    qtbot.addWidget(hidden)
    ran: list[str] = []
    _FirstPaint(hidden, lambda: ran.append("asked"))
    qtbot.wait(200)
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["asked"], timeout=3000)
    qtbot.wait(50)
    assert ran == ["asked"]  # once only


def test_a_window_closed_before_its_first_paint_asks_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from chinacheck.ui.app import _FirstPaint

    gone = QWidget()
    ran: list[str] = []
    _FirstPaint(gone, lambda: ran.append("asked"))
    gone.deleteLater()  # its watcher goes with it, and so do the watcher's timers
    qtbot.wait(1300)
    assert ran == []
