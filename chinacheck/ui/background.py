"""Run work off the GUI thread and report back on it (cf. Anki's CollectionOp).

The work function never touches a widget; its result or error arrives through a queued signal,
so the callbacks run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    """One piece of background work; keep a reference until it has finished."""

    finished = Signal()

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(lambda result: self._finish(on_done, result))
        self._signals.failed.connect(lambda exc: self._finish(on_error, exc))
        self._job = _Job(work, self._signals)
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._job)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running = False
        try:
            callback(value)
        finally:
            self.finished.emit()
