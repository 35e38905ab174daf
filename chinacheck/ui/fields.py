"""Small helpers that bind input widgets to the open case without fighting the user's cursor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from chinacheck.case.daterange import MAX_YEAR

NO_DATE = QDate(2000, 1, 1)  # the minimum of a date field, shown as "—": no date set


def set_line(widget: QLineEdit, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_plain(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        widget.setPlainText(text)


def set_editable(widget: QWidget, editable: bool) -> None:
    """Read-only rather than disabled where Qt allows it: a locked case's own text stays at full
    contrast, selectable and read out by screen readers. Qt has no read-only combo box or
    button, so those are disabled."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(not editable)
    else:
        widget.setEnabled(editable)


class DateEdit(QDateEdit):
    """A date field that never holds the keyboard: Tab and Shift+Tab always leave it (Qt's
    would step through day, month and year, and stay put on an empty field); the arrow keys
    and typing edit the sections. Up or Down on an empty field ("—") starts from today, not
    from the hidden minimum that stands for "no date"."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            event.accept()
            QWidget.focusNextPrevChild(self, forward)
            return
        if self._empty() and event.text()[:1].isdigit():  # typing a date into "—"
            self._start_from_today()
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def _empty(self) -> bool:
        return self.date() == self.minimumDate() and not self.isReadOnly()

    def _start_from_today(self) -> None:
        self.setDate(QDate.currentDate())

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802
        if self._empty():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | \
                QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self._empty():  # begin at today
            self._start_from_today()
            return
        super().stepBy(steps)


def date_edit(name: str, parent: QWidget | None = None) -> QDateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    from chinacheck.ui.labels import date_format

    edit.setDisplayFormat(date_format())  # the chosen language's way of writing dates
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(MAX_YEAR, 12, 31))  # the last date a case file may hold
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


def date_value(edit: QDateEdit) -> date | None:
    qdate = edit.date()
    if qdate == NO_DATE:
        return None
    return date(qdate.year(), qdate.month(), qdate.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    qdate = QDate(value.year, value.month, value.day) if value else NO_DATE
    if edit.date() != qdate:
        edit.setDate(qdate)


def fill_with_scroll_area(page: QWidget, inner: QWidget, name: str) -> None:
    """Make ``inner`` the scrollable content of ``page`` (a tab), named for screen readers."""
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    from chinacheck.ui.keyboard import no_tab_stop

    scroll = no_tab_stop(QScrollArea())
    scroll.setAccessibleName(name)
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
