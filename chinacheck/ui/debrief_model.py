"""The debrief of the open case as a table: one row per entry, editable on a locked case (the
debrief is written after the decision). Category and handling show ChinaCheck's names for
their ids; "electronic" can only be ticked where the category allows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from chinacheck.case import lifecycle
from chinacheck.case.model import Case, DebriefEntry
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.labels import english, tr
from chinacheck.ui.record_model import Column, Index, RecordTableModel

CATEGORY, DATE, NOTE, ELECTRONIC, HANDLING, ACTIONS = range(6)


def _entries(case: Case, _create: bool) -> list[DebriefEntry]:
    return case.debrief


def language() -> str:
    return "en" if english() else "nl"


class DebriefModel(RecordTableModel):
    def __init__(self, doc: CaseDocument, parent: Any = None) -> None:
        columns = [
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Categorie")), "category", editable=False),
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Datum")), "on", "date"),
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Toelichting")), "note"),
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Elektronisch")), "electronic", "bool"),
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Afhandeling")), "handling", editable=False),
            Column(tr(QT_TRANSLATE_NOOP("Labels", "Vervolgacties")), "actions", editable=False)]
        super().__init__(doc, _entries, columns, None,
                         tr(QT_TRANSLATE_NOOP("Labels", "Nazorgregel")), parent,
                         allow_locked=True)

    def can_add(self) -> bool:
        return True  # through add_entry: the category is chosen first

    def add_entry(self, category: str) -> int:
        self.doc.edit(tr(QT_TRANSLATE_NOOP("Labels", "Nazorgregel toevoegen")),
                      lambda case: case.debrief.append(DebriefEntry(category=category, note="")),
                      allow_locked=True)
        return len(self.records()) - 1

    def add(self) -> int:
        return self.add_entry("other")

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.records()):
            self.doc.edit(tr(QT_TRANSLATE_NOOP("Labels", "Nazorgregel verwijderen")),
                          lambda case: case.debrief.pop(row), allow_locked=True)

    @staticmethod
    def electronic_applies(entry: DebriefEntry) -> bool:
        category = lifecycle.rules().category(entry.category)
        return category is not None and category.electronic

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        records = self.records()
        if index.isValid() and index.column() == ELECTRONIC and index.row() < len(records) \
                and not self.electronic_applies(records[index.row()]):
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        records = self.records()
        if not index.isValid() or index.row() >= len(records):
            return None
        entry, column = records[index.row()], index.column()
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole)
        if column == CATEGORY and shown:
            category = lifecycle.rules().category(entry.category)
            return category.shown(language()) if category is not None else entry.category
        if column == HANDLING and shown:
            handling = lifecycle.rules().handling_of(entry.handling)
            return handling.shown(language()) if handling is not None else entry.handling
        if column == ACTIONS and shown:
            open_count = sum(1 for a in entry.actions if not a.done)
            counts = tr(QT_TRANSLATE_NOOP("Labels", "%1 (%2 open)"))
            return counts.replace("%1", str(len(entry.actions))).replace(
                "%2", str(open_count)) if entry.actions else "—"
        if column == ELECTRONIC and not self.electronic_applies(entry):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(QT_TRANSLATE_NOOP("Labels", "n.v.t."))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return tr(QT_TRANSLATE_NOOP("Labels", "Elektronisch: niet van toepassing"))
            return None
        if column == ELECTRONIC and role == Qt.ItemDataRole.AccessibleTextRole:
            if entry.electronic:
                return tr(QT_TRANSLATE_NOOP("Labels", "Elektronisch: ja"))
            return tr(QT_TRANSLATE_NOOP("Labels", "Elektronisch: nee"))
        if column in (CATEGORY, HANDLING, ACTIONS):
            return None
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == ELECTRONIC and \
                not (index.row() < len(self.records())
                     and self.electronic_applies(self.records()[index.row()])):
            return False
        return super().setData(index, value, role)

    def entry_at(self, row: int) -> DebriefEntry | None:
        records = self.records()
        return records[row] if 0 <= row < len(records) else None

    def index_of(self, row: int) -> QModelIndex:
        """The row's first cell: selecting it opens no editor."""
        return self.index(row, CATEGORY)
