"""What of a case the case summary prints: all of it, up to a budget that bounds any PDF's cost.

A real case prints whole: the large example case (50 counterparts, a 1 000-character note on
every item, 100 actions) takes 56 000 of the budget's units. A file far beyond real use
(thousands of entries, texts of many pages, as the loader's limits still allow) would otherwise
take minutes and hundreds of pages. Such a case is printed up to the budget, sign-offs first,
then in the order the summary prints it: each text at most :data:`MAX_FIELD_CHARS` characters,
each list at most its :data:`MAX_ROWS`, and the whole at most :data:`BUDGET` units (a character
is one unit, a table row :data:`ROW_UNITS`), but always the first :data:`MIN_ROWS` rows of each
list and the first :data:`MIN_CHARS` characters of each text. A cut text ends in :data:`CUT`;
what was left out is counted in :class:`Omitted`, which the summary states on its first page.
The case file keeps all of it.

Only what is printed is cut. The fingerprint, the progress and the counts on the cover, the
screening advice and the document's metadata are always those of the whole case: the summary
takes them from the case itself, never from the copy made here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from chinacheck.case.model import Action, Answer, Case, Counterpart, Intermediary

MAX_FIELD_CHARS = 10_000  # one text: some three pages
BUDGET = 70_000  # units for the whole summary; the large example case takes 56 000
ROW_UNITS = 150  # a table row costs as much to lay out as this many characters
AUDIT_DETAIL_CHARS = 500  # an audit entry's detail, shown in one table cell
MIN_ROWS = 5  # of each list, printed even when the budget is spent
MIN_CHARS = 60  # of each text, printed even when the budget is spent
CUT = " […]"

# The most entries of each list printed. The audit trail prints its latest entries, sign-offs
# and conditions their latest too (the current revision's); other lists their first.
MAX_ROWS = {
    "counterparts": 300,
    "intermediaries": 100,
    "topics": 50,
    "answers": 50,  # answers the checklist does not show (other kinds, unknown items)
    "actions": 200,  # all answers together
    "signoffs": 20,
    "conditions": 50,
    "audit": 100,  # the latest, with a budget of their own
}

T = TypeVar("T")


@dataclass
class Omitted:
    """What the printed copy leaves out: texts cut, and entries of each list not printed."""

    texts: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.texts or any(self.rows.values()))


class _Budget:
    def __init__(self, units: int) -> None:
        self.left = units
        self.omitted = Omitted()

    def text(self, value: str) -> str:
        """``value`` as far as the budget allows: never more than MAX_FIELD_CHARS, never less
        than MIN_CHARS (a name stays readable when the budget is spent)."""
        keep = min(len(value), MAX_FIELD_CHARS, max(self.left, MIN_CHARS))
        self.left -= keep
        if keep == len(value):
            return value
        self.omitted.texts += 1
        return value[:keep] + CUT

    def rows(self, key: str, values: Sequence[T], make: Callable[[T], T], *,
             latest: bool = False) -> list[T]:
        """The entries of ``values`` to print, each made by ``make`` (which cuts its texts):
        at most MAX_ROWS[key]; beyond the first MIN_ROWS only while the budget lasts. The
        ``latest`` entries rather than the first, and made newest first."""
        ordered = list(reversed(values)) if latest else list(values)
        kept: list[T] = []
        for value in ordered[:MAX_ROWS[key]]:
            if len(kept) >= MIN_ROWS and self.left < ROW_UNITS:
                break
            self.left -= ROW_UNITS
            kept.append(make(value))
        left_out = len(values) - len(kept)
        if left_out:
            self.omitted.rows[key] = self.omitted.rows.get(key, 0) + left_out
        return list(reversed(kept)) if latest else kept


def printable(case: Case, shown_items: Sequence[str]) -> tuple[Case, Omitted]:
    """A copy of ``case`` cut to the print budget, and what it leaves out.

    ``shown_items`` are the checklist items the summary shows for the case's kind, in their
    order: their answers (status, note, actions) come first; other answers are an appendix.
    The sign-offs come before everything else, newest first: the current revision's, and
    whether the case is locked, are always printed. The audit trail has a budget of its own:
    its latest MAX_ROWS["audit"] entries.
    """
    budget = _Budget(BUDGET)
    budget.left -= len(case.title)  # printed whole: it names the document on every page
    t = budget.text
    signoffs = budget.rows("signoffs", case.signoffs, lambda s: replace(
        s, name=t(s.name), role=t(s.role), conditions=t(s.conditions),
        statement=t(s.statement)), latest=True)
    organisation, preparer, decision = t(case.organisation), t(case.preparer), t(case.decision)
    counterparts = budget.rows("counterparts", case.counterparts, lambda c: Counterpart(
        t(c.name), t(c.organisation), t(c.role), t(c.notes)))
    intermediaries = budget.rows("intermediaries", case.intermediaries, lambda i: Intermediary(
        t(i.name), t(i.organisation), t(i.background)))
    topics = budget.rows("topics", case.topics, _whole(budget))  # screened: never cut
    answers = _answers(budget, case.answers, shown_items)
    measures = t(case.measures)
    conditions = budget.rows("conditions", case.conditions, lambda c: replace(
        c, text=t(c.text), owner=t(c.owner)), latest=True)
    audit = _Budget(MAX_ROWS["audit"] * ROW_UNITS).rows(
        "audit", case.audit, lambda e: replace(e, detail=_detail(e.detail)), latest=True)
    if len(audit) < len(case.audit):
        budget.omitted.rows["audit"] = len(case.audit) - len(audit)
    copy = replace(case, counterparts=counterparts, intermediaries=intermediaries, topics=topics,
                   answers=answers, measures=measures, signoffs=signoffs, conditions=conditions,
                   audit=audit, organisation=organisation, preparer=preparer,
                   decision=decision)
    return copy, budget.omitted


def _whole(budget: _Budget) -> Callable[[str], str]:
    def charge(value: str) -> str:
        budget.left -= len(value)
        return value

    return charge


def _answers(budget: _Budget, answers: dict[str, Answer],
             shown_items: Sequence[str]) -> dict[str, Answer]:
    """Every answer the checklist shows, then the others as rows; their actions as rows of
    one list (MAX_ROWS["actions"] for all answers together)."""
    t = budget.text
    listed = set(shown_items)
    shown = [item_id for item_id in shown_items if item_id in answers]
    others = budget.rows("answers", [item_id for item_id in sorted(answers)
                                     if item_id not in listed], lambda item_id: item_id)
    actions = [(item_id, action) for item_id in shown + others
               for action in answers[item_id].actions]
    kept = budget.rows("actions", actions, lambda pair: (pair[0], replace(
        pair[1], text=t(pair[1].text), owner=t(pair[1].owner))))
    by_item: dict[str, list[Action]] = {}
    for item_id, action in kept:
        by_item.setdefault(item_id, []).append(action)
    return {item_id: Answer(answers[item_id].status, t(answers[item_id].note),
                            by_item.get(item_id, [])) for item_id in shown + others}


def _detail(detail: dict[str, Any]) -> dict[str, Any]:
    """An audit entry's detail, every text in it cut to AUDIT_DETAIL_CHARS and every list to
    a few entries (a detail is shown in one table cell)."""
    return {key: _cut_value(value, 0) for key, value in detail.items()}


def _cut_value(value: Any, depth: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= AUDIT_DETAIL_CHARS else value[:AUDIT_DETAIL_CHARS] + CUT
    if depth > 3 and isinstance(value, list | dict):
        return CUT.strip()
    if isinstance(value, list):
        cut = [_cut_value(v, depth + 1) for v in value[:20]]
        return cut + [CUT.strip()] if len(value) > 20 else cut
    if isinstance(value, dict):
        items = list(value.items())
        cut_dict = {str(k)[:AUDIT_DETAIL_CHARS]: _cut_value(v, depth + 1) for k, v in items[:20]}
        if len(items) > 20:
            cut_dict[CUT.strip()] = CUT.strip()
        return cut_dict
    return value
