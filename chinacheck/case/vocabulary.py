"""The fixed words of a case file: answer statuses, risk levels, decisions, audit events.

Their values are stored in case files. Kept apart from the case dataclasses (chinacheck.case.model,
which re-exports them) so that the library and its labels can start without the whole model.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    OPEN = "open"
    JA = "ja"
    NEE = "nee"
    DEELS = "deels"
    NVT = "n.v.t."
    ONBEKEND = "onbekend"


class RiskLevel(StrEnum):
    UNDETERMINED = "nog niet bepaald"
    LAAG = "laag"
    MIDDEN = "midden"
    HOOG = "hoog"


class Decision(StrEnum):
    """What a sign-off decides; the values are stored in the case file."""

    DOORGAAN = "doorgaan"
    VOORWAARDEN = "doorgaan onder voorwaarden"
    NIET_DOORGAAN = "niet doorgaan"
    ADVIES_ICP = "eerst advies vragen (ICP)"


class AuditEvent(StrEnum):
    CREATED = "created"
    DETAILS_CHANGED = "details-changed"
    ANSWERS_CHANGED = "answers-changed"
    CONDITIONS_CHANGED = "conditions-changed"
    SIGNED = "signed"
    REOPENED = "reopened"
    EXPORTED = "exported"
    MIGRATED = "migrated"
    # Since format version 4 (chinacheck.case.lifecycle):
    PHASE_CHANGED = "phase-changed"
    REVIEW_SCHEDULED = "review-scheduled"
    DEBRIEF_CHANGED = "debrief-changed"
    # Since format version 5 (chinacheck.case.woo):
    WOO_MARKED = "woo-marked"
    # Since format version 6 (chinacheck.case.packs):
    CONTENT_MOVED = "content-moved"


class FourEyes(StrEnum):
    """A four-eyes policy (functiescheiding) for final sign-offs (chinacheck.case.foureyes);
    the values are stored in the settings and, as a per-case override, in the case file."""

    GEEN = "geen"
    ANDERE = "andere aftekenaar"
    TWEE = "twee aftekeningen"
