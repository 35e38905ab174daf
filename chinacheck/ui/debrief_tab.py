"""The Nazorg tab of a trip or visit: the debrief as a table, the selected entry's category,
handling and follow-up actions, and beside it what the brochure and the organisation say.

Like the conditions, the debrief stays editable on a locked case; every change is an undoable
edit of the document, and the save records "debrief-changed" in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chinacheck.case import lifecycle
from chinacheck.case.model import Action, Case
from chinacheck.guidance.content import Content
from chinacheck.storage.settings import Settings
from chinacheck.ui.accessibility import readable_text
from chinacheck.ui.brochure_html import DARK, LIGHT
from chinacheck.ui.debrief_guidance import guidance_html
from chinacheck.ui.debrief_model import (
    ACTIONS,
    CATEGORY,
    HANDLING,
    NOTE,
    DebriefModel,
    language,
)
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.record_model import Column, RecordTableModel
from chinacheck.ui.record_table import RecordTable


class DebriefTab(QWidget):
    def __init__(self, content: Content, doc: CaseDocument, settings: Callable[[], Settings],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.doc, self._settings = content, doc, settings
        self._loading = False
        self._row = -1
        self._halved = False
        rules = lifecycle.rules()
        intro = QLabel(self.tr("Wat er tijdens de reis of het bezoek is gebeurd, wat ermee is "
                               "gedaan en wat nog moet worden opgevolgd. Ook na de definitieve "
                               "aftekening bij te werken."))
        intro.setWordWrap(True)
        self.model = DebriefModel(doc, self)
        self.table = RecordTable(self.model, self.tr("Nazorgregels"))
        self.table.add_button.hide()  # the category is chosen first, below
        self.new_category = QComboBox()
        self.new_category.setAccessibleName(self.tr("Categorie van de nieuwe nazorgregel"))
        for category in rules.categories:
            self.new_category.addItem(category.shown(language()), category.id)
        self.add_button = QPushButton(self.tr("Re&gel toevoegen"))
        self.add_button.clicked.connect(self._add)
        adding = QHBoxLayout()
        new_label = QLabel(self.tr("Nieuwe regel:"))
        new_label.setBuddy(self.new_category)  # read with the combo box, not just its value
        adding.addWidget(new_label)
        adding.addWidget(self.new_category, 1)
        adding.addWidget(self.add_button)

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Categorie"))
        for category in rules.categories:
            self.category.addItem(category.shown(language()), category.id)
        self.handling = QComboBox()
        self.handling.setAccessibleName(self.tr("Afhandeling: wat is er gedaan"))
        for handling in rules.handling:
            self.handling.addItem(handling.shown(language()), handling.id)
        for combo in (self.category, self.handling, self.new_category):  # long names: elided
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.handling.currentIndexChanged.connect(self._handling_chosen)
        self.action_table = RecordTable(RecordTableModel(
            doc, self._actions_of,
            [Column(self.tr("Vervolgactie"), "text"), Column(self.tr("Eigenaar"), "owner"),
             Column(self.tr("Uiterlijk"), "due", "date"),
             Column(self.tr("Afgerond"), "done", "bool")],
            lambda: Action(""), self.tr("Vervolgactie"), self, allow_locked=True),
            self.tr("Vervolgacties van de nazorgregel"))
        self.entry_box = QGroupBox(self.tr("Geselecteerde regel"))
        form = QFormLayout(self.entry_box)
        form.addRow(self.tr("Cat&egorie"), self.category)
        form.addRow(self.tr("Afhan&deling"), self.handling)
        form.addRow(self.tr("Vervolgacties"), self.action_table)
        self.guidance = readable_text(QTextBrowser(), dutch=False)  # own words are translated
        self.guidance.setAccessibleName(self.tr("Wat de brochure en uw organisatie zeggen"))
        self.guidance.setOpenLinks(False)  # nothing opens by itself

        header = self.table.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().horizontalAdvance("x")
        for column, chars in ((CATEGORY, 17), (HANDLING, 12), (ACTIONS, 9)):  # wrap or elide
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, char * chars)
        self.table.view.setWordWrap(True)
        # one above the other: the entries, the selected one, what the brochure and the
        # organisation say (side by side the window's docks leave each too narrow)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(adding)
        self.below = QSplitter(Qt.Orientation.Vertical)
        for part in (top, self.entry_box, self.guidance):
            self.below.addWidget(part)
            self.below.setCollapsible(self.below.indexOf(part), False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.below)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_changed)
        doc.changed.connect(self.load)
        self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Share the height (a splitter starts from the size hints, which would leave the
        guidance a strip)."""
        super().showEvent(event)
        if not self._halved:
            self._halved = True
            QTimer.singleShot(0, self._halve)

    def _halve(self) -> None:
        height = self.below.height()
        self.below.setSizes([height * 4 // 10, height * 3 // 10, height - height * 7 // 10])

    # --- the selected entry ------------------------------------------------------------------
    def _actions_of(self, case: Case, _create: bool) -> list[Action]:
        row = self._row
        return case.debrief[row].actions if 0 <= row < len(case.debrief) else []

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.select(current.row() if current.isValid() else -1)

    def select(self, row: int) -> None:
        self._row = row
        if self.table.view.currentIndex().row() != row and row >= 0:
            self.table.view.setCurrentIndex(self.model.index_of(row))
        self.action_table.model.refresh()
        self.load()

    def _add(self) -> None:
        row = self.model.add_entry(str(self.new_category.currentData()))
        if row >= 0:
            self.select(row)
            self.table.view.setFocus()  # typing starts the note of the new entry

    def _category_chosen(self) -> None:
        if self._loading or self.model.entry_at(self._row) is None:
            return
        chosen, row = str(self.category.currentData()), self._row
        category = lifecycle.rules().category(chosen)

        def apply(case: Case) -> None:
            entry = case.debrief[row]
            entry.category = chosen
            if category is None or not category.electronic:
                entry.electronic = False  # only a category that allows it keeps it
        self.doc.edit(self.tr("Categorie wijzigen"), apply, allow_locked=True)

    def _handling_chosen(self) -> None:
        if self._loading or self.model.entry_at(self._row) is None:
            return
        chosen, row = str(self.handling.currentData()), self._row
        self.doc.edit(self.tr("Afhandeling wijzigen"),
                      lambda case: setattr(case.debrief[row], "handling", chosen),
                      allow_locked=True)

    # --- showing the case --------------------------------------------------------------------
    def set_document(self, doc: CaseDocument) -> None:
        self.doc.changed.disconnect(self.load)
        self.doc = doc
        doc.changed.connect(self.load)
        self._row = -1
        self.model.set_document(doc)
        self.action_table.model.set_document(doc)
        self.load()

    def load(self) -> None:
        entry = self.model.entry_at(self._row)
        if entry is None:
            self._row = -1
        editable = not self.doc.read_only
        self._loading = True
        try:
            if entry is not None:
                self.category.setCurrentIndex(max(0, self.category.findData(entry.category)))
                self.handling.setCurrentIndex(max(0, self.handling.findData(entry.handling)))
        finally:
            self._loading = False
        self.entry_box.setEnabled(entry is not None and editable)
        self.table.set_editable(editable)
        self.add_button.setEnabled(editable)
        self.new_category.setEnabled(editable)
        self.action_table.set_editable(editable and entry is not None)
        category = lifecycle.rules().category(entry.category) if entry is not None else None
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.guidance.setHtml(guidance_html(self.content, category, language(),
                                            self._settings(), DARK if dark else LIGHT))
