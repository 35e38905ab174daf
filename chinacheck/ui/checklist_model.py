"""The checklist of the open case as a tree model: question groups with their items."""

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
from PySide6.QtGui import QFont

from chinacheck.guidance.content import ChecklistItem, Content, QuestionGroup
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.filtering import refilter
from chinacheck.ui.labels import item_label, status_label
from chinacheck.ui.whose_text import whose

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWERED_ROLE = Qt.ItemDataRole.UserRole + 2
_GROUP = 0xFFFFFFFF


class ChecklistModel(QAbstractItemModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ChecklistModel", "Punt"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Status"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Acties"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Tekst van"))
    WITHDRAWN_GROUP = "withdrawn"  # the answers to questions a newer edition withdrew

    def __init__(self, content: Content, doc: CaseDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.content, self.doc = content, doc
        self._groups: list[tuple[QuestionGroup, list[ChecklistItem]]] = []
        self._kind = ""
        self._withdrawn: list[str] = []
        doc.changed.connect(self.refresh)
        self.refresh()

    def set_document(self, doc: CaseDocument) -> None:
        self.doc.changed.disconnect(self.refresh)
        self.doc = doc
        doc.changed.connect(self.refresh)
        self._kind = ""
        self.refresh()

    def refresh(self) -> None:
        kind, withdrawn = self.doc.case.kind, sorted(self.doc.case.withdrawn)
        if kind != self._kind or withdrawn != self._withdrawn:
            self.beginResetModel()
            self._kind, self._withdrawn = kind, withdrawn
            self._groups = self.content.groups_for_kind(kind)
            if withdrawn:
                self._groups.append(self.withdrawn_group())
            self.endResetModel()
            return
        for row in range(len(self._groups)):
            parent = self.index(row, 0)
            last = self.rowCount(parent) - 1
            if last >= 0:
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(last, len(self.COLUMNS) - 1, parent))

    def withdrawn_group(self) -> tuple[QuestionGroup, list[ChecklistItem]]:
        """The questions a newer edition withdrew, with the case's answers to them (read-only):
        the text as it was answered, from the pack it came from."""
        items = []
        for item_id, gone in sorted(self.doc.case.withdrawn.items(),
                                    key=lambda pair: pair[1].number):
            info = self.content.pack_info(gone.pack)
            items.append(ChecklistItem(item_id, "question", gone.text, gone.text,
                                       self.WITHDRAWN_GROUP, gone.text,
                                       info.publisher_short if info else "", gone.pack))
        title = QCoreApplication.translate("ChecklistModel", "Vervallen vragen (alleen-lezen)")
        return QuestionGroup(self.WITHDRAWN_GROUP, title, (), tuple(items)), items

    def withdrawn_item(self, item_id: str) -> ChecklistItem | None:
        if item_id not in self.doc.case.withdrawn or not self._groups:
            return None
        group, items = self._groups[-1]
        if group.id != self.WITHDRAWN_GROUP:
            return None
        return next((i for i in items if i.id == item_id), None)

    def number(self, item: ChecklistItem) -> str:
        gone = self.doc.case.withdrawn.get(item.id)
        if item.group_id == self.WITHDRAWN_GROUP and gone is not None:
            return gone.number
        return self.content.number(item.id)

    def item_index(self, item_id: str) -> QModelIndex:
        for g, (_group, items) in enumerate(self._groups):
            for r, item in enumerate(items):
                if item.id == item_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def item_ids(self) -> list[str]:
        return [item.id for _g, items in self._groups for item in items]

    # --- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ChecklistModel", str(self.COLUMNS[section]))
        return None

    def node(self, index: Index) -> QuestionGroup | ChecklistItem:
        if index.internalId() == _GROUP:
            return self._groups[index.row()][0]
        return self._groups[int(index.internalId())][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if isinstance(node, QuestionGroup):
            if index.column() == 0 and role in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.AccessibleTextRole):
                items = self._groups[index.row()][1]
                done = sum(1 for i in items if self.doc.case.answer(i.id).is_answered)
                return f"{node.title} ({done}/{len(items)})"
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        answer = self.doc.case.answer(node.id)
        if role == ITEM_ID_ROLE:
            return node.id
        if role == ANSWERED_ROLE:
            return answer.is_answered
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                kind = self.content.kind(self.doc.case.kind)
                star = " ★" if kind and node.id in kind.emphasis else ""
                # the number the printed checklists lead with, to enter paper answers by
                return f"{self.number(node)}  {item_label(node)}{star}"
            if index.column() == 1:
                if node.id in self.doc.case.reconfirm:
                    return QCoreApplication.translate("ChecklistModel", "%1 — opnieuw bevestigen") \
                        .replace("%1", status_label(answer.status))
                return status_label(answer.status)
            if index.column() == 3:
                return whose(self.content, node.publisher, node.pack)
            open_actions = sum(1 for a in answer.actions if not a.done)
            return str(open_actions) if answer.actions else ""
        return None


class OpenItemsFilter(QSortFilterProxyModel):
    """'Alleen open punten': hides answered items and groups left empty."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_open = False
        self.setRecursiveFilteringEnabled(True)
        # Re-filter only when asked: an item answered while it is being edited stays in view.
        self.setDynamicSortFilter(False)

    def set_only_open(self, only_open: bool) -> None:
        refilter(self, lambda: setattr(self, "only_open", only_open))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self.only_open or not parent.isValid():
            return not self.only_open
        index = self.sourceModel().index(row, 0, parent)
        return not index.data(ANSWERED_ROLE)
