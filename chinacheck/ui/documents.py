"""The documents in the app: case summary export (PDF or Word), blank checklist and travel
card.

Rendering runs off the GUI thread on a snapshot of the case; reportlab is imported only when
the first document is made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from chinacheck.errors import ChinaCheckError
from chinacheck.guidance.content import Content
from chinacheck.ui.case_session import CaseSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from chinacheck.ui.background import BackgroundTask


class DocumentActions(QObject):
    def __init__(self, content: Content, session: CaseSession, window: QWidget,
                 folder: Callable[[], str], language: Callable[[], str]) -> None:
        super().__init__(window)
        self.content, self.session, self.window, self._folder = content, session, window, folder
        self._language = language  # PDFs follow the UI language for their own labels
        self.task: BackgroundTask | None = None
        self._record = False
        self.progress: QProgressDialog | None = None
        self.last_written: Path | None = None
        self.export_action = QAction(self.tr("&Exporteer zaakoverzicht…"), self)
        self.export_action.setShortcut("Ctrl+E")
        self.export_action.triggered.connect(self.export_case)
        self.checklist_action = QAction(self.tr("Print &lege checklist…"), self)
        self.checklist_action.triggered.connect(self.blank_checklist)
        self.travel_card_action = QAction(self.tr("Reis&kaart…"), self)
        self.travel_card_action.triggered.connect(self.travel_card)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.checklist_action, self.travel_card_action]

    def set_case_open(self, is_open: bool) -> None:
        self.export_action.setEnabled(is_open)

    # --- commands ----------------------------------------------------------------------------
    def export_case(self) -> None:
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None:
            return
        warning = doc.finding.differences if doc.finding is not None and doc.tampered else None
        title = self.tr("Zaakoverzicht exporteren")
        if warning and not prompts.confirm(self.window, title, self.tr(
                "Deze zaak is buiten ChinaCheck gewijzigd. Toch een PDF maken? Elke pagina "
                "krijgt dan een waarschuwing, en de export wordt niet in de zaak vastgelegd.")):
            return
        from chinacheck.storage.names import safe_stem

        stem = safe_stem(doc.path.stem) if doc.path else "zaak"  # never a Windows device name
        choice = prompts.export_options(self.window, self._suggest(f"{stem}.pdf"))
        if choice is None:
            return
        options, target = choice
        if isinstance(options, str):  # a bare classification line
            from chinacheck.ui.export_dialog import ExportChoice

            options = ExportChoice(options)
        language = self._language()
        from chinacheck.case import caseformat

        # the thread gets its own copy
        snapshot = caseformat.from_dict(caseformat.to_dict(doc.case, chain=False))
        secret: list[str] = []  # a token's PIN, emptied as soon as the token has it
        if options.token is not None:
            from chinacheck.ui.pin_dialog import ask_pin

            pin = ask_pin(self.window, self.tr("de smartcard of het token"))
            if pin is None:
                return
            secret.append(pin)
            del pin

        def work() -> object:
            from chinacheck.signing.export import export_summary

            key = None
            if options.token is not None:
                from chinacheck.signing.token import token_key

                chosen = options.token
                with token_key(chosen.module, secret.pop() if secret else "",
                               token_label=chosen.token_label or None,
                               key_label=chosen.key_label or None) as key:
                    return export_summary(snapshot, target,
                                          classification=options.classification, key=key,
                                          language=language, warning=warning)
            if options.certificate is not None:
                from chinacheck.signing.pades import load_key_file

                key = load_key_file(options.certificate, options.passphrase or None)
            return export_summary(snapshot, target, classification=options.classification,
                                  key=key, language=language, warning=warning,
                                  format=options.format, layout=options.layout)

        self._run(self.tr("Zaakoverzicht maken…"), work, record=True)

    def blank_checklist(self) -> None:
        from chinacheck.ui import prompts

        doc = self.session.doc
        current = doc.case.kind if doc is not None else "overig"
        choice = prompts.checklist_options(self.window, self.content, current,
                                           self._suggest("checklist.pdf"))
        if choice is None:
            return
        kind, target = choice
        language = self._language()

        def work() -> Path:
            from chinacheck.reports.blank_checklist import render_blank_checklist
            from chinacheck.reports.output import write_pdf

            rendered = render_blank_checklist(kind, content=self.content, language=language)
            return write_pdf(rendered.data, target)

        self._run(self.tr("Lege checklist maken…"), work)

    def travel_card(self) -> None:
        from chinacheck.ui import prompts

        target = prompts.save_pdf(self.window, self._suggest("reiskaart.pdf"))
        if target is None:
            return
        language = self._language()

        def work() -> Path:
            from chinacheck.reports.output import write_pdf
            from chinacheck.reports.travel_card import render_travel_card

            rendered = render_travel_card(content=self.content, language=language)
            return write_pdf(rendered.data, target)

        self._run(self.tr("Reiskaart maken…"), work)

    # --- running -----------------------------------------------------------------------------
    def _suggest(self, name: str) -> str:
        return str(Path(self._folder()) / name)

    def _run(self, label: str, work: Callable[[], object], record: bool = False) -> None:
        if self.task is not None and self.task.running:
            return
        from PySide6.QtWidgets import QProgressDialog  # its type is slow to load: not at start

        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAccessibleName(label)
        self._record = record
        from chinacheck.ui.background import BackgroundTask

        self.task = BackgroundTask(work, self._done, self._failed, self)
        self.task.start()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: object) -> None:
        from chinacheck.ui import prompts

        self._close_progress()
        path = result if isinstance(result, Path) else result.path  # type: ignore[attr-defined]
        if self._record and self.session.doc is not None and not self.session.doc.read_only:
            self._record_export(result)
        self.last_written = path
        docx = getattr(result, "format", "pdf") == "docx"
        announce = getattr(self.window, "announce", None)
        if announce is not None:
            saved = self.tr("Word-document opgeslagen: %1") if docx else \
                self.tr("PDF opgeslagen: %1")
            announce(saved.replace("%1", str(path)))
        if (prompts.open_docx if docx else prompts.open_pdf)(self.window, path):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _record_export(self, result: object) -> None:
        """The export goes into the case's audit trail, which is saved at once."""
        from chinacheck.signing.export import record_export

        doc = self.session.doc
        assert doc is not None
        record_export(doc.case, result)  # type: ignore[arg-type]
        if doc.path is not None and not doc.dirty:
            self.session.save()

    def _failed(self, exc: BaseException) -> None:
        from chinacheck.ui import prompts

        self._close_progress()
        message = str(exc) if isinstance(exc, ChinaCheckError) else f"{type(exc).__name__}: {exc}"
        prompts.error(self.window, self.tr("Exporteren mislukt"), message)
