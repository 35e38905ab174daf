"""The bundled TrueType fonts, registered once with reportlab.

Latin text uses DejaVu Sans; any character DejaVu Sans has no glyph for (Chinese names above
all) is set in WenQuanYi Micro Hei. The choice is made per character from the fonts' own
character maps, so there is no hand-kept list of Unicode ranges to go stale. A character
neither font has (a colour emoji) is drawn as its code point, ``[U+1F600]``: see
:func:`drawable`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from chinacheck.resource_files import file_path

SANS = "ChinaCheckSans"
SANS_BOLD = "ChinaCheckSans-Bold"
CJK = "ChinaCheckCJK"

_FILES = {
    SANS: "fonts/DejaVuSans.ttf",
    SANS_BOLD: "fonts/DejaVuSans-Bold.ttf",
    CJK: "fonts/wqy-microhei.ttc",
}

_lock = threading.Lock()


@cache
def _register() -> None:
    for name, relative in _FILES.items():
        # subfontIndex only matters for the .ttc collection: index 0 is the proportional face.
        pdfmetrics.registerFont(TTFont(name, str(file_path(relative)), subfontIndex=0))
    # <b> in paragraph markup looks the family up; there is no italic face, so italic maps to
    # the upright one rather than silently falling back to a PDF base font.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
            addMapping(CJK, bold, italic, CJK)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    # reportlab checks every attribute set on a graphics shape (the QR code has thousands);
    # ours are built by code, not user input, so the check only costs time.
    from reportlab import rl_config

    rl_config.shapeChecking = 0


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (an emoji, a rare Chinese
    character) written as UTF-16 surrogate pairs as the PDF format wants: reportlab writes them
    as five or six hex digits, which readers reject, so their text could not be copied or
    searched."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    cmap: str = _reportlab_cmap(fontname, subset)
    wide = {f"<{n:02X}> <{code:04X}>": f"<{n:02X}> <{utf16(code)}>"
            for n, code in enumerate(subset) if code > 0xFFFF}
    if not wide:
        return cmap
    return "\n".join(wide.get(line, line) for line in cmap.split("\n"))


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def register() -> None:
    """Register the fonts (idempotent, safe to call from any thread)."""
    with _lock:
        _register()


def _font(name: str) -> TTFont:
    register()
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


@cache
def _sans_chars() -> frozenset[int]:
    return frozenset(_font(SANS).face.charToGlyph)


# Everything below the CJK blocks that DejaVu Sans lacks is rare enough to check per character;
# text without any character from U+0250 upwards (Latin, accents) needs no per-character look.
_PLAIN = re.compile(r"^[\u0000-\u024f]*$")


@cache
def _cjk_chars() -> frozenset[int]:
    return frozenset(_font(CJK).face.charToGlyph)


def _can_draw(char: str) -> bool:
    code = ord(char)
    return code in _sans_chars() or code in _cjk_chars()


def _stand_in(char: str) -> str:
    """What is drawn for a character neither font has (a colour emoji, a rare script)."""
    if char == "\n":
        return char  # a line break in paragraph text
    if char.isspace():
        return " "
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return ""  # marks and format characters (variation selectors, joiners) draw nothing
    # A presentation form or a ligature the fonts lack: its plain letters, when they have those.
    plain = unicodedata.normalize("NFKC", char)
    if plain != char and plain and all(_can_draw(c) for c in plain):
        return plain
    return f"[U+{ord(char):04X}]"


def drawable(text: str) -> str:
    """``text`` with every character that neither font can draw replaced by something visible:
    a bracketed code point such as ``[U+1F600]`` for an emoji, never a blank gap."""
    if _PLAIN.match(text) and all(ord(ch) in _sans_chars() or ch.isspace()
                                  for ch in set(text)):
        return text
    return "".join(ch if _can_draw(ch) else _stand_in(ch) for ch in text)


def font_for(char: str) -> str:
    """SANS when DejaVu Sans can draw ``char``, else the CJK font (whitespace stays SANS)."""
    if char.isspace() or ord(char) in _sans_chars():
        return SANS
    return CJK


def runs(text: str) -> Iterator[tuple[str, str]]:
    """Split ``text`` into (font name, run) pieces so each run uses one font."""
    if _PLAIN.match(text) and all(ord(ch) in _sans_chars() or ch.isspace()
                                  for ch in set(text)):
        if text:
            yield SANS, text
        return
    current = ""
    start = 0
    for index, char in enumerate(text):
        font = font_for(char)
        if font != current:
            if index > start:
                yield current, text[start:index]
            current, start = font, index
    if len(text) > start:
        yield current or SANS, text[start:]


def string_width(text: str, size: float, bold: bool = False) -> float:
    latin = SANS_BOLD if bold else SANS
    return sum(
        pdfmetrics.stringWidth(run, latin if font == SANS else font, size)
        for font, run in runs(text)
    )
