"""What the pages of a case summary show about its case, read from their extracted text: the
title on the cover, the fingerprint block (fingerprint, case id, revision) and the document id
in every footer. Labels in Dutch and English are recognised; which language the PDF is in does
not matter.

Titles are compared by their letters and digits only (see :func:`letters`), because layout
adds and drops spaces and line breaks; right-to-left text may be drawn in visual order, so a
title with right-to-left characters is compared by its left-to-right letters alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from chinacheck.reports.labels import Labels

LANGUAGES = ("nl", "en")
TITLE_LETTERS = 300  # a longer title is compared by its start (or its end)
MAX_LABELS = 50
_SLOT = "\x01"
_MISSING = "\x00"
_STAND_IN = re.compile(r"\[\s*U\s*\+\s*((?:[0-9A-F]\s*){4,6})\]")
_RTL = {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}


@dataclass(frozen=True)
class Block:
    """One fingerprint block as the page shows it."""

    fingerprint: str
    case_id: str
    revision: str


def _flexible(label: str) -> str:
    """A regex for ``label`` that allows any whitespace (or none) between its words."""
    return r"\s*".join(re.escape(word) for word in label.split())


def _around(template: str) -> tuple[str, str]:
    before, _, after = template.partition(_SLOT)
    return _flexible(before), _flexible(after)


@cache
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    blocks, documents = [], []
    for language in LANGUAGES:
        t = Labels(language)
        before, after = _around(t("signoff-revision", revision=_SLOT))
        blocks.append(re.compile(
            _flexible(t("fingerprint")) + r"\s*((?:[0-9a-f]{4}\s*){16})"
            + _flexible(t("field-case-id")) + r"\s*:\s*(.{1,300}?)\s*·\s*" + before
            + r"\s*([0-9]{1,9})" + after))
        # The footer's stamp, 'gemaakt op <when> · document <id>' (layout.standard_decorator);
        # the audit appendix names earlier documents too, without the stamp.
        made_before, made_after = _around(t("generated", when=_SLOT))
        before, after = _around(t("document-id", id=_SLOT))
        documents.append(re.compile(
            r"(?<!\w)" + made_before + r"\s*[^·]{1,80}?" + made_after + r"\s*·\s*" + before
            + r"\s*([0-9A-F]{4}(?:-[0-9A-F]{4}){3})" + after + r"(?![\w-])"))
    return blocks, documents


def blocks(text: str) -> list[Block]:
    """Every fingerprint block on a page."""
    found = []
    for pattern in _patterns()[0]:
        for match in pattern.finditer(text):
            fingerprint, case_id, revision = match.groups()
            found.append(Block("".join(fingerprint.split()), "".join(case_id.split()),
                               revision))
    return found


def document_ids(text: str) -> set[str]:
    """The document ids a page's footer shows (its stamp)."""
    return {match.group(1) for pattern in _patterns()[1] for match in pattern.finditer(text)}


def summary_labels() -> set[str]:
    """The name of the document in each language ('Zaakoverzicht', 'Case summary')."""
    return {Labels(language)("summary-doc") for language in LANGUAGES}


def _code_point(match: re.Match[str]) -> str:
    code = int("".join(match.group(1).split()), 16)
    return chr(code) if code <= 0x10FFFF else match.group(0)


def with_code_points(text: str) -> str:
    """``text`` with each stand-in '[U+1F600]' (how the PDFs draw a character their fonts
    lack, reports/fonts.py) turned back into its character, also when a line break split it."""
    return _STAND_IN.sub(_code_point, text)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def letters(text: str, *, ltr_only: bool = False, missing: bool = False) -> str:
    """The letters and digits of ``text`` (NFKC), without spaces, punctuation, symbols or
    marks; with ``ltr_only`` only the letters of left-to-right scripts; with ``missing`` also
    the NUL characters that text extraction gives for glyphs the PDF's fonts do not have."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if (missing and ch == _MISSING) or (
        unicodedata.category(ch)[0] in "LN"
        and (not ltr_only or unicodedata.bidirectional(ch) == "L")))


def _starts_with(shown: str, wanted: str) -> bool:
    """Whether ``shown`` starts with ``wanted``, where a run of k NULs stands for up to k
    characters: glyphs the PDF's fonts lack, some of them symbols and marks that :func:`letters`
    leaves out of ``wanted``. Linear."""
    i = j = 0
    while i < len(wanted):
        if j == len(shown):
            return False
        if shown[j] == wanted[i]:
            i, j = i + 1, j + 1
            continue
        if shown[j] != _MISSING:
            return False
        run = j
        while j < len(shown) and shown[j] == _MISSING:
            j += 1
        covered = j - run
        if j == len(shown) or i + covered >= len(wanted):
            return i + covered >= len(wanted)
        found = wanted.find(shown[j], i, i + covered + 1)
        if found < 0:
            return False
        i = found
    return True


def _before_labels(shown: str, width: int) -> list[str]:
    """The ``width`` characters before each place where the document's name follows
    ('… Zaakoverzicht'): on the cover the title is followed by it, in the header and footer it
    is not. At most :data:`MAX_LABELS` places."""
    found: list[str] = []
    for label in summary_labels():
        name = letters(label)
        at = shown.find(name)
        while at >= 0 and len(found) < MAX_LABELS:
            found.append(shown[max(0, at - width):at])
            at = shown.find(name, at + 1)
    return found


def _runs_in(title: str, segment: str) -> bool:
    """Each left-to-right run of ``title`` in ``segment``, either way round: drawn in visual
    order, such a run inside right-to-left text may come out reversed or moved."""
    runs = [letters(run, ltr_only=True) for run in re.split(r"\s+", title)]
    return all(run in segment or run[::-1] in segment for run in runs if run)


def title_on_cover(title: str, cover: str) -> bool | None:
    """Whether the cover shows ``title``: at the top of the page, or (after a warning box)
    right before the document's name, as the cover sets it; None when the title has nothing
    that can be compared (no letters or digits, or only right-to-left ones)."""
    title, cover = with_code_points(title), with_code_points(cover)
    ltr_only = _right_to_left(title)
    wanted = letters(title, ltr_only=ltr_only)[:TITLE_LETTERS]
    if not wanted:
        return None
    shown = letters(cover, ltr_only=ltr_only, missing=not ltr_only)
    # Room for glyphs the fonts lack: symbols and marks come out as NUL but are not in wanted.
    width = 4 * len(wanted) + 16
    if ltr_only:
        return any(_runs_in(title, segment)
                   for segment in [shown[:width], *_before_labels(shown, width)])
    if _starts_with(shown, wanted):
        return True
    end = letters(title)[-TITLE_LETTERS:][::-1]
    return any(_starts_with(segment[::-1], end) for segment in _before_labels(shown, width))


def title_in_metadata(title: str, metadata_title: str) -> bool:
    """Whether a PDF title property ('<title> – Zaakoverzicht') names ``title``."""
    shown = letters(metadata_title)
    return any(shown == letters(title) + letters(label) for label in summary_labels())
