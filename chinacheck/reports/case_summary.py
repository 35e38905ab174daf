"""The case summary PDF: what an official files with the case, and signs on paper."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from chinacheck import __version__
from chinacheck.case import caseformat, integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case
from chinacheck.case.progress import progress
from chinacheck.guidance.content import Content
from chinacheck.guidance.content import load as load_content
from chinacheck.guidance.screening import flag_label, screen
from chinacheck.reports import markup
from chinacheck.reports.audit_appendix import audit_section
from chinacheck.reports.blocks import (
    data_table,
    heading,
    key_value_table,
    p,
)
from chinacheck.reports.case_checklist import (
    checklist_section,
    open_points_section,
    other_answers_section,
)
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import MARGIN_X, DocumentInfo, build
from chinacheck.reports.output import (
    KEY_CASE_ID,
    KEY_FINGERPRINT,
    KEY_REVISION,
    KEY_SIGNOFFS,
    RenderedPdf,
    case_digest,
    new_document_id,
)
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.signoff_block import signoff_section
from chinacheck.reports.styles import Styles, styles

WIDTH = A4[0] - 2 * MARGIN_X
DEFAULT_CLASSIFICATION = "Intern"


def kind_label(t: Labels, content: Content, kind_id: str) -> str:
    kind = content.kind(kind_id)
    if kind is None:
        return kind_id
    return kind.label if t.language == "nl" else kind.label_en


def _cover(t: Labels, case: Case, content: Content, st: Styles) -> list[Flowable]:
    answered, total = progress(case, content)
    dash = t("empty-value")
    period = dash
    if case.start_date or case.end_date:
        period = t("period", start=t.date(case.start_date), end=t.date(case.end_date))
    rows: list[tuple[str, str]] = [
        (t("field-kind"), kind_label(t, content, case.kind)),
        (t("field-organisation"), case.organisation or dash),
        (t("field-preparer"), case.preparer or dash),
        (t("field-period"), period),
        (t("field-risk"), t(f"risk-{case.overall_risk.value}")),
        (t("field-decision"), case.decision or dash),
        (t("field-progress"), t("progress", answered=answered, total=total,
                                actions=len(case.open_actions()))),
        (t("field-case-id"), case.id),
        (t("field-revision"), str(case.revision)),
        (t("field-signoff"), _signoff_status(t, case)),
        (t("field-modified"), t.timestamp(local_time(case.modified))),
    ]
    return [
        p(case.title, st.title),
        p(t("summary-doc"), st.subtitle),
        key_value_table(rows, [38 * mm, WIDTH - 38 * mm], st),
    ]


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


def _screening(t: Labels, case: Case, content: Content, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(t("screening"), st.h1)]
    topics = [topic for topic in case.topics if topic.strip()]
    if not topics:
        return [*out, p(t("none-topics"), st.body)]
    table = content.technologies
    columns = table.columns
    rows: list[list[str | list[Flowable]]] = []
    for topic in topics:
        result = screen(topic, content)
        if not result.matches:
            rows.append([topic, t("no-match-cell"), "", "", ""])
        for n, match in enumerate(result.matches):
            sector: list[Flowable] = [p(match.sector.name, st.cell)]
            if match.sector.note:
                sector.append(p(match.sector.note, st.muted))
            sector.append(p(t("matched-on", terms=", ".join(match.terms)), st.muted))
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
    combined = screen("\n".join(topics), content)
    out.append(Spacer(1, 4))
    out.append(Paragraph(f"<b>{markup.para(t('from-brochure'))}</b> "
                         f"{markup.para(combined.advice)}", st.body))
    if combined.has_match:
        out.append(p(table.caveat, st.muted))
    return out


def _measures(t: Labels, case: Case, st: Styles) -> list[Flowable]:
    return [*heading(t("measures"), st.h1), p(case.measures or t("none-measures"), st.body)]


def _source(t: Labels, content: Content, st: Styles) -> Paragraph:
    src = content.source
    return p(t("source-line", publisher=src.publisher_short, title=src.title,
               date=src.date_label, edition=src.edition, content=src.content_version,
               version=__version__), st.muted)


def _signoff_status(t: Labels, case: Case) -> str:
    current = case.current_signoffs()
    if case.locked:
        final = current[-1]
        return t("signoff-status-final", name=final.name,
                 date=t.date(local_time(final.signed_at).date()))
    if current:
        return t("signoff-status-partial", count=len(current))
    return t("signoff-status-none")


def render_case_summary(case: Case, *, classification: str = DEFAULT_CLASSIFICATION,
                        content: Content | None = None, generated: datetime | None = None,
                        document_id: str | None = None, language: str = "nl",
                        signature_slot: bool = False) -> RenderedPdf:
    """The case summary as PDF bytes; pure (no I/O besides reading the bundled fonts).

    ``signature_slot`` reserves room for a visible digital signature in the sign-off block; the
    result's ``signature_box`` says where it is (chinacheck.signing puts the signature there).
    """
    content = content or load_content()
    t = Labels(language)
    st = styles()
    kind = kind_label(t, content, case.kind)
    story: list[Flowable] = [
        *_cover(t, case, content, st),
        *_people(t, case, st),
        *_screening(t, case, content, st),
        *checklist_section(t, case, content, WIDTH, st),
        *open_points_section(t, case, content, WIDTH, st),
        *_measures(t, case, st),
        *other_answers_section(t, case, content, kind, WIDTH, st),
        *heading(t("source"), st.h2),
        _source(t, content, st),
        *signoff_section(t, case, WIDTH, st, signature_slot=signature_slot),
        *audit_section(t, case, WIDTH, st),
    ]
    info = DocumentInfo(
        document_label=t("summary-doc"),
        title=case.title,
        document_id=document_id or new_document_id(),
        generated=(generated or datetime.now()).astimezone(),
        labels=t,
        classification=markup.one_line(classification) or None,
        subject=f"{t('summary-doc')} – {kind}",
        author=case.organisation,
        metadata={
            KEY_CASE_ID: case.id,
            "chinacheck-case-sha256": case_digest(caseformat.dumps(case)),
            KEY_REVISION: str(case.revision),
            KEY_FINGERPRINT: integrity.fingerprint(case),
            KEY_SIGNOFFS: integrity.signoffs_digest(case.current_signoffs()),
            "chinacheck-content-version": content.source.content_version,
        },
    )
    return build(story, info)
