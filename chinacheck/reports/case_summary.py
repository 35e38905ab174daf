"""The case summary PDF: what an official files with the case, and signs on paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from chinacheck import __version__
from chinacheck.case import caseformat, integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case
from chinacheck.case.progress import progress
from chinacheck.guidance.content import Content
from chinacheck.guidance.screening import (
    MAX_TEXT_CHARS,
    MAX_WORD_CHARS,
    explain,
    flag_label,
    screen,
)
from chinacheck.reports import markup
from chinacheck.reports.audit_appendix import audit_section
from chinacheck.reports.blocks import (
    data_table,
    heading,
    key_value_table,
    p,
    table_style,
)
from chinacheck.reports.case_checklist import (
    checklist_section,
    open_points_section,
    other_answers_section,
)
from chinacheck.reports.debrief_section import debrief_section, lifecycle_rows
from chinacheck.reports.decision_record import decision_record
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import MARGIN_X, WARNING_RED, DocumentInfo, build
from chinacheck.reports.output import (
    KEY_CASE_ID,
    KEY_FINGERPRINT,
    KEY_REVISION,
    KEY_SIGNOFFS,
    RenderedPdf,
    case_digest,
    new_document_id,
)
from chinacheck.reports.pack_marks import packs_line
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.printable import CUT, Omitted, printable
from chinacheck.reports.signoff_block import signoff_section
from chinacheck.reports.styles import Styles, styles
from chinacheck.reports.summary_text import kind_label, signoff_status
from chinacheck.reports.woo_inventory import WooInventory, identity, inventory, notice
from chinacheck.storage.pack_store import case_content

WIDTH = A4[0] - 2 * MARGIN_X
DEFAULT_CLASSIFICATION = "Intern"


def _cover(t: Labels, whole: Case, case: Case, content: Content, omitted: Omitted,
           st: Styles) -> list[Flowable]:
    """The first page; ``case`` is the printed copy, ``whole`` the case itself (counts)."""
    answered, total = progress(whole, content)
    dash = t("empty-value")
    period = dash
    if case.start_date or case.end_date:
        period = t("period", start=t.date(case.start_date), end=t.date(case.end_date))
    rows: list[tuple[str, str]] = [
        (t("field-kind"), kind_label(t, content, case.kind)),
        (t("field-organisation"), case.organisation or dash),
        (t("field-preparer"), case.preparer or dash),
        (t("field-period"), period),
        (t("field-decision"), case.decision or dash),
        (t("field-progress"), t("progress", answered=answered, total=total,
                                actions=len(whole.open_actions()))),
        (t("field-case-id"), case.id),
        (t("field-revision"), str(case.revision)),
        (t("field-signoff"), signoff_status(t, case)),
        *lifecycle_rows(t, whole),
        (t("field-modified"), t.timestamp(local_time(case.modified))),
    ]
    return [
        p(case.title, st.title),
        p(t("summary-doc"), st.subtitle),
        # what was decided (whole: the sign-offs and readiness of the case itself)
        *decision_record(t, whole, content, WIDTH, st),
        *heading(t("field-details"), st.h2),
        key_value_table(rows, [38 * mm, WIDTH - 38 * mm], st),
        *_omitted_notice(t, omitted, st),
        PageBreak(),  # the first page is the record; the checklist follows
    ]


def _omitted_notice(t: Labels, omitted: Omitted, st: Styles) -> list[Flowable]:
    """What the summary leaves out of a case far larger than real ones (usually nothing)."""
    if not omitted:
        return []
    parts = [t("print-left", count=count, what=t(f"print-noun-{key}"))
             for key, count in omitted.rows.items() if count]
    if omitted.texts:
        parts.append(t("print-cut", count=omitted.texts, mark=CUT.strip()))
    return [Spacer(1, 4), p(t("print-limited", parts="; ".join(parts)), st.body)]


def _tampered(t: Labels, differences: Sequence[str], st: Styles) -> list[Flowable]:
    """A red box on the cover: what does not add up in the case file."""
    text: list[Flowable] = [p(t("tampered-title"), st.cell_bold), p(t("tampered-intro"), st.cell)]
    text += [p(f"• {d}", st.cell) for d in differences]  # translated when they were found
    box = Table([[text]], colWidths=[WIDTH], hAlign="LEFT")
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.5, WARNING_RED),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return [box, Spacer(1, 6)]


def _people(t: Labels, case: Case, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(t("counterparts"), st.h1)]
    if case.counterparts:
        rows = [[c.name, c.organisation, c.role, c.notes] for c in case.counterparts]
        widths = [WIDTH * f for f in (0.22, 0.24, 0.22, 0.32)]
        out.append(data_table([t("col-name"), t("col-organisation"), t("col-role"),
                               t("col-notes")], rows, widths, st))
    else:
        out.append(p(t("none-counterparts"), st.body))
    out.extend(heading(t("intermediaries"), st.h1))
    if case.intermediaries:
        rows = [[i.name, i.organisation, i.background] for i in case.intermediaries]
        widths = [WIDTH * f for f in (0.24, 0.26, 0.5)]
        out.append(data_table([t("col-name"), t("col-organisation"), t("col-background")],
                              rows, widths, st))
    else:
        out.append(p(t("none-intermediaries"), st.body))
    return out


def _screening(t: Labels, case: Case, all_topics: list[str], content: Content,
               st: Styles) -> list[Flowable]:
    """A row per printed topic; the brochure's advice for all of them."""
    out: list[Flowable] = [*heading(t("screening"), st.h1)]
    topics = [topic for topic in case.topics if topic.strip()]
    if not topics:
        return [*out, p(t("none-topics"), st.body)]
    table = content.technologies
    columns = table.columns
    rows: list[list[str | list[Flowable]]] = []
    limited = False
    for topic in topics:
        result = screen(topic, content)
        limited = limited or result.limited
        if not result.matches:
            rows.append([topic, [p(t("no-match-cell"), st.cell),
                                 p(table.no_match, st.muted)], "", "", ""])
        for n, match in enumerate(result.matches):
            sector: list[Flowable] = [p(match.sector.name, st.cell)]
            if match.sector.note:
                sector.append(p(match.sector.note, st.muted))
            sector.append(p(t("matched-on", terms=", ".join(match.terms)), st.muted))
            sector.extend(p(explain(hit, t.language), st.muted) for hit in match.hits)
            rows.append([
                topic if n == 0 else "",
                sector,
                "; ".join(sub.name for sub in match.subtechnologies) or t("empty-value"),
                flag_label(match.sector.topsector, t.language),
                flag_label(match.sector.sleuteltechnologie, t.language),
            ])
    widths = [WIDTH * f for f in (0.2, 0.23, 0.25, 0.12, 0.2)]
    out.append(data_table([t("col-topic"), columns["sector"], columns["subtechnologies"],
                           columns["topsector"], columns["sleuteltechnologie"]],
                          rows, widths, st))
    combined = screen("\n".join(topic for topic in all_topics if topic.strip()), content)
    out.append(Spacer(1, 4))
    out.append(Paragraph(f"<b>{markup.para(t('from-brochure'))}</b> "
                         f"{markup.para(combined.advice)}", st.body))
    if combined.has_match:
        out.append(p(table.caveat, st.muted))
    if limited or combined.limited:
        out.append(p(t("screening-limited", limit=MAX_TEXT_CHARS, word=MAX_WORD_CHARS),
                     st.muted))
    if combined.packs:
        out.append(p(t("screened-against", packs="; ".join(combined.packs)), st.muted))
    return out


def _measures(t: Labels, case: Case, st: Styles) -> list[Flowable]:
    return [*heading(t("measures"), st.h1), p(case.measures or t("none-measures"), st.body)]


def _source(t: Labels, content: Content, st: Styles) -> Paragraph:
    src = content.source
    line = t("source-line", publisher=src.publisher_short, title=src.title,
             date=src.date_label, edition=src.edition, content=src.content_version,
             version=__version__)
    return p(f"{line} {packs_line(t, content)}".strip(), st.muted)


def render_case_summary(case: Case, *, classification: str = DEFAULT_CLASSIFICATION,
                        content: Content | None = None, generated: datetime | None = None,
                        document_id: str | None = None, language: str = "nl",
                        signature_slot: bool = False,
                        tampered: Sequence[str] | None = None,
                        woo: WooInventory | None = None) -> RenderedPdf:
    """The case summary as PDF bytes; pure (no I/O besides reading the bundled fonts).

    ``signature_slot`` reserves room for a visible digital signature in the sign-off block; the
    result's ``signature_box`` says where it is (chinacheck.signing puts the signature there).
    ``tampered`` (the differences of chinacheck.case.tamper) puts a warning across every page
    and lists them on the cover. ``woo``: this is the Woo version, rendered from a redacted
    copy (chinacheck.reports.woo_version): no fingerprint, QR code or digests of the case; its
    own identifier and the list of redactions instead.
    """
    content = content or case_content(case)
    t = Labels(language)
    st = styles()
    kind = kind_label(t, content, case.kind)
    # What is printed stays within a budget (a case far beyond real use is cut, and says so);
    # the fingerprint, counts, advice and metadata are always those of the whole case.
    printed, omitted = printable(case, [item.id for item in content.items_for_kind(case.kind)])
    fingerprint = integrity.fingerprint(case)  # once: it is a pass over the whole case
    document_id = document_id or new_document_id()
    cover = _cover(t, case, printed, content, omitted, st)
    if woo is not None:
        cover[2:2] = notice(t, document_id, st)
    story: list[Flowable] = [
        *(_tampered(t, tampered, st) if tampered else []),
        *cover,
        *checklist_section(t, printed, content, WIDTH, st),
        *open_points_section(t, printed, content, WIDTH, st),
        *_people(t, printed, st),
        *_screening(t, printed, case.topics, content, st),
        *_measures(t, printed, st),
        *debrief_section(t, printed, WIDTH, st),
        *other_answers_section(t, printed, content, kind, WIDTH, st),
        *heading(t("source"), st.h2),
        _source(t, content, st),
        # the content itself, for the fingerprint it shows; the sign-offs as printed
        *signoff_section(t, replace(case, signoffs=printed.signoffs), WIDTH, st,
                         signature_slot=signature_slot, fingerprint=fingerprint,
                         identity=identity(t, woo, document_id, st) if woo else None),
        *audit_section(t, printed, WIDTH, st, content),
    ]
    if printed.audit and omitted.rows.get("audit"):
        story.append(p(t("audit-omitted", count=omitted.rows["audit"]), st.muted))
    metadata = {
        KEY_CASE_ID: case.id,
        "chinacheck-case-sha256": case_digest(caseformat.dumps(case)),
        KEY_REVISION: str(case.revision),
        KEY_FINGERPRINT: fingerprint,
        KEY_SIGNOFFS: integrity.signoffs_digest(case.current_signoffs()),
        "chinacheck-content-version": content.source.content_version,
    }
    if woo is not None:  # nothing that digests the content: the document's own id only
        story += inventory(t, woo, WIDTH, st)
        metadata = {"chinacheck-woo-version": "1",
                    "chinacheck-content-version": content.source.content_version}
    info = DocumentInfo(
        document_label=t("woo-doc") if woo else t("summary-doc"),
        title=case.title,
        document_id=document_id,
        generated=(generated or datetime.now()).astimezone(),
        labels=t,
        classification=markup.one_line(classification) or None,
        subject=f"{t('summary-doc')} – {kind}",
        author=case.organisation,
        warning=t("tampered-note") if tampered else None,
        metadata=metadata,
    )
    return build(story, info)
