"""Run the event loop until a shown window's first paint is done (shared by both start-ups)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def run_until_painted(app: QObject) -> int:
    """Process the events a ``show()`` queued (layout, expose, paint); returns the paints seen.

    A local loop rather than ``app.quit()``: quitting also closes the windows, which is no part
    of starting. And no ``grab()``: that would paint every widget a second time.
    """
    counter = _PaintCounter()
    app.installEventFilter(counter)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)  # queued behind the paint the show() requested
    loop.exec()
    app.removeEventFilter(counter)
    return counter.paints
