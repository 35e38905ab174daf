"""The version 4 part of the case file: the case's phase, its end, its next review and its
debrief (see :mod:`chinacheck.case.lifecycle`).

Like the conditions these are kept outside the fingerprint: they change after the decision.
Every value is checked and every failure names its field.
"""

from __future__ import annotations

from typing import Any

from chinacheck.case.caseformat_actions import action_dict, read_actions
from chinacheck.case.model import Case, DebriefEntry, Ended
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader

KEYS = ("phase", "ended", "next_review", "debrief")
INITIAL_PHASE = "voorbereiding"
DECIDED_PHASE = "besluit"
# A phase id is a short word from resources/workflow/lifecycle.json; a file may hold one this
# version does not know (a newer writer's), which is kept and shown as it is.
MAX_PHASE_CHARS = 40


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def debrief_dict(e: DebriefEntry) -> dict[str, Any]:
    return {"category": e.category, "on": _iso(e.on), "note": e.note,
            "electronic": e.electronic, "handling": e.handling,
            "actions": [action_dict(a) for a in e.actions]}


def to_dict(case: Case) -> dict[str, Any]:
    return {
        "phase": case.phase,
        "ended": ({"on": case.ended.on.isoformat(), "reason": case.ended.reason}
                  if case.ended is not None else None),
        "next_review": _iso(case.next_review),
        "debrief": [debrief_dict(e) for e in case.debrief],
    }


def from_dict(r: Reader, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments for Case(...) read from a current-version document."""
    phase = r.text(data, "phase", "", required=True)
    if not phase.strip() or len(phase) > MAX_PHASE_CHARS or not phase.isprintable():
        raise r.fail("phase", _("geen geldige fase"))
    ended = None
    if data.get("ended") is not None:
        obj = r.obj(data["ended"], "ended")
        on = r.date(obj, "on", "ended.")
        if on is None:
            raise r.fail("ended.on", _("ontbreekt"))
        ended = Ended(on=on, reason=r.text(obj, "reason", "ended.", required=True))
    debrief = []
    for n, raw in enumerate(r.lst(data.get("debrief", []), "debrief")):
        where = f"debrief[{n}]."
        obj = r.obj(raw, where[:-1])
        debrief.append(DebriefEntry(
            category=r.text(obj, "category", where, required=True),
            note=r.text(obj, "note", where),
            on=r.date(obj, "on", where),
            electronic=r.flag(obj, "electronic", where),
            handling=r.text(obj, "handling", where),
            actions=read_actions(r, obj.get("actions", []), where),
        ))
    return {"phase": phase, "ended": ended, "next_review": r.date(data, "next_review", ""),
            "debrief": debrief}


def migrate_3_to_4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 gives every case a phase: "besluit" for a case whose current revision has a
    final sign-off, else "voorbereiding"; no end, no review date set by hand, no debrief. (The
    save that writes the upgraded file adds a "migrated" entry.)"""
    return {**data, "phase": initial_phase(data), "ended": None, "next_review": None,
            "debrief": []}


def initial_phase(data: dict[str, Any]) -> str:
    """The phase a version-3 document is in: decided when its current revision ends with a
    final sign-off. A value of the wrong type gives "voorbereiding"; the loader names it."""
    revision, signoffs = data.get("revision"), data.get("signoffs")
    if not isinstance(signoffs, list):
        return INITIAL_PHASE
    current = [s for s in signoffs if isinstance(s, dict) and s.get("revision") == revision]
    return DECIDED_PHASE if current and current[-1].get("final") is True else INITIAL_PHASE
