"""What the library's buttons do to case files: duplicate, move to the trash, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from chinacheck.errors import CaseFileError
from chinacheck.storage import paths
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.library_panel import LibraryPanel


def reveal(folder: Path) -> None:
    """Show a folder in the system's file manager (only ever on the user's click)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class LibraryActions(QObject):
    def __init__(self, window: QWidget, library: LibraryPanel, session: CaseSession) -> None:
        super().__init__(window)
        self.window, self.library, self.session = window, library, session
        library.duplicate_requested.connect(self.duplicate)
        library.delete_requested.connect(self.delete)
        library.trash_requested.connect(self.show_trash)

    def duplicate(self, path: Path) -> None:
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        try:
            target = store.duplicate_case(path, paths.ensure_dir(paths.cases_dir()))
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Dupliceren"), str(exc))
            return
        self.library.refresh()
        self.library.select(target)

    def delete(self, path: Path) -> None:
        from chinacheck.ui import prompts

        message = self.tr("“%1” naar de prullenbak verplaatsen? U kunt de zaak later terugzetten.")
        if not prompts.confirm(self.window, self.tr("Verwijderen"),
                               message.replace("%1", path.name)):
            return
        doc = self.session.doc
        if doc is not None and doc.path == path and not self.session.maybe_close():
            return
        from chinacheck.storage import trash

        try:
            trash.move_to_trash(path)
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Verwijderen"), str(exc))
        self.library.refresh()

    def show_trash(self) -> None:
        from chinacheck.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.window)
        dialog.exec()
        if dialog.restored:
            self.library.refresh()
