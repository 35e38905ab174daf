"""A table of records with Add and Remove buttons, keyboard-friendly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.record_model import RecordTableModel


class RecordTable(QWidget):
    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = keyboard_friendly(QTableView())
        self.view.setModel(model)
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for n, column in enumerate(model.columns):
            mode = (QHeaderView.ResizeMode.ResizeToContents if column.kind in ("date", "bool")
                    else QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(n, mode)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setAccessibleName(self.tr("%1: toevoegen").replace("%1", name))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setAccessibleName(
            self.tr("%1: geselecteerde verwijderen").replace("%1", name))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if not model.can_add():  # rows that come from elsewhere (sign-off conditions)
            self.add_button.hide()
            self.remove_button.hide()
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        """Rows stay readable (not greyed) on a case that cannot change; only the buttons stop.
        Whether a cell opens an editor follows the model's flags."""
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()  # typing starts editing the new row's first cell

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
