"""Building blocks shared by the documents: tables of user text, tick boxes, ruled lines.

Tables of free text split between rows, and inside a row when that row is tall: a note of a few
pages must flow onto the next page instead of aborting the export, but a short row should move
to the next page whole rather than leave its last line behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as BaseParagraph

from chinacheck.reports import fonts, markup
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.styles import INK, RULE, SHADE, Styles

Cell = str | Flowable | list[Flowable]


class FlowTable(Table):
    """A table that splits inside a row only when the row is too tall to move whole."""

    # Rows taller than this may be split; shorter ones move to the next page in one piece.
    TALL_ROW = 70 * mm

    def _straddling_row(self, available_height: float) -> int | None:
        used = 0.0
        # _rowHeights is set by wrap(); reportlab has no public accessor for it.
        for index, height in enumerate(self._rowHeights):  # type: ignore[attr-defined]
            used += height
            if used > available_height:
                return index
        return None

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(available_width, available_height)
        if parts:
            return parts
        row = self._straddling_row(available_height)
        if row is None or self._rowHeights[row] < self.TALL_ROW:  # type: ignore[attr-defined]
            return []
        self.splitInRow = 1
        parts = super().split(available_width, available_height)
        return parts


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use our font: the default is
    Helvetica, which would otherwise be listed, unembedded, in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS), *commands])


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or brochure) text: always escaped."""
    return Paragraph(markup.para(text), style)


# The most a heading asks to keep with it: a first row taller than this splits (FlowTable).
MAX_KEEP = FlowTable.TALL_ROW + 40 * mm


class HeadingBreak(CondPageBreak):
    """Before a heading: a new page unless the heading and the start of what follows it fit
    (the heading itself, any heading or lead-in right after it, the first two lines of a
    paragraph or a table's header and first row), and at least ``room``. Filled in by
    :func:`keep_headings` when the document is built. (keepWithNext would instead move a
    heading and its whole long table to a new page, leaving most of a page blank.)"""

    def __init__(self, room: float) -> None:
        super().__init__(room)
        self.room = room
        self.following: list[Flowable] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        start = _start_height(self.following, available_width, available_height)
        self.height = max(self.room, min(start, MAX_KEEP))
        result: tuple[float, float] = super().wrap(available_width, available_height)
        return result


def _first_part(flowable: Flowable, width: float, height: float) -> float:
    """How much of ``flowable`` must stand under a heading: a table's header and first row,
    a paragraph's first two lines; nothing for anything else (a KeepTogether moves whole, and
    can only be measured on the page)."""
    if isinstance(flowable, Table):
        flowable.wrap(width, height)
        rows = flowable._rowHeights  # type: ignore[attr-defined]  # set by wrap()
        return float(sum(rows[:flowable.repeatRows + 1]))
    if isinstance(flowable, BaseParagraph):
        _w, full = flowable.wrap(width, height)
        return float(min(full, 2 * flowable.style.leading))
    return 0.0


def _start_height(following: Sequence[Flowable], width: float, height: float) -> float:
    total = 0.0
    for n, flowable in enumerate(following):
        if not isinstance(flowable, BaseParagraph | Table):
            return total
        total += flowable.getSpaceBefore()
        if n == len(following) - 1 or isinstance(flowable, Table):
            return total + _first_part(flowable, width, height)
        total += flowable.wrap(width, height)[1] + flowable.getSpaceAfter()
    return total


def heading(text: str, style: ParagraphStyle, room: float = 32 * mm) -> list[Flowable]:
    """A heading that never stands alone at the foot of a page: it moves to the next page with
    the start of what follows it (see HeadingBreak)."""
    title = p(text, style)
    title.keep_with_next = True  # type: ignore[attr-defined]
    return [HeadingBreak(room), title]


def lead_in(text: str, style: ParagraphStyle) -> Paragraph:
    """A line right under a heading that belongs with it (kept with what follows too)."""
    line = p(text, style)
    line.keep_with_next = True  # type: ignore[attr-defined]
    return line


def keep_headings(story: Sequence[Flowable]) -> None:
    """Tell each HeadingBreak what follows its heading: the heading, any heading or lead-in
    after it (HeadingBreaks in between are skipped), up to the first other flowable."""
    for n, flowable in enumerate(story):
        if not isinstance(flowable, HeadingBreak):
            continue
        following: list[Flowable] = []
        for after in story[n + 1:]:
            if isinstance(after, HeadingBreak):
                continue
            following.append(after)
            if not getattr(after, "keep_with_next", False):
                break
        flowable.following = following


def _cells(row: Sequence[Cell], style: ParagraphStyle) -> list[Cell]:
    return [p(cell, style) if isinstance(cell, str) else cell for cell in row]


def data_table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
               st: Styles) -> Table:
    """A ruled table with a shaded header row that repeats on every page it spans."""
    data = [_cells(header, st.cell_bold)] + [_cells(row, st.cell) for row in rows]
    table = FlowTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def key_value_table(rows: Sequence[tuple[str, Cell]], widths: Sequence[float],
                    st: Styles) -> Table:
    data = [[p(key, st.cell_bold), p(value, st.cell) if isinstance(value, str) else value]
            for key, value in rows]
    table = FlowTable(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def boxed(flowables: Sequence[Flowable], width: float, background: colors.Color = SHADE,
          border: colors.Color = RULE) -> Table:
    """A shaded frame around a few paragraphs (used to set our own wording apart)."""
    table = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.6, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


class TickBoxes(Flowable):
    """A row of empty squares, each followed by its label: real boxes, not a glyph."""

    def __init__(self, labels: Sequence[str], size: float = 8.5, box: float = 3 * mm,
                 gap: float = 5 * mm) -> None:
        super().__init__()
        self.labels = list(labels)
        self.size = size
        self.box = box
        self.gap = gap

    def natural_width(self) -> float:
        labels = sum(fonts.string_width(label, self.size) for label in self.labels)
        count = len(self.labels)
        return count * (self.box + 1.5 * mm) + labels + (count - 1) * self.gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(available_width, self.natural_width())
        self.height = self.box + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.7)
        x = 0.0
        for label in self.labels:
            canvas.rect(x, 1, self.box, self.box, stroke=1, fill=0)
            x += self.box + 1.5 * mm
            markup.draw(canvas, x, 1 + (self.box - self.size * 0.7) / 2, label, self.size)
            x += fonts.string_width(label, self.size) + self.gap


class RuledLines(Flowable):
    """``count`` writing lines for handwritten notes, optionally with a caption on the first."""

    def __init__(self, count: int, spacing: float = 7 * mm, caption: str = "",
                 size: float = 7.5) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.caption = caption
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        start = 0.0
        if self.caption:
            canvas.setFillColor(RULE)
            markup.draw(canvas, 0, self.height - self.spacing + 1.5, self.caption, self.size)
            start = fonts.string_width(self.caption, self.size) + 2 * mm
        for n in range(self.count):
            y = self.height - (n + 1) * self.spacing
            canvas.line(start if n == 0 else 0, y, self.width, y)


def fill_in_fields(fields: Sequence[tuple[str, float]], width: float, st: Styles) -> Table:
    """Caption + writing line pairs; each field's height is how much room it gets."""
    data = [[p(caption, st.cell_bold), ""] for caption, _ in fields]
    heights = [height for _, height in fields]
    label_width = 32 * mm
    table = Table(data, colWidths=[label_width, width - label_width], rowHeights=heights,
                  hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def keep(flowables: Sequence[Flowable]) -> KeepTogether:
    return KeepTogether(list(flowables))
