"""Sign off the open case: who, in which role, which decision, conditions, statement, final,
and for a final sign-off optionally a seal with a certificate. A final sign-off of a case that
is not ready (chinacheck.case.readiness) shows what is missing and needs a written reason."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from chinacheck.case.model import Decision
from chinacheck.ui.certificate_fields import CertificateFields
from chinacheck.ui.labels import ROLES, decision_label, tr


class SignOffDialog(QDialog):
    def __init__(self, preparer: str = "", parent: QWidget | None = None,
                 sealing_available: bool = False, gaps: Sequence[str] = ()) -> None:
        """``gaps``: what the case still misses (chinacheck.case.readiness), one line each."""
        super().__init__(parent)
        self.gaps = list(gaps)
        self.setWindowTitle(self.tr("Aftekenen"))
        self.name = QLineEdit(preparer)
        self.name.setAccessibleName(self.tr("Naam van wie aftekent"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([tr(r) for r in ROLES])
        self.role.setAccessibleName(self.tr("Functie of rol"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Besluit"))
        for decision in Decision:
            self.decision.addItem(decision_label(decision), decision.value)
        self.conditions = QPlainTextEdit()
        self.conditions.setAccessibleName(self.tr("Voorwaarden, één per regel"))
        self.conditions.setPlaceholderText(self.tr("Eén voorwaarde per regel; elke voorwaarde "
                                                   "wordt een actie die gevolgd wordt."))
        self.conditions.setTabChangesFocus(True)
        self.statement = QPlainTextEdit()
        self.statement.setAccessibleName(self.tr("Verklaring (optioneel)"))
        self.statement.setTabChangesFocus(True)
        self.final = QCheckBox(self.tr("&Definitief: ChinaCheck staat hierna geen wijzigingen toe"))
        self.final.setAccessibleName(self.tr("Definitief aftekenen"))
        self.sealing_available = sealing_available
        self.seal = QCheckBox(self.tr("Ver&zegelen met een certificaat (digitale handtekening "
                                      "in het zaakbestand)"))
        self.seal.setAccessibleName(self.tr("Verzegelen met een certificaat"))
        self.seal.setToolTip(self.tr(
            "ChinaCheck staat geen wijzigingen toe; wijzigingen buiten ChinaCheck worden herkend, "
            "een vervalsing met nieuwe vingerafdruk alleen als de zaak digitaal is ondertekend."))
        self.certificate_fields = CertificateFields()
        self.certificate = self.certificate_fields.certificate
        self.browse = self.certificate_fields.browse
        self.passphrase = self.certificate_fields.passphrase
        self.gaps_label = QLabel(self.tr(
            "Deze zaak is nog niet klaar voor een definitieve aftekening. Nog open (%n):", "",
            len(self.gaps)))
        self.gaps_label.setWordWrap(True)
        self.gaps_list = QListWidget()
        self.gaps_list.setAccessibleName(self.tr("Nog open voor een definitieve aftekening"))
        self.gaps_list.addItems(self.gaps)
        self.gaps_list.setMaximumHeight(140)
        self.despite = QPlainTextEdit()
        self.despite.setAccessibleName(self.tr("Reden om toch definitief af te tekenen"))
        self.despite.setPlaceholderText(self.tr(
            "Waarom wordt er nu besloten, ondanks de open punten? De reden wordt bij de "
            "aftekening bewaard, in de geschiedenis en op de PDF."))
        self.despite.setTabChangesFocus(True)
        self.despite.setMaximumHeight(80)
        self.despite_label = QLabel(self.tr("&Reden"))
        self.despite_label.setBuddy(self.despite)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aftekenen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.final.toggled.connect(self._seal_changed)
        self.final.toggled.connect(self._final_changed)
        self.seal.toggled.connect(self._seal_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Functie of rol"), self.role)
        form.addRow(self.tr("&Besluit"), self.decision)
        form.addRow(self.tr("&Voorwaarden"), self.conditions)
        form.addRow(self.tr("V&erklaring"), self.statement)
        form.addRow(self.final)
        form.addRow(self.gaps_label)
        form.addRow(self.gaps_list)
        form.addRow(self.despite_label, self.despite)
        form.addRow(self.seal)
        form.addRow(self.tr("&Certificaat"), self.certificate_fields)
        form.addRow(self.tr("&Wachtwoord"), self.passphrase)
        if not sealing_available:
            form.addRow(QLabel(self.tr("Verzegelen vraagt de extra onderdelen pyHanko en "
                                       "cryptography; die zijn niet geïnstalleerd.")))
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._decision_changed()
        self._seal_changed()
        self._final_changed()
        self.resize(520, self.sizeHint().height())

    def _decision_changed(self) -> None:
        self.conditions.setEnabled(self.decision.currentData() == Decision.VOORWAARDEN.value)

    def needs_reason(self) -> bool:
        return self.final.isChecked() and bool(self.gaps)

    def _final_changed(self) -> None:
        """The gaps and the reason are shown only for a final sign-off of an unready case."""
        shown = self.needs_reason()
        for widget in (self.gaps_label, self.gaps_list, self.despite_label, self.despite):
            widget.setVisible(shown)

    def accept(self) -> None:
        if self.needs_reason() and not self.despite.toPlainText().strip():
            self.show_error(self.tr("Geef een reden om definitief af te tekenen terwijl er nog "
                                    "punten open zijn, of vul de zaak eerst aan."))
            self.despite.setFocus()
            return
        super().accept()

    def despite_reason(self) -> str:
        """The reason to sign off definitively despite the gaps ("" when none is needed)."""
        return self.despite.toPlainText().strip() if self.needs_reason() else ""

    def _seal_changed(self) -> None:
        """Only a final sign-off is sealed, and only where signing is installed."""
        self.seal.setEnabled(self.sealing_available and self.final.isChecked())
        on = self.seal.isEnabled() and self.seal.isChecked()
        self.certificate_fields.set_active(on)

    def seal_choice(self) -> tuple[Path, str] | None:
        """The certificate and its passphrase to seal with, or None."""
        if not (self.seal.isEnabled() and self.seal.isChecked()):
            return None
        certificate = self.certificate_fields.path()
        if certificate is None:
            from chinacheck.errors import InputError

            raise InputError(self.tr("Kies het certificaat om mee te verzegelen."))
        return certificate, self.passphrase.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "role": self.role.currentText(),
            "decision": Decision(self.decision.currentData()),
            "conditions": self.conditions.toPlainText() if self.conditions.isEnabled() else "",
            "statement": self.statement.toPlainText(),
            "final": self.final.isChecked(),
        }
