"""A Word document (DOCX) built with python-docx: the few building blocks the editable reports
need, each producing what Word and LibreOffice Writer expect without repair.

- Text goes in through :func:`clean`: characters XML 1.0 forbids (C0 controls other than tab
  and newline, lone surrogates, U+FFFE/U+FFFF) would make python-docx raise, and explicit bidi
  embeddings and overrides (U+202A–U+202E, U+2066–U+2069) typed into a name would reorder the
  words after it; both are dropped, as the PDFs drop control characters.
- Every run names an east-Asian font (``w:rFonts w:eastAsia``), so that Chinese names are set
  in a Chinese font: :data:`EAST_ASIAN_FONT`, Microsoft YaHei, which every Windows since Vista
  has. Word and LibreOffice substitute a font they have when it is missing (on Linux through
  fontconfig, e.g. WenQuanYi Micro Hei or Noto Sans CJK); the document does not embed fonts.
  A run whose text starts right-to-left (Arabic, Hebrew) is marked ``w:rtl``.
- Headings use the built-in styles Heading 1 and Heading 2 (a navigation pane and a table of
  contents find them); tables have a header row marked to repeat on every page
  (``w:tblHeader``) and a fixed layout, so that a very long word wraps inside its column
  instead of widening the table off the page.
- Brochure text is set in the built-in Quote style, followed by a source line in its own style.

python-docx (and lxml) are imported when this module is, which is only when a DOCX is made.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

EAST_ASIAN_FONT = "Microsoft YaHei"
LATIN_FONT = "Calibri"
SOURCE_STYLE = "ChinaCheck Source"
DRAFT_STYLE = "ChinaCheck Draft"
MUTED = RGBColor(0x55, 0x55, 0x55)
HEADER_SHADE = "E8E8E8"
TEXT_WIDTH_MM = 170.0  # A4 less 20 mm margins

# Forbidden in XML 1.0, or (C1) without a glyph; tab and newline are handled by python-docx.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` as it may go into the document: line ends as newlines, forbidden characters
    and explicit bidi controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BIDI_CONTROLS.sub("", _XML_BAD.sub("", text))


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def starts_rtl(text: str) -> bool:
    """Whether the first strongly directional character of ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@dataclass(frozen=True)
class Line:
    """One paragraph of a table cell: pieces of (text, bold), in a style (None: Normal)."""

    parts: tuple[tuple[str, bool], ...]
    style: str | None = None
    bullet: bool = False


def line(text: str, *, bold: bool = False, style: str | None = None,
         bullet: bool = False) -> Line:
    return Line(((text, bold),), style, bullet)


def labelled(label: str, text: str) -> Line:
    """"Label: text" with the label in bold."""
    return Line(((f"{label}: ", True), (text, False)))


Cell = str | Line | Sequence[Line]


def _east_asian(r_pr: Any, language: str) -> None:
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the font named here
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    if language:
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")


class Builder:
    """One document under construction; ``language`` is a BCP 47 tag such as nl-NL."""

    def __init__(self, language: str) -> None:
        self.doc: Document = new_document()
        self.language = language
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            r_pr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if r_pr is not None:
                _east_asian(r_pr, language)
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        _east_asian(normal.element.get_or_add_rPr(), language)
        source = styles.add_style(SOURCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        source.base_style = normal
        source.font.size = Pt(8)
        source.font.italic = True
        source.font.color.rgb = MUTED
        draft = styles.add_style(DRAFT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        draft.base_style = normal
        draft.font.bold = True
        draft.font.color.rgb = RGBColor(0xB0, 0x1E, 0x1E)
        # python-docx looks a style up by name in the whole styles part on every use
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = str(self.doc.styles[name].style_id)
        return found

    def _style(self, paragraph: Paragraph, name: str | None) -> None:
        if name:
            paragraph._p.style = self.style_id(name)

    # --- text --------------------------------------------------------------------------------
    def run(self, paragraph: Paragraph, text: str, *, bold: bool = False,
            italic: bool = False) -> Run:
        text = clean(text)
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        r_pr = run._r.get_or_add_rPr()
        _east_asian(r_pr, "")
        if starts_rtl(text):
            r_pr.append(OxmlElement("w:rtl"))
        return run

    def paragraph(self, text: str = "", style: str | None = None, *,
                  bold: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self._style(paragraph, style)
        if text:
            self.run(paragraph, text, bold=bold)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(one_line(text), f"Heading {level}")

    def title(self, text: str, subtitle: str) -> None:
        self.paragraph(one_line(text), "Title")
        self.paragraph(subtitle, "Subtitle")

    def quote(self, text: str, source: str) -> None:
        """Brochure text: in the Quote style, followed by where it comes from."""
        for part in clean(text).split("\n\n"):
            self.paragraph(part, "Quote")
        self.paragraph(source, SOURCE_STYLE)

    def bullets(self, lines: Sequence[str]) -> None:
        for text in lines:
            self.paragraph(text, "List Bullet")

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- tables ------------------------------------------------------------------------------
    def _fill(self, cell: _Cell, value: Cell, *, bold: bool = False) -> None:
        lines: Sequence[Line]
        if isinstance(value, str):
            lines = [line(value, bold=bold)]
        elif isinstance(value, Line):
            lines = [value]
        else:
            lines = value
        for n, entry in enumerate(lines):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            self._style(paragraph, entry.style)
            if entry.bullet:
                self.run(paragraph, "• ")
            for text, strong in entry.parts:
                self.run(paragraph, text, bold=strong)

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[Cell]],
              fractions: Sequence[float]) -> Table:
        """A ruled table of fixed column widths (fractions of the text width); ``header``
        becomes a shaded bold first row that repeats on every page."""
        count = len(fractions)
        table: Table = self.doc.add_table(rows=0, cols=count)
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        widths = [Mm(TEXT_WIDTH_MM * f) for f in fractions]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        first = True  # Word takes a fixed table's column widths from its first row
        if header is not None:
            cells = table.add_row().cells  # type: ignore[no-untyped-call]
            _repeat_header(table.rows[0]._tr)
            for cell, text, width in zip(cells, header, widths, strict=True):
                cell.width = width
                _shade(cell)
                self._fill(cell, text, bold=True)
            first = False
        for row in rows:
            cells = table.add_row().cells  # type: ignore[no-untyped-call]
            for cell, value, width in zip(cells, row, widths, strict=True):
                if first:
                    cell.width = width
                self._fill(cell, value)
            first = False
        self.doc.add_paragraph()  # room after the table (and never two tables joined)
        return table

    def key_values(self, rows: Sequence[tuple[str, Cell]]) -> Table:
        """A two-column table of field names and values (no header row)."""
        table: Table = self.table(None, [[line(key, bold=True), value] for key, value in rows],
                                  (0.26, 0.74))
        return table

    # --- page header and footer --------------------------------------------------------------
    def header_footer(self, header: str, footer: str, page_of: str) -> None:
        """``page_of`` holds \\0PAGE\\0 and \\0NUMPAGES\\0 where the fields go."""
        section = self.doc.sections[0]
        top = section.header.paragraphs[0]
        self.run(top, one_line(header), bold=False)
        self._style(top, "Header")
        bottom = section.footer.paragraphs[0]
        self._style(bottom, "Footer")
        self.run(bottom, one_line(footer) + " · ")
        for n, piece in enumerate(page_of.split("\0")):
            if n % 2:
                self.field(bottom, piece)
            elif piece:
                self.run(bottom, piece)

    def field(self, paragraph: Paragraph, instruction: str) -> None:
        """A field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, a shown
        value, end."""
        def char(kind: str) -> None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            self.run(paragraph, "")._r.append(element)

        char("begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        self.run(paragraph, "")._r.append(instr)
        char("separate")
        self.run(paragraph, "1")
        char("end")

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def _repeat_header(tr: Any) -> None:
    tr_pr = tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def _shade(cell: _Cell) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), HEADER_SHADE)
    cell._tc.get_or_add_tcPr().append(shading)
