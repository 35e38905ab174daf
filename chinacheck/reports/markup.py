"""Plain text to reportlab paragraph markup, and mixed-font text drawn straight on a canvas.

Everything a user typed goes through :func:`para` before it reaches a ``Paragraph``: reportlab
parses paragraph text as XML-like markup, so an unescaped ``<b>`` would turn bold, ``&`` would
end an entity and ``<img src=…>`` would try to load a file. Escaped, they print literally.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas

from chinacheck.reports import fonts, rtl

# C0/C1 control characters (tab and newline are handled separately) have no glyph and would
# only confuse the paragraph parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ELLIPSIS = "…"


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def _runs_markup(line: str) -> str:
    out: list[str] = []
    for font, run in fonts.runs(line):
        escaped = escape(run, {'"': "&quot;"})
        out.append(escaped if font == fonts.SANS else f'<font name="{font}">{escaped}</font>')
    return "".join(out)


def glyphs(text: str) -> str:
    """What is drawn for ``text``: Arabic joined, and every character one of the fonts has
    (see :func:`chinacheck.reports.fonts.drawable`); still in typing order."""
    return fonts.drawable(rtl.shape(text))


def para(text: str) -> str:
    """Markup that prints ``text`` exactly: escaped, newlines kept, CJK runs in the CJK font,
    Arabic joined (still in typing order: a paragraph puts each line it breaks in the order it
    is seen, see :mod:`chinacheck.reports.paragraph`)."""
    lines = glyphs(clean(text)).split("\n")
    return "<br/>".join(_runs_markup(line) for line in lines)


def bold(text: str) -> str:
    return f"<b>{para(text)}</b>"


def one_line(text: str) -> str:
    """User text that must stay on one line (titles in page headers): newlines become spaces."""
    return " ".join(clean(text).split())


def fit(text: str, size: float, width: float, bold_font: bool = False) -> str:
    """``text`` as drawn (:func:`glyphs`), cut with an ellipsis so that it fits ``width``
    points at ``size``; still in typing order."""
    text = glyphs(one_line(text))
    if fonts.string_width(text, size, bold_font) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that still fits together with the ellipsis
        mid = (low + high + 1) // 2
        if fonts.string_width(text[:mid] + ELLIPSIS, size, bold_font) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, *,
         bold_font: bool = False, align: str = "left", max_width: float | None = None) -> None:
    """Draw one line of user text at (x, y), switching fonts for characters DejaVu lacks."""
    if max_width is not None:
        text = fit(text, size, max_width, bold_font)
    else:
        text = glyphs(one_line(text))
    text = rtl.visual(text)
    width = fonts.string_width(text, size, bold_font)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    latin = fonts.SANS_BOLD if bold_font else fonts.SANS
    for font, run in fonts.runs(text):
        name = latin if font == fonts.SANS else font
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, name, size)
