"""Right-to-left text (Arabic, Hebrew, …) for the PDFs: shaped, and put in the order it is seen.

reportlab draws the characters of a string left to right, in the order they are stored, each
on its own. A name typed in Arabic would come out backwards and with its letters unjoined. Two
small steps, each from a well-kept library, fix that:

- :func:`shape` (arabic-reshaper) replaces Arabic letters by the presentation form for their
  place in the word (initial, medial, final, isolated) and lam-alef by its ligature. The order
  stays the typing order. Vowel marks (harakat) are left out: without a shaping engine they
  cannot be placed over their letters.
- The Unicode bidirectional algorithm (python-bidi's ``bidi.algorithm``) gives the order in
  which the characters of one line are seen: right-to-left runs reversed, numbers and
  left-to-right words in them kept as read, brackets mirrored. As the algorithm wants, lines
  are broken first, in typing order, and then each line is reordered: a paragraph does that
  when it is drawn (:func:`visual_lines`, called by :mod:`chinacheck.reports.paragraph`), a
  single line drawn on the canvas through :func:`visual`.

Both libraries are imported only when a text holds a right-to-left character. Without them
(an installation that lacks them) the text is drawn as before, in typing order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

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
def _algorithm() -> Any:
    try:
        from bidi import algorithm
    except ImportError:
        return None
    return algorithm


def shape(text: str) -> str:
    """Arabic letters in their joined forms, still in typing order (other text unchanged)."""
    if _ARABIC.search(text) is None:
        return text
    reshape = _reshape()
    return reshape(text) if reshape is not None else text


def base_level(text: str) -> int:
    """0 for a left-to-right paragraph, 1 for a right-to-left one (its first strong letter)."""
    uba = _algorithm()
    return int(uba.get_base_level(text)) if uba is not None and has_rtl(text) else 0


def visual_order(line: str, level: int) -> list[tuple[int, str]] | None:
    """The characters of one line in the order they are seen, each with its index in ``line``
    (mirrored where the line runs right to left; invisible formatting characters left out).
    None without the library."""
    uba = _algorithm()
    if uba is None:
        return None
    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    uba.get_embedding_levels(line, storage)
    if len(storage["chars"]) != len(line):
        return None
    for index, char in enumerate(storage["chars"]):
        char["index"] = index  # the same objects come out reordered, some left out (X9)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def visual(line: str) -> str:
    """One line in the order it is seen, left to right on the page."""
    if not has_rtl(line):
        return line
    order = visual_order(line, base_level(line))
    return line if order is None else "".join(char for _index, char in order)


def _line_texts(line: Any) -> list[str] | None:
    """The texts of a broken line's pieces: the words of a one-style line, the fragments of a
    mixed one; None for a line that holds something other than text (an image, a link box)."""
    if isinstance(line, tuple):
        return [" ".join(line[1])]
    texts = []
    for frag in getattr(line, "words", []):
        if hasattr(frag, "cbDefn") or not isinstance(getattr(frag, "text", None), str):
            return None
        texts.append(frag.text)
    return texts


def _reordered(line: Any, texts: list[str], level: int) -> Any:
    joined = "".join(texts)
    order = visual_order(joined, level)
    if order is None:
        return line
    if isinstance(line, tuple):
        return (line[0], "".join(char for _index, char in order).split(" "))
    owner = [n for n, text in enumerate(texts) for _char in text]
    frags, current, chunk = [], -1, ""
    for index, char in order:
        if owner[index] != current and chunk:
            frags.append(line.words[current].clone(text=chunk))
            chunk = ""
        current = owner[index]
        chunk += char
    if chunk:
        frags.append(line.words[current].clone(text=chunk))
    return line.clone(words=frags)


def visual_lines(lines: list[Any]) -> list[Any] | None:
    """A paragraph's broken lines (reportlab's ``blPara.lines``), each in the order it is seen;
    None when none of them holds right-to-left text. The direction of each paragraph of the
    text (up to a line break) follows its first strong letter."""
    texts = [_line_texts(line) for line in lines]
    if not any(t is not None and has_rtl("".join(t)) for t in texts):
        return None
    result: list[Any] = []
    group: list[tuple[Any, list[str] | None]] = []
    for number, (line, line_texts) in enumerate(zip(lines, texts, strict=True)):
        group.append((line, line_texts))
        if getattr(line, "lineBreak", False) or number == len(lines) - 1:
            level = base_level("".join("".join(t) for _, t in group if t is not None))
            result += [each if t is None or not has_rtl("".join(t)) else _reordered(each, t, level)
                       for each, t in group]
            group = []
    return result
