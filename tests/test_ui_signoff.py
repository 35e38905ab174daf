"""Sign-off in the app: sign, the locked banner and read-only editors, reopen, history,
signed PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from chinacheck.case.examples import example_case
from chinacheck.case.model import Decision
from chinacheck.storage import store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.signoff_dialog import SignOffDialog


def _open(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    return path


def _sign(qtbot, window: MainWindow, *, name: str, decision: Decision, final: bool,  # type: ignore[no-untyped-def]
          conditions: str = "", despite: str = "Toets.") -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        dialog.name.setText(name)
        dialog.role.setCurrentText("portefeuillehouder")
        dialog.decision.setCurrentIndex(dialog.decision.findData(decision.value))
        dialog.conditions.setPlainText(conditions)
        dialog.final.setChecked(final)
        dialog.despite.setPlainText(despite)  # the example case is not ready: a reason
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.signoffs.signoff_action.trigger()


def test_final_sign_off_locks_the_case_and_reopen_starts_a_new_revision(  # type: ignore[no-untyped-def]
        qtbot, type_text, window, monkeypatch, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    assert (window.signoffs.signoff_action.isEnabled()
            and not window.signoffs.reopen_action.isEnabled())
    _sign(qtbot, window, name="王伟 / Zoë", decision=Decision.VOORWAARDEN, final=True,
          conditions="Programma vooraf delen\nGeen laptops mee")
    saved = store.load_case(path).case
    assert saved.locked and saved.signoffs[-1].name == "王伟 / Zoë"
    assert [c.text for c in saved.conditions] == ["Programma vooraf delen", "Geen laptops mee"]
    assert not window.isWindowModified()
    assert window.banner.isVisible() and "王伟 / Zoë" in window.banner.label.text()
    assert "alleen-lezen" in window.banner.label.text()
    # read-only: the case's text stays readable (not greyed), nothing takes a change, and an
    # edit through the document is refused
    details = window.details_tab
    assert details.title.isEnabled() and details.title.isReadOnly()
    assert details.topics.isReadOnly() and details.start_date.isReadOnly()
    assert not details.kind.isEnabled()  # Qt has no read-only combo box
    assert details.counterparts.view.isEnabled()
    assert not details.counterparts.add_button.isEnabled()
    people = details.counterparts.model
    assert people.rowCount() and not people.flags(people.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    qtbot.keyClicks(details.title, "getypt")
    assert details.title.text() == example_case().title
    checklist = window.checklist_tab
    assert checklist.note.isEnabled() and checklist.note.isReadOnly()
    assert not checklist.status.isEnabled() and not checklist.action_table.add_button.isEnabled()
    assert checklist.guidance.isEnabled()  # the brochure's text stays readable, not greyed
    messages: list[str] = []
    window.session.doc.refused.connect(messages.append)  # type: ignore[union-attr]
    window.session.doc.edit("x", lambda c: setattr(c, "title", "gewijzigd"))  # type: ignore[union-attr]
    assert messages and window.session.doc.case.title == example_case().title  # type: ignore[union-attr]
    assert not window.signoffs.signoff_action.isEnabled()
    # reopen
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    window.banner.reopen_button.click()
    reopened = store.load_case(path).case
    assert reopened.revision == 2 and not reopened.locked
    assert reopened.signoffs[0].revision == 1  # the earlier sign-off stays with its revision
    assert not window.banner.isVisible() and not window.details_tab.title.isReadOnly()
    assert window.details_tab.kind.isEnabled()
    assert window.details_tab.counterparts.add_button.isEnabled()
    type_text(window.details_tab.organisation, "!")
    assert window.session.doc.case.organisation.endswith("!")  # type: ignore[union-attr]


def test_invalid_sign_off_is_explained_and_nothing_changes(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _open(window, tmp_path)
    before = path.read_bytes()
    shown: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        dialog.name.setText("Zoë")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.VOORWAARDEN.value))
        dialog.accept()  # conditions missing
        QTimer.singleShot(0, lambda: (shown.append(dialog.error.text()), dialog.reject()))

    QTimer.singleShot(0, fill)
    window.signoffs.signoff_action.trigger()
    assert shown and "voorwaarden" in shown[0]
    assert path.read_bytes() == before and not window.session.doc.case.signoffs  # type: ignore[union-attr]


def test_history_dialog_lists_the_audit_trail(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.audit_dialog import AuditDialog

    _open(window, tmp_path)
    _sign(qtbot, window, name="Zoë", decision=Decision.DOORGAAN, final=False)
    dialog = AuditDialog(window.session.doc.case)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    events = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "afgetekend" in events


def test_export_signed_pdf_from_the_app(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("pyhanko")
    from chinacheck.signing.selfsigned import make_pkcs12
    from chinacheck.ui.export_dialog import ExportChoice

    path = _open(window, tmp_path)
    p12, _cert = make_pkcs12("Zoë de Vries 王伟", "geheim")
    certificate = tmp_path / "zoe.p12"
    certificate.write_bytes(p12)
    target = tmp_path / "ondertekend.pdf"
    monkeypatch.setattr(prompts, "export_options",
                        lambda *_: (ExportChoice("Intern", certificate, "geheim"), target))
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: not window.documents.task.running, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    case = store.load_case(path).case
    exported = [e for e in case.audit if e.event.value == "exported"]
    assert exported and exported[-1].detail.get("signed") is True
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Zoë de Vries 王伟" in text


def test_conditions_can_be_ticked_off_on_a_locked_case(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    path = _open(window, tmp_path)
    _sign(qtbot, window, name="Zoë", decision=Decision.VOORWAARDEN, final=True,
          conditions="Programma vooraf delen")
    details = window.details_tab
    assert window.session.doc.case.locked  # type: ignore[union-attr]
    assert details.conditions_box.isVisible() and details.conditions.add_button.isHidden()
    assert details.measures.isReadOnly()
    model = details.conditions.model
    assert model.index(0, 0).data() == "Programma vooraf delen"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 3), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    window.save_action.trigger()
    saved = store.load_case(path).case
    assert saved.locked and saved.conditions[0].done


def test_a_topic_typed_just_before_signing_is_listed_before_the_sign_off(  # type: ignore[no-untyped-def]
        qtbot, type_text, window, tmp_path: Path) -> None:
    """The history reads edit → signed, never "gegevens gewijzigd" after "afgetekend"."""
    from chinacheck.ui.audit_dialog import AuditDialog

    path = _open(window, tmp_path)
    window.details_tab.topics.moveCursor(window.details_tab.topics.textCursor().MoveOperation.End)
    type_text(window.details_tab.topics, "\nwaterstofbussen")
    assert window.isWindowModified()
    _sign(qtbot, window, name="Zoë", decision=Decision.DOORGAAN, final=True)
    loaded = store.load_case(path)
    assert not loaded.finding.tampered and "waterstofbussen" in loaded.case.topics
    events = [e.event.value for e in loaded.case.audit]
    assert events[-3:] == ["details-changed", "signed", "phase-changed"]
    assert loaded.case.audit[-3].detail == {"fields": ["topics"]}
    dialog = AuditDialog(window.session.doc.case)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    shown = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert shown.index("gegevens gewijzigd", len(shown) - 3) < shown.index("afgetekend")
