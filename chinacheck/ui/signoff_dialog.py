"""Sign off the open case: who, in which role, which decision, conditions, statement, final,
and for a final sign-off optionally a seal with a certificate. A final sign-off of a case that
is not ready (chinacheck.case.readiness) shows what is missing and needs a written reason. The
dialog shows the four-eyes policy in effect (chinacheck.case.foureyes) and says that names are
recorded as typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from chinacheck.case.model import Decision, FourEyes
from chinacheck.signing.modules import TokenChoice
from chinacheck.ui.certificate_fields import CertificateFields
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import ROLES, decision_label, four_eyes_label, tr


class SignOffDialog(QDialog):
    def __init__(self, preparer: str = "", parent: QWidget | None = None,
                 sealing_available: bool = False, gaps: Sequence[str] = (),
                 four_eyes: str = "", locks: Callable[[str], bool] | None = None) -> None:
        """``gaps``: what the case still misses (chinacheck.case.readiness), one line each.
        ``four_eyes``: the four-eyes policy in effect, in words; ``locks(name)``: whether a
        final sign-off by that name would lock the case (not the first of two sign-offs)."""
        super().__init__(parent)
        self.gaps = list(gaps)
        self.locks = locks
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
        # No name of its own: what is read is the visible label, warning included (WCAG 2.5.3)
        self.sealing_available = sealing_available
        self.seal = QCheckBox(self.tr("Ver&zegelen met een certificaat (digitale handtekening "
                                      "in het zaakbestand)"))
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
        self.gaps_list = keyboard_friendly(QListWidget())
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
        self.four_eyes = QLabel(self.tr("Functiescheiding: %1").replace("%1", four_eyes)
                                if four_eyes else "")
        self.four_eyes.setWordWrap(True)
        self.four_eyes.setVisible(bool(four_eyes))
        self.names_note = QLabel(self.tr(
            "Namen worden vastgelegd zoals ze zijn getypt: ChinaCheck kent geen accounts. Wat "
            "bewijst wie aftekende, is een digitale handtekening: bij verzegelen met een "
            "certificaat wordt de naam uit het certificaat gebruikt."))
        self.names_note.setWordWrap(True)
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
        self.name.textChanged.connect(self._final_changed)
        form = QFormLayout(self)
        form.addRow(self.four_eyes)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.names_note)
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
        """A final sign-off of an unready case needs a reason; not the first of two, which
        does not lock it."""
        if not (self.final.isChecked() and self.gaps):
            return False
        if self.locks is None:
            return True
        from chinacheck.errors import InputError

        try:
            return self.locks(self.name.text())
        except InputError:  # refused by the policy: said when signing
            return True

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

    def token_choice(self) -> TokenChoice | None:
        """The smart card or token to seal with (its PIN is asked when sealing), or None."""
        if not (self.seal.isEnabled() and self.seal.isChecked()):
            return None
        return self.certificate_fields.token_choice()

    def seal_choice(self) -> tuple[Path, str] | None:
        """The certificate file and its passphrase to seal with, or None (also when sealing
        with a token: token_choice)."""
        if not (self.seal.isEnabled() and self.seal.isChecked()) \
                or self.certificate_fields.uses_token():
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


class FourEyesCaseDialog(QDialog):
    """This case's own four-eyes policy, or the organisation's; the change is recorded in the
    case's audit trail."""

    def __init__(self, current: FourEyes | None, organisation: str,
                 parent: QWidget | None = None) -> None:
        """``organisation``: the organisation's policy in words."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Functiescheiding voor deze zaak"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Functiescheiding voor deze zaak"))
        self.choice.addItem(self.tr("Volg de organisatie (%1)").replace("%1", organisation), "")
        for policy in FourEyes:
            self.choice.addItem(four_eyes_label(policy), policy.value)
        self.choice.setCurrentIndex(max(0, self.choice.findData(
            current.value if current is not None else "")))
        note = QLabel(self.tr("Strenger of soepeler dan de organisatie; de keuze wordt in het "
                              "logboek van de zaak vastgelegd en kan na een definitieve "
                              "aftekening niet meer worden gewijzigd."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Functiescheiding"), self.choice)
        form.addRow(note)
        form.addRow(buttons)

    def chosen(self) -> FourEyes | None:
        value = str(self.choice.currentData())
        return FourEyes(value) if value else None
