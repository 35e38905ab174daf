"""The blank meeting checklist: the brochure's questions for one case kind, to fill in by hand.

Each item leads with its short number (1.1, 1.2, …; the app's checklist shows the same) in
brochure order, so answers written on paper can be typed into the case afterwards (in the app,
or ``chinacheck answer FILE 1.2 …``) without searching.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from chinacheck.case.model import Status
from chinacheck.errors import InputError
from chinacheck.guidance.content import ChecklistItem, Content
from chinacheck.guidance.content import load as load_content
from chinacheck.i18n import _
from chinacheck.reports import markup
from chinacheck.reports.blocks import (
    RuledLines,
    TickBoxes,
    heading,
    keep,
    p,
    table_style,
)
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import MARGIN_X, DocumentInfo, build
from chinacheck.reports.output import RenderedPdf, new_document_id
from chinacheck.reports.pack_marks import quoted_with_source
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.styles import INK, Styles, styles

WIDTH = A4[0] - 2 * MARGIN_X
NOTE_LINES = 2

# The answer choices on paper: every status except "open" (an unticked item is open).
CHOICES = tuple(status for status in Status if status is not Status.OPEN)


def _item(t: Labels, content: Content, item: ChecklistItem, emphasised: bool,
          st: Styles) -> Flowable:
    number = content.number(item.id)
    caption = f'<b>{markup.para(number)}</b> <font color="#555555">· ' \
              f"{markup.para(t.item(item))}"
    if emphasised:
        caption += f" · {markup.para(t('emphasis-short'))}"
    caption += "</font>"
    # The tick boxes sit on the number line, right-aligned, to keep the form to two pages.
    boxes = TickBoxes([t(f"status-{choice.value}") for choice in CHOICES], size=8,
                      gap=3 * mm)
    box_width = boxes.natural_width() + 2
    top = Table([[Paragraph(caption, st.small), boxes]],
                colWidths=[WIDTH - box_width, box_width], hAlign="LEFT")
    top.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return keep([
        top,
        Paragraph(markup.para(quoted_with_source(t, content, item)), st.body),
        RuledLines(NOTE_LINES, spacing=6 * mm, caption=t("blank-notes")),
        Spacer(1, 4),
    ])


def _fields(t: Labels, st: Styles) -> Table:
    """Case, date, classification and participants, with lines to write on."""
    label = 27 * mm
    half = (WIDTH - 2 * label) / 2
    data: list[list[Any]] = [
        [p(t("blank-case"), st.cell_bold), "", "", ""],
        [p(t("blank-date"), st.cell_bold), "", p(t("blank-classification"), st.cell_bold), ""],
        [p(t("blank-participants"), st.cell_bold), "", "", ""],
        ["", "", "", ""],
    ]
    table = Table(data, colWidths=[label, half, label, half], rowHeights=[7.5 * mm] * 4,
                  hAlign="LEFT")
    table.setStyle(table_style([
        ("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)),
        ("LINEBELOW", (1, 0), (3, 0), 0.6, INK), ("LINEBELOW", (1, 1), (1, 1), 0.6, INK),
        ("LINEBELOW", (3, 1), (3, 1), 0.6, INK), ("LINEBELOW", (1, 2), (3, 3), 0.6, INK),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    # a gap between the date line and the classification caption
    table.setStyle(table_style([("LEFTPADDING", (2, 1), (2, 1), 4 * mm)]))
    return table


def _header(t: Labels, kind_name: str, content: Content, st: Styles) -> list[Flowable]:
    return [
        p(t("blank-title", kind=kind_name), st.title),
        p(content.checklist.title, st.subtitle),
        _fields(t, st),
        Spacer(1, 5),
        p(t("blank-intro"), st.muted),
    ]


def render_blank_checklist(kind_id: str = "overig", *, content: Content | None = None,
                           generated: datetime | None = None, document_id: str | None = None,
                           language: str = "nl") -> RenderedPdf:
    """Every applicable item for ``kind_id``, with tick boxes and note lines; raises
    InputError for an unknown kind."""
    content = content or load_content()
    kind = content.kind(kind_id)
    if kind is None:
        raise InputError(_("onbekende soort {kind}; kies uit: {choices}").format(
            kind=repr(kind_id), choices=", ".join(content.kind_ids)))
    t = Labels(language)
    st = styles(0.9)
    kind_name = kind.label if language == "nl" else kind.label_en
    story: list[Flowable] = _header(t, kind_name, content, st)
    for group, items in content.groups_for_kind(kind.id):
        story.extend(heading(group.title, st.h2, room=24 * mm))
        story.extend(_item(t, content, item, item.id in kind.emphasis, st)
                     for item in items)
    info = DocumentInfo(
        document_label=t("blank-doc"),
        title=t("blank-title", kind=kind_name),
        document_id=document_id or new_document_id(),
        generated=(generated or datetime.now()).astimezone(),
        labels=t,
        subject=t("blank-doc"),
        metadata={"chinacheck-kind": kind.id,
                  "chinacheck-content-version": content.source.content_version},
    )
    return build(story, info)
