"""Right-to-left text (Arabic, Hebrew, …) for the PDFs: shaped, and put in the order it is seen.

reportlab draws the characters of a string left to right, in the order they are stored, each
on its own. A name typed in Arabic would come out backwards and with its letters unjoined. Two
small steps, each a well-kept library, fix that before text reaches reportlab:

- :func:`shape` (arabic-reshaper) replaces Arabic letters by the presentation form for their
  place in the word (initial, medial, final, isolated) and lam-alef by its ligature. The order
  stays the typing order. Vowel marks (harakat) are left out: without a shaping engine they
  cannot be placed over their letters.
- :func:`visual` (python-bidi, the Unicode bidirectional algorithm) puts one line in visual
  order: right-to-left runs reversed, numbers and left-to-right words in them kept as read.

Both libraries are imported only when a text holds a right-to-left character. Without them
(an installation that lacks them) the text is drawn as before, in typing order.

A limit: the order is set per line of the text as typed, before reportlab breaks lines to
fit the page. A right-to-left paragraph long enough to be wrapped onto several lines in the PDF
keeps its words in order within each line, but its lines come out in the wrong order (read
from the bottom up). Names, titles and short notes are not affected; see docs/reliability.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and extended
# blocks, the presentation forms, and the right-to-left scripts beyond the BMP.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@cache
def _reshape() -> Callable[[str], str] | None:
    try:
        import arabic_reshaper
    except ImportError:
        return None
    reshape: Callable[[str], str] = arabic_reshaper.reshape
    return reshape


@cache
def _get_display() -> Callable[[str], str] | None:
    try:
        from bidi import get_display
    except ImportError:
        return None

    def display(text: str) -> str:
        result = get_display(text)
        return result if isinstance(result, str) else text

    return display


def shape(text: str) -> str:
    """Arabic letters in their joined forms, still in typing order (other text unchanged)."""
    if _ARABIC.search(text) is None:
        return text
    reshape = _reshape()
    return reshape(text) if reshape is not None else text


def visual(line: str) -> str:
    """One line in the order it is seen, left to right on the page."""
    if not has_rtl(line):
        return line
    display = _get_display()
    return display(line) if display is not None else line
