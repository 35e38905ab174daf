"""Woo in the app: mark a passage in the Woo dialog, export the Woo version."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Decision
from chinacheck.case.signoff import sign_off
from chinacheck.storage import store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.woo_dialog import WooDialog


def test_mark_a_counterpart_and_export_the_woo_version(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    case.answers.clear()
    sign_off(case, name="Jan Jansen", role="gemeentesecretaris", decision=Decision.DOORGAAN,
             final=True)
    store.save_case(case, path)  # locked: markings are still allowed
    window.open_path(path)

    def exec_(dialog: WooDialog) -> int:
        dialog.select_path("counterparts/0/notes")
        qtbot.mouseClick(dialog.checks["5.1.2a"], Qt.MouseButton.LeftButton)
        dialog.select_path("preparer")  # a name, withheld by default: not withheld after all
        assert dialog.checks["5.1.2e"].isChecked()
        qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WooDialog, "exec", exec_)
    window.woo.marks_action.trigger()
    doc = window.session.doc
    assert doc is not None and doc.case.locked
    assert doc.case.woo["counterparts/0/notes"].grounds == ["5.1.2a"]
    assert doc.case.woo["preparer"].grounds == []
    window.session.save()
    saved = store.load_case(path)
    assert saved.case.audit[-1].event is AuditEvent.WOO_MARKED and not saved.finding.tampered

    target = tmp_path / "woo.pdf"
    monkeypatch.setattr(prompts, "save_pdf", lambda *_: target)
    window.woo.export_action.trigger()
    qtbot.waitUntil(lambda: window.woo.task is not None and not window.woo.task.running,
                    timeout=30_000)
    qtbot.waitUntil(lambda: window.woo.last_written == target, timeout=10_000)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "[gelakt – 5.1.2a]" in text and "Eerder op bezoek in 2019" not in text
    assert "Zoë de Vries" in text  # unmarked by the user
    assert "Jan Jansen" not in text and "Lijst van lakkingen" in text
    entry = store.load_case(path).case.audit[-1]
    assert entry.event is AuditEvent.EXPORTED and entry.detail["woo"] is True

    docx_target = tmp_path / "woo.docx"
    monkeypatch.setattr(prompts, "save_docx", lambda *_: docx_target)
    window.woo.export_docx_action.trigger()
    qtbot.waitUntil(lambda: window.woo.last_written == docx_target, timeout=30_000)
    import docx

    document = docx.Document(str(docx_target))
    words = "\n".join([p.text for p in document.paragraphs]
                      + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "[gelakt – 5.1.2a]" in words and "Eerder op bezoek in 2019" not in words
    assert "Jan Jansen" not in words and "Zoë de Vries" in words
    entry = store.load_case(path).case.audit[-1]
    assert entry.detail["woo"] is True and entry.detail["format"] == "docx"
