"""The app's side of trust anchors and tokens: Help → Over names the active anchors."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import softhsm

from chinacheck.storage import settings
from chinacheck.ui import prompts

pytest.importorskip("pyhanko")
EXPORT_OPTIONS = prompts.export_options  # the real dialog; the window fixture refuses it


def test_about_names_the_active_trust_anchors(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from chinacheck.ui.main_window import MainWindow

    pki = softhsm.make_pki(tmp_path / "pki", "ecdsa")
    share = tmp_path / "organisatie"
    share.mkdir()
    (share / "root.pem").write_bytes(pki.files["root"].read_bytes())
    settings.save(settings.Settings(trust_folder=str(share)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.about()
    assert ("<p>vertrouwde basiscertificaten: Staat der Nederlanden Root CA - G3 (meegeleverd, "
            "SHA-256 3C:4F:B0:B9:5A:B8:B3:00…); Toets Root CA (organisatiemap, SHA-256 "
            ) in shown[0]


def _when_modal(kind: type, act: object) -> None:
    """Run ``act(dialog)`` as soon as a modal dialog of ``kind`` is open (polls the event
    loop: the dialogs open one after another inside the command)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)  # type: ignore[operator]
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_export_signed_with_a_token_through_the_dialogs(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export dialog → Smartcard/token → the PIN dialog (never stored) → a PDF signed on the
    SoftHSM2 token that verifies trusted against the test root."""
    from chinacheck.case.examples import example_case
    from chinacheck.signing.verify import verify
    from chinacheck.storage import store
    from chinacheck.ui.certificate_fields import PKCS11
    from chinacheck.ui.export_dialog import ExportDialog
    from chinacheck.ui.pin_dialog import PinDialog

    pki = softhsm.make_pki(tmp_path / "pki", "rsa-pss")
    token = softhsm.make_token(tmp_path / "hsm", monkeypatch, pki)
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    target = tmp_path / "overzicht.pdf"
    monkeypatch.setattr(prompts, "export_options", EXPORT_OPTIONS)
    monkeypatch.setattr(prompts, "save_pdf", lambda *_: str(target))
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, m: errors.append(m))
    seen: list[str] = []  # what the PIN field still holds once the PIN was read
    take = PinDialog.take_pin

    def take_and_look(dialog: PinDialog) -> str:
        pin = take(dialog)
        seen.append(dialog.pin.text())
        return pin

    monkeypatch.setattr(PinDialog, "take_pin", take_and_look)

    def fill_pin(dialog: PinDialog) -> None:
        qtbot.keyClicks(dialog.pin, softhsm.PIN)
        dialog.accept()

    def fill_export(dialog: ExportDialog) -> None:
        dialog.sign.setChecked(True)
        fields = dialog.certificate_fields
        fields.source.setCurrentIndex(fields.source.findData(PKCS11))
        assert fields.module_row.isVisibleTo(dialog) and not fields.file_row.isVisibleTo(dialog)
        assert not dialog.passphrase.isEnabled()  # a token asks for its PIN, when signing
        fields.module.setText(token.module)
        fields.key_label.setText("aftekenen")
        _when_modal(PinDialog, fill_pin)
        dialog.accept()

    _when_modal(ExportDialog, fill_export)
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: window.documents.task is not None
                    and not window.documents.task.running, timeout=60_000)
    assert errors == [] and seen == [""]
    report = verify(store.load_case(path).case, target.read_bytes(), require_trusted=True,
                    trust_roots=[pki.files["root"].read_bytes()])
    assert report.ok, report.problems
    assert report.signatures[0].signer == "Zoë de Vries"


def test_a_final_sign_off_sealed_with_a_token_and_a_wrong_pin_first(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Decision
    from chinacheck.storage import store
    from chinacheck.ui.certificate_fields import PKCS11
    from chinacheck.ui.pin_dialog import PinDialog
    from chinacheck.ui.signoff_dialog import SignOffDialog

    pki = softhsm.make_pki(tmp_path / "pki", "ecdsa")
    token = softhsm.make_token(tmp_path / "hsm", monkeypatch, pki)
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    before = path.read_bytes()
    window.open_path(path)
    errors: list[str] = []
    pins = ["0000", softhsm.PIN]

    def fill_pin(dialog: PinDialog) -> None:
        qtbot.keyClicks(dialog.pin, pins.pop(0))
        dialog.accept()

    def again(dialog: SignOffDialog) -> None:  # the same dialog, with the token's answer
        errors.append(dialog.error.text())
        _when_modal(PinDialog, fill_pin)
        dialog.accept()

    def fill(dialog: SignOffDialog) -> None:
        dialog.name.setText("Zoë")
        dialog.role.setCurrentText("portefeuillehouder")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.DOORGAAN.value))
        dialog.final.setChecked(True)
        dialog.despite.setPlainText("Toets.")
        dialog.seal.setChecked(True)
        fields = dialog.certificate_fields
        fields.source.setCurrentIndex(fields.source.findData(PKCS11))
        fields.module.setText(token.module)

        def wrong_pin(pin_dialog: PinDialog) -> None:
            fill_pin(pin_dialog)
            _when_modal(SignOffDialog, again)

        _when_modal(PinDialog, wrong_pin)
        dialog.accept()

    _when_modal(SignOffDialog, fill)
    window.signoffs.signoff_action.trigger()
    assert errors and errors[0].startswith("onjuiste pincode; "), errors
    case = store.load_case(path).case
    assert path.read_bytes() != before and case.locked
    assert case.signoffs[-1].seal and case.signoffs[-1].name == "Zoë de Vries"


def test_the_pin_dialog_keeps_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.pin_dialog import PinDialog

    dialog = PinDialog("de smartcard")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "1234")
    assert dialog.take_pin() == "1234" and dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "5678")
    dialog.reject()
    assert dialog.pin.text() == ""


def test_settings_keep_the_module_and_the_trust_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog("nl")
    qtbot.addWidget(dialog)
    current = settings.Settings()
    dialog.signing.show_settings(current)
    assert dialog.signing.module.text() == ""  # empty: the platform's usual module
    qtbot.keyClicks(dialog.signing.module, "/opt/kaart/libkaart.so")
    qtbot.keyClicks(dialog.signing.trust_folder, str(tmp_path))
    assert dialog.signing.apply(current)
    assert (current.pkcs11_module, current.trust_folder) == ("/opt/kaart/libkaart.so",
                                                             str(tmp_path))
    assert not dialog.signing.apply(current)


def test_usual_module_paths_per_platform(tmp_path: Path) -> None:
    from chinacheck.signing import modules

    assert modules.usual_paths("win32")[0].endswith("opensc-pkcs11.dll")
    assert modules.usual_paths("darwin")[0] == "/Library/OpenSC/lib/opensc-pkcs11.so"
    assert "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so" in modules.usual_paths("linux")
    assert modules.default_module(" /mijn/module.so ") == "/mijn/module.so"
    assert modules.default_module("", "plan9") == ""
