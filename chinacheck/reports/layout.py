"""The A4 page: margins, running header and footer, "pagina X van Y", PDF metadata, and the
warning across every page of a document made from a case changed outside ChinaCheck.

The total page count is only known once the story has been laid out, so the canvas keeps each
finished page and draws the header and footer on all of them when the document is saved (one
layout pass instead of two).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import (
    PDFDate,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from chinacheck import __version__
from chinacheck.reports import fonts, markup, pdfa
from chinacheck.reports.blocks import keep_headings
from chinacheck.reports.labels import Labels
from chinacheck.reports.output import (
    KEY_DOCUMENT_ID,
    SIGNATURE_BOX_KEY,
    RenderedPdf,
    SignatureBox,
    info_keys,
    keywords,
)
from chinacheck.reports.styles import ACCENT, INK, MUTED, RULE

MARGIN_X = 18 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 21 * mm

# Draws the furniture of page ``page`` of ``total`` on a finished page.
Decorator = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class DocumentInfo:
    document_label: str  # "Zaakoverzicht", "Checklist voor het gesprek", …
    title: str  # the case title, or the document's own title
    document_id: str
    generated: datetime
    labels: Labels
    classification: str | None = None
    subject: str = ""
    author: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    warning: str | None = None  # drawn across every page (a case changed outside ChinaCheck)


WARNING_RED = colors.HexColor("#b00020")


def draw_warning(canvas: Canvas, text: str, mark: str,
                 pagesize: tuple[float, float] = A4) -> None:
    """``mark`` large and diagonally across the page, ``text`` as a red line under the header:
    impossible to miss on screen or on paper, and readable as text by a PDF reader."""
    width, height = pagesize
    canvas.saveState()
    canvas.setFillColor(WARNING_RED)
    markup.draw(canvas, MARGIN_X, height - 12 * mm - 7 * mm, text, 8.5, bold_font=True,
                max_width=width - 2 * MARGIN_X)
    canvas.setFillColor(WARNING_RED, alpha=0.16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    size = 40.0
    while size > 12 and fonts.string_width(mark, size, bold=True) > height * 0.9:
        size -= 2
    markup.draw(canvas, 0, -size / 3, mark, size, bold_font=True, align="center")
    canvas.restoreState()


def standard_decorator(info: DocumentInfo,
                       pagesize: tuple[float, float] = A4) -> Decorator:
    """Header (ChinaCheck, document, classification) and footer (title, page, date, id)."""
    t = info.labels

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        width, height = pagesize
        left, right = MARGIN_X, width - MARGIN_X
        canvas.saveState()
        top = height - 12 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.SANS_BOLD, 8.5)
        canvas.drawString(left, top, t("app"))
        app_width = canvas.stringWidth(t("app"), fonts.SANS_BOLD, 8.5)
        canvas.setFillColor(MUTED)
        markup.draw(canvas, left + app_width + 6, top, info.document_label, 8.5)
        if info.classification:
            canvas.setFillColor(INK)
            markup.draw(canvas, right, top, info.classification, 8.5, bold_font=True,
                        align="right", max_width=(right - left) / 2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        canvas.line(left, 15 * mm, right, 15 * mm)
        page_text = t("page-of", page=page, total=total)
        canvas.setFillColor(INK)
        markup.draw(canvas, right, 11 * mm, page_text, 8, bold_font=True, align="right")
        page_width = fonts.string_width(page_text, 8, bold=True)
        markup.draw(canvas, left, 11 * mm, info.title, 8, max_width=right - left - page_width - 12)
        canvas.setFillColor(MUTED)
        stamp = t("generated", when=t.timestamp(info.generated)) + "  ·  " + \
            t("document-id", id=info.document_id)
        markup.draw(canvas, left, 7 * mm, stamp, 7)
        if info.classification:
            markup.draw(canvas, right, 7 * mm, t("classification", value=info.classification),
                        7, align="right", max_width=(right - left) / 2)
        canvas.restoreState()
        if info.warning:
            draw_warning(canvas, info.warning, t("tampered-mark"), pagesize)

    return decorate


class PageMark(Flowable):
    """Takes no room; records in the document's metadata (under ``key``) the page it lands on,
    as :class:`~chinacheck.reports.signature_box.SignatureSlot` does for the signature box."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        late = getattr(self.canv, "late_metadata", None)
        if late is not None:
            late[self.key] = str(self.canv.getPageNumber())


class _Info(PDFInfo):
    """reportlab's document information plus ChinaCheck's own keys (output.info_keys), each
    with one value, apart from the entries that carry user text."""

    def __init__(self, base: PDFInfo, own: dict[str, str]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.own = own

    def format(self, document: PDFDocument) -> bytes:
        # reportlab's PDFInfo.format, plus the own keys; it has no hook for extra entries.
        stamp = PDFDate(ts=document._timeStamp,  # type: ignore[attr-defined]
                        dateFormatter=self._dateFormatter)  # type: ignore[attr-defined]
        entries: dict[str, Any] = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "ModDate": stamp, "CreationDate": stamp, "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator), "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords), "Trapped": PDFName(self.trapped),
        }
        entries.update({key: PDFString(value) for key, value in self.own.items()})
        formatted: bytes = PDFDictionary(entries).format(document)
        return formatted


def _canvas_class(decorate: Decorator, meta: dict[str, str],
                  late: dict[str, str]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []
            # Metadata only known while drawing (where the signature box landed): flowables
            # add to it, and it joins the keywords when the file is written.
            self.late_metadata = late

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            # Keep the finished page instead of emitting it (reportlab's own recipe).
            self._finished.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._finished)
            for number, state in enumerate(self._finished, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            if late:
                self.setKeywords(", ".join(keywords({**meta, **late})))
            # Replaced only now: setTitle and the other setters write to the document's info.
            doc = self._doc  # type: ignore[attr-defined]
            doc.info = _Info(doc.info, info_keys({**meta, **late}))
            super().save()

    return NumberedCanvas


def body_frame(pagesize: tuple[float, float] = A4) -> Frame:
    width, height = pagesize
    return Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                 height - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0, id="body")


def build(story: Sequence[Flowable], info: DocumentInfo, *,
          pagesize: tuple[float, float] = A4, frames: Sequence[Frame] | None = None,
          decorate: Decorator | None = None) -> RenderedPdf:
    fonts.register()
    buffer = io.BytesIO()
    meta = {KEY_DOCUMENT_ID: info.document_id, **info.metadata,
            "chinacheck-version": __version__}
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=f"{markup.one_line(info.title)} – {info.document_label}",
        author=markup.one_line(info.author),
        subject=info.subject,
        creator=f"ChinaCheck {__version__}",
        keywords=keywords(meta),
        lang=pdfa.language_tag(info.labels.language),
        # The canvas sets an initial font on every page; left at its default that is
        # Helvetica, which would then be listed (unembedded) in the PDF.
        initialFontName=fonts.SANS,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=list(frames or [body_frame(pagesize)]),
                                       pagesize=pagesize)])
    decorate = decorate or standard_decorator(info, pagesize)
    late: dict[str, str] = {}
    keep_headings(story)
    doc.build(list(story), canvasmaker=_canvas_class(decorate, meta, late))
    box = SignatureBox.parse(late.get(SIGNATURE_BOX_KEY, ""))
    # Every document ChinaCheck writes is PDF/A-2b; the step works on the finished bytes.
    data = pdfa.convert(buffer.getvalue(), lang=pdfa.language_tag(info.labels.language))
    return RenderedPdf(data, info.document_id, doc.page, box)
