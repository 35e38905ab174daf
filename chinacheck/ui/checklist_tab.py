"""The Checklist tab: the items that apply to the case kind, with status, note and actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from chinacheck.case.model import Action, Answer, Case, Status
from chinacheck.case.packs import confirm
from chinacheck.guidance.content import ChecklistItem, Content
from chinacheck.ui.accessibility import announce, mark_dutch, readable_text
from chinacheck.ui.checklist_model import ITEM_ID_ROLE, ChecklistModel, OpenItemsFilter
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.fields import set_editable, set_plain
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import status_label
from chinacheck.ui.record_model import Column, RecordTableModel
from chinacheck.ui.record_table import RecordTable
from chinacheck.ui.whose_text import chinacheck_label, whose


def _answer(case: Case, item_id: str, create: bool) -> Answer:
    if create:
        return case.answers.setdefault(item_id, Answer())
    return case.answers.get(item_id) or Answer()


class ChecklistTab(QWidget):
    def __init__(self, content: Content, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.doc = content, doc
        self.item_id: str | None = None
        self._loading = False

        self.model = ChecklistModel(content, doc, self)
        self.proxy = OpenItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = keyboard_friendly(QTreeView())
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Checklistpunten"))
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van de checklist"))
        self.only_open = QCheckBox(self.tr("Alleen &open punten"))
        self.only_open.setAccessibleName(self.tr("Alleen open punten tonen"))
        self.only_open.toggled.connect(self._filter)

        self.guidance = readable_text(QTextBrowser())
        self.guidance.setAccessibleName(self.tr("Toelichting uit de brochure bij deze vraaggroep"))
        self.guidance.setOpenLinks(False)
        self.item_text = mark_dutch(QLabel())  # the brochure's question, Dutch in English mode
        self.item_text.setTextFormat(Qt.TextFormat.PlainText)
        self.item_text.setWordWrap(True)
        font = self.item_text.font()
        font.setBold(True)
        self.item_text.setFont(font)
        self.emphasis = QLabel()
        self.emphasis.setTextFormat(Qt.TextFormat.PlainText)
        self.whose = QLabel()  # whose text the question is, and whose the short label
        self.whose.setTextFormat(Qt.TextFormat.PlainText)
        self.whose.setWordWrap(True)
        self.reconfirm = QLabel(self.tr("Opnieuw bevestigen: de vraag is veranderd sinds dit "
                                        "antwoord. Controleer het antwoord en bevestig het."))
        self.reconfirm.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Antwoord &bevestigen"))
        self.confirm_button.setAccessibleName(self.tr("Het antwoord op deze vraag bevestigen"))
        self.confirm_button.clicked.connect(self.confirm_answer)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status van dit punt"))
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Notitie bij dit punt"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Notitie"))
        self.action_table = RecordTable(RecordTableModel(
            doc, lambda c, create: _answer(c, self.item_id or "", create).actions,
            [Column(self.tr("Actie"), "text"), Column(self.tr("Eigenaar"), "owner"),
             Column(self.tr("Uiterlijk"), "due", "date"),
             Column(self.tr("Afgerond"), "done", "bool")],
            lambda: Action(""), self.tr("Actie"), self), self.tr("Acties bij dit punt"))

        self.status.currentIndexChanged.connect(self._status_changed)
        self.note.textChanged.connect(self._note_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        doc.changed.connect(self._refresh)
        self._layout()
        self._refresh()
        self._select_first()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.only_open)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        self.detail = QWidget()
        form = QFormLayout(self.detail)
        form.addRow(self.item_text)
        form.addRow(self.emphasis)
        form.addRow(self.whose)
        form.addRow(self.reconfirm)
        form.addRow(self.confirm_button)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Not&itie"), self.note)
        form.addRow(self.tr("Acties"), self.action_table)
        form.addRow(QLabel(self.tr("Uit de brochure:")))
        form.addRow(self.guidance)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_document(self, doc: CaseDocument) -> None:
        self.doc.changed.disconnect(self._refresh)
        self.doc = doc
        doc.changed.connect(self._refresh)
        self.model.set_document(doc)
        self.action_table.model.set_document(doc)
        self._refresh()
        self._select_first()

    def _filter(self, only_open: bool) -> None:
        self.proxy.set_only_open(only_open)
        self.tree.expandAll()

    def _select_first(self) -> None:
        self.tree.expandAll()
        ids = self.model.item_ids()
        if ids:
            self.select_item(ids[0])

    def select_item(self, item_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.item_index(item_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        item_id = indexes[0].data(ITEM_ID_ROLE) if indexes else None
        if item_id is None and indexes:  # a group: show its first item's guidance
            child = self.proxy.index(0, 0, indexes[0])
            item_id = child.data(ITEM_ID_ROLE) if child.isValid() else None
        self.item_id = item_id
        self.action_table.model.refresh()
        self._show_item()

    def _item(self) -> ChecklistItem | None:
        if not self.item_id:
            return None
        return self.model.withdrawn_item(self.item_id) or self.content.item(self.item_id)

    def _refresh(self) -> None:
        answered, total = self._progress()
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(answered)
        self.progress.setFormat(self._progress_text())
        if self.item_id not in self.model.item_ids():
            self._select_first()
        self._show_item()

    def _progress(self) -> tuple[int, int]:
        case = self.doc.case
        items = self.content.items_for_kind(case.kind)
        return sum(1 for i in items if case.answer(i.id).is_answered), len(items)

    def _progress_text(self) -> str:
        answered, total = self._progress()
        return self.tr("%1 van %2 beantwoord").replace("%1", str(answered)).replace(
            "%2", str(total))

    def _show_item(self) -> None:
        item = self._item()
        self.detail.setEnabled(item is not None)
        # A locked or borrowed case: the answer can't change, but the question and the
        # brochure's guidance stay fully readable (not greyed out).
        withdrawn = item is not None and item.group_id == self.model.WITHDRAWN_GROUP
        editable = not self.doc.case.locked and not self.doc.read_only and not withdrawn
        set_editable(self.status, editable)
        set_editable(self.note, editable)
        self.action_table.set_editable(editable)
        again = item is not None and item.id in self.doc.case.reconfirm
        self.reconfirm.setVisible(again)
        self.confirm_button.setVisible(again)
        self.confirm_button.setEnabled(again and editable)
        if item is None:
            return
        self.whose.setText(self.tr("Tekst van de vraag: %1 · korte naam: %2")
                           .replace("%1", whose(self.content, item.publisher, item.pack))
                           .replace("%2", chinacheck_label()))
        group = next((g for g in self.content.checklist.groups if g.id == item.group_id), None)
        answer = self.doc.case.answer(item.id)
        kind = self.content.kind(self.doc.case.kind)
        self._loading = True
        try:
            prefix = self.tr("Vraag") if item.type == "question" else self.tr("Advies")
            self.item_text.setText(f"{prefix} {self.content.number(item.id)}: {item.text}")
            self.emphasis.setText(self.tr("★ Extra van belang voor deze soort zaak")
                                  if kind and item.id in kind.emphasis else "")
            self.status.setCurrentIndex(self.status.findData(answer.status.value))
            set_plain(self.note, answer.note)
            if group is None:  # withdrawn by a newer edition: the answer stays, read-only
                self.guidance.setPlainText(self.tr(
                    "Deze vraag (%1) staat niet meer in de editie waarmee de zaak nu is "
                    "beantwoord. Het antwoord is bewaard en blijft leesbaar; ChinaCheck biedt "
                    "geen invoer meer voor een vervallen vraag.")
                    .replace("%1", self.model.number(item)))
                self.guidance.setProperty("group", "")
            elif self.guidance.property("group") != group.id:
                self.guidance.setPlainText(f"{group.title}\n\n" + "\n\n".join(group.guidance))
                self.guidance.setProperty("group", group.id)
        finally:
            self._loading = False

    def _status_changed(self) -> None:
        if self._loading or self.item_id is None:
            return
        item_id, status = self.item_id, Status(self.status.currentData())

        def answer(case: Case) -> None:  # setting the answer confirms it again
            _answer(case, item_id, True).status = status
            confirm(case, item_id)

        self.doc.edit(self.tr("Status van %1").replace("%1", item_id), answer)
        announce(self.progress, self._progress_text())  # the progress bar is not focused

    def confirm_answer(self) -> None:
        """Confirm the answer as it stands after the question changed ("opnieuw bevestigen")."""
        if self.item_id is None:
            return
        item_id = self.item_id
        self.doc.edit(self.tr("Antwoord op %1 bevestigd").replace("%1", item_id),
                      lambda case: confirm(case, item_id))

    def _note_changed(self) -> None:
        if self._loading or self.item_id is None:
            return
        item_id, note = self.item_id, self.note.toPlainText()
        self.doc.edit(self.tr("Notitie bij %1").replace("%1", item_id),
                      lambda case: setattr(_answer(case, item_id, True), "note", note),
                      merge_key=f"note:{item_id}")

    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()
