"""Settings: the UI language (Dutch or English)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van de toepassing"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        note = QLabel(self.tr("De tekst van de brochure blijft de officiële Nederlandse tekst. "
                              "Het wisselen van taal houdt de geopende zaak open."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
