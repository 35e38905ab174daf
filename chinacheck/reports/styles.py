"""Paragraph styles and colours shared by the documents.

Every style names our embedded fonts explicitly: reportlab's sample styles default to Helvetica,
which is not embedded and cannot show Chinese characters. Colours are dark and few so that the
documents print well in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from chinacheck.reports import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")  # headings: dark blue, near black on a grey printer
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f5")  # table headers and the own-wording box
WARN = colors.HexColor("#fbe3c4")  # unanswered items: light orange, a visible grey in print


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    item: ParagraphStyle
    bullet: ParagraphStyle


def _style(name: str, size: float, *, bold: bool = False, color: colors.Color = INK,
           leading: float | None = None, before: float = 0, after: float = 0,
           indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.SANS_BOLD if bold else fonts.SANS,
        bulletFontName=fonts.SANS,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        leftIndent=indent,
        alignment=TA_LEFT,
        # Long words without spaces (URLs, Chinese text) are broken rather than overflowing.
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )


@cache
def styles(scale: float = 1.0) -> Styles:
    """The style sheet; ``scale`` shrinks every size for the compact documents."""
    fonts.register()
    s = scale
    return Styles(
        body=_style("body", 9.5 * s, after=3 * s),
        small=_style("small", 8 * s),
        muted=_style("muted", 8 * s, color=MUTED),
        cell=_style("cell", 8.5 * s),
        cell_bold=_style("cell_bold", 8.5 * s, bold=True),
        title=_style("title", 17 * s, bold=True, color=ACCENT, leading=21 * s, after=2 * s),
        subtitle=_style("subtitle", 10.5 * s, color=MUTED, after=8 * s),
        h1=_style("h1", 12.5 * s, bold=True, color=ACCENT, before=12 * s, after=4 * s),
        h2=_style("h2", 10 * s, bold=True, color=ACCENT, before=8 * s, after=3 * s),
        item=_style("item", 9 * s, bold=True),
        bullet=_style("bullet", 9.5 * s, indent=12 * s, after=3 * s),
    )
