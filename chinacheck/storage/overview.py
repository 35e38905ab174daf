"""The register at a glance: what the library's summaries say needs attention, as of a day.

Worked out from the library's entries only (``chinacheck.storage.library``), never by reading
a case file again, so that the overview of a folder of thousands of cases is ready as soon as
the folder is listed:

- the cases by phase (in the working rules' order);
- reviews due or overdue (:func:`chinacheck.case.lifecycle.review_state` of
  ``CaseSummary.next_review``), the most overdue first;
- trips and visits (kinds that get a debrief) under way or starting within ``horizon`` days;
- open actions across all cases, overdue first, then by due date, undated last;
- debriefs outstanding (:func:`chinacheck.case.lifecycle.debrief_due`).

An encrypted case shows nothing but that it is encrypted; a broken file is counted only. Each
line says where its case is to be opened (:class:`Place`). The day is passed in, so the
overview is the same on every machine for the same day and testable for any day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from chinacheck.case import lifecycle
from chinacheck.case.lifecycle import ReviewState
from chinacheck.case.model import CONDITIONS_KEY, DEBRIEF_KEY
from chinacheck.storage.library import (
    ActionSummary,
    BrokenCase,
    CaseSummary,
    EncryptedCase,
    LibraryEntry,
)

HORIZON_DAYS = 60


class Place(StrEnum):
    """Where in the open case a line of the overview leads."""

    DETAILS = "details"
    CHECKLIST = "checklist"  # the checklist item ``Target.item``
    CONDITIONS = "conditions"  # the sign-off's conditions (on the details)
    DEBRIEF = "debrief"


@dataclass(frozen=True)
class Target:
    path: Path
    place: Place = Place.DETAILS
    item: str = ""


@dataclass(frozen=True)
class ReviewLine:
    case: CaseSummary
    due: date
    state: ReviewState  # DUE or OVERDUE
    days: int  # until the review; negative when overdue

    @property
    def target(self) -> Target:
        return Target(self.case.path, Place.DETAILS)


@dataclass(frozen=True)
class TripLine:
    case: CaseSummary
    start: date
    end: date | None
    days: int  # until the start; 0 or negative while under way

    @property
    def target(self) -> Target:
        return Target(self.case.path, Place.DETAILS)


@dataclass(frozen=True)
class ActionLine:
    case: CaseSummary
    action: ActionSummary
    overdue: bool

    @property
    def target(self) -> Target:
        source = self.action.source
        if source == CONDITIONS_KEY:
            return Target(self.case.path, Place.CONDITIONS)
        if source == DEBRIEF_KEY:
            return Target(self.case.path, Place.DEBRIEF)
        return Target(self.case.path, Place.CHECKLIST, source)


@dataclass(frozen=True)
class DebriefLine:
    case: CaseSummary
    ended: date | None  # the trip's or visit's end date

    @property
    def target(self) -> Target:
        return Target(self.case.path, Place.DEBRIEF)


@dataclass(frozen=True)
class Overview:
    today: date
    by_phase: dict[str, list[CaseSummary]]  # every phase of the rules, in their order
    reviews: list[ReviewLine] = field(default_factory=list)
    trips: list[TripLine] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    debriefs: list[DebriefLine] = field(default_factory=list)
    encrypted: list[EncryptedCase] = field(default_factory=list)
    broken: list[BrokenCase] = field(default_factory=list)

    @property
    def overdue_reviews(self) -> int:
        return sum(line.state is ReviewState.OVERDUE for line in self.reviews)

    @property
    def overdue_actions(self) -> int:
        return sum(line.overdue for line in self.actions)


def build(entries: Iterable[LibraryEntry], today: date,
          review_months: Mapping[str, int] | None = None,
          horizon: int = HORIZON_DAYS) -> Overview:
    """The overview of ``entries`` as of ``today``; ``review_months`` are the settings'
    months per kind (``Settings.review_months``)."""
    rules = lifecycle.rules()
    overrides = dict(review_months) if review_months else None
    by_phase: dict[str, list[CaseSummary]] = {phase: [] for phase in rules.phase_ids}
    reviews: list[ReviewLine] = []
    trips: list[TripLine] = []
    actions: list[ActionLine] = []
    debriefs: list[DebriefLine] = []
    encrypted: list[EncryptedCase] = []
    broken: list[BrokenCase] = []
    last_day = today + timedelta(days=horizon)
    # Sorted by title, then id: one key per case (thousands of lines share a few cases).
    titles: dict[int, tuple[str, str]] = {}
    trip_kinds: dict[str, bool] = {}  # kinds that get a debrief: trips and visits
    for entry in entries:
        if isinstance(entry, EncryptedCase):
            encrypted.append(entry)
            continue
        if isinstance(entry, BrokenCase):
            broken.append(entry)
            continue
        titles[id(entry)] = (entry.title.casefold(), entry.id)
        by_phase.setdefault(entry.phase, []).append(entry)
        # CaseSummary.next_review, without its import per call
        review = lifecycle.review_date(entry.kind, entry.phase, entry.next_review_set,
                                       entry.decided_on, overrides)
        state = lifecycle.review_state(review, today)
        if review is not None and state in (ReviewState.DUE, ReviewState.OVERDUE):
            reviews.append(ReviewLine(entry, review, state, (review - today).days))
        trip = trip_kinds.get(entry.kind)
        if trip is None:
            trip = trip_kinds[entry.kind] = lifecycle.needs_debrief(entry.kind)
        closed = entry.phase in rules.closed
        if not closed and entry.start_date is not None and trip:
            last = entry.end_date or entry.start_date
            if entry.start_date <= last_day and last >= today:
                trips.append(TripLine(entry, entry.start_date, entry.end_date,
                                      (entry.start_date - today).days))
        for action in entry.actions:
            actions.append(ActionLine(entry, action,
                                      action.due is not None and action.due < today))
        if trip and lifecycle.debrief_due(entry.kind, entry.phase, entry.end_date, today):
            debriefs.append(DebriefLine(entry, entry.end_date))
    for cases in by_phase.values():
        cases.sort(key=lambda case: titles[id(case)])
    reviews.sort(key=lambda line: (line.due, titles[id(line.case)]))
    trips.sort(key=lambda line: (line.start, titles[id(line.case)]))
    actions.sort(key=lambda line: (not line.overdue, line.action.due is None,
                                   line.action.due or today, titles[id(line.case)],
                                   line.action.text.casefold()))
    debriefs.sort(key=lambda line: (line.ended or today, titles[id(line.case)]))
    return Overview(today, by_phase, reviews, trips, actions, debriefs, encrypted, broken)
