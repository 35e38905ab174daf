"""Small helpers that bind input widgets to the open case without fighting the user's cursor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
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


def date_edit(name: str, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
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

    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
