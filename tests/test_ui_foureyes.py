"""Four eyes in the app: the settings dialog's policy, the sign-off dialog that shows it and
refuses the drafter's own final sign-off, a case's own policy from the Afronden menu, the two
sign-offs, and the history that names it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from chinacheck.case import tamper
from chinacheck.case.examples import example_case
from chinacheck.case.model import Decision, FourEyes
from chinacheck.storage import settings, store
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.signoff_dialog import FourEyesCaseDialog, SignOffDialog

DRAFTER = "Zoë de Vries"  # the example case's preparer


def _open(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    return path


def _sign(window: MainWindow, name: str, seen: dict[str, str] | None = None,
          refused: bool = False) -> None:
    """Sign off finally as ``name``; with ``seen``, what the dialog showed is kept there; when
    ``refused``, the dialog's error is kept in seen["error"] and the dialog closed."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        dialog.name.setText(name)
        dialog.role.setCurrentText("portefeuillehouder")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.DOORGAAN.value))
        dialog.final.setChecked(True)
        if dialog.needs_reason():  # the example case is not ready
            dialog.despite.setPlainText("Toets.")
        if seen is not None:
            seen["policy"] = dialog.four_eyes.text()
            seen["policy_shown"] = str(dialog.four_eyes.isVisibleTo(dialog))
            seen["note"] = dialog.names_note.text()
            seen["needs_reason"] = str(dialog.needs_reason())
        dialog.accept()
        if seen is not None and refused:
            def close() -> None:
                seen["error"] = dialog.error.text()
                dialog.reject()

            QTimer.singleShot(0, close)

    QTimer.singleShot(0, fill)
    window.signoffs.signoff_action.trigger()


def test_the_drafters_own_final_sign_off_is_refused_under_the_policy(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.settings.four_eyes = FourEyes.ANDERE.value
    path = _open(window, tmp_path)
    before = path.read_bytes()
    seen: dict[str, str] = {}
    _sign(window, "  zoë DE vries", seen, refused=True)
    assert "Functiescheiding: andere aftekenaar" in seen["policy"]
    assert "(instelling van de organisatie)" in seen["policy"] and seen["policy_shown"] == "True"
    assert "zoals ze zijn getypt" in seen["note"] and "certificaat" in seen["note"]
    assert "Zoë de Vries is de opsteller van de zaak" in seen["error"]
    assert path.read_bytes() == before and not window.session.doc.case.signoffs  # type: ignore[union-attr]
    _sign(window, "Piet Jansen")
    saved = store.load_case(path).case
    assert saved.locked and saved.signoffs[-1].name == "Piet Jansen"
    assert saved.audit[-2].detail["four_eyes"]  # then the phase == "andere aftekenaar"


def test_a_case_of_its_own_needs_two_sign_offs(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from chinacheck.ui.audit_dialog import AuditDialog

    path = _open(window, tmp_path)
    assert window.signoffs.four_eyes_action.isEnabled()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FourEyesCaseDialog)
        assert dialog.choice.currentData() == ""  # follows the organisation
        dialog.choice.setCurrentIndex(dialog.choice.findData(FourEyes.TWEE.value))
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.signoffs.four_eyes_action.trigger()
    saved = store.load_case(path).case
    assert saved.four_eyes is FourEyes.TWEE and not tamper.examine(saved).tampered
    messages: list[str] = []
    window.session.message.connect(messages.append)
    seen: dict[str, str] = {}
    _sign(window, DRAFTER, seen)  # the first: recorded, does not lock, needs no reason
    assert "(eigen keuze voor deze zaak)" in seen["policy"]
    assert seen["needs_reason"] == "False"
    first = store.load_case(path).case
    assert not first.locked and [s.final for s in first.signoffs] == [False]
    assert any("Eerste aftekening vastgelegd" in m for m in messages)
    assert window.signoffs.signoff_action.isEnabled()
    _sign(window, "Piet Jansen")
    second = store.load_case(path).case
    assert second.locked and [s.final for s in second.signoffs] == [False, True]
    assert not tamper.examine(second).tampered
    assert not window.signoffs.four_eyes_action.isEnabled()  # locked: no change of policy
    dialog = AuditDialog(second)
    qtbot.addWidget(dialog)
    details = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert "functiescheiding voor deze zaak: twee aftekeningen (was: die van de organisatie)" \
        in details
    assert any("eerste van twee aftekeningen" in d for d in details)


def test_the_organisation_policy_is_a_setting(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.ui import settings_dialog

    class Chosen(settings_dialog.SettingsDialog):
        def exec(self) -> int:
            assert self.four_eyes.currentData() == "geen"
            self.four_eyes.setCurrentIndex(self.four_eyes.findData("twee aftekeningen"))
            return settings_dialog.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog, "SettingsDialog", Chosen)
    window.show_settings()
    assert settings.load().four_eyes == "twee aftekeningen"
    assert settings.four_eyes(window.settings) is FourEyes.TWEE


def test_a_seal_from_the_dialog_signs_under_the_certificates_name(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    pytest.importorskip("pyhanko")
    from chinacheck.signing.selfsigned import make_pkcs12

    window.settings.four_eyes = FourEyes.ANDERE.value
    path = _open(window, tmp_path)
    certificates = {}
    for who, name in (("drafter", DRAFTER), ("piet", "Piet Jansen")):
        certificates[who] = tmp_path / f"{who}.p12"
        certificates[who].write_bytes(make_pkcs12(name, "geheim")[0])
    messages: list[str] = []
    window.session.message.connect(messages.append)

    def sign(typed: str, certificate: Path, seen: dict[str, str] | None = None) -> None:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SignOffDialog)
            dialog.name.setText(typed)
            dialog.role.setCurrentText("portefeuillehouder")
            dialog.final.setChecked(True)
            dialog.despite.setPlainText("Toets.")
            dialog.seal.setChecked(True)
            dialog.certificate.setText(str(certificate))
            dialog.passphrase.setText("geheim")
            dialog.accept()
            if seen is not None:
                def close() -> None:
                    seen["error"] = dialog.error.text()
                    dialog.reject()

                QTimer.singleShot(0, close)

        QTimer.singleShot(0, fill)
        window.signoffs.signoff_action.trigger()

    before = path.read_bytes()
    seen: dict[str, str] = {}
    sign("Piet Jansen", certificates["drafter"], seen)  # typed as another, the drafter's seal
    assert "Zoë de Vries is de opsteller van de zaak" in seen["error"]
    assert path.read_bytes() == before
    sign("P. Jansen", certificates["piet"])
    saved = store.load_case(path).case
    assert saved.locked and saved.signoffs[-1].name == "Piet Jansen" and saved.signoffs[-1].seal
    assert any("Verzegeld als Piet Jansen: de naam uit het certificaat" in m for m in messages)
