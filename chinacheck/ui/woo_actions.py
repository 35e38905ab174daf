"""The Woo commands of the File menu: "Woo-markeringen…" and "Woo-versie exporteren…".

Markings are an undoable edit that a locked case allows (they are outside the fingerprint); the
save records them. The Woo version is rendered off the GUI thread from a snapshot and never
signed; its export is recorded in the case's audit trail, which is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from chinacheck.case.model import Case
from chinacheck.errors import ChinaCheckError
from chinacheck.guidance.content import Content
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.file_commands import FileCommands

if TYPE_CHECKING:
    from chinacheck.signing.export import ExportResult

CLASSIFICATION = "Openbaar"  # a Woo version is made to be published


class WooActions(FileCommands):
    def __init__(self, content: Content, session: CaseSession, window: QWidget,
                 folder: Callable[[], str], language: Callable[[], str]) -> None:
        super().__init__(content, session, window, folder, language)
        self.marks_action = QAction(self.tr("Woo-&markeringen…"), self)
        self.marks_action.triggered.connect(self.edit_marks)
        self.export_action = QAction(self.tr("&Woo-versie exporteren…"), self)
        self.export_action.triggered.connect(self.export_woo)
        self.export_docx_action = QAction(self.tr("Woo-versie als Word-document…"), self)
        self.export_docx_action.triggered.connect(lambda: self.export_woo("docx"))

    def actions(self) -> list[QAction]:
        return [self.marks_action, self.export_action, self.export_docx_action]

    def set_case_open(self, is_open: bool) -> None:
        for action in self.actions():
            action.setEnabled(is_open)

    def dialog(self) -> object:
        """The Woo dialog for the open case (a seam for tests)."""
        from chinacheck.errors import ContentError
        from chinacheck.storage.pack_store import case_content
        from chinacheck.ui.woo_dialog import WooDialog

        doc = self.session.doc
        assert doc is not None
        try:
            content = case_content(doc.case)  # the edition the case is answered against
        except ContentError:  # its pack is missing here: the case is read-only, said so
            content = self.content
        return WooDialog(doc.case, content, self._language(), self.window)

    def edit_marks(self) -> None:
        from chinacheck.ui.woo_dialog import WooDialog

        doc = self.session.doc
        if doc is None:
            return
        dialog = self.dialog()
        assert isinstance(dialog, WooDialog)
        if dialog.exec() != WooDialog.DialogCode.Accepted:
            return
        self.apply(dialog.changes())

    def apply(self, changes: dict[str, tuple[str, ...]]) -> None:
        from chinacheck.case import woo

        doc = self.session.doc
        if doc is None or not changes:
            return

        def mutate(case: Case) -> None:
            for path, codes in changes.items():
                if codes:
                    woo.mark(case, [path], list(codes))
                else:
                    woo.unmark(case, [path])

        doc.edit(self.tr("Woo-markeringen"), mutate, allow_locked=True)

    def export_woo(self, format: str = "pdf") -> None:
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None or (self.task is not None and self.task.running):
            return
        if doc.tampered:
            prompts.error(self.window, self.tr("Woo-versie"), self.tr(
                "Deze zaak is buiten ChinaCheck gewijzigd; maak er geen Woo-versie van."))
            return
        from chinacheck.storage.names import safe_stem

        stem = safe_stem(doc.path.stem) if doc.path else "zaak"
        suggestion = str(Path(self._folder()) / f"{stem}-woo.{format}")
        target = prompts.save_docx(self.window, suggestion) if format == "docx" else \
            prompts.save_pdf(self.window, suggestion)
        if target is None:
            return
        from chinacheck.case import caseformat

        snapshot = caseformat.from_dict(caseformat.to_dict(doc.case, chain=False))
        language = self._language()

        def work() -> object:
            from chinacheck.signing.export import export_woo

            return export_woo(snapshot, target, classification=CLASSIFICATION,
                              language=language, format=format)

        from chinacheck.ui.background import BackgroundTask

        self.task = BackgroundTask(work, self._done, self._failed, self)
        self.task.start()

    def _done(self, result: ExportResult) -> None:
        from chinacheck.signing.export import record_woo_export

        doc = self.session.doc
        if doc is not None and not doc.read_only:
            record_woo_export(doc.case, result)
            if doc.path is not None and not doc.dirty:
                self.session.save()
        self.last_written = result.path
        announce = getattr(self.window, "announce", None)
        if announce is not None:
            announce(self.tr("Woo-versie opgeslagen: %1").replace("%1", str(result.path)))

    def _failed(self, exc: BaseException) -> None:
        from chinacheck.ui import prompts

        message = str(exc) if isinstance(exc, ChinaCheckError) else f"{type(exc).__name__}: {exc}"
        prompts.error(self.window, self.tr("Woo-versie maken mislukt"), message)
