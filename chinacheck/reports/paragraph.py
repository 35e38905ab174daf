"""reportlab's Paragraph, remembering its line breaks for the width it was last wrapped to.

A long table is split page by page, and reportlab wraps every remaining row again for each page:
the same cells at the same column width, line-broken from scratch each time. For the summary of
a large case that was two thirds of all line breaking (see docs/performance.md). The text and
style of a paragraph never change after it is made, and ``wrap`` does not depend on the height
offered, so the line breaks for one width can be reused until reportlab discards them itself
(``split`` deletes ``blPara`` when it moves a paragraph on).
"""

from __future__ import annotations

from reportlab.platypus import paragraph

_FUZZ = 1e-8  # reportlab's own threshold below which nothing fits


class Paragraph(paragraph.Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth if availWidth >= _FUZZ else None
        return size
