"""The main window's recent files, and what follows saving the open case: it is remembered,
the library lists it, an encrypted case shows its title there (only in memory)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from chinacheck.storage import names
from chinacheck.storage.settings import Settings

if TYPE_CHECKING:
    from chinacheck.guidance.content import Content
    from chinacheck.ui.document import CaseDocument
    from chinacheck.ui.encryption_actions import EncryptionActions
    from chinacheck.ui.library_panel import LibraryPanel


class Window(Protocol):
    """What of the main window this needs."""

    recent_menu: QMenu
    settings: Settings
    library: LibraryPanel
    encryption: EncryptionActions
    content: Content

    @property
    def doc(self) -> CaseDocument | None: ...
    def open_path(self, path: Path) -> bool: ...
    def announce(self, text: str) -> None: ...


class RecentCases:
    def __init__(self, window: Window) -> None:
        self.window = window

    def fill(self) -> None:
        menu, settings = self.window.recent_menu, self.window.settings
        menu.clear()
        for name in settings.recent_files:
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, p=name: self.window.open_path(Path(p)))
        menu.setEnabled(bool(settings.recent_files))

    def remember(self, path: Path) -> None:
        doc, settings = self.window.doc, self.window.settings
        if doc is not None and doc.key is not None and doc.path == path \
                and not names.is_neutral(path.name):
            # An encrypted case's name from before it had a neutral one may carry its title:
            # not kept in the recent files (it gets its neutral name when it is saved).
            settings.replace_recent(path, None)
        else:
            settings.add_recent(path)
        settings.last_folder = str(path.parent)
        self.fill()

    def saved(self, path: Path) -> None:
        self.window.encryption.refresh()
        self.remember(path)
        self.window.library.refresh()
        self.show_unlocked()

    def renamed(self, old: Path, new: Path) -> None:
        """An encrypted case got its neutral name: its old name leaves the recent files."""
        self.window.settings.replace_recent(old, new)
        self.fill()
        self.window.announce(QCoreApplication.translate(
            "MainWindow", "Versleutelde zaak hernoemd naar %1: de naam verraadt de titel "
                          "niet meer.").replace("%1", new.name))

    def show_unlocked(self) -> None:
        """While an encrypted case is open, the library shows it with its title (only in
        memory: the library's index never holds it)."""
        from chinacheck.storage.library import summarise

        doc = self.window.doc
        summary = None
        if doc is not None and doc.key is not None and doc.path is not None:
            summary = summarise(doc.path, doc.case, self.window.content)
        self.window.library.set_unlocked(summary)
