"""The sections of the Word export of the case summary (chinacheck.reports.docx_summary):
one method per part, written through chinacheck.reports.docx_build."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from chinacheck import __version__
from chinacheck.case import integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Answer, Case, SignOff
from chinacheck.case.progress import progress
from chinacheck.guidance.content import ChecklistItem, Content
from chinacheck.guidance.screening import explain, flag_label, screen
from chinacheck.reports.audit_words import detail_text
from chinacheck.reports.docx_build import Builder, Cell, Line, labelled, line
from chinacheck.reports.labels import Labels
from chinacheck.reports.pack_marks import packs_line, whose
from chinacheck.reports.printable import printable

if TYPE_CHECKING:
    from chinacheck.reports.woo_inventory import WooInventory

from chinacheck.reports.summary_text import (
    action_line,
    bounded,
    deciding_signoff,
    decision_label,
    gaps,
    item_label,
    kind_label,
    question_label,
    signoff_status,
    status_label,
)


class SummaryWriter:
    # Set for the Woo version (chinacheck.reports.woo_version): ``case`` is then the redacted
    # copy, no digest of the case is shown, and the list of redactions closes the document.
    woo: WooInventory | None = None
    document_id = ""

    def __init__(self, case: Case, content: Content, language: str, builder: Builder) -> None:
        self.whole = case
        self.case, self.omitted = printable(case, [item.id for item in
                                                   content.items_for_kind(case.kind)])
        self.content = content
        self.t = Labels(language)
        self.b = builder
        self.fingerprint = integrity.fingerprint(case)

    # --- shared pieces -----------------------------------------------------------------------
    def whose(self, item: ChecklistItem) -> list[Line]:
        """Whose words a quotation is, where they are not the national guidance's own (an
        organisation's question) or not verified."""
        source = whose(self.t, self.content, item)
        national = self.content.national
        if national is not None and source == national.publisher_short:
            return []
        return [line(self.t("docx-whose", source=source))]

    def source_line(self) -> str:
        src = self.content.source
        return self.t("docx-quote-source", publisher=src.publisher_short, title=src.title,
                      date=src.date_label)

    def period(self, case: Case) -> str:
        if case.start_date or case.end_date:
            return self.t("period", start=self.t.date(case.start_date),
                          end=self.t.date(case.end_date))
        return self.t("empty-value")

    def _bullets(self, texts: list[str]) -> list[Line]:
        return [line(text, bullet=True) for text in texts]

    def answer_lines(self, answer: Answer) -> list[Line]:
        t = self.t
        out: list[Line] = []
        if answer.note:
            out.append(labelled(t("note"), answer.note))
        if answer.actions:
            out.append(line(t("actions") + ":", bold=True))
            out += self._bullets([action_line(t, action) for action in answer.actions])
        return out

    # --- the decision record -----------------------------------------------------------------
    def _decision_rows(self, s: SignOff) -> list[tuple[str, Cell]]:
        t = self.t
        status = t("record-final") if s.final else t("record-not-final")
        rows: list[tuple[str, Cell]] = [
            (t("record-decision"), Line(((decision_label(t, s), True), (f" ({status})", False)))),
            (t("record-by"), t("record-person", name=s.name, role=s.role)),
            (t("record-when"), t.timestamp(local_time(s.signed_at))),
            (t("record-conditions"), self._bullets(s.conditions.splitlines())
             if s.conditions else t("record-none")),
        ]
        if s.statement:
            rows.append((t("record-statement"), s.statement))
        if s.despite is not None:
            rows.append((t("record-despite"), [
                line(t("record-despite-reason", reason=s.despite.reason)),
                line(t("record-despite-gaps", count=len(s.despite.gaps))),
                *self._bullets(bounded(t, [text for _code, text in s.despite.gaps])),
            ]))
        return rows

    def decision_record(self) -> None:
        t, case = self.t, self.whole
        signed = deciding_signoff(case)
        rows: list[tuple[str, Cell]]
        if signed is None:
            rows = [(t("record-decision"), line(t("record-no-decision"), bold=True))]
        else:
            rows = self._decision_rows(signed)
        rows.append((t("record-risk"), t(f"risk-{case.overall_risk.value}")))
        found = gaps(case, self.content, t.language)
        if not found:
            rows.append((t("record-readiness"), t("record-ready")))
        elif signed is not None and signed.despite is not None:  # listed above
            rows.append((t("record-readiness"), t("record-not-ready", count=len(found))))
        else:
            rows.append((t("record-readiness"), [
                line(t("record-not-ready", count=len(found))),
                *self._bullets(bounded(t, [g.message for g in found]))]))
        self.b.heading(t("record-heading", revision=case.revision), 1)
        self.b.key_values(rows)

    # --- the summary's sections --------------------------------------------------------------
    def details(self) -> None:
        t, case = self.t, self.case
        answered, total = progress(self.whole, self.content)
        dash = t("empty-value")
        self.b.heading(t("field-details"), 2)
        self.b.key_values([
            (t("field-kind"), kind_label(t, self.content, case.kind)),
            (t("field-organisation"), case.organisation or dash),
            (t("field-preparer"), case.preparer or dash),
            (t("field-period"), self.period(case)),
            (t("field-decision"), case.decision or dash),
            (t("field-progress"), t("progress", answered=answered, total=total,
                                    actions=len(self.whole.open_actions()))),
            (t("field-case-id"), case.id),
            (t("field-revision"), str(case.revision)),
            (t("field-signoff"), signoff_status(t, case)),
            (t("field-modified"), t.timestamp(local_time(case.modified))),
        ])
        if self.omitted:
            parts = [t("print-left", count=count, what=t(f"print-noun-{key}"))
                     for key, count in self.omitted.rows.items() if count]
            if self.omitted.texts:
                parts.append(t("print-cut", count=self.omitted.texts, mark="[…]"))
            self.b.paragraph(t("print-limited", parts="; ".join(parts)))

    def checklist(self) -> None:
        t, case, content = self.t, self.case, self.content
        kind = content.kind(case.kind)
        emphasis = kind.emphasis if kind else frozenset()
        self.b.heading(t("checklist"), 1)
        self.b.paragraph(t("docx-quotes"))
        self.b.paragraph(self.source_line(), "ChinaCheck Source")
        for group, items in content.groups_for_kind(case.kind):
            self.b.heading(group.title, 2)
            rows: list[list[Cell]] = []
            for item in items:
                answer = case.answer(item.id)
                caption = f"{content.number(item.id)} {t.item(item)}"
                parts: list[tuple[str, bool]] = [(caption, True)]
                if item.id in emphasis:
                    parts.append((f" · {t('emphasis')}", False))
                if item.id in case.reconfirm:
                    parts.append((f" · {t('reconfirm')}", False))
                rows.append([line(status_label(t, answer.status), bold=True),
                             [Line(tuple(parts)), line(item.text, style="Quote"),
                              *self.whose(item),
                              *self.answer_lines(answer)]])
            self.b.table([t("col-status"), t("col-item")], rows, (0.18, 0.82))

    def open_points(self) -> None:
        t, case, content = self.t, self.case, self.content
        self.b.heading(t("open-points"), 1)
        unanswered = [question_label(t, content, item.id)
                      for item in content.items_for_kind(case.kind)
                      if not case.answer(item.id).is_answered]
        self.b.paragraph(t("open-items", count=len(unanswered), ids="; ".join(unanswered))
                         if unanswered else t("no-open-items"))
        actions = case.open_actions()
        if not actions:
            self.b.paragraph(t("no-open-actions"))
            return
        dash = t("empty-value")
        rows: list[list[Cell]] = [
            [action.text, action.owner or dash, t.date(action.due) if action.due else dash,
             item_label(t, content, item_id, action)] for item_id, action in actions]
        self.b.table([t("col-action"), t("col-owner"), t("col-due"), t("col-item")], rows,
                     (0.33, 0.17, 0.17, 0.33))

    def people(self) -> None:
        t, case = self.t, self.case
        self.b.heading(t("counterparts"), 1)
        if case.counterparts:
            self.b.table([t("col-name"), t("col-organisation"), t("col-role"), t("col-notes")],
                         [[c.name, c.organisation, c.role, c.notes] for c in case.counterparts],
                         (0.22, 0.24, 0.22, 0.32))
        else:
            self.b.paragraph(t("none-counterparts"))
        self.b.heading(t("intermediaries"), 1)
        if case.intermediaries:
            self.b.table([t("col-name"), t("col-organisation"), t("col-background")],
                         [[i.name, i.organisation, i.background] for i in case.intermediaries],
                         (0.24, 0.26, 0.5))
        else:
            self.b.paragraph(t("none-intermediaries"))

    def screening(self) -> None:
        t, content = self.t, self.content
        self.b.heading(t("screening"), 1)
        topics = [topic for topic in self.case.topics if topic.strip()]
        if not topics:
            self.b.paragraph(t("none-topics"))
            return
        columns = content.technologies.columns
        rows: list[list[Cell]] = []
        for topic in topics:
            result = screen(topic, content)
            if not result.matches:
                rows.append([topic, [line(t("no-match-cell")),
                                     line(content.technologies.no_match)], "", "", ""])
            for n, match in enumerate(result.matches):
                sector = [line(match.sector.name)]
                if match.sector.note:
                    sector.append(line(match.sector.note))
                sector.append(line(t("matched-on", terms=", ".join(match.terms))))
                sector.extend(line(explain(hit, t.language)) for hit in match.hits)
                rows.append([topic if n == 0 else "", sector,
                             "; ".join(s.name for s in match.subtechnologies)
                             or t("empty-value"),
                             flag_label(match.sector.topsector, t.language),
                             flag_label(match.sector.sleuteltechnologie, t.language)])
        self.b.table([t("col-topic"), columns["sector"], columns["subtechnologies"],
                      columns["topsector"], columns["sleuteltechnologie"]], rows,
                     (0.2, 0.23, 0.25, 0.12, 0.2))
        combined = screen("\n".join(x for x in self.whole.topics if x.strip()), content)
        self.b.paragraph(t("from-brochure"), bold=True)
        self.b.quote(combined.advice, self.source_line())
        if combined.has_match:
            self.b.quote(content.technologies.caveat, self.source_line())
        if combined.packs:
            self.b.paragraph(t("screened-against", packs="; ".join(combined.packs)))

    def measures(self) -> None:
        self.b.heading(self.t("measures"), 1)
        self.b.paragraph(self.case.measures or self.t("none-measures"))

    def other_answers(self) -> None:
        t, case, content = self.t, self.case, self.content
        excluded = [item.id for item in content.items()
                    if item.id in case.answers and not content.applies(item.id, case.kind)]
        withdrawn = sorted(i for i in case.answers
                           if i not in content.item_ids and i in case.withdrawn)
        unknown = sorted(i for i in case.answers
                         if i not in content.item_ids and i not in case.withdrawn)
        if not excluded and not unknown and not withdrawn:
            return
        self.b.heading(t("appendix"), 1)
        self.b.paragraph(t("appendix-intro"))
        for title, ids in ((t("appendix-excluded", kind=kind_label(t, content, case.kind)),
                            excluded),
                           (t("appendix-unknown", content=content.source.content_version),
                            unknown)):
            if ids:
                self.b.heading(title, 2)
                self.b.table([t("col-item"), t("col-status"), t("col-answer")],
                             [[question_label(t, content, i),
                               status_label(t, case.answers[i].status),
                               self.answer_lines(case.answers[i]) or t("empty-value")]
                              for i in ids], (0.3, 0.18, 0.52))
        if withdrawn:
            self.b.heading(t("appendix-withdrawn"), 2)
            self.b.paragraph(t("appendix-withdrawn-intro"))
            self.b.table([t("col-item"), t("col-status"), t("col-answer")],
                         [[f"{case.withdrawn[i].number} {case.withdrawn[i].text}",
                           status_label(t, case.answers[i].status),
                           self.answer_lines(case.answers[i]) or t("empty-value")]
                          for i in withdrawn], (0.4, 0.18, 0.42))

    def source(self) -> None:
        src, t = self.content.source, self.t
        self.b.heading(t("source"), 2)
        self.b.paragraph(t("source-line", publisher=src.publisher_short, title=src.title,
                           date=src.date_label, edition=src.edition,
                           content=src.content_version, version=__version__))
        if line := packs_line(t, self.content):
            self.b.paragraph(line)

    def signoffs(self) -> None:
        t, case = self.t, replace(self.whole, signoffs=self.case.signoffs)
        current = case.current_signoffs()
        if case.locked:
            status = t("signoff-locked")
        else:
            status = t("signoff-not-final") if current else t("signoff-none")
        self.b.heading(t("signoff"), 1)
        self.b.paragraph(f"{t('signoff-revision', revision=case.revision)}. {status}")
        if current:
            rows: list[list[Cell]] = []
            for s in current:
                label = decision_label(t, s) + (f" ({t('signoff-final')})" if s.final else "")
                cell = [line(label, bold=True)]
                if s.conditions:
                    cell.append(line(t("signoff-conditions") + ":", bold=True))
                    cell += self._bullets(s.conditions.splitlines())
                if s.statement:
                    cell.append(labelled(t("signoff-statement"), s.statement))
                if s.despite is not None:
                    cell.append(labelled(t("signoff-despite", count=len(s.despite.gaps)),
                                         s.despite.reason))
                rows.append([s.name, s.role, cell, t.timestamp(local_time(s.signed_at))])
            self.b.table([t("col-name"), t("col-function"), t("col-decision"),
                          t("col-signed-at")], rows, (0.22, 0.22, 0.38, 0.18))
        if self.woo is not None:  # the Woo version's own identifier, no digest of the case
            self.b.paragraph(t("woo-fingerprint"), bold=True)
            self.b.paragraph(self.document_id)
            self.b.paragraph(t("woo-fingerprint-help", revision=self.woo.revision),
                             "ChinaCheck Source")
            return
        self.b.paragraph(t("fingerprint"), bold=True)
        self.b.paragraph(integrity.grouped(self.fingerprint))
        self.b.paragraph(t("docx-fingerprint-help"), "ChinaCheck Source")

    def audit(self) -> None:
        t, case = self.t, self.case
        if not case.audit:
            return
        self.b.heading(t("audit"), 1)
        self.b.paragraph(t("audit-intro"))
        self.b.table([t("col-when"), t("col-event"), t("col-revision"), t("col-detail")],
                     [[t.timestamp(local_time(e.at)), t.get(f"event-{e.event.value}",
                                                            e.event.value),
                       str(e.revision), detail_text(t, e, self.content)] for e in case.audit],
                     (0.2, 0.2, 0.09, 0.51))

    def inventory(self, woo: WooInventory) -> None:
        t = self.t
        self.b.page_break()
        self.b.heading(t("woo-inventory"), 1)
        self.b.paragraph(t("woo-inventory-intro", unverified=t("woo-unverified")
                           if woo.unverified else ""))
        if not woo.rows:
            self.b.paragraph(t("woo-none"))
            return
        self.b.table([t("woo-col-number"), t("woo-col-section"), t("woo-col-ground"),
                      t("woo-col-description")], [list(row) for row in woo.rows],
                     (0.07, 0.33, 0.13, 0.47))

    def write(self, tampered: list[str] | None) -> None:
        t = self.t
        self.b.title(self.whole.title, t("woo-doc") if self.woo else t("summary-doc"))
        if self.woo is not None:
            self.b.paragraph(t("woo-notice", id=self.document_id))
        if tampered:
            self.b.paragraph(t("tampered-title"), "ChinaCheck Draft")
            self.b.paragraph(t("tampered-intro"))
            self.b.bullets(tampered)
        self.decision_record()
        self.details()
        self.b.page_break()  # the first page is the record; the checklist follows
        self.checklist()
        self.open_points()
        self.people()
        self.screening()
        self.measures()
        self.other_answers()
        self.source()
        self.signoffs()
        self.audit()
        if self.woo is not None:
            self.inventory(self.woo)

def labelled_text(label: str, text: str) -> str:
    return f"{label}: {text}"
