"""The PIN of a smart card or token, asked for each signing: a password field, never stored,
never logged, emptied as soon as it has been read."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class PinDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pincode van de smartcard of het token"))
        note = QLabel(self.tr("Typ de pincode van %1. ChinaCheck bewaart de pincode niet; hij "
                              "wordt alleen aan de kaart gegeven.").replace("%1", what))
        note.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Pincode"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Pincode"), self.pin)
        form.addRow(buttons)

    def take_pin(self) -> str:
        """The PIN typed, and the field emptied: the dialog keeps no copy."""
        pin = self.pin.text()
        self.pin.clear()
        return pin

    def reject(self) -> None:
        self.pin.clear()
        super().reject()


def ask_pin(parent: QWidget | None, what: str) -> str | None:
    """The PIN, or None when the user cancels."""
    dialog = PinDialog(what, parent)
    try:
        if dialog.exec() != PinDialog.DialogCode.Accepted:
            return None
        return dialog.take_pin()
    finally:
        dialog.deleteLater()
