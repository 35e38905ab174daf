"""The life of the open case in the app: a status line with its phase and next review, the
Fase menu (the moves lifecycle.targets allows, never a fixed list), planning the next review
and starting a review.

Each move is one undoable edit through the document (lifecycle.change_phase records it in the
audit trail) and is saved at once, like a sign-off or a reopening.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from chinacheck.case import lifecycle
from chinacheck.case.model import Case
from chinacheck.errors import ChinaCheckError
from chinacheck.ui.case_session import CaseSession
from chinacheck.ui.labels import english

ReviewMonths = Callable[[], Mapping[str, int]]


def format_date(day: date) -> str:
    """'5 januari 2027' / '5 January 2027', as the PDFs write dates."""
    from chinacheck.reports.labels import Labels

    return Labels("en" if english() else "nl").date(day)


def phase_label(phase: str) -> str:
    return lifecycle.phase_label(phase, "en" if english() else "nl")


class LifecycleBar(QWidget):
    """One line above the tabs: the phase, the next review and its state, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.phase_button = QToolButton()
        self.phase_button.setText(self.tr("Fase wijzigen"))
        self.phase_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.review_button = QPushButton(self.tr("Herbeoordeling starten"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.phase_button)
        self.hide()


class LifecycleActions(QObject):
    def __init__(self, session: CaseSession, window: QWidget, bar: LifecycleBar,
                 review_months: ReviewMonths) -> None:
        super().__init__(window)
        self.session, self.window, self.bar = session, window, bar
        self.review_months = review_months
        self.phase_menu = QMenu(self.tr("&Fase"), window)
        self.review_date_action = QAction(self.tr("Volgende herbeoordeling &plannen…"), self)
        self.review_date_action.triggered.connect(self.plan_review)
        self.review_start_action = QAction(self.tr("Herbeoordeling &starten…"), self)
        self.review_start_action.triggered.connect(self.start_review)
        bar.phase_button.setMenu(self.phase_menu)
        bar.review_button.clicked.connect(self.start_review)
        self.refresh()

    def actions(self) -> list[QAction]:
        return [self.phase_menu.menuAction(), self.review_date_action, self.review_start_action]

    def _editable(self) -> bool:
        doc = self.session.doc
        return doc is not None and not doc.read_only

    def can_start_review(self) -> bool:
        doc = self.session.doc
        return (self._editable() and doc is not None and doc.case.locked
                and lifecycle.review_months(doc.case.kind, self.review_months()) > 0)

    def refresh(self) -> None:
        doc = self.session.doc
        self.phase_menu.clear()
        if doc is None:
            self.bar.hide()
            for action in self.actions():
                action.setEnabled(False)
            return
        case = doc.case
        for target in lifecycle.targets(case) if self._editable() else []:
            action = self.phase_menu.addAction(self.tr("Naar „%1”").replace(
                "%1", phase_label(target)))
            action.setData(target)
            action.triggered.connect(lambda _=False, t=target: self.move(t))
        has_moves = not self.phase_menu.isEmpty()
        self.phase_menu.menuAction().setEnabled(has_moves)
        self.bar.phase_button.setEnabled(has_moves)
        review = lifecycle.next_review(case, self.review_months())
        standing = lifecycle.review_months(case.kind, self.review_months()) > 0
        self.review_date_action.setEnabled(self._editable() and standing
                                           and case.phase not in lifecycle.rules().closed)
        self.review_start_action.setEnabled(self.can_start_review())
        self.bar.review_button.setVisible(self.can_start_review())
        self.bar.label.setText(self.status_text(review))
        self.bar.setAccessibleName(self.bar.label.text())
        self.bar.show()

    def status_text(self, review: date | None) -> str:
        doc = self.session.doc
        assert doc is not None
        case = doc.case
        text = self.tr("Fase: %1").replace("%1", phase_label(case.phase))
        if case.ended is not None:
            text += " " + self.tr("(beëindigd op %1: %2)").replace(
                "%1", format_date(case.ended.on)).replace("%2", case.ended.reason)
        if review is not None:
            state = lifecycle.review_state(review, date.today())
            words = {
                lifecycle.ReviewState.OVERDUE: self.tr("te laat"),
                lifecycle.ReviewState.DUE: self.tr("binnenkort"),
            }.get(state)
            text += " · " + self.tr("Volgende herbeoordeling: %1").replace(
                "%1", format_date(review)) + (f" — {words}" if words else "")
        if lifecycle.debrief_outstanding(case, date.today()):
            text += " · " + self.tr("Nazorg nog af te ronden")
        return text

    # --- commands ----------------------------------------------------------------------------
    def move(self, target: str) -> None:
        doc = self.session.doc
        if doc is None:
            return
        label = self.tr("Fase: %1").replace("%1", phase_label(target))
        if target == lifecycle.rules().ended:
            from chinacheck.ui.lifecycle_dialogs import EndDialog

            dialog = EndDialog(self.window)
            while dialog.exec() == EndDialog.DialogCode.Accepted:
                try:
                    doc.edit(label, self._ending(target, *dialog.values()), allow_locked=True)
                except ChinaCheckError as exc:
                    dialog.show_error(str(exc))  # the case is unchanged; correct and retry
                    continue
                break
            else:
                return
        else:
            try:
                doc.edit(label, lambda case: lifecycle.change_phase(case, target),
                         allow_locked=True)
            except ChinaCheckError as exc:
                self._tell(str(exc))
                return
        self.session.save()
        self.refresh()

    @staticmethod
    def _ending(target: str, on: date | None, reason: str) -> Callable[[Case], None]:
        def end(case: Case) -> None:
            lifecycle.change_phase(case, target, reason=reason, on=on)
        return end

    def plan_review(self) -> None:
        from chinacheck.ui.lifecycle_dialogs import ReviewDateDialog

        doc = self.session.doc
        if doc is None:
            return
        case = doc.case
        dialog = ReviewDateDialog(lifecycle.next_review(case, self.review_months()),
                                  case.next_review is not None, self.window)
        if dialog.exec() != ReviewDateDialog.DialogCode.Accepted:
            return
        when = dialog.value()
        doc.edit(self.tr("Volgende herbeoordeling"),
                 lambda c: lifecycle.set_next_review(c, when), allow_locked=True)
        self.session.save()
        self.refresh()

    def start_review(self) -> None:
        from chinacheck.case import signoff
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None or not self.can_start_review():
            return
        if not prompts.confirm(self.window, self.tr("Herbeoordeling starten"), self.tr(
                "De herbeoordeling beginnen als nieuwe revisie? De antwoorden worden "
                "overgenomen om te bevestigen of te wijzigen; het besluit blijft staan tot een "
                "nieuwe definitieve aftekening.")):
            return
        try:
            doc.edit(self.tr("Herbeoordeling starten"),
                     lambda case: signoff.reopen(case, review=True), allow_locked=True)
        except ChinaCheckError as exc:
            self._tell(str(exc))
            return
        self.session.save()
        self.refresh()

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("Fase"), text)
