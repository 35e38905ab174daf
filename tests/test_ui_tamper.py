"""The app and a case changed outside ChinaCheck: a red banner saying what differs, read-only,
never saved again (not even under another name), and an export only after asking, with a
warning on every page. And a final sign-off sealed from the sign-off dialog."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from helpers import forge
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from test_tamper import EDITS, _signed_off_case

from chinacheck.case.model import Decision
from chinacheck.storage import locking, store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.signoff_dialog import SignOffDialog


@pytest.fixture(scope="module")
def genuine_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("genuine") / "zaak.chinacheck"
    store.save_case(_signed_off_case(), path)
    return path


@pytest.mark.parametrize("name", ["note", "signer", "signoffs-deleted", "audit-reordered"])
def test_a_tampered_case_opens_read_only_under_a_red_banner(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, genuine_file: Path, tmp_path: Path,
        name: str) -> None:
    change, fragment = EDITS[name]
    path = tmp_path / "zaak.chinacheck"
    shutil.copyfile(genuine_file, path)
    forge.edit(path, change)
    before = path.read_bytes()
    assert window.open_path(path)
    banner = window.banner
    assert banner.isVisible() and banner.alarm
    assert banner.label.text().startswith("Buiten ChinaCheck gewijzigd: ")
    assert fragment in banner.label.text() and "alleen-lezen" in banner.label.text()
    assert banner.accessibleName() == banner.label.text()
    assert not banner.reopen_button.isVisible()
    doc = window.session.doc
    assert doc is not None and doc.tampered and doc.read_only and doc.lock is None
    assert not locking.lock_path(path).exists()
    # read-only: nothing takes an edit, and nothing can be signed or reopened here
    details = window.details_tab
    assert details.title.isReadOnly() and not details.kind.isEnabled()
    assert window.checklist_tab.note.isReadOnly()
    assert not window.signoffs.signoff_action.isEnabled()
    assert not window.signoffs.reopen_action.isEnabled()
    refused: list[str] = []
    doc.refused.connect(refused.append)
    doc.edit("x", lambda case: setattr(case, "title", "gewijzigd"))
    assert refused and doc.case.title != "gewijzigd"
    # never written again, not even as a copy under another name
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _w, _t, message: errors.append(message))
    monkeypatch.setattr(prompts, "save_file", lambda *_: tmp_path / "kopie.chinacheck")
    window.save_action.trigger()
    assert errors and "niet opnieuw opgeslagen" in errors[-1]
    assert path.read_bytes() == before and not (tmp_path / "kopie.chinacheck").exists()
    # an export needs a yes first
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _w, _t, message: asked.append(message) or False)
    window.documents.export_action.trigger()
    assert asked and "buiten ChinaCheck gewijzigd" in asked[0]
    assert window.documents.task is None


def test_an_export_from_the_app_warns_on_every_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, genuine_file: Path, tmp_path: Path) -> None:
    from chinacheck.ui.export_dialog import ExportChoice

    path = tmp_path / "zaak.chinacheck"
    shutil.copyfile(genuine_file, path)
    forge.edit(path, EDITS["answer"][0])
    before = path.read_bytes()
    window.open_path(path)
    target = tmp_path / "uit.pdf"
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    monkeypatch.setattr(prompts, "export_options", lambda *_: (ExportChoice("Intern"), target))
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: not window.documents.task.running, timeout=60_000)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(target.read_bytes())).pages]
    assert len(pages) > 2
    assert all("Waarschuwing: deze zaak is buiten ChinaCheck gewijzigd" in " ".join(p.split())
               for p in pages)
    assert path.read_bytes() == before  # the export is not recorded in a tampered file


def _open(window: MainWindow, tmp_path: Path) -> Path:
    from chinacheck.case.examples import example_case

    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    return path


def _sign(window: MainWindow, certificate: Path | None, passphrase: str,
          shown: list[str] | None = None) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        assert not dialog.seal.isEnabled()  # only a final sign-off is sealed
        dialog.name.setText("Zoë de Vries")
        dialog.role.setCurrentText("portefeuillehouder")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.DOORGAAN.value))
        dialog.final.setChecked(True)
        dialog.despite.setPlainText("Toets.")  # the example case is not ready: a reason
        assert dialog.seal.isEnabled()
        dialog.seal.setChecked(certificate is not None)
        dialog.certificate.setText(str(certificate or ""))
        dialog.passphrase.setText(passphrase)
        dialog.accept()
        if shown is not None:  # a refusal keeps the dialog open: read it, then cancel
            QTimer.singleShot(0, lambda: (shown.append(dialog.error.text()), dialog.reject()))

    QTimer.singleShot(0, fill)
    window.signoffs.signoff_action.trigger()


def test_a_final_sign_off_sealed_from_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    pytest.importorskip("pyhanko")
    from chinacheck.signing.selfsigned import make_pkcs12

    path = _open(window, tmp_path)
    p12, _ = make_pkcs12("Zoë de Vries 王伟", "geheim")
    certificate = tmp_path / "zoe.p12"
    certificate.write_bytes(p12)
    # Undo past a save first: the seal must cover the trail as the file has it, so the undo
    # keeps the trail (a seal over a shorter one would make the save refuse).
    doc = window.session.doc
    assert doc is not None
    doc.edit("maatregelen", lambda case: setattr(case, "measures", "Anders."))
    window.save_action.trigger()
    doc.undo_stack.undo()
    before = path.read_bytes()
    shown: list[str] = []
    _sign(window, certificate, "fout", shown)
    assert shown and "onjuist wachtwoord" in shown[0]
    assert path.read_bytes() == before and not doc.case.signoffs
    _sign(window, certificate, "geheim")
    loaded = store.load_case(path)
    assert loaded.case.locked and loaded.case.signoffs[-1].seal
    from chinacheck.signing import seal

    finding = seal.examine(loaded.case, (), loaded.finding)
    assert not finding.tampered and finding.seals and finding.seals[0].ok
    text = window.banner.label.text()
    assert not window.banner.alarm and "ChinaCheck staat geen wijzigingen toe" in text
    # the seal is reported on opening, as for a PDF: signer, time, trust
    window.session.maybe_close()
    window.open_path(path)
    text = window.banner.label.text()
    assert "Verzegeling: handtekening van Zoë de Vries 王伟 op " in text
    assert "intact, geldig, niet vertrouwd (zelfondertekend certificaat)" in text


def test_a_sign_off_after_undoing_past_a_save_is_not_flagged(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    doc = window.session.doc
    assert doc is not None
    doc.edit("maatregelen", lambda case: setattr(case, "measures", "Anders."))
    window.save_action.trigger()
    doc.undo_stack.undo()  # the content as before the save; the trail keeps the save's entry
    _sign(window, None, "")
    loaded = store.load_case(path)
    assert loaded.case.locked and not loaded.finding.tampered, loaded.finding
