"""The debrief of a trip or visit: adding entries and ticking off their follow-up actions.

Categories and handling are ids from resources/workflow/debrief.json (ChinaCheck's own wording);
"electronic" applies only where the category says so (a gift can be a USB stick). Like the
conditions, the debrief may change while the case is locked: the save records
"debrief-changed". Every refusal is an InputError and leaves the case as it was.
"""

from __future__ import annotations

from datetime import date

from chinacheck.case import lifecycle
from chinacheck.case.model import Action, Case, DebriefEntry
from chinacheck.errors import InputError
from chinacheck.i18n import _


def check_kind(case: Case) -> None:
    if not lifecycle.needs_debrief(case.kind):
        raise InputError(_("een zaak van soort {kind} heeft geen nazorg").format(
            kind=case.kind))


def entry(category: str, note: str, *, on: date | None = None, electronic: bool = False,
          handling: str = "", action: Action | None = None) -> DebriefEntry:
    """A checked debrief entry."""
    rules = lifecycle.rules()
    found = rules.category(category)
    if found is None:
        raise InputError(_("onbekende categorie {category}; kies uit: {choices}").format(
            category=repr(category), choices=", ".join(c.id for c in rules.categories)))
    if electronic and not found.electronic:
        raise InputError(_("'elektronisch' hoort niet bij categorie {category}").format(
            category=category))
    if rules.handling_of(handling) is None:
        raise InputError(_("onbekende afhandeling {handling}; kies uit: {choices}").format(
            handling=repr(handling),
            choices=", ".join(h.id for h in rules.handling if h.id)))
    note = note.strip()
    if not note:
        raise InputError(_("bij een nazorgregel hoort een toelichting"))
    if action is not None and not action.text.strip():
        raise InputError(_("een vervolgactie heeft een omschrijving nodig"))
    return DebriefEntry(category=category, note=note, on=on, electronic=electronic,
                        handling=handling, actions=[action] if action is not None else [])


def add(case: Case, new: DebriefEntry) -> int:
    """Append ``new``; returns its 1-based number."""
    check_kind(case)
    case.debrief.append(new)
    return len(case.debrief)


def set_action_done(case: Case, reference: str, done: bool = True) -> tuple[int, int]:
    """Tick off (or reopen) follow-up action ``reference`` ("ENTRY.ACTION", 1-based)."""
    number, _dot, sub = reference.strip().partition(".")
    try:
        n, m = int(number), int(sub)
    except ValueError:
        raise InputError(_("geef de vervolgactie als NAZORGREGEL.ACTIE, bijvoorbeeld 1.1; niet "
                           "{reference}").format(reference=repr(reference[:20]))) from None
    if not 1 <= n <= len(case.debrief):
        raise InputError(_("nazorgregel {number} bestaat niet (er zijn er {count})").format(
            number=n, count=len(case.debrief)))
    actions = case.debrief[n - 1].actions
    if not 1 <= m <= len(actions):
        raise InputError(_("nazorgregel {number} heeft geen vervolgactie {action} (er zijn er "
                           "{count})").format(number=n, action=m, count=len(actions)))
    actions[m - 1].done = done
    return n, m
