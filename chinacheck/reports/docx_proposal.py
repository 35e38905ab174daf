"""The Word export's collegevoorstel layout (chinacheck.reports.docx_summary renders it)."""

from __future__ import annotations

from chinacheck.case import integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.guidance.screening import screen
from chinacheck.reports.docx_build import Cell, one_line
from chinacheck.reports.docx_sections import SummaryWriter, labelled_text
from chinacheck.reports.summary_text import (
    bounded,
    deciding_signoff,
    decision_label,
    gaps,
    kind_label,
    question_label,
    status_label,
)


def write_proposal(self: SummaryWriter, tampered: list[str] | None) -> None:
    """The collegevoorstel: onderwerp, aanleiding, besluit/advies, afwegingen uit de checklist,
    risico's, voorwaarden, bijlagen; labelled as a draft ChinaCheck wrote, to be checked and
    pasted into the organisation's own template."""
    t, b, case, content = self.t, self.b, self.case, self.content
    dash = t("empty-value")
    b.title(t("cv-title", title=self.whole.title), t("cv-doc"))
    b.paragraph(t("cv-draft"), "ChinaCheck Draft")
    b.paragraph(t("cv-draft-intro"))
    if tampered:
        b.paragraph(t("tampered-note"), "ChinaCheck Draft")
    b.heading(t("cv-subject"), 1)
    b.paragraph(one_line(self.whole.title))
    b.heading(t("cv-reason"), 1)
    names = "; ".join(f"{c.name} ({c.organisation})" if c.organisation else c.name
                      for c in case.counterparts)
    b.key_values([
        (t("field-kind"), kind_label(t, content, case.kind)),
        (t("field-organisation"), case.organisation or dash),
        (t("field-period"), self.period(case)),
        (t("counterparts"), names or dash),
        (t("col-topic"), "; ".join(x for x in case.topics if x.strip()) or dash),
    ])
    b.heading(t("cv-decision"), 1)
    signed = deciding_signoff(self.whole)
    if signed is not None:
        status = t("record-final") if signed.final else t("record-not-final")
        b.paragraph(t("cv-decision-signed", decision=decision_label(t, signed),
                      status=status, name=signed.name, role=signed.role,
                      date=t.date(local_time(signed.signed_at).date())))
        if signed.statement:
            b.paragraph(signed.statement)
    else:
        b.paragraph(t("record-no-decision"))
    if case.decision:
        b.paragraph(labelled_text(t("cv-advice"), case.decision))
    b.heading(t("cv-considerations"), 1)
    rows: list[list[Cell]] = []
    for item in content.items_for_kind(case.kind):
        answer = case.answer(item.id)
        if answer.is_answered:
            rows.append([question_label(t, content, item.id),
                         status_label(t, answer.status),
                         self.answer_lines(answer) or dash])
    if rows:
        b.table([t("col-item"), t("col-status"), t("col-answer")], rows, (0.34, 0.16, 0.5))
    unanswered = [question_label(t, content, item.id)
                  for item in content.items_for_kind(case.kind)
                  if not case.answer(item.id).is_answered]
    if unanswered:
        b.paragraph(t("open-items", count=len(unanswered), ids="; ".join(unanswered)))
    b.heading(t("cv-risks"), 1)
    b.paragraph(labelled_text(t("record-risk"), t(f"risk-{case.overall_risk.value}")))
    sectors = [t("cv-risk-sector", topic=topic, sector=match.sector.name)
               for topic in case.topics if topic.strip()
               for match in screen(topic, content).matches]
    if sectors:
        b.bullets(sectors)
    found = gaps(self.whole, content, t.language)
    b.paragraph(t("record-not-ready", count=len(found)) if found else t("record-ready"))
    b.bullets(bounded(t, [g.message for g in found]))
    b.heading(t("cv-conditions"), 1)
    conditions = signed.conditions.splitlines() if signed and signed.conditions else []
    if conditions:
        b.bullets(conditions)
    else:
        b.paragraph(t("record-none"))
    if case.measures:
        b.paragraph(t("measures"), bold=True)
        b.paragraph(case.measures)
    b.heading(t("cv-appendices"), 1)
    src = content.source
    b.bullets([
        t("cv-appendix-summary", id=case.id, revision=case.revision,
          fingerprint=integrity.grouped(self.fingerprint[:16])),
        t("cv-appendix-brochure", publisher=src.publisher_short, title=src.title,
          date=src.date_label),
    ])
