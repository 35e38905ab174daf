"""Small dialogs for the life of a case: when and why a tie was ended, and the next review."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from chinacheck.ui import fields


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class EndDialog(QDialog):
    """Asks the date a tie or collaboration ended and why; the core checks both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Band of samenwerking beëindigen"))
        self.setMinimumWidth(420)
        self.on = fields.date_edit(self.tr("Datum van beëindiging"))
        fields.set_date(self.on, date.today())
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reden van beëindiging"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 14)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Datum"), self.on)
        form.addRow(self.tr("&Reden"), self.reason)
        form.addRow(self.error)
        form.addRow(_buttons(self))

    def values(self) -> tuple[date | None, str]:
        return fields.date_value(self.on), self.reason.toPlainText()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()


class ReviewDateDialog(QDialog):
    """The next review set by hand, or back to the default term after the last sign-off."""

    def __init__(self, current: date | None, by_hand: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Volgende herbeoordeling"))
        self.when = fields.date_edit(self.tr("Datum van de volgende herbeoordeling"))
        fields.set_date(self.when, current or date.today())
        self.default = QCheckBox(self.tr("Volgens de &standaardtermijn na de laatste definitieve "
                                         "aftekening"))
        self.default.setChecked(not by_hand)
        self.default.toggled.connect(lambda on: self.when.setEnabled(not on))
        self.when.setEnabled(by_hand)
        form = QFormLayout(self)
        form.addRow(self.default)
        form.addRow(self.tr("&Datum"), self.when)
        form.addRow(_buttons(self))

    def value(self) -> date | None:
        """The date set by hand; None: the default term."""
        return None if self.default.isChecked() else fields.date_value(self.when)
