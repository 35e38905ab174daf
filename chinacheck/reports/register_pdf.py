"""The register as a PDF: "Overzicht contacten met China", A4 landscape, grouped by kind of
case, ready to attach to a raadsinformatiebrief.

One table per kind (decision, phase, period, overall risk, next review, open actions), its
header row repeated on every page it spans; encrypted and unreadable files last, by file name
only. Same page furniture as the other documents (classification in header and footer, page
X of Y, document id) and PDF/A-2b like them.

Every text from a case goes through :mod:`chinacheck.reports.markup` into a paragraph, or, for
a title in Latin script, is drawn line by line with ``drawString`` (:class:`PlainLines`), which
parses nothing; our own words are plain strings in a table cell, which reportlab draws without
parsing them as markup either. A register of
thousands of cases is laid out a page at a time (:class:`LongTable`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import groupby

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Spacer, TableStyle

from chinacheck.case.lifecycle import ReviewState
from chinacheck.reports import fonts, markup
from chinacheck.reports.blocks import FlowTable, heading, p
from chinacheck.reports.case_summary import DEFAULT_CLASSIFICATION
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import MARGIN_X, DocumentInfo, build
from chinacheck.reports.output import RenderedPdf, new_document_id
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.register_table import Labeller
from chinacheck.reports.styles import INK, RULE, SHADE, Styles, styles
from chinacheck.storage.register import Register, RegisterRow, RowKind

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN_X
# Title and organisation, phase, decision, period, risk, next review, open actions.
SHARES = (0.27, 0.10, 0.16, 0.20, 0.10, 0.12, 0.05)


def _period(t: Labels, row: RegisterRow) -> str:
    s = row.summary
    if s is None or (s.start_date is None and s.end_date is None):
        return ""
    if s.start_date == s.end_date:
        return t.date(s.start_date)
    return t("period", start=t.date(s.start_date), end=t.date(s.end_date))


def _decision(w: Labeller, t: Labels, row: RegisterRow) -> str:
    s = row.summary
    if s is None or not s.decision:
        return ""
    text = w.decision(s.decision)
    return f"{text}\n{t.date(s.decided_on)}" if s.decided_on else text


def _phase(w: Labeller, t: Labels, row: RegisterRow) -> str:
    s = row.summary
    if s is None:
        return ""
    text = w.phase(s.phase)
    return f"{text}\n{t.date(s.ended_on)}" if s.ended_on else text


def _review(w: Labeller, t: Labels, row: RegisterRow) -> str:
    if row.next_review is None:
        return ""
    text = t.date(row.next_review)
    if row.review in (ReviewState.OVERDUE, ReviewState.DUE):
        text += f"\n{w.review(row.review)}"  # in words, not by colour alone
    return text


class PlainLines(Flowable):
    """A table cell of plain lines, drawn with two fonts (a bold first part, then regular
    lines): what a paragraph would draw for a title and an organisation in Latin script, at a
    fraction of the cost of parsing and breaking a paragraph. Only for text that needs none of
    a paragraph's work (see :func:`_plain_cell`)."""

    def __init__(self, bold: list[str], regular: list[str], size: float,
                 leading: float) -> None:
        super().__init__()
        self.bold, self.regular, self.size, self.leading = bold, regular, size, leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = (len(self.bold) + len(self.regular)) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(INK)
        y = self.height - self.size  # the first baseline, as a paragraph puts it
        for font, lines in ((fonts.SANS_BOLD, self.bold), (fonts.SANS, self.regular)):
            canvas.setFont(font, self.size)
            for line in lines:
                canvas.drawString(0, y, line)
                y -= self.leading


_LATIN = re.compile(r"[ -~\u00a0-\u024f\u2018-\u201e\u2013\u2014\u2026]*")


def _plain_cell(title: str, organisation: str, width: float, st: Styles) -> Flowable | None:
    """The title cell as :class:`PlainLines`, or None when the text needs a paragraph: other
    scripts (fonts, right to left), or a word longer than the cell is wide."""
    size = st.cell.fontSize
    room = width - 6
    if not (_LATIN.fullmatch(title) and _LATIN.fullmatch(organisation)):
        return None
    bold = simpleSplit(title, fonts.SANS_BOLD, size, room)
    regular = simpleSplit(organisation, fonts.SANS, size, room) if organisation else []
    if any(fonts.string_width(line, size, bold=True) > room for line in bold) or \
            any(fonts.string_width(line, size) > room for line in regular):
        return None  # a word too long for the cell: the paragraph breaks it
    return PlainLines(bold, regular, size, st.cell.leading)


def _title_cell(w: Labeller, row: RegisterRow, st: Styles) -> Flowable:
    s = row.summary
    if s is not None:
        plain = _plain_cell(s.title, s.organisation, WIDTH * SHARES[0], st)
        if plain is not None:
            return plain
    if s is None:
        return Paragraph(markup.bold(w.title(row)) + "<br/>" + markup.para(row.file), st.cell)
    text = markup.bold(s.title)
    if s.organisation:
        text += "<br/>" + markup.para(s.organisation)
    return Paragraph(text, st.cell)


def _wrapped(text: str, width: float, size: float) -> str:
    """Our own words (Latin script, no markup) broken into lines that fit ``width``: a plain
    string in a table cell is drawn without being wrapped, and far faster than a paragraph."""
    if not text:
        return text
    room = width - 6  # the cell's left and right padding
    return "\n".join("\n".join(simpleSplit(line, fonts.SANS, size, room) or [""])
                     for line in text.split("\n"))


def _row(w: Labeller, t: Labels, row: RegisterRow, st: Styles) -> list[object]:
    s = row.summary
    size = st.cell.fontSize
    cells = [_phase(w, t, row), _decision(w, t, row), _period(t, row),
             w.risk(s) if s is not None else "", _review(w, t, row)]
    return [_title_cell(w, row, st),
            *(_wrapped(text, WIDTH * share, size) for text, share in zip(cells, SHARES[1:6],
                                                                         strict=True)),
            str(s.open_actions) if s is not None else ""]


class LongTable(Flowable):
    """A table of many rows, its header row repeated on every page, laid out a page at a time.

    reportlab measures a whole table again each time it splits it over a page, which for one
    table of 5 000 rows is quadratic (8 s instead of 4.5 s). This flowable makes a real table
    of only the next :data:`CHUNK` rows, lets reportlab split that one, and keeps the rows that
    did not fit for the next page.
    """

    CHUNK = 30  # about what a page holds; more is measured in vain

    def __init__(self, header: list[object], rows: list[list[object]], widths: list[float],
                 style: TableStyle) -> None:
        super().__init__()
        self.header, self.rows, self.widths, self.style = header, rows, widths, style
        self._table: FlowTable | None = None

    def _make(self, rows: list[list[object]]) -> FlowTable:
        table = FlowTable([self.header, *rows], colWidths=self.widths, repeatRows=1,
                          hAlign="LEFT")
        table.setStyle(self.style)
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if len(self.rows) <= self.CHUNK:
            self._table = self._table or self._make(self.rows)
            size: tuple[float, float] = self._table.wrap(available_width, available_height)
            self.width, self.height = size
            return size
        # Longer than any page: the frame will ask to split.
        self.width, self.height = available_width, available_height + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if len(self.rows) <= self.CHUNK:
            table = self._table or self._make(self.rows)
            parts: list[Flowable] = table.split(available_width, available_height)
            return parts
        chunk = self.CHUNK
        while True:
            head = self._make(self.rows[:chunk])
            head.wrap(available_width, available_height)
            parts = head.split(available_width, available_height)
            if len(parts) != 1 or chunk >= len(self.rows):
                break
            chunk *= 2  # the whole piece fitted (short rows): the page holds more
        if not parts:
            return []
        first = parts[0]
        placed = len(first._cellvalues) - 1  # type: ignore[attr-defined]
        return [first, LongTable(self.header, self.rows[placed:], self.widths, self.style)]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def _table_style(st: Styles) -> TableStyle:
    # Few commands that apply to every cell: reportlab applies each to each cell of every
    # piece of the table (top and bottom padding stay at reportlab's 3 points).
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.SANS, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK),
    ])


def _table(w: Labeller, t: Labels, rows: Sequence[RegisterRow], st: Styles) -> LongTable:
    header: list[object] = [Paragraph(markup.para(w(key)), st.cell_bold) for key in (
        "col-title", "col-phase", "col-decision", "col-period", "col-risk", "col-next-review",
        "col-open-actions")]
    return LongTable(header, [_row(w, t, row, st) for row in rows],
                     [WIDTH * share for share in SHARES], _table_style(st))


def _intro(w: Labeller, t: Labels, register: Register, st: Styles) -> list[Flowable]:
    cases = register.cases
    overdue = sum(row.review is ReviewState.OVERDUE for row in cases)
    due = sum(row.review is ReviewState.DUE for row in cases)
    lines = [w("pdf-state", date=t.date(register.today), cases=len(cases)),
             w("pdf-reviews", overdue=overdue, due=due)]
    f = register.filters
    if f.active:
        parts = []
        if f.kind is not None:
            parts.append(w("pdf-filter-kind", kind=w.kind(f.kind)))
        if f.phase is not None:
            parts.append(w("pdf-filter-phase", phase=w.phase(f.phase)))
        if f.due:
            parts.append(w("pdf-filter-due"))
        lines.append(w("pdf-filter", filters="; ".join(parts)))
    if register.encrypted or register.broken:
        lines.append(w("pdf-unreadable", encrypted=register.encrypted, broken=register.broken))
    return [p(w("doc"), st.title), *(p(line, st.body) for line in lines), Spacer(1, 4)]


def render_register(register: Register, *, classification: str | None = DEFAULT_CLASSIFICATION,
                    generated: datetime | None = None, document_id: str | None = None,
                    language: str = "nl") -> RenderedPdf:
    t = Labels(language)
    w = Labeller(language)
    st = styles(0.95)
    story: list[Flowable] = _intro(w, t, register, st)
    cases = register.cases
    for kind, group in groupby(cases, key=lambda row: row.summary.kind if row.summary else ""):
        rows = list(group)
        story += heading(w("pdf-group", kind=w.kind(kind), count=len(rows)), st.h1, 50 * mm)
        story.append(_table(w, t, rows, st))
    others = [row for row in register.rows if row.row_kind is not RowKind.CASE]
    if others:
        story += heading(w("pdf-group-other", count=len(others)), st.h1, 50 * mm)
        story.append(_table(w, t, others, st))
    if not register.rows:
        story.append(p(w("pdf-empty"), st.body))
    info = DocumentInfo(
        document_label=w("doc"), title=w("doc"),
        document_id=document_id or new_document_id(),
        generated=(generated or register.made).astimezone(), labels=t,
        classification=classification, subject=w("doc"),
    )
    return build(story, info, pagesize=PAGE)

