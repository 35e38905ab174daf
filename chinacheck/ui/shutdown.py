"""When the desktop session ends the app: SIGTERM, SIGHUP and the session manager.

A log-out or shutdown does not ask the app to close its window, it ends the process: with
SIGTERM (systemd, most Linux desktops), SIGHUP (the terminal it was started from closes), or
first through the session manager's "commit data" request (X11 session management; Windows'
WM_QUERYENDSESSION). Without handling, the process dies with its lock left beside the case and
the unsaved changes lost. Here a signal writes the recovery copy of the unsaved changes (offered
back at the next start), releases the lock and quits without a dialog. The commit-data request
does the same but leaves the app running, as the log-out may still be cancelled by another
program; see :meth:`chinacheck.ui.case_session.CaseSession.prepare_for_session_end`.

Python runs a signal handler only when the main thread runs Python, and Qt's event loop runs
none while it waits. On POSIX the signal therefore wakes the loop through a pipe handed to
:func:`signal.set_wakeup_fd` and watched by a :class:`QSocketNotifier` (the usual pattern for
PySide6); elsewhere (Windows, where only a socket can be a wake-up fd) a timer lets Python run
five times a second. The handler itself only notes the signal; the work is done from the event
loop, never in the middle of whatever Python code the signal interrupted.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QSessionManager

from chinacheck import log

POLL_MS = 200
SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGBREAK")
                if hasattr(signal, name))

_log = log.get("app")


class SessionEnd(QObject):
    """Installed by :func:`chinacheck.ui.app.run`. ``end`` keeps the unsaved changes and releases
    the lock before the app quits; ``prepare`` does the same for a log-out that may still be
    cancelled. Both return whether unsaved changes were kept."""

    def __init__(self, app: QGuiApplication, end: Callable[[], bool],
                 prepare: Callable[[], bool]) -> None:
        super().__init__(app)
        self.app, self.end, self.prepare = app, end, prepare
        self.received: int | None = None  # the signal that ended the app
        self._previous: dict[int, Any] = {}
        self._pipe: tuple[int, int] | None = None
        self._previous_wakeup = -1
        self._notifier: QSocketNotifier | None = None
        self._timer: QTimer | None = None

    def install(self) -> None:
        for signum in SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handler)
        if os.name == "posix":
            read, write = os.pipe()
            for fd in (read, write):
                os.set_blocking(fd, False)
            self._pipe = (read, write)
            self._previous_wakeup = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        else:
            self._timer = QTimer(self)
            self._timer.timeout.connect(lambda: None)  # Python runs: pending handlers with it
            self._timer.start(POLL_MS)
        self.app.commitDataRequest.connect(self.commit_data)

    def uninstall(self) -> None:
        with contextlib.suppress(RuntimeError):  # the application may be gone already
            self.app.commitDataRequest.disconnect(self.commit_data)
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_wakeup)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
            QTimer.singleShot(0, self, self._quit)

    def _drain(self) -> None:
        """Empty the wake-up pipe; by now Python has run the handler."""
        if self._pipe is None:
            return
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while os.read(self._pipe[0], 512):
                pass

    def _quit(self) -> None:
        name = signal.Signals(self.received).name if self.received is not None else "-"
        kept = self._safely(self.end)
        log.event(_log, "app.session-end", result="quit", signal=name, recovered=kept)
        # exit(), not quit(): quit() closes the windows, and closing asks about unsaved changes.
        self.app.exit(0)

    def commit_data(self, manager: QSessionManager | None = None) -> None:
        kept = self._safely(self.prepare)
        log.event(_log, "app.session-end", result="prepared", recovered=kept)

    def _safely(self, action: Callable[[], bool]) -> bool:
        try:
            return action()
        except Exception as exc:  # ending the session must never end in a traceback
            log.event(_log, "app.session-end", result="failed", error=type(exc).__name__)
            return False
