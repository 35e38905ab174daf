"""Sign off the open case: who, in which role, which decision, conditions, statement, final."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from chinacheck.case.model import Decision
from chinacheck.ui.labels import ROLES, decision_label, tr


class SignOffDialog(QDialog):
    def __init__(self, preparer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.final = QCheckBox(self.tr("&Definitief: de zaak wordt hierna alleen-lezen"))
        self.final.setAccessibleName(self.tr("Definitief aftekenen"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aftekenen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Functie of rol"), self.role)
        form.addRow(self.tr("&Besluit"), self.decision)
        form.addRow(self.tr("&Voorwaarden"), self.conditions)
        form.addRow(self.tr("V&erklaring"), self.statement)
        form.addRow(self.final)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._decision_changed()
        self.resize(520, self.sizeHint().height())

    def _decision_changed(self) -> None:
        self.conditions.setEnabled(self.decision.currentData() == Decision.VOORWAARDEN.value)

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
