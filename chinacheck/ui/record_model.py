"""An editable table model over a list of records inside the open case.

Counterparts, intermediaries and actions are all lists of small dataclasses; one model edits any
of them, and every change goes through the document so it can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from chinacheck.case.daterange import date_ok
from chinacheck.case.model import Case
from chinacheck.ui.document import CaseDocument

Index = QModelIndex | QPersistentModelIndex
Rows = Callable[[Case, bool], list[Any]]  # (case, create) -> the list; create=True may add a parent


@dataclass(frozen=True)
class Column:
    header: str
    attr: str
    kind: str = "text"  # "text", "date" (YYYY-MM-DD or empty) or "bool"
    editable: bool = True


class RecordTableModel(QAbstractTableModel):
    def __init__(self, doc: CaseDocument, rows: Rows, columns: list[Column],
                 make_row: Callable[[], Any] | None, noun: str, parent: Any = None,
                 allow_locked: bool = False) -> None:
        super().__init__(parent)
        self.doc, self._rows, self.columns, self._make_row, self.noun = (
            doc, rows, columns, make_row, noun)
        # Conditions of a sign-off stay trackable on a case that the sign-off locked.
        self.allow_locked = allow_locked
        doc.changed.connect(self.refresh)

    def set_document(self, doc: CaseDocument) -> None:
        self.doc.changed.disconnect(self.refresh)
        self.doc = doc
        doc.changed.connect(self.refresh)
        self.refresh()

    def set_rows(self, rows: Rows) -> None:
        self._rows = rows
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def records(self) -> list[Any]:
        return self._rows(self.doc.case, False)

    def editable(self) -> bool:
        """Whether the open case lets these rows change (the document refuses otherwise)."""
        return not self.doc.read_only and (self.allow_locked or not self.doc.case.locked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.columns[index.column()].editable or not self.editable():
            return base  # readable and selectable, at full contrast
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        records = self.records()
        if not index.isValid() or index.row() >= len(records):
            return None
        column = self.columns[index.column()]
        value = getattr(records[index.row()], column.attr)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return column.header + (": ja" if value else ": nee")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column.kind == "date":
                return value.isoformat() if value else ""
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        column, row = self.columns[index.column()], index.row()
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind == "date":
            text = str(value).strip()
            try:
                new = date.fromisoformat(text) if text else None
            except ValueError:
                return False
            if new is not None and not date_ok(new):  # a file that could not be opened again
                return False
        else:
            new = str(value)
        self.doc.edit(f"{self.noun}: {column.header}",
                      lambda case: setattr(self._rows(case, True)[row], column.attr, new),
                      allow_locked=self.allow_locked)
        return True

    def add(self) -> int:
        if self._make_row is None:
            return -1
        make_row = self._make_row
        self.doc.edit(f"{self.noun} toevoegen",
                      lambda case: self._rows(case, True).append(make_row()),
                      allow_locked=self.allow_locked)
        return len(self.records()) - 1

    def can_add(self) -> bool:
        return self._make_row is not None

    def remove(self, row: int) -> None:
        if self._make_row is None:
            return
        if 0 <= row < len(self.records()):
            self.doc.edit(f"{self.noun} verwijderen", lambda case: self._rows(case, True).pop(row),
                          allow_locked=self.allow_locked)
