"""The words of the case summary that do not depend on how it is laid out: labels of kinds,
statuses, questions and decisions, which sign-off the decision record reports, the readiness
gaps in the document's language. Free of reportlab, so that the PDF (``case_summary``,
``decision_record``, ``case_checklist``) and the Word document (``docx_summary``) say the same.
"""

from __future__ import annotations

from chinacheck import i18n
from chinacheck.case import readiness
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import CONDITIONS_KEY, Action, Case, Condition, SignOff, Status
from chinacheck.guidance.content import Content
from chinacheck.reports.labels import Labels

GAPS_SHOWN = 10


def kind_label(t: Labels, content: Content, kind_id: str) -> str:
    kind = content.kind(kind_id)
    if kind is None:
        return kind_id
    return kind.label if t.language == "nl" else kind.label_en


def status_label(t: Labels, status: Status) -> str:
    return t(f"status-{status.value}")


def decision_label(t: Labels, signoff: SignOff) -> str:
    return t(f"decision-{signoff.decision.value}")


def question_label(t: Labels, content: Content, item_id: str) -> str:
    """How a reader knows a question: its number and short label ("1.2 Eigen doelen"), in the
    document's language; an id this content version does not know stays as it is (all there
    is)."""
    item = content.item(item_id)
    if item is None:
        return item_id
    return f"{content.number(item_id)} {t.item(item)}"


def item_label(t: Labels, content: Content, item_id: str, action: Action) -> str:
    """Where an open action comes from: its question, or the sign-off that set it."""
    if item_id == CONDITIONS_KEY and isinstance(action, Condition):
        return t("conditions-item", revision=action.revision)
    return question_label(t, content, item_id)


def action_line(t: Labels, action: Action) -> str:
    parts = [action.text]
    if action.owner:
        parts.append(action.owner)
    if action.due:
        parts.append(t("due", date=t.date(action.due)))
    if action.done:
        parts.append(t("done"))
    return " — ".join(parts)


def deciding_signoff(case: Case) -> SignOff | None:
    """The sign-off the record reports: the final one of a locked case, else the latest of the
    current revision; None when this revision has none."""
    current = case.current_signoffs()
    return current[-1] if current else None


def gaps(case: Case, content: Content, language: str) -> list[readiness.Gap]:
    """The readiness gaps, worded in the document's language."""
    if language == i18n.language():
        return readiness.gaps(case, content)
    previous = i18n.language()
    i18n.set_language(language)
    try:
        return readiness.gaps(case, content)
    finally:
        i18n.set_language(previous)


def bounded(t: Labels, lines: list[str]) -> list[str]:
    """At most GAPS_SHOWN lines, the last saying how many more there are."""
    if len(lines) <= GAPS_SHOWN:
        return lines
    shown = lines[:GAPS_SHOWN - 1]
    return [*shown, t("record-more", count=len(lines) - len(shown))]


def signoff_status(t: Labels, case: Case) -> str:
    current = case.current_signoffs()
    if case.locked:
        final = current[-1]
        return t("signoff-status-final", name=final.name,
                 date=t.date(local_time(final.signed_at).date()))
    if current:
        return t("signoff-status-partial", count=len(current))
    return t("signoff-status-none")
