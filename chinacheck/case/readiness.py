"""Readiness of a case for a final sign-off: the list of what is still missing.

A gap has a stable code (for the case file and tests) and a message in the user's language that
names a question by its label, never by its internal id. The order is that of importance:
unanswered or "onbekend" questions emphasised for the case kind, answers to confirm again
after a move to a newer edition of the guidance (chinacheck.case.packs), topics that hit the
technology table without a recorded ICP consultation, the case details the kind needs, the
overall risk, open actions due before the trip, and last the other unanswered questions.

"Recorded ICP consultation" is a plain, checkable rule, not a judgement of the text: the
checklist point "Advies vragen bij het ICP" is answered "ja" or "deels", or an action (open or
done) or the measures mention the ICP by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from chinacheck import i18n
from chinacheck.case.model import CONDITIONS_KEY, Case, Despite, RiskLevel, Status
from chinacheck.i18n import _

if TYPE_CHECKING:
    from chinacheck.guidance.content import ChecklistItem, Content

ICP_ITEM = "interest-ask-icp"
_ICP_WORD = re.compile(r"\bICP\b", re.IGNORECASE)
_ICP_ANSWERS = (Status.JA, Status.DEELS)


@dataclass(frozen=True)
class Gap:
    code: str  # e.g. "unanswered:need-own-goals", "icp", "organisation", "action-due:2"
    message: str


def _question(item: ChecklistItem, status: Status, emphasised: bool) -> Gap:
    label = item.short_label(i18n.language())
    if status is Status.ONBEKEND:
        text = _("vraag '{label}' is beantwoord met 'onbekend'")
    else:
        text = _("vraag '{label}' is niet beantwoord")
    if emphasised:
        text += " " + _("(aandachtspunt voor deze soort)")
    return Gap(f"{status.value if status is Status.ONBEKEND else 'unanswered'}:{item.id}",
               text.format(label=label))


def icp_recorded(case: Case) -> bool:
    """Whether the case records an ICP consultation or action (see the module's rule)."""
    if case.answer(ICP_ITEM).status in _ICP_ANSWERS:
        return True
    texts = [case.measures] + [a.text for answer in case.answers.values()
                               for a in answer.actions]
    return any(_ICP_WORD.search(text) for text in texts)


def _icp(case: Case, content: Content) -> list[Gap]:
    if not case.topics or icp_recorded(case):
        return []
    from chinacheck.guidance.screening import screen

    result = screen("\n".join(case.topics), content)
    if not result.has_match:
        return []
    sectors = ", ".join(m.sector.name for m in result.matches)
    return [Gap("icp", _("onderwerpen raken de technologielijst ({sectors}) maar er is geen "
                         "ICP-consultatie of -actie vastgelegd").format(sectors=sectors))]


def _details(case: Case, content: Content) -> list[Gap]:
    kind = content.kind(case.kind)
    needs = kind.needs if kind else frozenset()
    gaps: list[Gap] = []
    if "organisation" in needs and not case.organisation.strip():
        gaps.append(Gap("organisation", _("geen organisatie ingevuld")))
    if "period" in needs and (case.start_date is None or case.end_date is None):
        gaps.append(Gap("period", _("geen periode (begin- en einddatum) ingevuld")))
    if "counterparts" in needs and not case.counterparts:
        gaps.append(Gap("counterparts", _("geen gesprekspartners ingevuld")))
    if case.overall_risk is RiskLevel.UNDETERMINED:
        gaps.append(Gap("risk", _("het totale risico is nog niet bepaald")))
    return gaps


def _actions(case: Case, content: Content) -> list[Gap]:
    """Open actions due on or before the start of the period (the trip or visit)."""
    start: date | None = case.start_date
    if start is None:
        return []
    gaps: list[Gap] = []
    for n, (item_id, action) in enumerate(case.open_actions(), start=1):
        if action.due is None or action.due > start:
            continue
        item = content.item(item_id) if item_id != CONDITIONS_KEY else None
        where = (_("bij '{label}'").format(label=item.short_label(i18n.language())) if item
                 else _("voorwaarde van de aftekening"))
        gaps.append(Gap(f"action-due:{n}",
                        _("open actie '{text}' ({where}) moet vóór de reis af zijn: {due}")
                        .format(text=action.text, where=where, due=action.due.isoformat())))
    return gaps


def gaps(case: Case, content: Content | None = None) -> list[Gap]:
    """What is still missing before ``case`` can be signed off definitively; empty: ready."""
    if content is None:
        from chinacheck.guidance.content import load

        content = load()
    kind = content.kind(case.kind)
    emphasis = kind.emphasis if kind else frozenset()
    starred: list[Gap] = []
    other: list[Gap] = []
    reconfirm: list[Gap] = []
    for item in content.items_for_kind(case.kind):
        status = case.answer(item.id).status
        if item.id in case.reconfirm and status not in (Status.OPEN, Status.ONBEKEND):
            reconfirm.append(Gap(f"reconfirm:{item.id}", _(
                "vraag '{label}' is anders geformuleerd in de nieuwere inhoud: bevestig het "
                "antwoord opnieuw").format(label=item.short_label(i18n.language()))))
        if status in (Status.OPEN, Status.ONBEKEND):
            emphasised = item.id in emphasis
            (starred if emphasised else other).append(_question(item, status, emphasised))
    return [*starred, *reconfirm, *_icp(case, content), *_details(case, content),
            *_actions(case, content), *other]


def despite(case: Case, reason: str, content: Content | None = None) -> Despite | None:
    """The record of a final sign-off made despite the gaps, or None when there are none."""
    found = gaps(case, content)
    if not found:
        return None
    return Despite(reason=reason.strip(), gaps=[(g.code, g.message) for g in found])


def bounded(found: list[Gap], limit: int = 10) -> list[str]:
    """The messages, at most ``limit`` lines: the last says how many more there are."""
    if len(found) <= limit:
        return [g.message for g in found]
    shown = [g.message for g in found[:limit - 1]]
    return [*shown, _("… en {count} meer").format(count=len(found) - len(shown))]
