"""The case library as a real table model, with a proxy for text, kind, risk and review filters.

Each row's texts, sort keys and search text are worked out once when the entries are set, so
that sorting and filtering thousands of cases never calls back into Python per comparison.
A review that is due or overdue says so in words in its cell (and in its accessible text), not
only by its colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from chinacheck.guidance.content import Content
from chinacheck.storage.library import BrokenCase, CaseSummary, EncryptedCase
from chinacheck.textnorm import normalise
from chinacheck.ui.filtering import refilter
from chinacheck.ui.labels import (
    date_format,
    decision_label,
    english,
    format_datetime,
    kind_label,
    risk_label,
)

Index = QModelIndex | QPersistentModelIndex
Entry = CaseSummary | BrokenCase | EncryptedCase
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
RISK_ROLE = Qt.ItemDataRole.UserRole + 4
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 5
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 6  # "due", "overdue", or "" (see ReviewState)
PHASE_COLUMN, DECISION_COLUMN, REVIEW_COLUMN = 6, 7, 8
# Beside the words "te laat", never instead of them; ≥ 4.5:1 on a light and a dark base.
OVERDUE_LIGHT, OVERDUE_DARK = "#b00020", "#ff8a80"


def overdue_brush() -> QBrush:
    """The colour of an overdue review or action, chosen for the palette's base."""
    from PySide6.QtGui import QGuiApplication

    dark = QGuiApplication.palette().base().color().lightness() < 128
    return QBrush(QColor(OVERDUE_DARK if dark else OVERDUE_LIGHT))
_NO_DATE = 10**7  # sorts after every real day's ordinal

_RISK_ORDER = {"nog niet bepaald": 0, "laag": 1, "midden": 2, "hoog": 3}


class _Row(NamedTuple):
    entry: Entry
    texts: tuple[str, ...]  # what each column shows
    sort: tuple[Any, ...]  # one key per column, the same type down a column
    haystack: str  # normalised text the filter searches
    kind: str
    risk: str
    tooltip: str
    review: str = ""  # ReviewState value when due or overdue
    accessible: tuple[str, ...] = ()  # per column where it differs from the text


class LibraryModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LibraryModel", "Titel"), QT_TRANSLATE_NOOP("LibraryModel", "Soort"),
        QT_TRANSLATE_NOOP("LibraryModel", "Organisatie"),
        QT_TRANSLATE_NOOP("LibraryModel", "Voortgang"),
        QT_TRANSLATE_NOOP("LibraryModel", "Risico"), QT_TRANSLATE_NOOP("LibraryModel", "Gewijzigd"),
        QT_TRANSLATE_NOOP("LibraryModel", "Fase"), QT_TRANSLATE_NOOP("LibraryModel", "Besluit"),
        QT_TRANSLATE_NOOP("LibraryModel", "Herbeoordeling"),
    )

    def __init__(self, content: Content, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind_labels = {kind.id: kind_label(kind) for kind in content.kinds}
        self._rows: list[_Row] = []
        self._sort = (5, Qt.SortOrder.DescendingOrder)
        self._entries: list[Entry] = []
        # The open encrypted case, shown with its title while it is unlocked (never stored).
        self._unlocked: CaseSummary | None = None
        self._review_months: dict[str, int] = {}
        self.today: Callable[[], date] = date.today  # replaced by tests

    def set_review_months(self, months: Mapping[str, int]) -> None:
        """The settings' months between reviews per kind (Settings.review_months)."""
        if dict(months) != self._review_months:
            self._review_months = dict(months)
            self.set_entries(self._entries)

    def entries(self) -> list[Entry]:
        """The entries as listed (an unlocked encrypted case still as EncryptedCase)."""
        return list(self._entries)

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        if self._unlocked is not None or any(isinstance(e, CaseSummary) for e in entries):
            # Only then: an empty library starts without loading the working rules.
            from chinacheck.case import lifecycle

            self._lifecycle, self._today = lifecycle, self.today()
            self._phases, self._decisions, self._day = self._lookups()
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

    def _lookups(self) -> tuple[dict[str, tuple[int, str]], dict[str, str],
                                Callable[[date], str]]:
        """Per listing: phase labels and order, decision labels, and how a day is written."""
        from chinacheck.case import lifecycle
        from chinacheck.case.vocabulary import Decision

        language = "en" if english() else "nl"
        phases = {p.id: (n, p.shown(language)) for n, p in enumerate(lifecycle.rules().phases)}
        decisions = {d.value: decision_label(d) for d in Decision}
        locale, fmt = QLocale(), date_format()

        def day(value: date) -> str:
            return locale.toString(QDate(value.year, value.month, value.day), fmt)

        return phases, decisions, day

    def _life(self, entry: CaseSummary) -> tuple[tuple[str, ...], tuple[Any, ...], str,
                                                  tuple[str, ...]]:
        """The phase, decision and review columns: texts, sort keys, review state, and the
        accessible texts."""
        # lifecycle is imported once per listing: with PySide6 loaded every import statement
        # costs ~10 µs, too much once per row of thousands.
        lifecycle = self._lifecycle
        overdue, due = lifecycle.ReviewState.OVERDUE, lifecycle.ReviewState.DUE
        order, phase = self._phases.get(entry.phase, (len(self._phases), entry.phase))
        decision = self._decisions.get(entry.decision, entry.decision)
        # CaseSummary.next_review, without its import per call
        review = lifecycle.review_date(entry.kind, entry.phase, entry.next_review_set,
                                       entry.decided_on, self._review_months)
        state = lifecycle.review_state(review, self._today)
        if review is None:
            shown = spoken = ""
        elif state is overdue:
            day = self._day(review)
            shown = QCoreApplication.translate("LibraryModel", "⚠ te laat: %1").replace("%1", day)
            spoken = QCoreApplication.translate(
                "LibraryModel", "Herbeoordeling te laat, gepland op %1").replace("%1", day)
        elif state is due:
            day = self._day(review)
            shown = QCoreApplication.translate("LibraryModel", "binnenkort: %1").replace("%1", day)
            spoken = QCoreApplication.translate(
                "LibraryModel", "Herbeoordeling binnenkort, op %1").replace("%1", day)
        else:
            shown = spoken = self._day(review)
        marked = state.value if state in (due, overdue) else ""
        return ((phase, decision, shown), (float(order), decision.casefold(),
                                           float(review.toordinal() if review else _NO_DATE)),
                marked, (phase, decision, spoken))

    def _row(self, entry: Entry) -> _Row:
        if isinstance(entry, CaseSummary):
            kind = self._kind_labels.get(entry.kind, entry.kind)
            life, life_sort, review, spoken = self._life(entry)
            progress = QCoreApplication.translate("LibraryModel",
                                                  "%1/%2 beantwoord, %3 open acties")
            texts = (
                entry.title, kind, entry.organisation,
                progress.replace("%1", str(entry.answered)).replace("%2", str(entry.total))
                .replace("%3", str(entry.open_actions)),
                risk_label(entry.risk), format_datetime(entry.modified), *life,
            )
            sort = (entry.title.casefold(), kind.casefold(), entry.organisation.casefold(),
                    entry.answered / entry.total if entry.total else 0.0,
                    float(_RISK_ORDER[entry.risk.value]), entry.modified.timestamp(), *life_sort)
            haystack = normalise(f"{entry.title} {kind} {entry.organisation}")
            return _Row(entry, texts, sort, haystack, entry.kind, entry.risk.value,
                        f"{entry.title}\n{entry.path}", review, texts[:PHASE_COLUMN] + spoken)
        if isinstance(entry, EncryptedCase):
            if self._unlocked is not None and self._unlocked.path == entry.path:
                return self._row(self._unlocked)._replace(entry=entry)
            # Nothing of the case, not even its file name (an older one may carry the title).
            first = QCoreApplication.translate("LibraryModel", "Versleutelde zaak")
            detail = QCoreApplication.translate(
                "LibraryModel", "versleuteld; open de zaak om het wachtwoord in te voeren")
            texts = (first, "", "", detail, "", "", "", "", "")
            sort = (first.casefold(), "", "", -1.0, -1.0, -1.0, -1.0, "", float(_NO_DATE))
            return _Row(entry, texts, sort, normalise(first), "", "", detail)
        first = QCoreApplication.translate("LibraryModel", "Onleesbaar: %1")
        detail = entry.reason
        first = first.replace("%1", entry.path.name)
        texts = (first, "", "", detail, "", "", "", "", "")
        sort = (first.casefold(), "", "", -1.0, -1.0, -1.0, -1.0, "", float(_NO_DATE))
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
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[col]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.accessible[col] if row.accessible else row.texts[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            # Beside the words in the cell, never instead of them.
            if col == REVIEW_COLUMN and row.review == "overdue":
                return overdue_brush()
            return None
        if role == REVIEW_ROLE:
            return row.review
        if role == SORT_ROLE:
            return row.sort[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full text, for narrow columns
            if col == 0:
                return row.tooltip
            return row.accessible[col] if row.accessible else row.texts[col]
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
    """Filters on free text (title, organisation, kind), one kind, one risk level, and on
    reviews due or overdue ("Te herbeoordelen")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._kind = ""
        self._risk = ""
        self._review = False
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

    def set_review_due(self, on: bool) -> None:
        refilter(self, lambda: setattr(self, "_review", on))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            return True
        if self._kind or self._risk or self._review:
            index = model.index(row, 0, parent)
            if self._kind and model.data(index, KIND_ROLE) != self._kind:
                return False
            if self._risk and model.data(index, RISK_ROLE) != self._risk:
                return False
            if self._review and not model.data(index, REVIEW_ROLE):
                return False
        return not self._needle or self._needle in model.haystack(row)
