"""The text a page of a PDF shows, in drawing order, for ``chinacheck verify``.

pypdf extracts it (pure Python, part of the ``sign`` extra, imported only here and only when a
PDF is checked). Its cost grows with the page's content, so it is bounded: a page whose content
(with the form XObjects it draws) decodes to more than :data:`MAX_CONTENT_BYTES`, or that takes
more than :data:`MAX_OPERATIONS` drawing operations, is refused rather than read; verify reads
at most two pages of a case summary (the cover and the fingerprint block).
"""

from __future__ import annotations

import io
import logging
from typing import Any

from chinacheck.i18n import N_, _, translate
from chinacheck.signing.pdfread import MAX_DEPTH, PdfUnreadable, reading

# A case summary's page holds some 10–60 KB of content (110 KB for a page of text that switches
# script at every character) and up to 10 000 operations (the QR code). pypdf reads about
# 200 KB a second.
MAX_CONTENT_BYTES = 256 << 10
MAX_OPERATIONS = 100_000
MAX_XOBJECTS = 200

_TOO_BIG = N_("PDF te groot om te controleren (pagina {page} heeft te veel inhoud)")


class _Budget(Exception):
    """Raised from inside pypdf's extraction when a page takes too many operations."""


def _quiet_pypdf() -> None:
    # pypdf logs a warning for every odd object; verify reports what matters in one line.
    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    logger.propagate = False


def _content_size(page: Any, number: int) -> int:
    """Decoded bytes of the page's content plus every form XObject it can draw (bounded)."""
    from pypdf.generic import DictionaryObject, StreamObject

    contents = page.get_contents()
    total = len(contents.get_data()) if contents is not None else 0
    stack: list[tuple[Any, int]] = [(page.get("/Resources"), 0)]
    seen: set[int] = set()
    while stack and total <= MAX_CONTENT_BYTES:
        resources, depth = stack.pop()
        resources = resources.get_object() if resources is not None else None
        if not isinstance(resources, DictionaryObject) or depth > MAX_DEPTH:
            continue
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            continue
        for raw in xobjects.values():
            xobject = raw.get_object()
            if id(xobject) in seen or not isinstance(xobject, StreamObject) \
                    or xobject.get("/Subtype") != "/Form":
                continue
            seen.add(id(xobject))
            if len(seen) > MAX_XOBJECTS:
                raise PdfUnreadable(translate(_TOO_BIG).format(page=number))
            total += len(xobject.get_data())
            stack.append((xobject.get("/Resources"), depth + 1))
    return total


def _extract(page: Any, number: int) -> str:
    count = [0]

    def budget(operator: Any, operands: Any, cm: Any, tm: Any) -> None:
        count[0] += 1
        if count[0] > MAX_OPERATIONS:
            raise _Budget

    if _content_size(page, number) > MAX_CONTENT_BYTES:
        raise PdfUnreadable(translate(_TOO_BIG).format(page=number))
    try:
        text = page.extract_text(visitor_operand_before=budget)
    except _Budget:
        raise PdfUnreadable(translate(_TOO_BIG).format(page=number)) from None
    if count[0] > MAX_OPERATIONS:  # the budget ran out inside a form, where pypdf goes on
        raise PdfUnreadable(translate(_TOO_BIG).format(page=number))
    return str(text)


class Pages:
    """The pages of one PDF, read one at a time; PdfUnreadable when the file or a page cannot
    be read within the bounds."""

    def __init__(self, data: bytes) -> None:
        from pypdf import PdfReader

        _quiet_pypdf()
        try:
            self._reader = PdfReader(io.BytesIO(data), strict=False)
            self.count = len(self._reader.pages)
        except Exception as exc:  # any parse failure of a damaged file
            raise PdfUnreadable(_("PDF onleesbaar ({kind})").format(
            kind=type(exc).__name__)) from None

    def text(self, number: int) -> str:
        """The text of page ``number`` (1-based), whitespace collapsed to single spaces; empty
        for a page that does not exist."""
        if not 1 <= number <= self.count:
            return ""
        with reading():
            return " ".join(_extract(self._reader.pages[number - 1], number).split())
