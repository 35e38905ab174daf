"""The technology table as a tree model: sectors with their sub-technologies, and both flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from chinacheck.guidance.content import Content, Sector, SubTechnology
from chinacheck.guidance.screening import screen
from chinacheck.textnorm import normalise
from chinacheck.ui.filtering import refilter

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = 0xFFFFFFFF  # internalId of a sector row: sectors have no parent


# The brochure's column headings, listed for the translation tools (shown translated in English).
_HEADINGS = (QT_TRANSLATE_NOOP("TechnologyModel", "Sector of categorie"),
             QT_TRANSLATE_NOOP("TechnologyModel", "Deeltechnologieën"),
             QT_TRANSLATE_NOOP("TechnologyModel", "Topsector"),
             QT_TRANSLATE_NOOP("TechnologyModel", "Sleuteltechnologie"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("TechnologyModel", text)


def flag_text(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("TechnologyModel", "niet vermeld")
    if value:
        return QCoreApplication.translate("TechnologyModel", "Ja")
    return QCoreApplication.translate("TechnologyModel", "Nee")


class TechnologyModel(QAbstractItemModel):
    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._sectors = content.technologies.sectors
        columns = content.technologies.columns
        self._headers = (
            f"{_tr(columns['sector'])} / {_tr(columns['subtechnologies'])}",
            _tr(columns["topsector"]),
            _tr(columns["sleuteltechnologie"]),
        )

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._sectors)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._sectors[parent.row()].subtechnologies)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def node(self, index: Index) -> Sector | SubTechnology:
        if index.internalId() == _NO_PARENT:
            return self._sectors[index.row()]
        return self._sectors[int(index.internalId())].subtechnologies[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == ID_ROLE:
            return node.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return node.name
            if isinstance(node, Sector):
                return flag_text(node.topsector if index.column() == 1 else node.sleuteltechnologie)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node, Sector) and node.note:
            return node.note
        if role == Qt.ItemDataRole.FontRole and isinstance(node, Sector) and index.column() == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class TechnologyFilter(QSortFilterProxyModel):
    """Live search across sectors and sub-technologies, by name and by the screening synonyms."""

    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._content = content
        self._needle = ""
        self._ids: set[str] = set()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_text(self, text: str) -> None:
        ids: set[str] = set()
        if normalise(text):
            for match in screen(text, self._content).matches:
                if match.subtechnologies:
                    ids.update(s.id for s in match.subtechnologies)
                else:
                    ids.add(match.sector.id)

        def change() -> None:
            self._needle, self._ids = normalise(text), ids

        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if index.data(ID_ROLE) in self._ids:
            return True
        return self._needle in normalise(str(index.data()))
