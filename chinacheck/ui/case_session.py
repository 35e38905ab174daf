"""Opening, saving, closing and recovering the one open case.

Nothing typed is ever lost silently: closing asks first, a failed save keeps the edits and offers
another file, and while there are unsaved changes a recovery copy is written every 30 seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from chinacheck import paths, recovery, store
from chinacheck.content import Content
from chinacheck.errors import CaseFileError
from chinacheck.model import Case
from chinacheck.ui import prompts
from chinacheck.ui.document import CaseDocument

AUTOSAVE_MS = 30_000


class CaseSession(QObject):
    document_replaced = Signal(object)  # CaseDocument | None
    saved = Signal(Path)
    message = Signal(str)

    def __init__(self, content: Content, window: QWidget) -> None:
        super().__init__(window)
        self.content, self.window = content, window
        self.doc: CaseDocument | None = None
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    def attach(self, window: QWidget) -> None:
        """Serve another window (after a language switch); the open case stays as it is."""
        self.window = window
        self.setParent(window)

    # --- opening -----------------------------------------------------------------------------
    def _replace(self, doc: CaseDocument | None) -> None:
        self.doc = doc
        self.document_replaced.emit(doc)

    def new_case(self, title: str, kind: str) -> Path | None:
        if not self.maybe_close():
            return None
        case = Case(title=title, kind=kind, content_version=self.content.source.content_version)
        path = store.new_case_path(paths.ensure_dir(paths.cases_dir()), title)
        try:
            store.save_case(case, path, touch=False)
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Nieuwe zaak"), str(exc))
            return None
        self._replace(CaseDocument(case, path, parent=self))
        return path

    def open_path(self, path: Path) -> bool:
        if self.doc is not None and self.doc.path == path:
            return True
        try:
            doc = CaseDocument.open(path, self)
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Zaak openen"), str(exc))
            return False
        if not self.maybe_close():
            return False
        self._replace(doc)
        if store.unknown_items(doc.case, self.content):
            self.message.emit(self.tr("Deze zaak bevat antwoorden op punten die deze versie niet "
                                      "kent; ze blijven bewaard."))
        return True

    def recover_pending(self) -> None:
        pending = recovery.pending()
        if not pending:
            return
        if not prompts.recover(self.window, [r.title for r in pending]):
            for item in pending:
                item.case_file.unlink(missing_ok=True)
                item.case_file.with_suffix(".json").unlink(missing_ok=True)
            return
        item = pending[0]  # one case is open at a time; the others stay offered next start
        try:
            case = recovery.restore(item)
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Herstellen"), str(exc))
            return
        self._replace(CaseDocument(case, item.original, parent=self, unsaved=True))
        self.message.emit(self.tr("Hersteld: niet-opgeslagen wijzigingen van “%1”.")
                          .replace("%1", case.title))

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        doc = self.doc
        if doc is None:
            return True
        if doc.path is None:
            return self.save_as()
        try:
            doc.save()
        except CaseFileError as exc:
            if prompts.save_failed(self.window, str(exc)):
                return self.save_as()
            return False
        self.saved.emit(doc.path)
        self.message.emit(self.tr("Opgeslagen: %1").replace("%1", str(doc.path)))
        return True

    def save_as(self) -> bool:
        doc = self.doc
        if doc is None:
            return True
        suggestion = str(doc.path or store.new_case_path(paths.cases_dir(), doc.case.title))
        target = prompts.save_file(self.window, suggestion)
        if target is None:
            return False
        try:
            doc.save(target)
        except CaseFileError as exc:
            if prompts.save_failed(self.window, str(exc)):
                return self.save_as()
            return False
        self.saved.emit(target)
        self.message.emit(self.tr("Opgeslagen: %1").replace("%1", str(target)))
        return True

    def write_recovery(self) -> None:
        if self.doc is None or not self.doc.dirty:
            return
        try:
            self.doc.write_recovery()
        except CaseFileError as exc:
            self.message.emit(str(exc))

    # --- closing -----------------------------------------------------------------------------
    def maybe_close(self) -> bool:
        """Close the open case, asking first if it has unsaved changes; False = keep it open."""
        doc = self.doc
        if doc is None:
            return True
        if doc.dirty:
            choice = prompts.unsaved_changes(self.window, doc.case.title)
            if choice is prompts.Choice.CANCEL:
                return False
            if choice is prompts.Choice.SAVE and not self.save():
                return False
        doc.close()
        self._replace(None)
        return True
