"""Noticing case files added, changed or removed by someone else (a colleague on the file share,
another ChinaCheck, a sync client).

A QFileSystemWatcher on the folder reports additions, removals and renames (every save is a
rename) at once where the system supports it; on a network share such notifications often never
come, so the folder is also polled every few seconds. Either way what is compared is the cheap
listing the library itself starts from (file names with size and modification time, no file
read), and ``changed`` is emitted only when that differs from what was last seen.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from chinacheck.errors import CaseFileError

POLL_MS = 3000
SETTLE_MS = 300  # a burst of notifications (a copy of many files) becomes one check

Snapshot = frozenset[tuple[str, int, int]]


def snapshot(folder: Path) -> Snapshot | None:
    """Names, sizes and modification times of the case files; None when unreadable."""
    from chinacheck.storage.library import _scan

    try:
        return frozenset((name, stat.st_size, stat.st_mtime_ns) for name, stat in _scan(folder))
    except CaseFileError:
        return None


class FolderWatch(QObject):
    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._seen: Snapshot | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check)

    def start(self) -> None:
        self._watch_folder()
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        self._settle.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())

    def seen(self, state: Snapshot | None = None) -> None:
        """What the library now shows (after a listing of its own): no change to report."""
        self._seen = state if state is not None else snapshot(self.folder)
        if self._poll.isActive():
            self._watch_folder()

    def check(self) -> bool:
        """Compare the folder with what was last seen; emit ``changed`` when it differs."""
        if self._poll.isActive():
            self._watch_folder()  # the folder may have come (or come back) since
        now = snapshot(self.folder)
        if now == self._seen:
            return False
        self._seen = now
        self.changed.emit()
        return True

    def _watch_folder(self) -> None:
        folder = str(self.folder)
        if folder not in self._watcher.directories() and os.path.isdir(folder):
            self._watcher.addPath(folder)
