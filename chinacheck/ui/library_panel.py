"""The case library: a filterable, sortable table of the cases in the case folder.

The folder is watched (chinacheck/ui/folder_watch.py): files added, changed or removed by
someone else are listed again without losing the selection.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chinacheck import log
from chinacheck.case.vocabulary import RiskLevel
from chinacheck.errors import CaseFileError
from chinacheck.guidance.content import Content
from chinacheck.storage import paths
from chinacheck.storage.library import CaseSummary
from chinacheck.ui.folder_watch import FolderWatch
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import kind_label, risk_label
from chinacheck.ui.library_model import PATH_ROLE, LibraryFilter, LibraryModel

_log = log.get("library")


class LibraryPanel(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    duplicate_requested = Signal(Path)
    delete_requested = Signal(Path)
    reveal_requested = Signal(Path)
    open_other_requested = Signal()
    trash_requested = Signal()
    listed = Signal()  # the entries were set again (model.entries())

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(content, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op titel, soort of organisatie"))
        self.search.setAccessibleName(self.tr("Zaken filteren op tekst"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter op soort"))
        self.kind_filter.addItem(self.tr("Alle soorten"), "")
        for kind in content.kinds:
            self.kind_filter.addItem(kind_label(kind), kind.id)
        self.risk_filter = QComboBox()
        self.risk_filter.setAccessibleName(self.tr("Filter op risico"))
        self.risk_filter.addItem(self.tr("Elk risico"), "")
        for level in RiskLevel:
            self.risk_filter.addItem(risk_label(level), level.value)
        self.review_filter = QCheckBox(self.tr("Te herbeoordelen"))
        self.review_filter.setAccessibleName(self.tr("Alleen zaken waarvan de herbeoordeling "
                                                     "binnenkort is of te laat"))

        # Shown instead of an empty list when the case folder cannot be read.
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setAccessibleName(self.tr("Probleem met de zakenmap"))
        self.problem.hide()

        self.table = keyboard_friendly(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Lijst van zaken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.activated.connect(self._activated)

        self.new_button = QPushButton(self.tr("Nieuw"))
        self.open_button = QPushButton(self.tr("Openen"))
        self.duplicate_button = QPushButton(self.tr("Dupliceren"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.reveal_button = QPushButton(self.tr("Toon in map"))
        self.trash_button = QPushButton(self.tr("&Prullenbak…"))
        self.other_button = QPushButton(self.tr("Ander bestand…"))
        for button, name in ((self.new_button, self.tr("Nieuwe zaak")),
                             (self.open_button, self.tr("Zaak openen")),
                             (self.duplicate_button, self.tr("Zaak dupliceren")),
                             (self.delete_button, self.tr("Zaak naar prullenbak")),
                             (self.reveal_button, self.tr("Map van de zaak tonen")),
                             (self.trash_button, self.tr("Prullenbak openen")),
                             (self.other_button, self.tr("Ander zaakbestand openen"))):
            button.setAccessibleName(name)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_requested.emit))
        self.duplicate_button.clicked.connect(
            lambda: self._with_selected(self.duplicate_requested.emit))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_requested.emit))
        self.reveal_button.clicked.connect(lambda: self._with_selected(self.reveal_requested.emit))
        self.trash_button.clicked.connect(self.trash_requested)
        self.other_button.clicked.connect(self.open_other_requested)

        self.search.textChanged.connect(self.proxy.set_text)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind_filter.currentData()))
        self.risk_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_risk(self.risk_filter.currentData()))
        self.review_filter.toggled.connect(self.proxy.set_review_due)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.watch = FolderWatch(paths.cases_dir(), self)
        self.watch.changed.connect(self.refresh)

        # Visible labels with buddies: Qt ignores a combo box's accessible name on Linux, so a
        # screen reader would say only the chosen value ("Alle soorten, combo box").
        self.kind_label = QLabel(self.tr("Soort:"))
        self.kind_label.setBuddy(self.kind_filter)
        self.risk_label = QLabel(self.tr("Risico:"))
        self.risk_label.setBuddy(self.risk_filter)
        for combo in (self.kind_filter, self.risk_filter):  # shrinkable: the list stays narrow
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind_filter, 2)
        filters.addWidget(self.risk_label)
        filters.addWidget(self.risk_filter, 1)
        filters.addWidget(self.review_filter)
        row1 = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.duplicate_button):
            row1.addWidget(button)
        row2 = QHBoxLayout()
        for button in (self.delete_button, self.reveal_button, self.trash_button,
                       self.other_button):
            row2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.watch.start()  # watched while shown: a closed window's library no longer polls
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.watch.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        selected = self.selected_path()
        from chinacheck.storage.library import list_cases

        folder = paths.cases_dir()
        if folder != self.watch.folder:  # the data folder was moved (tests, --home)
            self.watch.folder = folder
        scanned: list[tuple[str, int, int]] = []
        failed = False
        try:
            entries = list_cases(folder, scanned=scanned)
        except CaseFileError as exc:
            log.event(_log, "library.list", result="failed", level=logging.WARNING,
                      error=type(exc).__name__)
            self.problem.setText(self.tr("De zakenmap kan niet worden gelezen; de lijst is "
                                         "daarom leeg. %1").replace("%1", str(exc)))
            self.problem.show()
            entries, failed = [], True
        else:
            self.problem.hide()
        self.model.set_entries(entries)
        if selected is not None:
            self.select(selected)
        self._update_buttons()
        # What was listed is what the watcher compares with: a change since is seen next time.
        self.watch.seen(None if failed else frozenset(scanned))
        self.listed.emit()

    def set_review_months(self, months: Mapping[str, int]) -> None:
        selected = self.selected_path()
        self.model.set_review_months(months)
        if selected is not None:
            self.select(selected)
        self.listed.emit()

    def set_unlocked(self, summary: CaseSummary | None) -> None:
        """The open encrypted case as what it is while it is unlocked (see LibraryModel)."""
        selected = self.selected_path()
        self.model.set_unlocked(summary)
        if selected is not None:
            self.select(selected)

    def select(self, path: Path) -> None:
        row = self.model.row_of(path)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return Path(rows[0].data(PATH_ROLE)) if rows else None

    def _with_selected(self, action: object) -> None:
        path = self.selected_path()
        if path is not None and callable(action):
            action(path)

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(Path(index.data(PATH_ROLE)))

    def _update_buttons(self) -> None:
        has = self.selected_path() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button,
                       self.reveal_button):
            button.setEnabled(has)
