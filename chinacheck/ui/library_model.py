"""The case library as a real table model, with a proxy for text, kind and risk filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from chinacheck.content import Content
from chinacheck.screening import normalise
from chinacheck.store import BrokenCase, CaseSummary
from chinacheck.ui.filtering import refilter
from chinacheck.ui.labels import risk_label

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
RISK_ROLE = Qt.ItemDataRole.UserRole + 4
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 5

_RISK_ORDER = {"nog niet bepaald": 0, "laag": 1, "midden": 2, "hoog": 3}



class LibraryModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Titel"), QT_TRANSLATE_NOOP("LibraryModel", "Soort"),
        QT_TRANSLATE_NOOP("LibraryModel", "Organisatie"),
        QT_TRANSLATE_NOOP("LibraryModel", "Voortgang"),
        QT_TRANSLATE_NOOP("LibraryModel", "Risico"), QT_TRANSLATE_NOOP("LibraryModel", "Gewijzigd"),
    )

    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._content = content
        self._entries: list[CaseSummary | BrokenCase] = []
        self._haystacks: list[str] = []

    def set_entries(self, entries: list[CaseSummary | BrokenCase]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        # Normalised once here, so filtering thousands of rows is a substring test per row.
        self._haystacks = [normalise(self._haystack(e)) for e in self._entries]
        self.endResetModel()

    def _haystack(self, entry: CaseSummary | BrokenCase) -> str:
        if isinstance(entry, BrokenCase):
            return entry.path.name
        return f"{entry.title} {self._kind_label(entry.kind)} {entry.organisation}"

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def entry(self, row: int) -> CaseSummary | BrokenCase:
        return self._entries[row]

    def row_of(self, path: Path) -> int:
        return next((n for n, e in enumerate(self._entries) if e.path == path), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", self.COLUMNS[section])
        return None

    def _kind_label(self, kind_id: str) -> str:
        kind = self._content.kind(kind_id)
        return kind.label if kind else kind_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, col = self._entries[index.row()], index.column()
        if role == PATH_ROLE:
            return str(entry.path)
        if role == BROKEN_ROLE:
            return isinstance(entry, BrokenCase)
        if isinstance(entry, BrokenCase):
            return self._broken_data(entry, col, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                entry.title,
                self._kind_label(entry.kind),
                entry.organisation,
                QCoreApplication.translate("LibraryModel", "%1/%2 beantwoord, %3 open acties").replace("%1", str(entry.answered))
                .replace("%2", str(entry.total)).replace("%3", str(entry.open_actions)),
                risk_label(entry.risk),
                entry.modified.astimezone().strftime("%Y-%m-%d %H:%M"),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text, for narrow columns
            text = str(self.data(index, Qt.ItemDataRole.DisplayRole))
            return f"{text}\n{entry.path}" if col == 0 else text
        if role == KIND_ROLE:
            return entry.kind
        if role == RISK_ROLE:
            return entry.risk.value
        if role == SORT_ROLE:
            return (
                entry.title.casefold(), self._kind_label(entry.kind).casefold(),
                entry.organisation.casefold(),
                entry.answered / entry.total if entry.total else 0.0,
                float(_RISK_ORDER[entry.risk.value]), entry.modified.timestamp(),
            )[col]
        return None

    def _broken_data(self, entry: BrokenCase, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return QCoreApplication.translate("LibraryModel", "Onleesbaar: %1").replace("%1", entry.path.name)
            if col == 3:
                return entry.reason
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.path}\n{entry.reason}"
        if role == SORT_ROLE:  # same type per column as real rows, so Qt can compare natively
            if col in (0, 1, 2):
                return self._broken_data(entry, col, Qt.ItemDataRole.DisplayRole).casefold()
            return -1.0
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Filters on free text (title, organisation, kind), one kind and one risk level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kind = ""
        self._risk = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_needle", normalise(text)))

    def set_kind(self, kind_id: str) -> None:
        refilter(self, lambda: setattr(self, "_kind", kind_id))

    def set_risk(self, risk: str) -> None:
        refilter(self, lambda: setattr(self, "_risk", risk))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._kind or self._risk:
            index = model.index(row, 0, parent)
            broken = bool(model.data(index, BROKEN_ROLE))
            if self._kind and (broken or model.data(index, KIND_ROLE) != self._kind):
                return False
            if self._risk and (broken or model.data(index, RISK_ROLE) != self._risk):
                return False
        if self._needle and isinstance(model, LibraryModel):
            return self._needle in model.haystack(row)
        return True
