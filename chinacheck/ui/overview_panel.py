"""Overzicht: the start view beside the library, the register at a glance.

Filled from the library's entries as they were listed (chinacheck/storage/overview.py works out
what is due), never by reading a case file again. A tree of sections: reviews due or overdue,
trips and visits in the coming 60 days, open actions across all cases, debriefs outstanding,
the cases by phase, and encrypted cases (shown as nothing but that). Every line opens its case
at the right place (double-click or Enter): ``open_requested`` carries an overview Target.
Overdue lines say "te laat" in words (and in their accessible text), not only by colour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from chinacheck.guidance.content import Content
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import date_format, english, kind_label
from chinacheck.ui.library_model import overdue_brush

if TYPE_CHECKING:
    from chinacheck.storage.library import CaseSummary, LibraryEntry
    from chinacheck.storage.overview import Overview, Target

Index = QModelIndex | QPersistentModelIndex
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the section's key, on every line of it
STATE_COLUMN = 1


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("OverviewModel", …), translated now."""
    return QCoreApplication.translate("OverviewModel", text)


Maker = Callable[[Any], tuple[tuple[str, ...], "Target", bool]]


class _Node:
    """A section, a phase, a line, or the "more" line of a long list. A group makes its lines
    when they are first shown, a batch at a time (thousands of open actions would otherwise
    cost the view a layout of every one); what a screen reader says of a line is made when
    asked."""

    __slots__ = ("children", "late", "maker", "more", "parent", "pending", "row", "section",
                 "target", "texts")

    def __init__(self, texts: tuple[str, ...], parent: _Node | None, section: str,
                 target: Target | None = None, late: bool = False) -> None:
        self.texts = texts
        self.parent = parent
        self.section = section
        self.target = target
        self.late = late
        self.more = False
        self.children: list[_Node] = []
        self.pending: list[Any] = []  # what the lines not made yet show
        self.maker: Maker | None = None
        self.row = 0
        if parent is not None:
            self.row = len(parent.children)
            parent.children.append(self)


BATCH = 200  # lines of a group made at first; each "more" makes this many times five more


class OverviewModel(QAbstractItemModel):
    """The overview as a tree: sections, their lines (and for the phases, their cases)."""

    # Shown in this order (the state next to what it is about, also in a narrow window); the
    # makers below give each line's texts as (what, case, date, state, who).
    COLUMNS = (
        QT_TRANSLATE_NOOP("OverviewModel", "Wat"), QT_TRANSLATE_NOOP("OverviewModel", "Stand"),
        QT_TRANSLATE_NOOP("OverviewModel", "Datum"), QT_TRANSLATE_NOOP("OverviewModel", "Zaak"),
        QT_TRANSLATE_NOOP("OverviewModel", "Wie"),
    )
    SECTIONS = ("reviews", "trips", "actions", "debriefs", "phases", "encrypted")

    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds = {kind.id: kind_label(kind) for kind in content.kinds}
        self._root = _Node((), None, "")
        self.overview: Overview | None = None

    # --- filling -------------------------------------------------------------------------------
    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self._root = _Node((), None, "")
        self._fill(overview)
        self.endResetModel()

    def _fill(self, seen: Overview) -> None:
        from chinacheck.case import lifecycle
        from chinacheck.case.lifecycle import ReviewState
        from chinacheck.case.vocabulary import Decision
        from chinacheck.storage.overview import Target
        from chinacheck.ui.labels import decision_label

        locale, fmt = QLocale(), date_format()
        days: dict[date, str] = {}

        def day(value: date | None) -> str:
            if value is None:
                return ""
            text = days.get(value)
            if text is None:
                text = days[value] = locale.toString(
                    QDate(value.year, value.month, value.day), fmt)
            return text

        late = QCoreApplication.translate("OverviewModel", "⚠ te laat")
        soon = QCoreApplication.translate("OverviewModel", "binnenkort")
        root = self._root

        def group(parent: _Node, key: str, title: str, items: list[Any], maker: Maker) -> _Node:
            node = _Node((title.replace("%n", str(len(items))), "", "", "", ""), parent, key)
            node.pending, node.maker = list(items), maker
            self._make(node, BATCH)
            return node

        what = QCoreApplication.translate("OverviewModel", "Herbeoordeling")

        def review(r: Any) -> tuple[tuple[str, ...], Target, bool]:
            overdue = r.state is ReviewState.OVERDUE
            return ((what, r.case.title, day(r.due), late if overdue else soon,
                     r.case.preparer), r.target, overdue)

        group(root, "reviews", QCoreApplication.translate(
            "OverviewModel", "Herbeoordelingen te doen (%n)"), seen.reviews, review)

        under_way = QCoreApplication.translate("OverviewModel", "bezig")
        ahead = QCoreApplication.translate("OverviewModel", "over %n dagen")

        def trip(t: Any) -> tuple[tuple[str, ...], Target, bool]:
            when = day(t.start) if t.end is None or t.end == t.start \
                else f"{day(t.start)} – {day(t.end)}"
            state = under_way if t.days <= 0 else ahead.replace("%n", str(t.days))
            return ((self._kinds.get(t.case.kind, t.case.kind), t.case.title, when, state,
                     t.case.preparer), t.target, False)

        group(root, "trips", QCoreApplication.translate(
            "OverviewModel", "Reizen en bezoeken, komende 60 dagen (%n)"), seen.trips, trip)

        def action(a: Any) -> tuple[tuple[str, ...], Target, bool]:
            return ((a.action.text, a.case.title, day(a.action.due), late if a.overdue else "",
                     a.action.owner), a.target, a.overdue)

        group(root, "actions", QCoreApplication.translate(
            "OverviewModel", "Open acties (%n)"), seen.actions, action)

        in_debrief = QCoreApplication.translate("OverviewModel", "in nazorg")
        after = QCoreApplication.translate("OverviewModel", "afgelopen, nog geen nazorg")
        debrief = QCoreApplication.translate("OverviewModel", "Nazorg")
        debrief_phase = lifecycle.rules().debrief_phase

        def outstanding(d: Any) -> tuple[tuple[str, ...], Target, bool]:
            state = in_debrief if d.case.phase == debrief_phase else after
            return (debrief, d.case.title, day(d.ended), state, d.case.preparer), d.target, False

        group(root, "debriefs", QCoreApplication.translate(
            "OverviewModel", "Nazorg openstaand (%n)"), seen.debriefs, outstanding)

        language = "en" if english() else "nl"
        decisions = {d.value: decision_label(d) for d in Decision}

        def case_line(case: CaseSummary) -> tuple[tuple[str, ...], Target, bool]:
            return ((self._kinds.get(case.kind, case.kind), case.title, day(case.decided_on),
                     decisions.get(case.decision, case.decision), case.preparer),
                    Target(case.path), False)

        phases = _Node((QCoreApplication.translate("OverviewModel", "Zaken per fase (%n)")
                        .replace("%n", str(sum(len(c) for c in seen.by_phase.values()))),
                        "", "", "", ""), root, "phases")
        for phase, cases in seen.by_phase.items():
            group(phases, "phases", f"{lifecycle.phase_label(phase, language)} (%n)", cases,
                  case_line)

        if seen.encrypted:
            shown = QCoreApplication.translate("OverviewModel", "Versleutelde zaak")
            hint = QCoreApplication.translate("OverviewModel",
                                              "open om het wachtwoord in te voeren")

            def locked(entry: Any) -> tuple[tuple[str, ...], Target, bool]:
                # Nothing of the case: not even its file name (an older one may carry the title).
                return (shown, "", "", hint, ""), Target(entry.path), False

            group(root, "encrypted", QCoreApplication.translate(
                "OverviewModel", "Versleutelde zaken (%n)"), seen.encrypted, locked)

    def _make(self, node: _Node, count: int) -> None:
        """Make the next ``count`` lines of a group, and its "more" line while some are left."""
        assert node.maker is not None
        batch, node.pending = node.pending[:count], node.pending[count:]
        for item in batch:
            (what, case, day, state, who), target, late = node.maker(item)
            _Node((what, state, day, case, who), node, node.section, target, late)
        if node.pending:
            more = _Node((QCoreApplication.translate(
                "OverviewModel", "… nog %n; Enter of dubbelklik toont meer")
                .replace("%n", str(len(node.pending))), "", "", "", ""), node, node.section)
            more.more = True

    def is_more(self, index: QModelIndex) -> bool:
        return index.isValid() and self._node(index).more

    def more(self, index: QModelIndex) -> bool:
        """Show more lines of the group whose "more" line ``index`` is; False for another
        line."""
        if not index.isValid():
            return False
        node = self._node(index)
        if not node.more or node.parent is None:
            return False
        group = node.parent
        parent = self.parent(index)
        self.beginRemoveRows(parent, node.row, node.row)
        group.children.pop()
        self.endRemoveRows()
        first = len(group.children)
        last = first + min(len(group.pending), BATCH * 5) - 1 + (len(group.pending) > BATCH * 5)
        self.beginInsertRows(parent, first, last)
        self._make(group, BATCH * 5)
        self.endInsertRows()
        return True

    def _spoken(self, node: _Node) -> str:
        """A line as a sentence of its columns, "Wat: …, Zaak: …" (a section: its title)."""
        if node.target is None:
            return node.texts[0]
        names = [_tr(str(c)) for c in self.COLUMNS]
        return ", ".join(f"{n}: {t}" for n, t in zip(names, node.texts, strict=True) if t)

    # --- the model -----------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def section_index(self, key: str) -> QModelIndex:
        for node in self._root.children:
            if node.section == key:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, col = self._node(index), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.texts[col]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node) if col == 0 else node.texts[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._spoken(node) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return overdue_brush() if node.late and col == STATE_COLUMN else None
        if role == Qt.ItemDataRole.FontRole and node.parent is self._root:
            font = QFont()
            font.setBold(True)
            return font
        if role == TARGET_ROLE:
            return node.target
        if role == SECTION_ROLE:
            return node.section
        return None


class OverviewPanel(QWidget):
    """The Overzicht tab: the overview of the library's entries as of ``today()``."""

    open_requested = Signal(object)  # an overview Target

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today  # replaced by tests
        self.model = OverviewModel(content, self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting van het overzicht"))
        self.tree = keyboard_friendly(QTreeView())
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Overzicht van alle zaken"))
        self.tree.setUniformRowHeights(True)  # thousands of lines
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 95, 85, 180)):
            self.tree.setColumnWidth(column, width)
        self.tree.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_entries(self, entries: list[LibraryEntry],
                     review_months: dict[str, int] | None = None) -> None:
        if not entries and self.model.overview is None:
            # No cases (yet): the overview and the working rules are loaded with the first.
            self.summary.setText(self.tr("Nog geen zaken. Een nieuwe zaak begint met Bestand → "
                                         "Nieuw (Ctrl+N)."))
            return
        from chinacheck.storage import overview

        current = self.tree.currentIndex()
        where = (current.data(SECTION_ROLE), current.data(TARGET_ROLE)) \
            if current.isValid() else None
        seen = overview.build(entries, self.today(), review_months)
        self.model.set_overview(seen)
        root = QModelIndex()
        for row in range(self.model.rowCount(root)):  # sections: their title spans the row
            self.tree.setFirstColumnSpanned(row, root, True)
            self.tree.setExpanded(self.model.index(row, 0, root), True)
        phases = self.model.section_index("phases")
        for row in range(self.model.rowCount(phases)):
            self.tree.setFirstColumnSpanned(row, phases, True)
        self._span_more(root)
        self.summary.setText(
            self.tr("%1 zaken; %2 herbeoordelingen te laat, %3 binnenkort; %4 open acties, "
                    "waarvan %5 te laat; %6 keer nazorg openstaand.")
            .replace("%1", str(sum(len(c) for c in seen.by_phase.values())
                               + len(seen.encrypted)))
            .replace("%2", str(seen.overdue_reviews))
            .replace("%3", str(len(seen.reviews) - seen.overdue_reviews))
            .replace("%4", str(len(seen.actions))).replace("%5", str(seen.overdue_actions))
            .replace("%6", str(len(seen.debriefs))))
        if where is not None:
            self._restore(*where)

    def _span_more(self, parent: QModelIndex) -> None:
        """A group's "more" line is one sentence across the row."""
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.model.is_more(index):
                self.tree.setFirstColumnSpanned(row, parent, True)
            elif self.model.rowCount(index):
                self._span_more(index)

    def _restore(self, section: str, target: Target | None) -> None:
        """Keep the line the user was on, when it is still there."""
        parent = self.model.section_index(section)
        if not parent.isValid():
            return
        if target is None:
            self.tree.setCurrentIndex(parent)
            return
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(TARGET_ROLE) == target:
                self.tree.setCurrentIndex(index)
                return

    def _activated(self, index: QModelIndex) -> None:
        row, group = index.row(), QPersistentModelIndex(index.parent())
        if self.model.more(index):  # the first line it made takes the "more" line's place
            parent = self.model.index(group.row(), 0, group.parent())
            self.tree.setCurrentIndex(self.model.index(row, 0, parent))
            self._span_more(parent)
            return
        target = index.data(TARGET_ROLE)
        if target is not None:
            self.open_requested.emit(target)
