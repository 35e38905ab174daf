"""reportlab's Paragraph, remembering its line breaks for the width it was last wrapped to.

A long table is split page by page, and reportlab wraps every remaining row again for each page:
the same cells at the same column width, line-broken from scratch each time. For the summary of
a large case that was two thirds of all line breaking (see docs/performance.md). The text and
style of a paragraph never change after it is made, and ``wrap`` does not depend on the height
offered, so the line breaks for one width can be reused until reportlab discards them itself
(``split`` deletes ``blPara`` when it moves a paragraph on).

Lines are broken in typing order; a line holding right-to-left text is put in the order it is
seen only while it is drawn (:func:`chinacheck.reports.rtl.visual_lines`), so that a split
across pages, which reuses the broken lines, still works on the typing order.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import paragraph

from chinacheck.reports import rtl

_FUZZ = 1e-8  # reportlab's own threshold below which nothing fits


class Paragraph(paragraph.Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth if availWidth >= _FUZZ else None
        return size

    def drawPara(self, debug: int = 0) -> Any:  # noqa: N802 (reportlab's name)
        broken = getattr(self, "blPara", None)
        lines = rtl.visual_lines(broken.lines) if broken is not None else None
        if broken is None or lines is None:
            return super().drawPara(debug)
        self.blPara = broken.clone(lines=lines)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = broken
