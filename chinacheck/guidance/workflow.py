"""ChinaCheck's working rules for the life of a case (``resources/workflow/*.json``).

The phases a case passes through, which moves between them each kind of case allows, which
kinds are reviewed periodically and which get a debrief, and the categories of a debrief. This
is ChinaCheck's own wording and data (``origin: "chinacheck"``), not the brochure's: a debrief
category only *points at* brochure advice and contacts, which are shown as quoted from it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, NamedTuple

from chinacheck.errors import ContentError
from chinacheck.i18n import _
from chinacheck.resource_files import read_text


class Phase(NamedTuple):
    id: str
    label: str
    label_en: str
    description: str

    def shown(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


class Transition(NamedTuple):
    source: str
    target: str
    kinds: frozenset[str] | None  # None: every kind


class KindRules(NamedTuple):
    review_months: int  # 0: not reviewed periodically
    debrief: bool


class DebriefCategory(NamedTuple):
    id: str
    label: str
    label_en: str
    hint: str
    hint_en: str
    electronic: bool  # whether "electronic?" applies (a gift can be a USB stick)
    brochure_items: tuple[str, ...]  # checklist item ids whose brochure text applies
    contacts: tuple[str, ...]  # brochure contact ids

    def shown(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


class Handling(NamedTuple):
    id: str
    label: str
    label_en: str

    def shown(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


class Workflow(NamedTuple):
    phases: tuple[Phase, ...]
    initial: str
    decided: str
    ended: str
    closed: frozenset[str]  # no review, no debrief: afgesloten, beëindigd
    debrief_phase: str
    running: frozenset[str]  # decided or under way: a trip past its end date needs its debrief
    review_due_days: int
    kinds: dict[str, KindRules]
    transitions: tuple[Transition, ...]
    categories: tuple[DebriefCategory, ...]
    handling: tuple[Handling, ...]

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    @property
    def phase_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.phases)

    def rules(self, kind: str) -> KindRules:
        return self.kinds.get(kind) or self.kinds.get("overig") or KindRules(0, False)

    def targets(self, kind: str, phase: str) -> list[str]:
        """The phases a case of ``kind`` may move to from ``phase``, in the data's order."""
        return [t.target for t in self.transitions
                if t.source == phase and (t.kinds is None or kind in t.kinds)]

    def category(self, category_id: str) -> DebriefCategory | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def handling_of(self, handling_id: str) -> Handling | None:
        return next((h for h in self.handling if h.id == handling_id), None)


def _parse(lifecycle: dict[str, Any], debrief: dict[str, Any]) -> Workflow:
    phases = tuple(Phase(p["id"], p["label"], p.get("label_en", p["label"]),
                         p.get("description", "")) for p in lifecycle["phases"])
    transitions = tuple(
        Transition(t["from"], t["to"], None if t["kinds"] == "*" else frozenset(t["kinds"]))
        for t in lifecycle["transitions"])
    kinds = {kind: KindRules(int(r.get("review_months", 0)), bool(r.get("debrief", False)))
             for kind, r in lifecycle["kinds"].items()}
    categories = tuple(
        DebriefCategory(c["id"], c["label"], c.get("label_en", c["label"]), c.get("hint", ""),
                        c.get("hint_en", ""), bool(c.get("electronic", False)),
                        tuple(c.get("brochure_items", ())), tuple(c.get("contacts", ())))
        for c in debrief["categories"])
    handling = tuple(Handling(h["id"], h["label"], h.get("label_en", h["label"]))
                     for h in debrief["handling"])
    return Workflow(phases, lifecycle["initial"], lifecycle["decided"], lifecycle["ended"],
                    frozenset(lifecycle["closed"]), lifecycle["debrief_phase"],
                    frozenset(lifecycle["running"]), int(lifecycle["review_due_days"]), kinds,
                    transitions, categories, handling)


def _check(workflow: Workflow) -> None:
    ids = set(workflow.phase_ids)
    named = {workflow.initial, workflow.decided, workflow.ended, workflow.debrief_phase,
             *workflow.closed, *workflow.running}
    named |= {t.source for t in workflow.transitions} | {t.target for t in workflow.transitions}
    if unknown := named - ids:
        raise ContentError(_("Onbekende fasen in de werkregels: {ids}").format(
            ids=", ".join(sorted(unknown))))
    category_ids = [c.id for c in workflow.categories]
    if len(set(category_ids)) != len(category_ids):
        raise ContentError(_("Dubbele categorieën in de werkregels voor nazorg"))


@cache
def load() -> Workflow:
    """The bundled working rules, parsed and checked once per process."""
    try:
        workflow = _parse(json.loads(read_text("workflow/lifecycle.json")),
                          json.loads(read_text("workflow/debrief.json")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ContentError(_("De meegeleverde werkregels zijn beschadigd: {detail}").format(
            detail=repr(exc))) from exc
    _check(workflow)
    return workflow
