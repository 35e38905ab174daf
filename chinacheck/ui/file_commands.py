"""What the File menu's export commands share: the open case's session, the window they answer
to, where files go, the language, and the one background task each runs at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from chinacheck.guidance.content import Content
from chinacheck.ui.case_session import CaseSession

if TYPE_CHECKING:
    from chinacheck.ui.background import BackgroundTask


class FileCommands(QObject):
    def __init__(self, content: Content, session: CaseSession, window: QWidget,
                 folder: Callable[[], str], language: Callable[[], str]) -> None:
        super().__init__(window)
        self.content, self.session, self.window = content, session, window
        self._folder, self._language = folder, language
        self.task: BackgroundTask | None = None
        self.last_written: Path | None = None  # for tests and the status line
