"""The case summary's first page as a decision record: what was decided, by whom, when, with
which conditions and reasons (and despite which gaps), the overall risk, and whether the case is
ready for a final decision (chinacheck.case.readiness). A case without a sign-off says plainly
that no decision has been recorded yet.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from chinacheck import i18n
from chinacheck.case import readiness
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case, SignOff
from chinacheck.guidance.content import Content
from chinacheck.reports import markup
from chinacheck.reports.blocks import Cell, key_value_table, p
from chinacheck.reports.labels import Labels
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.signoff_block import decision_label
from chinacheck.reports.styles import Styles

KEY_WIDTH = 38 * mm
GAPS_SHOWN = 10


def deciding_signoff(case: Case) -> SignOff | None:
    """The sign-off the record reports: the final one of a locked case, else the latest of the
    current revision; None when this revision has none."""
    current = case.current_signoffs()
    return current[-1] if current else None


def _bullets(lines: list[str], st: Styles) -> list[Flowable]:
    return [Paragraph(markup.para(line), st.cell, bulletText="•") for line in lines]


def _gaps(case: Case, content: Content, language: str) -> list[readiness.Gap]:
    """The readiness gaps, worded in the PDF's language."""
    if language == i18n.language():
        return readiness.gaps(case, content)
    previous = i18n.language()
    i18n.set_language(language)
    try:
        return readiness.gaps(case, content)
    finally:
        i18n.set_language(previous)


def _bounded(t: Labels, lines: list[str]) -> list[str]:
    if len(lines) <= GAPS_SHOWN:
        return lines
    shown = lines[:GAPS_SHOWN - 1]
    return [*shown, t("record-more", count=len(lines) - len(shown))]


def _decision_rows(t: Labels, s: SignOff, st: Styles) -> list[tuple[str, Cell]]:
    status = t("record-final") if s.final else t("record-not-final")
    rows: list[tuple[str, Cell]] = [
        (t("record-decision"), [Paragraph(f"<b>{markup.para(decision_label(t, s))}</b> "
                                          f"({markup.para(status)})", st.cell)]),
        (t("record-by"), t("record-person", name=s.name, role=s.role)),
        (t("record-when"), t.timestamp(local_time(s.signed_at))),
        (t("record-conditions"),
         _bullets(s.conditions.splitlines(), st) if s.conditions else t("record-none")),
    ]
    if s.statement:
        rows.append((t("record-statement"), s.statement))
    if s.despite is not None:
        cell: list[Flowable] = [
            p(t("record-despite-reason", reason=s.despite.reason), st.cell),
            p(t("record-despite-gaps", count=len(s.despite.gaps)), st.cell),
            *_bullets(_bounded(t, [text for _code, text in s.despite.gaps]), st),
        ]
        rows.append((t("record-despite"), cell))
    return rows


def _readiness_row(t: Labels, case: Case, content: Content, listed: bool,
                   st: Styles) -> tuple[str, Cell]:
    found = _gaps(case, content, t.language)
    if not found:
        return t("record-readiness"), t("record-ready")
    head = p(t("record-not-ready", count=len(found)), st.cell)
    if listed:  # the same gaps stand above, as decided despite
        return t("record-readiness"), [head]
    return t("record-readiness"), [head, *_bullets(_bounded(t, [g.message for g in found]),
                                                   st)]


def decision_record(t: Labels, case: Case, content: Content, width: float,
                    st: Styles) -> list[Flowable]:
    """The record's heading and table (for the first page of the case summary)."""
    signed = deciding_signoff(case)
    rows: list[tuple[str, Cell]]
    if signed is None:
        rows = [(t("record-decision"), [Paragraph(
            f"<b>{markup.para(t('record-no-decision'))}</b>", st.cell)])]
    else:
        rows = _decision_rows(t, signed, st)
    rows.append((t("record-risk"), t(f"risk-{case.overall_risk.value}")))
    despite_listed = signed is not None and signed.despite is not None
    rows.append(_readiness_row(t, case, content, despite_listed, st))
    return [p(t("record-heading", revision=case.revision), st.h1),
            key_value_table(rows, [KEY_WIDTH, width - KEY_WIDTH], st)]
