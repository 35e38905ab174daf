"""PDF floor: a plain platypus document with the same fonts, tables, text and page count.

It holds what the case summary holds in substance (counterparts, every checklist question with
its status and note, the actions) as plain tables; ChinaCheck's own cost on top is its layout:
headings, header and footer, mixed Latin/Chinese runs, screening, sign-off block and QR code.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from html import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table

from chinacheck.case.model import Case
from chinacheck.guidance.content import load
from chinacheck.reports import fonts


def _story(case: Case, padding: int) -> list[Flowable]:
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9, leading=11)
    cjk = ParagraphStyle("cjk", parent=body, fontName=fonts.CJK)
    story: list[Flowable] = [
        Table([[Paragraph(escape(c.name), cjk), Paragraph(escape(c.organisation), body),
                Paragraph(escape(c.notes), body)] for c in case.counterparts],
              colWidths=[40 * mm, 50 * mm, 80 * mm]),
        # the same text as the real checklist: each item's question, its status and its note
        Table([[Paragraph(escape(item.text), body),
                Paragraph(escape(case.answer(item.id).status.value), body),
                Paragraph(escape(case.answer(item.id).note), body)] for item in load().items()],
              colWidths=[60 * mm, 20 * mm, 90 * mm]),
        Table([[Paragraph(escape(x.text), body), Paragraph(escape(x.owner), body)]
               for a in case.answers.values() for x in a.actions],
              colWidths=[120 * mm, 50 * mm]),
    ]
    for _ in range(padding):
        story += [PageBreak(), Paragraph("—", body)]
    return story


def _build(story: list[Flowable]) -> tuple[bytes, int]:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=fonts.SANS)
    doc.build(story)
    return out.getvalue(), doc.page


def floor_renderer(case: Case, pages: int) -> Callable[[], bytes]:
    """Find (untimed) the padding that gives ``pages`` pages; return the timed renderer."""
    fonts.register()
    padding = 0
    while _build(_story(case, padding))[1] < pages:
        padding += 1
    return lambda: _build(_story(case, padding))[0]
