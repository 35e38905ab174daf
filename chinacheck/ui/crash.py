"""When something goes wrong that no code expected: log it, keep the user's work, say so.

An exception that escapes a Qt slot reaches :data:`sys.excepthook`; the bundled Windows app has
no console, so without this it would vanish. :class:`CrashHandler` logs the traceback (its
frames; the message only with ``--debug``, as it may quote case text), writes the recovery
copy of the open case first, then shows one dialog naming the log file, and lets the app run
on. Qt's own warnings go to the log, and ``faulthandler`` writes the stack of a hard crash
(a segfault in a library) to ``logs/crash.log``.

Bounded: while a crash dialog is open, or after :data:`MAX_DIALOGS` of them, further errors
are only logged, so an error in a paint event cannot pile up dialogs.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from chinacheck import log

MAX_DIALOGS = 3
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]

_log = log.get("crash")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashHandler:
    """Installed by :func:`chinacheck.ui.app.run`; ``rescue`` writes the open case's recovery
    copy and returns whether it did, ``show`` tells the user (tests replace both)."""

    def __init__(self, rescue: Callable[[], bool],
                 show: Callable[[Path | None, bool], None]) -> None:
        self.rescue, self.show = rescue, show
        self.dialogs = 0
        self._showing = False
        self._previous_hook: ExceptHook | None = None
        self._previous_qt: object = None
        self._fault_file: IO[str] | None = None
        self._fault_was_enabled = False

    def install(self, log_folder: Path | None) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle
        self._previous_qt = qInstallMessageHandler(self.qt_message)
        self._fault_was_enabled = faulthandler.is_enabled()
        if log_folder is not None:
            try:
                # Kept open for the life of the app: faulthandler writes to it from a signal.
                self._fault_file = open(log_folder / log.CRASH_FILE_NAME, "a",  # noqa: SIM115
                                        encoding="utf-8")
                faulthandler.enable(self._fault_file)
            except OSError as exc:
                log.event(_log, "crash.faulthandler", result="unavailable",
                          level=logging.WARNING, error=type(exc).__name__)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_qt)  # type: ignore[arg-type]
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            if self._fault_was_enabled:  # a test runner's own, on the standard error
                faulthandler.enable()

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous_hook is not None:
                self._previous_hook(kind, value, tb)
            return
        log.event(_log, "crash.exception", result="error", level=logging.ERROR,
                  error=log.describe_exception(kind, value, tb))
        try:
            recovered = self.rescue()
        except Exception as exc:  # the rescue must never turn one error into two dialogs
            log.event(_log, "crash.recovery", result="failed", level=logging.ERROR,
                      error=type(exc).__name__)
            recovered = False
        if self._showing or self.dialogs >= MAX_DIALOGS:
            return
        self._showing = True
        self.dialogs += 1
        try:
            self.show(log.log_file(), recovered)
        finally:
            self._showing = False

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # Qt's words about its own objects; cut short so that a long one cannot flood the log.
        log.event(log.get("qt"), "qt.message", result=kind.name,
                  level=_QT_LEVELS.get(kind, logging.WARNING),
                  category=context.category or "-", message=message[:300])


def _rehearsal_slot() -> None:
    raise RuntimeError("self-test")


def rehearse(data_dir: Path) -> bool:
    """For ``--self-test``: an exception in a slot is logged and told, and the app runs on.

    Proves in the installed bundle that logging, the hook and faulthandler are all there.
    """
    from PySide6.QtWidgets import QPushButton

    told: list[Path | None] = []
    log.configure(data_dir, origin="app")
    handler = CrashHandler(lambda: False, lambda log_file, _recovered: told.append(log_file))
    try:
        handler.install(log.folder(data_dir))
        button = QPushButton()
        button.clicked.connect(_rehearsal_slot)
        button.click()
        log_file = log.log_file()
    finally:
        handler.uninstall()
        log.shutdown()
    if log_file is None or told != [log_file]:
        return False
    return "action=crash.exception" in log_file.read_text(encoding="utf-8") and \
        (log.folder(data_dir) / log.CRASH_FILE_NAME).exists()
