"""The case library as a real table model, with a proxy for text, kind and risk filters.

Each row's texts, sort keys and search text are worked out once when the entries are set, so
that sorting and filtering thousands of cases never calls back into Python per comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from chinacheck.guidance.content import Content
from chinacheck.storage.library import BrokenCase, CaseSummary, EncryptedCase
from chinacheck.textnorm import normalise
from chinacheck.ui.filtering import refilter
from chinacheck.ui.labels import format_datetime, kind_label, risk_label

Index = QModelIndex | QPersistentModelIndex
Entry = CaseSummary | BrokenCase | EncryptedCase
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
RISK_ROLE = Qt.ItemDataRole.UserRole + 4
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 5

_RISK_ORDER = {"nog niet bepaald": 0, "laag": 1, "midden": 2, "hoog": 3}


class _Row(NamedTuple):
    entry: Entry
    texts: tuple[str, ...]  # what each column shows
    sort: tuple[Any, ...]  # one key per column, the same type down a column
    haystack: str  # normalised text the filter searches
    kind: str
    risk: str
    tooltip: str


class LibraryModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Titel"), QT_TRANSLATE_NOOP("LibraryModel", "Soort"),
        QT_TRANSLATE_NOOP("LibraryModel", "Organisatie"),
        QT_TRANSLATE_NOOP("LibraryModel", "Voortgang"),
        QT_TRANSLATE_NOOP("LibraryModel", "Risico"), QT_TRANSLATE_NOOP("LibraryModel", "Gewijzigd"),
    )

    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind_labels = {kind.id: kind_label(kind) for kind in content.kinds}
        self._rows: list[_Row] = []
        self._sort = (5, Qt.SortOrder.DescendingOrder)
        self._entries: list[Entry] = []
        # The open encrypted case, shown with its title while it is unlocked (never stored).
        self._unlocked: CaseSummary | None = None

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = [self._row(entry) for entry in entries]
        self._sort_rows()
        self.endResetModel()

    def set_unlocked(self, summary: CaseSummary | None) -> None:
        """Show the open encrypted case at ``summary.path`` as what it is, or (None) every
        encrypted case as "Versleutelde zaak" again."""
        if summary != self._unlocked:
            self._unlocked = summary
            self.set_entries(self._entries)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort on precomputed keys (a proxy would call data() for
        every comparison: tens of thousands of calls for a large library)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = [r.entry.path for r in self._rows]
        self._sort_rows()
        new_rows = {r.entry.path: n for n, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            row = new_rows[old[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        if 0 <= column < len(self.COLUMNS):
            self._rows.sort(key=lambda r: r.sort[column],
                            reverse=order == Qt.SortOrder.DescendingOrder)

    def _row(self, entry: Entry) -> _Row:
        if isinstance(entry, CaseSummary):
            kind = self._kind_labels.get(entry.kind, entry.kind)
            progress = QCoreApplication.translate("LibraryModel",
                                                  "%1/%2 beantwoord, %3 open acties")
            texts = (
                entry.title, kind, entry.organisation,
                progress.replace("%1", str(entry.answered)).replace("%2", str(entry.total))
                .replace("%3", str(entry.open_actions)),
                risk_label(entry.risk), format_datetime(entry.modified),
            )
            sort = (entry.title.casefold(), kind.casefold(), entry.organisation.casefold(),
                    entry.answered / entry.total if entry.total else 0.0,
                    float(_RISK_ORDER[entry.risk.value]), entry.modified.timestamp())
            haystack = normalise(f"{entry.title} {kind} {entry.organisation}")
            return _Row(entry, texts, sort, haystack, entry.kind, entry.risk.value,
                        f"{entry.title}\n{entry.path}")
        if isinstance(entry, EncryptedCase):
            if self._unlocked is not None and self._unlocked.path == entry.path:
                return self._row(self._unlocked)._replace(entry=entry)
            # Nothing of the case, not even its file name (an older one may carry the title).
            first = QCoreApplication.translate("LibraryModel", "Versleutelde zaak")
            detail = QCoreApplication.translate(
                "LibraryModel", "versleuteld; open de zaak om het wachtwoord in te voeren")
            texts = (first, "", "", detail, "", "")
            sort = (first.casefold(), "", "", -1.0, -1.0, -1.0)
            return _Row(entry, texts, sort, normalise(first), "", "", detail)
        first = QCoreApplication.translate("LibraryModel", "Onleesbaar: %1")
        detail = entry.reason
        first = first.replace("%1", entry.path.name)
        texts = (first, "", "", detail, "", "")
        sort = (first.casefold(), "", "", -1.0, -1.0, -1.0)
        return _Row(entry, texts, sort, normalise(entry.path.name), "", "",
                    f"{entry.path}\n{detail}")

    def entry(self, row: int) -> Entry:
        return self._rows[row].entry

    def row_of(self, path: Path) -> int:
        return next((n for n, r in enumerate(self._rows) if r.entry.path == path), -1)

    def haystack(self, row: int) -> str:
        return self._rows[row].haystack

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", str(self.COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[col]
        if role == SORT_ROLE:
            return row.sort[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text, for narrow columns
            return row.tooltip if col == 0 else row.texts[col]
        if role == PATH_ROLE:
            return str(row.entry.path)
        if role == BROKEN_ROLE:
            return not isinstance(row.entry, CaseSummary)
        if role == KIND_ROLE:
            return row.kind
        if role == RISK_ROLE:
            return row.risk
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Filters on free text (title, organisation, kind), one kind and one risk level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kind = ""
        self._risk = ""
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:  # the source model sorts; this proxy only filters
            source.sort(column, order)

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_needle", normalise(text)))

    def set_kind(self, kind_id: str) -> None:
        refilter(self, lambda: setattr(self, "_kind", kind_id))

    def set_risk(self, risk: str) -> None:
        refilter(self, lambda: setattr(self, "_risk", risk))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            return True
        if self._kind or self._risk:
            index = model.index(row, 0, parent)
            if self._kind and model.data(index, KIND_ROLE) != self._kind:
                return False
            if self._risk and model.data(index, RISK_ROLE) != self._risk:
                return False
        return not self._needle or self._needle in model.haystack(row)
