"""The Zaak tab: general details, counterparts, topics with live screening, risk and decision."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chinacheck.case.model import Case, Counterpart, Intermediary, RiskLevel
from chinacheck.guidance.content import Content
from chinacheck.ui import fields
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.labels import kind_label, risk_label
from chinacheck.ui.record_model import Column, RecordTableModel
from chinacheck.ui.record_table import RecordTable
from chinacheck.ui.screening_view import ScreeningView


def _plain_edit(name: str, height: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height + 14)
    return edit


class DetailsTab(QWidget):
    kind_changed = Signal()

    def __init__(self, content: Content, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.doc = content, doc
        self._loading = False

        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in content.kinds:
            self.kind.addItem(kind_label(kind), kind.id)
        self.organisation = QLineEdit()
        self.preparer = QLineEdit()
        self.start_date = fields.date_edit(self.tr("Begindatum"))
        self.end_date = fields.date_edit(self.tr("Einddatum"))
        self.topics = _plain_edit(self.tr("Onderwerpen van de samenwerking, één per regel"), 4)
        self.topics.setPlaceholderText(self.tr("Eén onderwerp per regel, bijv. waterstofbussen"))
        self.screening = ScreeningView(content)
        self.risk = QComboBox()
        for level in RiskLevel:
            self.risk.addItem(risk_label(level), level.value)
        self.decision = _plain_edit(self.tr("Besluit"), 2)
        self.measures = _plain_edit(self.tr("Maatregelen"), 4)
        self.open_points = QLabel()
        self.open_points.setTextFormat(Qt.TextFormat.PlainText)
        self.open_points.setWordWrap(True)
        for widget, name in ((self.title, self.tr("Titel")), (self.kind, self.tr("Soort zaak")),
                             (self.organisation, self.tr("Organisatie")),
                             (self.preparer, self.tr("Opgesteld door")),
                             (self.risk, self.tr("Totaalinschatting risico"))):
            widget.setAccessibleName(name)

        self.counterparts = RecordTable(RecordTableModel(
            doc, lambda c, _create: c.counterparts,
            [Column(self.tr("Naam"), "name"), Column(self.tr("Organisatie"), "organisation"),
             Column(self.tr("Rol in de partijstaat"), "role"),
             Column(self.tr("Notities"), "notes")],
            lambda: Counterpart(""), self.tr("Gesprekspartner"), self), self.tr("Gesprekspartners"))
        self.intermediaries = RecordTable(RecordTableModel(
            doc, lambda c, _create: c.intermediaries,
            [Column(self.tr("Naam"), "name"), Column(self.tr("Organisatie"), "organisation"),
             Column(self.tr("Achtergrond en belang"), "background")],
            lambda: Intermediary(""), self.tr("Tussenpersoon"), self), self.tr("Tussenpersonen"))

        self.conditions = RecordTable(RecordTableModel(
            doc, lambda c, _create: c.conditions,
            [Column(self.tr("Voorwaarde"), "text", editable=False),
             Column(self.tr("Eigenaar"), "owner"),
             Column(self.tr("Uiterlijk"), "due", "date"),
             Column(self.tr("Afgerond"), "done", "bool")],
            None, self.tr("Voorwaarde"), self, allow_locked=True),
            self.tr("Voorwaarden bij aftekening"))
        self._connect()
        self._layout()
        doc.changed.connect(self.load)
        self.load()

    # --- wiring ------------------------------------------------------------------------------
    def _bind(self, text: str, key: str, apply: Callable[[Case, Any], None],
              value: Callable[[], Any]) -> Callable[..., None]:
        def handler(*_: Any) -> None:
            if not self._loading:
                self.doc.edit(text, lambda case: apply(case, value()), merge_key=key)
        return handler

    def _connect(self) -> None:
        self.title.textEdited.connect(self._bind(
            self.tr("Titel wijzigen"), "title",
            lambda c, v: setattr(c, "title", v), self.title.text))
        self.organisation.textEdited.connect(self._bind(
            self.tr("Organisatie wijzigen"), "organisation",
            lambda c, v: setattr(c, "organisation", v), self.organisation.text))
        self.preparer.textEdited.connect(self._bind(
            self.tr("Opsteller wijzigen"), "preparer",
            lambda c, v: setattr(c, "preparer", v), self.preparer.text))
        self.kind.currentIndexChanged.connect(self._bind(
            self.tr("Soort wijzigen"), "", lambda c, v: setattr(c, "kind", v),
            self.kind.currentData))
        self.risk.currentIndexChanged.connect(self._bind(
            self.tr("Risico wijzigen"), "", lambda c, v: setattr(c, "overall_risk", RiskLevel(v)),
            self.risk.currentData))
        self.start_date.dateChanged.connect(self._bind(
            self.tr("Begindatum wijzigen"), "start_date",
            lambda c, v: setattr(c, "start_date", v), lambda: fields.date_value(self.start_date)))
        self.end_date.dateChanged.connect(self._bind(
            self.tr("Einddatum wijzigen"), "end_date",
            lambda c, v: setattr(c, "end_date", v), lambda: fields.date_value(self.end_date)))
        self.topics.textChanged.connect(self._bind(
            self.tr("Onderwerpen wijzigen"), "topics",
            lambda c, v: setattr(c, "topics", v), self._topic_list))
        self.topics.textChanged.connect(lambda: self.screening.update_topics(self._topic_list()))
        self.decision.textChanged.connect(self._bind(
            self.tr("Besluit wijzigen"), "decision",
            lambda c, v: setattr(c, "decision", v), self.decision.toPlainText))
        self.measures.textChanged.connect(self._bind(
            self.tr("Maatregelen wijzigen"), "measures",
            lambda c, v: setattr(c, "measures", v), self.measures.toPlainText))

    def _topic_list(self) -> list[str]:
        return [line.strip() for line in self.topics.toPlainText().splitlines() if line.strip()]

    def _layout(self) -> None:
        general = QGroupBox(self.tr("Algemeen"))
        form = QFormLayout(general)
        form.addRow(self.tr("Tit&el"), self.title)
        form.addRow(self.tr("&Soort"), self.kind)
        form.addRow(self.tr("&Organisatie"), self.organisation)
        form.addRow(self.tr("Opgesteld &door"), self.preparer)
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel(self.tr("t/m")))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        form.addRow(self.tr("Periode"), dates)

        people = QGroupBox(self.tr("Gesprekspartners en tussenpersonen"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(QLabel(self.tr("Gesprekspartners (namen in Chinese tekens mogen)")))
        people_layout.addWidget(self.counterparts)
        people_layout.addWidget(QLabel(self.tr("Tussenpersonen")))
        people_layout.addWidget(self.intermediaries)

        topics = QGroupBox(self.tr("Onderwerpen en toetsing"))
        topics_layout = QHBoxLayout(topics)
        topics_layout.addWidget(self.topics, 1, Qt.AlignmentFlag.AlignTop)
        topics_layout.addWidget(self.screening, 1)

        outcome = QGroupBox(self.tr("Afweging"))
        outcome_form = QFormLayout(outcome)
        outcome_form.addRow(self.tr("R&isico"), self.risk)
        outcome_form.addRow(self.tr("&Maatregelen"), self.measures)
        outcome_form.addRow(self.tr("Bes&luit"), self.decision)
        outcome_form.addRow(self.tr("Open punten"), self.open_points)

        # The sign-off's conditions stay trackable after a final sign-off; the rest is locked.
        self.conditions_box = QGroupBox(self.tr("Voorwaarden bij aftekening"))
        QVBoxLayout(self.conditions_box).addWidget(self.conditions)

        self.form_area = QWidget()  # read-only when a final sign-off locks the case
        editable = QVBoxLayout(self.form_area)
        editable.setContentsMargins(0, 0, 0, 0)
        for box in (general, topics, people, outcome):
            editable.addWidget(box)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.form_area)
        layout.addWidget(self.conditions_box)
        layout.addStretch(1)
        fields.fill_with_scroll_area(self, inner, self.tr("Gegevens van de zaak"))
        chain = [self.title, self.kind, self.organisation, self.preparer, self.start_date,
                 self.end_date, self.topics, self.counterparts.view,
                 self.counterparts.add_button, self.counterparts.remove_button,
                 self.intermediaries.view, self.intermediaries.add_button,
                 self.intermediaries.remove_button, self.risk, self.measures, self.decision]
        for first, second in itertools.pairwise(chain):  # tab order follows the layout
            QWidget.setTabOrder(first, second)

    # --- showing the case ------------------------------------------------------------------
    def show_conditions(self) -> None:
        """Scroll to the sign-off's conditions and put the focus in them."""
        from PySide6.QtWidgets import QScrollArea

        area = self.findChild(QScrollArea)
        if area is not None and self.conditions_box.isVisible():
            area.ensureWidgetVisible(self.conditions_box)
        self.conditions.view.setFocus()

    def set_document(self, doc: CaseDocument) -> None:
        self.doc.changed.disconnect(self.load)
        self.doc = doc
        doc.changed.connect(self.load)
        self.counterparts.model.set_document(doc)
        self.conditions.model.set_document(doc)
        self.intermediaries.model.set_document(doc)
        self.load()

    def load(self) -> None:
        case = self.doc.case
        self._loading = True
        try:
            fields.set_line(self.title, case.title)
            fields.set_line(self.organisation, case.organisation)
            fields.set_line(self.preparer, case.preparer)
            previous_kind = self.kind.currentData()
            self.kind.setCurrentIndex(max(0, self.kind.findData(case.kind)))
            self.risk.setCurrentIndex(max(0, self.risk.findData(case.overall_risk.value)))
            fields.set_date(self.start_date, case.start_date)
            fields.set_date(self.end_date, case.end_date)
            if self._topic_list() != case.topics:
                fields.set_plain(self.topics, "\n".join(case.topics))
            fields.set_plain(self.decision, case.decision)
            fields.set_plain(self.measures, case.measures)
        finally:
            self._loading = False
        self.screening.update_topics(case.topics)
        self._update_open_points()
        self._set_editable(not case.locked and not self.doc.read_only)
        self.conditions_box.setVisible(bool(case.conditions))
        self.conditions.set_editable(not self.doc.read_only)
        if previous_kind != case.kind:
            self.kind_changed.emit()

    def _set_editable(self, editable: bool) -> None:
        """A locked or borrowed case stays readable: fields turn read-only, not grey."""
        for widget in (self.title, self.kind, self.organisation, self.preparer, self.start_date,
                       self.end_date, self.topics, self.risk, self.measures, self.decision):
            fields.set_editable(widget, editable)
        for table in (self.counterparts, self.intermediaries):
            table.set_editable(editable)

    def _update_open_points(self) -> None:
        case = self.doc.case
        items = self.content.items_for_kind(case.kind)
        open_items = [i for i in items if not case.answer(i.id).is_answered]
        actions = case.open_actions()
        lines = [self.tr("%1 van %2 punten nog open; %3 open acties.")
                 .replace("%1", str(len(open_items))).replace("%2", str(len(items)))
                 .replace("%3", str(len(actions)))]
        for item_id, action in actions[:8]:
            owner = f" ({action.owner})" if action.owner else ""
            lines.append(f"• {action.text}{owner} — {item_id}")
        self.open_points.setText("\n".join(lines))
