"""The travel card: one A4 sheet, landscape, folded once into an A5 card.

The right half is the front once folded (the brochure's espionage advice), the left half the
back (the question whether the counterpart really comes for you, and the contact addresses).
Only brochure text, plus one visibly framed note of our own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, FrameBreak, Spacer

from chinacheck import __version__
from chinacheck.guidance.content import Contact, Content
from chinacheck.guidance.content import load as load_content
from chinacheck.reports import markup
from chinacheck.reports.blocks import boxed, p
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import Decorator, DocumentInfo, build
from chinacheck.reports.output import RenderedPdf, new_document_id
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.styles import MUTED, RULE, Styles, styles

PAGE = landscape(A4)
HALF = PAGE[0] / 2
PAD_X = 11 * mm
PAD_TOP = 13 * mm
PAD_BOTTOM = 16 * mm
COLUMN = HALF - 2 * PAD_X

ESPIONAGE_GROUP = "group-espionage"
ESPIONAGE_RISK = "risk-digital-espionage"
VISIT_GROUP = "group-visit"
CONTACT_IDS = ("icp", "nctv")


def _frames() -> list[Frame]:
    height = PAGE[1] - PAD_TOP - PAD_BOTTOM
    return [Frame(x + PAD_X, PAD_BOTTOM, COLUMN, height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id=name)
            for x, name in ((0, "back"), (HALF, "front"))]


def _contact(t: Labels, contact: Contact, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(markup.bold(contact.name), st.body)]
    if contact.role and contact.id != "nctv":  # the NCTV's role is only "Uitgave" (publisher)
        out.append(p(contact.role, st.small))
    fields = [("contact-postal", contact.postal_address),
              ("contact-visiting", contact.visiting_address),
              ("contact-phone", contact.phone), ("contact-email", contact.email),
              ("contact-website", contact.website)]
    for key, value in fields:
        if value:
            out.append(Paragraph(f'<font color="#555555">{markup.para(t(key))}:</font> '
                                 f"{markup.para(value)}", st.small))
    out.append(Spacer(1, 5))
    return out


def _back(t: Labels, content: Content, st: Styles) -> list[Flowable]:
    groups = {group.id: group for group in content.checklist.groups}
    out: list[Flowable] = []
    visit = groups.get(VISIT_GROUP)
    if visit is not None:
        out.append(p(visit.title, st.h1))
        out.extend(p(text, st.body) for text in visit.guidance)
    out.append(p(str(content.raw["contacts"].get("title", "")), st.h1))
    for contact_id in CONTACT_IDS:
        contact = content.contact(contact_id)
        if contact is not None:
            out.extend(_contact(t, contact, st))
    return out


def _front(t: Labels, content: Content, st: Styles) -> list[Flowable]:
    src = content.source
    own = [Paragraph(markup.bold(t("card-own-heading")), st.small),
           p(t("card-own-text", publisher=src.publisher_short, date=src.date_label), st.small)]
    out: list[Flowable] = [
        p(src.title, st.title),
        p(f"{src.publisher}, {src.date_label}", st.subtitle),
        boxed(own, COLUMN),
    ]
    groups = {group.id: group for group in content.checklist.groups}
    espionage = groups.get(ESPIONAGE_GROUP)
    out.append(p(espionage.title if espionage else "", st.h1))
    risk = next((r for r in content.risks.items if r.id == ESPIONAGE_RISK), None)
    if risk is not None:
        out.extend(p(text, st.body) for text in risk.paragraphs)
    for item in content.items():
        if item.id.startswith("espionage-"):
            out.append(Paragraph(markup.bold(item.text), st.bullet, bulletText="•"))
    return out


def _decorator(info: DocumentInfo, content: Content) -> Decorator:
    t = info.labels
    src = content.source

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(3, 3)
        canvas.line(HALF, 6 * mm, HALF, PAGE[1] - 6 * mm)
        canvas.setFillColor(MUTED)
        markup.draw(canvas, HALF + 2, PAGE[1] - 8 * mm, t("card-fold"), 6.5)
        footer_y = 8 * mm
        stamp = f"{t('app')} {__version__} · " + t("generated", when=t.date(info.generated)) + \
            " · " + t("document-id", id=info.document_id)
        markup.draw(canvas, PAD_X, footer_y, stamp, 6.5, max_width=COLUMN)
        source = f"{t('source')}: {src.publisher_short}, {src.title}, {src.date_label}, " \
                 f"{src.edition}"
        markup.draw(canvas, HALF + PAD_X, footer_y, source, 6.5, max_width=COLUMN)
        canvas.restoreState()

    return decorate


def render_travel_card(*, content: Content | None = None, generated: datetime | None = None,
                       document_id: str | None = None, language: str = "nl") -> RenderedPdf:
    """The one-page travel card; contains no case data."""
    content = content or load_content()
    t = Labels(language)
    # Large body text for reading on the go; headings a step smaller than the scaled h1 so
    # the brochure's longest question stays on one line of a half-sheet.
    base = styles(1.2)
    st = replace(base, h1=ParagraphStyle("card-h1", parent=base.h1, fontSize=13.5, leading=17))
    story = [*_back(t, content, st), FrameBreak(), *_front(t, content, st)]
    info = DocumentInfo(
        document_label=t("card-doc"),
        title=t("card-doc"),
        document_id=document_id or new_document_id(),
        generated=(generated or datetime.now()).astimezone(),
        labels=t,
        subject=t("card-doc"),
        metadata={"chinacheck-content-version": content.source.content_version},
    )
    return build(story, info, pagesize=PAGE, frames=_frames(),
                 decorate=_decorator(info, content))
