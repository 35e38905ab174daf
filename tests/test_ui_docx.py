"""Choosing a Word document in the export dialog: through the real dialog, off the GUI thread,
recorded in the case's audit trail, then offered to open."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent
from chinacheck.storage import store
from chinacheck.ui import prompts
from chinacheck.ui.export_dialog import ExportDialog
from chinacheck.ui.main_window import MainWindow

REAL_EXPORT_OPTIONS = prompts.export_options  # before the window fixture fences it off


def _choose(qtbot, layout: str, seen: dict[str, bool]) -> None:  # type: ignore[no-untyped-def]
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        assert not dialog.layout_choice.isEnabled()  # PDF first: one layout
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        seen["sign"] = dialog.sign.isEnabled()
        seen["layout"] = dialog.layout_choice.isEnabled()
        dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(layout))
        dialog.classification.setCurrentText("Departementaal vertrouwelijk")
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_export_a_collegevoorstel_as_docx_from_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    target = tmp_path / "voorstel.docx"
    asked: list[str] = []
    opened: list[Path] = []

    def save_docx(_parent, suggestion: str) -> Path:  # type: ignore[no-untyped-def]
        asked.append(suggestion)
        return target

    monkeypatch.setattr(prompts, "export_options", REAL_EXPORT_OPTIONS)  # the real dialog
    monkeypatch.setattr(prompts, "save_docx", save_docx)
    monkeypatch.setattr(prompts, "open_docx", lambda _w, p: opened.append(p) or False)
    seen: dict[str, bool] = {}
    _choose(qtbot, "collegevoorstel", seen)
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: window.documents.task is not None
                    and not window.documents.task.running, timeout=30_000)
    assert seen == {"sign": False, "layout": True}  # a Word document is never signed
    assert asked == [str(tmp_path / "zaak.docx")]  # the suggestion follows the format
    assert opened == [target]
    document = docx.Document(io.BytesIO(target.read_bytes()))
    headings = [p.text for p in document.paragraphs
                if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "Onderwerp"
    assert "Departementaal vertrouwelijk" in document.sections[0].header.paragraphs[0].text
    entry = store.load_case(path).case.audit[-1]
    assert entry.event is AuditEvent.EXPORTED and entry.detail["format"] == "docx"
    assert entry.detail["layout"] == "collegevoorstel"


def test_the_dialog_returns_a_docx_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(signing_available=True)
    qtbot.addWidget(dialog)
    dialog.sign.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert not dialog.sign.isChecked() and not dialog.sign.isEnabled()
    choice = dialog.choice()
    assert (choice.format, choice.layout, choice.certificate) == ("docx", "summary", None)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.sign.isEnabled() and not dialog.layout_choice.isEnabled()
    assert dialog.choice().format == "pdf"
