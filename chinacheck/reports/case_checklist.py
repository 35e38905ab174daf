"""The checklist part of the case summary: answers per question group, open points and actions,
and every other answer the case file holds (so that nothing in the file is left out).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle

from chinacheck.case.model import Answer, Case
from chinacheck.guidance.content import ChecklistItem, Content
from chinacheck.reports import markup
from chinacheck.reports.blocks import (
    FlowTable,
    data_table,
    heading,
    lead_in,
    p,
    table_style,
)
from chinacheck.reports.labels import Labels
from chinacheck.reports.pack_marks import quoted_with_source
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.styles import RULE, WARN, Styles
from chinacheck.reports.summary_text import (
    action_line,
    item_label,
    question_label,
    status_label,
)

STATUS_WIDTH = 27 * mm


def answer_flowables(t: Labels, answer: Answer, st: Styles) -> list[Flowable]:
    """Note and actions of one answer; empty when there are none."""
    out: list[Flowable] = []
    if answer.note:
        out.append(Paragraph(f"<b>{markup.para(t('note'))}:</b> {markup.para(answer.note)}",
                             st.cell))
    if answer.actions:
        out.append(Paragraph(f"<b>{markup.para(t('actions'))}:</b>", st.cell))
        for action in answer.actions:
            out.append(Paragraph(markup.para(action_line(t, action)), st.cell, bulletText="•"))
    return out


def _item_cell(t: Labels, content: Content, item: ChecklistItem, answer: Answer,
               marks: list[str], st: Styles) -> list[Flowable]:
    caption = markup.bold(f"{content.number(item.id)} {t.item(item)}")
    for mark in marks:
        caption += f' <font size="7" color="#555555">· {markup.para(mark)}</font>'
    return [Paragraph(caption, st.cell), p(quoted_with_source(t, content, item), st.muted),
            *answer_flowables(t, answer, st)]


def _marks(t: Labels, case: Case, item_id: str, emphasis: frozenset[str]) -> list[str]:
    marks = [t("emphasis")] if item_id in emphasis else []
    return [*marks, t("reconfirm")] if item_id in case.reconfirm else marks


def _status_style(rows: list[Answer]) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row, answer in enumerate(rows):
        if not answer.is_answered:
            commands.append(("BACKGROUND", (0, row), (0, row), WARN))
    return table_style(commands)


def checklist_section(t: Labels, case: Case, content: Content, width: float,
                      st: Styles) -> list[Flowable]:
    kind = content.kind(case.kind)
    emphasis = kind.emphasis if kind else frozenset()
    out: list[Flowable] = [*heading(t("checklist"), st.h1, room=45 * mm),
                           lead_in(content.checklist.title, st.muted),
                           p(t("checklist-whose"), st.muted)]
    for group, items in content.groups_for_kind(case.kind):
        out.extend(heading(group.title, st.h2))
        answers = [case.answer(item.id) for item in items]
        data = [[p(status_label(t, answer.status), st.cell_bold),
                 _item_cell(t, content, item, answer, _marks(t, case, item.id, emphasis), st)]
                for item, answer in zip(items, answers, strict=True)]
        table = FlowTable(data, colWidths=[STATUS_WIDTH, width - STATUS_WIDTH], hAlign="LEFT")
        table.setStyle(_status_style(answers))
        out.append(table)
    return out


def _due_key(due: date | None) -> tuple[bool, date]:
    return (due is None, due or date.max)


def open_points_section(t: Labels, case: Case, content: Content, width: float,
                        st: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(t("open-points"), st.h1)]
    unanswered = [question_label(t, content, item.id) for item in content.items_for_kind(case.kind)
                  if not case.answer(item.id).is_answered]
    if unanswered:
        out.append(p(t("open-items", count=len(unanswered), ids="; ".join(unanswered)), st.body))
    else:
        out.append(p(t("no-open-items"), st.body))
    order = {item.id: n for n, item in enumerate(content.items())}
    actions = sorted(case.open_actions(),
                     key=lambda pair: (*_due_key(pair[1].due), order.get(pair[0], len(order))))
    if not actions:
        out.append(p(t("no-open-actions"), st.body))
        return out
    widths = [width * 0.33, width * 0.17, width * 0.17, width * 0.33]  # dates unbroken
    rows = [[action.text, action.owner or t("empty-value"),
             t.date(action.due) if action.due else t("empty-value"),
             item_label(t, content, item_id, action)] for item_id, action in actions]
    out.append(data_table([t("col-action"), t("col-owner"), t("col-due"), t("col-item")],
                          rows, widths, st))
    return out


def _answers_table(t: Labels, ids: list[str], case: Case, content: Content, width: float,
                   st: Styles) -> Flowable:
    rows = [[question_label(t, content, item_id), status_label(t, case.answers[item_id].status),
             answer_flowables(t, case.answers[item_id], st) or t("empty-value")]
            for item_id in ids]
    widths = [width * 0.28, STATUS_WIDTH, width * 0.72 - STATUS_WIDTH]
    return data_table([t("col-item"), t("col-status"), t("col-answer")], rows, widths, st)


def other_answers_section(t: Labels, case: Case, content: Content, kind_label: str,
                          width: float, st: Styles) -> list[Flowable]:
    """Answers the checklist above does not show: excluded for this kind, to questions a newer
    edition withdrew (with the question as it was), or unknown ids."""
    known = content.item_ids
    excluded = [item.id for item in content.items()
                if item.id in case.answers and not content.applies(item.id, case.kind)]
    withdrawn = sorted(i for i in case.answers if i not in known and i in case.withdrawn)
    unknown = sorted(item_id for item_id in case.answers
                     if item_id not in known and item_id not in case.withdrawn)
    if not excluded and not unknown and not withdrawn:
        return []
    out: list[Flowable] = [*heading(t("appendix"), st.h1), p(t("appendix-intro"), st.body)]
    if excluded:
        out += [*heading(t("appendix-excluded", kind=kind_label), st.h2),
                _answers_table(t, excluded, case, content, width, st)]
    if withdrawn:
        rows = [[f"{case.withdrawn[i].number} {case.withdrawn[i].text}",
                 status_label(t, case.answers[i].status),
                 answer_flowables(t, case.answers[i], st) or t("empty-value")]
                for i in withdrawn]
        widths = [width * 0.4, STATUS_WIDTH, width * 0.6 - STATUS_WIDTH]
        out += [*heading(t("appendix-withdrawn"), st.h2), p(t("appendix-withdrawn-intro"),
                                                             st.muted),
                data_table([t("col-item"), t("col-status"), t("col-answer")], rows, widths,
                           st)]
    if unknown:
        out += [*heading(t("appendix-unknown", content=content.source.content_version), st.h2),
                _answers_table(t, unknown, case, content, width, st)]
    return out
