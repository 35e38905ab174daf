"""The life of a case: its phase, its periodic review and whether its debrief is outstanding.

Phases (resources/workflow/lifecycle.json): voorbereiding → besluit → in uitvoering → nazorg →
afgesloten, and beëindigd for a tie or collaboration that was ended. Which moves a kind of case
allows is data; each move is an explicit action recorded in the audit trail. Two moves follow
from other actions: a final sign-off that locks the case moves it from voorbereiding to besluit,
and reopening a case that is in besluit moves it back to voorbereiding (a case under way stays
under way while a review is prepared).

A standing kind (stedenband, kennis- of economische samenwerking) is reviewed periodically: its
next review is the date set by hand, or else a number of months (per kind; the settings may
change it) after the last final sign-off.

Like the conditions, the phase, the end, the review date and the debrief are kept outside the
fingerprint: they change after the decision, also while the case is locked.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from chinacheck.case import audit
from chinacheck.case.model import AuditEvent, Case, Ended
from chinacheck.errors import InputError
from chinacheck.guidance import workflow
from chinacheck.i18n import _


class ReviewState(StrEnum):
    NONE = "none"  # not reviewed periodically, ended, or not decided yet
    SCHEDULED = "scheduled"
    DUE = "due"  # within the rules' review_due_days
    OVERDUE = "overdue"


def rules() -> workflow.Workflow:
    return workflow.load()


def phase_label(phase: str, language: str) -> str:
    known = rules().phase(phase)
    return known.shown(language) if known is not None else phase


def targets(case: Case) -> list[str]:
    """The phases this case may be moved to by hand now."""
    found = rules().targets(case.kind, case.phase)
    if case.phase == rules().decided and not case.locked:
        return []  # cannot happen through ChinaCheck: reopening leaves "besluit"
    return found


def change_phase(case: Case, target: str, *, reason: str = "", on: date | None = None) -> None:
    """Move the case to ``target`` by hand; "beeindigd" needs a date and a reason.

    Raises InputError naming the allowed moves, and then leaves the case as it was.
    """
    wf = rules()
    if wf.phase(target) is None:
        raise InputError(_("onbekende fase {phase}; kies uit: {choices}").format(
            phase=repr(target), choices=", ".join(wf.phase_ids)))
    allowed = targets(case)
    if target not in allowed:
        if allowed:
            raise InputError(_("van fase {source} kan de zaak niet naar {target}; wel naar: "
                               "{choices}").format(source=case.phase, target=target,
                                                   choices=", ".join(allowed)))
        raise InputError(_("van fase {source} kan de zaak met de hand niet verder").format(
            source=case.phase) + (_("; teken eerst definitief af")
                                  if case.phase == wf.initial else ""))
    reason = reason.strip()
    detail: dict[str, object] = {"from": case.phase, "to": target}
    if target == wf.ended:
        if on is None:
            raise InputError(_("bij beëindigen hoort de datum waarop de band of samenwerking "
                               "eindigde"))
        if not reason:
            raise InputError(_("bij beëindigen hoort een reden"))
        case.ended = Ended(on=on, reason=reason)
        detail["on"] = on.isoformat()
    if reason:
        detail["reason"] = reason
    case.phase = target
    audit.record(case, AuditEvent.PHASE_CHANGED, **detail)


def after_final_signoff(case: Case) -> None:
    """A final sign-off that locked the case decides it: voorbereiding → besluit."""
    wf = rules()
    if case.locked and case.phase == wf.initial:
        case.phase = wf.decided
        audit.record(case, AuditEvent.PHASE_CHANGED, **{"from": wf.initial, "to": wf.decided,
                                                         "by": "signoff"})


def after_reopen(case: Case) -> None:
    """Reopening a decided case prepares a new decision: besluit → voorbereiding."""
    wf = rules()
    if case.phase == wf.decided:
        case.phase = wf.initial
        audit.record(case, AuditEvent.PHASE_CHANGED, **{"from": wf.decided, "to": wf.initial,
                                                         "by": "reopen"})


def after_restore(case: Case) -> None:
    """An undo or redo in the app put back another phase: the trail records that move too, so
    the phase still follows from the trail (chinacheck.case.tamper checks it does)."""
    expected = expected_phase(case)
    if case.phase != expected:
        audit.record(case, AuditEvent.PHASE_CHANGED, **{"from": expected, "to": case.phase,
                                                         "by": "undo"})


def expected_phase(case: Case) -> str:
    """The phase the audit trail says the case is in: the last recorded move, or for a file
    upgraded from version 3 without moves, what the upgrade gave it."""
    for entry in reversed(case.audit):
        if entry.event is AuditEvent.PHASE_CHANGED and isinstance(entry.detail.get("to"), str):
            return str(entry.detail["to"])
    return rules().decided if case.locked else rules().initial


# --- review ------------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 January + 1 = 28/29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_months(kind: str, overrides: Mapping[str, int] | None = None) -> int:
    if overrides and isinstance(overrides.get(kind), int) and overrides[kind] >= 0:
        return overrides[kind]
    return rules().rules(kind).review_months


def last_final(case: Case) -> date | None:
    finals = [s.signed_at.date() for s in case.signoffs if s.final]
    return max(finals) if finals else None


def next_review(case: Case, overrides: Mapping[str, int] | None = None) -> date | None:
    """When the case is to be reviewed next; None when it is not reviewed periodically."""
    return review_date(case.kind, case.phase, case.next_review, last_final(case), overrides)


def review_date(kind: str, phase: str, set_by_hand: date | None, decided: date | None,
                overrides: Mapping[str, int] | None = None) -> date | None:
    """:func:`next_review` from what the library keeps of a case."""
    if phase in rules().closed:
        return None
    if set_by_hand is not None:
        return set_by_hand
    months = review_months(kind, overrides)
    if months <= 0 or decided is None:
        return None
    return add_months(decided, months)


def last_decision(case: Case) -> tuple[str, date] | None:
    """The decision of the last final sign-off (of any revision) and its date: what stands
    while a review prepares the next one."""
    finals = [s for s in case.signoffs if s.final]
    if not finals:
        return None
    last = max(finals, key=lambda s: s.signed_at)
    return last.decision.value, last.signed_at.date()


def review_state(review: date | None, today: date) -> ReviewState:
    if review is None:
        return ReviewState.NONE
    if review < today:
        return ReviewState.OVERDUE
    if (review - today).days <= rules().review_due_days:
        return ReviewState.DUE
    return ReviewState.SCHEDULED


def set_next_review(case: Case, when: date | None) -> None:
    """Set the next review by hand (None: back to the default from the last sign-off)."""
    if case.next_review == when:
        return
    case.next_review = when
    audit.record(case, AuditEvent.REVIEW_SCHEDULED,
                 date=when.isoformat() if when is not None else None)


# --- debrief -----------------------------------------------------------------------------

def needs_debrief(kind: str) -> bool:
    return rules().rules(kind).debrief


def debrief_outstanding(case: Case, today: date) -> bool:
    """A trip or visit whose debrief is not finished: in nazorg, or still under way (or just
    decided) after its end date."""
    return debrief_due(case.kind, case.phase, case.end_date, today)


def debrief_due(kind: str, phase: str, end_date: date | None, today: date) -> bool:
    """:func:`debrief_outstanding` from what the library keeps of a case."""
    if not needs_debrief(kind):
        return False
    if phase == rules().debrief_phase:
        return True
    return phase in rules().running and end_date is not None and end_date < today
