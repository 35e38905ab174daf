"""The register as an Excel workbook (XLSX), written with XlsxWriter.

Why XlsxWriter: it only writes, which is all an export does, fast (5 000 cases in well under a
second) and in memory, so the file is written atomically like every other output; it is pure
Python with no dependencies of its own, BSD-2-Clause, and well kept. Its ``write_string`` puts a
text in a string cell whatever the text looks like, so a title such as ``=HYPERLINK(…)`` is
never a formula, a number or a link. The tests read the workbooks back with openpyxl, a second,
independent implementation of the format.

Sheet "Zaken": one row per case, dates as dates, counts as numbers, a frozen header row, an
autofilter and column widths to suit. Sheet "Open acties": every open action of those cases.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from chinacheck.reports.register_table import (
    ACTION_COLUMNS,
    COLUMNS,
    Labeller,
    action_rows,
    shown,
)
from chinacheck.storage.register import Register

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"


def render_xlsx(register: Register, *, language: str = "nl") -> bytes:
    import xlsxwriter  # imported only when a workbook is made

    w = Labeller(language)
    buffer = io.BytesIO()
    # strings_to_numbers/formulas/urls off: only write_string is used, but a stray write()
    # must not turn text into anything else either.
    book = xlsxwriter.Workbook(buffer, {
        "in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False, "default_date_format": DATE_FORMAT,
        "remove_timezone": True,
    })
    book.set_properties({"title": w("doc"), "comments": "ChinaCheck"})
    header = book.add_format({"bold": True, "bg_color": "#EEF1F5", "bottom": 1,
                              "text_wrap": True, "valign": "top"})
    text = book.add_format({"valign": "top"})
    day = book.add_format({"num_format": DATE_FORMAT, "valign": "top", "align": "left"})
    moment = book.add_format({"num_format": DATETIME_FORMAT, "valign": "top", "align": "left"})
    number = book.add_format({"valign": "top"})

    cases = book.add_worksheet(w("sheet-cases")[:31])
    for col, column in enumerate(COLUMNS):
        cases.write_string(0, col, w(column.key), header)
        cases.set_column(col, col, column.width)
    for r, row in enumerate(register.rows, start=1):
        for col, column in enumerate(COLUMNS):
            _cell(cases, r, col, column.value(row, w), column.kind, text, day, moment, number)
    cases.freeze_panes(1, 0)
    cases.autofilter(0, 0, max(len(register.rows), 1), len(COLUMNS) - 1)

    actions = book.add_worksheet(w("sheet-actions")[:31])
    kinds = ("text", "text", "text", "date", "text", "text")
    widths = (40, 50, 24, 12, 9, 37)
    for col, key in enumerate(ACTION_COLUMNS):
        actions.write_string(0, col, w(key), header)
        actions.set_column(col, col, widths[col])
    rows = action_rows(register, w)
    for r, values in enumerate(rows, start=1):
        case, action, owner, due, overdue, case_id = values
        cells = (case, action, owner, due, w("yes") if overdue else w("no"), case_id)
        for col, value in enumerate(cells):
            _cell(actions, r, col, value, kinds[col], text, day, moment, number)
    actions.freeze_panes(1, 0)
    actions.autofilter(0, 0, max(len(rows), 1), len(ACTION_COLUMNS) - 1)
    book.close()
    return buffer.getvalue()


def _cell(sheet: Any, r: int, col: int, value: Any, kind: str, text: Any, day: Any,
          moment: Any, number: Any) -> None:
    if value is None or value == "":
        return  # an empty cell, not an empty string
    if kind == "date" and isinstance(value, date):
        sheet.write_datetime(r, col, datetime(value.year, value.month, value.day), day)
    elif kind == "datetime" and isinstance(value, datetime):
        # Excel has no time zones: the local time the case was last changed.
        sheet.write_datetime(r, col, value.astimezone().replace(tzinfo=None), moment)
    elif kind == "int" and isinstance(value, int):
        sheet.write_number(r, col, value, number)
    else:
        sheet.write_string(r, col, shown(str(value)), text)
