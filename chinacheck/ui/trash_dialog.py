"""Lists deleted cases and puts one back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinacheck.errors import CaseFileError
from chinacheck.storage import trash
from chinacheck.ui import prompts
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import format_datetime


class TrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prullenbak"))
        self.list = keyboard_friendly(QListWidget())
        self.list.setAccessibleName(self.tr("Verwijderde zaken"))
        self.restore_button = QPushButton(self.tr("&Terugzetten"))
        self.restore_button.setAccessibleName(self.tr("Geselecteerde zaak terugzetten"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verwijderde zaken blijven hier tot u ze terugzet.")))
        layout.addWidget(self.list)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        self.restored = False
        self.reload()
        self.resize(560, 360)

    def reload(self) -> None:
        self.list.clear()
        for entry in trash.list_trash():
            stamp = format_datetime(entry.deleted)
            item = QListWidgetItem(f"{entry.original.name} — {stamp}")
            item.setToolTip(str(entry.original))
            item.setData(256, entry)
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            trash.restore(item.data(256))
        except CaseFileError as exc:
            prompts.error(self, self.tr("Terugzetten"), str(exc))
            return
        self.restored = True
        self.reload()
