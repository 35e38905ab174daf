"""File → Register exporteren…: the register of the case folder as XLSX, CSV, PDF or JSON.

A small dialog asks for the format and the filters, a file dialog for the target; the register
is made off the GUI thread (chinacheck/reports/register_export.py). The open encrypted case,
while it is unlocked, is in the register with what it holds; other encrypted cases appear as
"versleutelde zaak".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from chinacheck.errors import ChinaCheckError
from chinacheck.guidance.content import Content
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.file_commands import FileCommands
from chinacheck.ui.labels import english, kind_label

if TYPE_CHECKING:
    from chinacheck.storage.library import CaseSummary

FORMATS = ("xlsx", "csv", "pdf", "json")


@dataclass(frozen=True)
class RegisterChoice:
    fmt: str
    due: bool = False
    phase: str | None = None
    kind: str | None = None


class RegisterDialog(QDialog):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from chinacheck.case.lifecycle import phase_label, rules

        self.setWindowTitle(self.tr("Register exporteren"))
        language = "en" if english() else "nl"
        self.format = QComboBox()
        for fmt, label in zip(FORMATS, (self.tr("Excel-werkmap (XLSX)"),
                                        self.tr("CSV (puntkomma's, voor Excel)"),
                                        self.tr("PDF: Overzicht contacten met China"),
                                        self.tr("JSON (voor eigen programma's)")), strict=True):
            self.format.addItem(label, fmt)
        self.format.setAccessibleName(self.tr("Formaat"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in content.kinds:
            self.kind.addItem(kind_label(kind), kind.id)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Alle fasen"), None)
        for phase in rules().phase_ids:
            self.phase.addItem(phase_label(phase, language), phase)
        self.phase.setAccessibleName(self.tr("Fase"))
        self.due = QCheckBox(self.tr("Alleen herbeoordeling &binnenkort of te laat"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Formaat:"), self.format)
        form.addRow(self.tr("&Soort:"), self.kind)
        form.addRow(self.tr("F&ase:"), self.phase)
        form.addRow(self.due)
        form.addRow(buttons)

    def choice(self) -> RegisterChoice:
        return RegisterChoice(str(self.format.currentData()), self.due.isChecked(),
                              self.phase.currentData(), self.kind.currentData())


def ask(parent: QWidget, content: Content, folder: str) -> tuple[RegisterChoice, Path] | None:
    """The choices and the target file, or None when cancelled."""
    dialog = RegisterDialog(content, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    name, _selected = QFileDialog.getSaveFileName(
        parent, dialog.tr("Register opslaan als"), str(Path(folder) / f"register.{choice.fmt}"),
        f"*.{choice.fmt}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != f".{choice.fmt}":
        path = path.with_name(f"{path.name}.{choice.fmt}")
    return choice, path


class RegisterExport(FileCommands):
    def __init__(self, content: Content, session: CaseSession, window: QWidget,
                 folder: Callable[[], str], language: Callable[[], str]) -> None:
        super().__init__(content, session, window, folder, language)
        self.action = QAction(self.tr("Register e&xporteren…"), self)
        self.action.triggered.connect(self.export)

    def _unlocked(self) -> list[CaseSummary]:
        from chinacheck.storage.library import summarise

        doc = self.session.doc
        if doc is None or doc.key is None or doc.path is None:
            return []
        return [summarise(doc.path, doc.case, self.content)]

    def export(self) -> None:
        if self.task is not None and self.task.running:
            return
        asked = ask(self.window, self.content, self._folder())
        if asked is None:
            return
        choice, target = asked
        language, unlocked = self._language(), self._unlocked()

        def work() -> Path:
            from chinacheck.reports.register_export import export
            from chinacheck.storage import paths, register, settings
            from chinacheck.storage.library import list_cases

            built = register.build(
                list_cases(paths.cases_dir()),
                filters=register.Filters(choice.due, choice.phase, choice.kind),
                overrides=settings.load().review_months, unlocked=unlocked)
            return export(built, target, choice.fmt, language=language)

        from chinacheck.ui.background import BackgroundTask

        announce = getattr(self.window, "announce", None)
        if announce is not None:  # thousands of cases take a few seconds
            announce(self.tr("Register maken…"))
        self.task = BackgroundTask(work, self._done, self._failed, self)
        self.task.start()

    def _done(self, path: object) -> None:
        assert isinstance(path, Path)
        self.last_written = path
        announce = getattr(self.window, "announce", None)
        if announce is not None:
            announce(self.tr("Register opgeslagen: %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        from chinacheck.ui import prompts

        message = str(exc) if isinstance(exc, ChinaCheckError) else f"{type(exc).__name__}: {exc}"
        prompts.error(self.window, self.tr("Register exporteren mislukt"), message)
