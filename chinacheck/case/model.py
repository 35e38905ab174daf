"""The assessment case: plain dataclasses, no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

# The file format's words live in chinacheck.case.vocabulary; re-exported here, where they belong.
from chinacheck.case.vocabulary import AuditEvent as AuditEvent
from chinacheck.case.vocabulary import Decision as Decision
from chinacheck.case.vocabulary import FourEyes as FourEyes
from chinacheck.case.vocabulary import RiskLevel as RiskLevel
from chinacheck.case.vocabulary import Status as Status


def _new_id() -> str:
    import uuid  # on Python 3.11 uuid also imports platform: kept off the start-up path

    return str(uuid.uuid4())


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class Action:
    text: str
    owner: str = ""
    due: date | None = None
    done: bool = False


@dataclass
class Condition(Action):
    """A condition of a "doorgaan onder voorwaarden" sign-off, tracked like an action.

    Kept outside the answers (and outside the fingerprint) so that its progress can still be
    ticked off once the case is locked.
    """

    revision: int = 1  # the revision whose sign-off set the condition


@dataclass
class Despite:
    """Why a final sign-off was made although the case was not ready (chinacheck.case.readiness):
    the signer's reason and the gaps as listed at that moment, each as (code, text)."""

    reason: str
    gaps: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class SignOff:
    name: str
    role: str
    decision: Decision
    signed_at: datetime
    revision: int
    fingerprint: str  # of the case content at the moment of signing (chinacheck.case.integrity)
    conditions: str = ""
    statement: str = ""
    final: bool = False
    # Since format version 3 (absent on older sign-offs; see chinacheck.case.tamper):
    audit_head: str | None = None  # the audit chain's link this sign-off was made after
    parts: dict[str, str] | None = None  # a final sign-off's short digest per part of the content
    seal: str | None = None  # base64 DER of a detached CMS signature (chinacheck.signing.seal)
    despite: Despite | None = None  # a final sign-off made despite readiness gaps


@dataclass
class AuditEntry:
    at: datetime
    event: AuditEvent
    revision: int
    # JSON values only: changed item ids, a PDF's SHA-256, … (see docs/case-format.md)
    detail: dict[str, Any] = field(default_factory=dict)
    # The chain link this entry had in the file it was read from (None: made in memory). The
    # writer always writes the chain anew; this is only what the file claimed, for checking.
    prev: str | None = field(default=None, compare=False, repr=False)


@dataclass
class Answer:
    status: Status = Status.OPEN
    note: str = ""
    actions: list[Action] = field(default_factory=list)

    @property
    def is_answered(self) -> bool:
        return self.status is not Status.OPEN

    @property
    def is_empty(self) -> bool:
        return self.status is Status.OPEN and not self.note and not self.actions


@dataclass
class Counterpart:
    name: str
    organisation: str = ""
    role: str = ""  # role in the party-state
    notes: str = ""


@dataclass
class Intermediary:
    name: str
    organisation: str = ""
    background: str = ""


@dataclass
class Ended:
    """When and why a tie or collaboration was ended (phase "beeindigd")."""

    on: date
    reason: str


@dataclass
class DebriefEntry:
    """One thing that happened on a trip or visit, recorded afterwards (phase "nazorg").

    ``category`` and ``handling`` are ids from resources/workflow/debrief.json; like the
    conditions, the debrief is kept outside the fingerprint: it is written after the decision.
    """

    category: str
    note: str
    on: date | None = None
    electronic: bool = False  # a gift (USB stick, power bank, phone) that is a device
    handling: str = ""  # what was done: handed in, reported, …
    actions: list[Action] = field(default_factory=list)


@dataclass
class WooMark:
    """Woo grounds for withholding one passage (chinacheck.case.woo); no grounds: the passage
    was explicitly unmarked (a name then is not withheld by default). ``digest`` identifies the
    text the mark was made on, so that a mark can follow its text when a list is reordered."""

    grounds: list[str]
    digest: str


@dataclass(frozen=True)
class WithdrawnItem:
    """A question a newer edition of the guidance withdrew, as the case's answer was given to
    it: its text, its number then and the pack it came from."""

    text: str
    number: str
    pack: str


@dataclass
class Case:
    title: str
    kind: str = "overig"
    id: str = field(default_factory=_new_id)
    organisation: str = ""
    preparer: str = ""
    start_date: date | None = None
    end_date: date | None = None
    counterparts: list[Counterpart] = field(default_factory=list)
    intermediaries: list[Intermediary] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict)
    measures: str = ""
    overall_risk: RiskLevel = RiskLevel.UNDETERMINED
    decision: str = ""
    created: datetime = field(default_factory=now_utc)
    modified: datetime = field(default_factory=now_utc)
    content_version: str = ""
    revision: int = 1
    signoffs: list[SignOff] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)  # append-only
    # Since format version 4: the life of the case after (and around) its decision; outside the
    # fingerprint, like the conditions (see chinacheck.case.lifecycle).
    phase: str = "voorbereiding"
    ended: Ended | None = None
    next_review: date | None = None  # set by hand; else computed from the last final sign-off
    debrief: list[DebriefEntry] = field(default_factory=list)
    # This case's own four-eyes policy (chinacheck.case.foureyes); None: the organisation's.
    four_eyes: FourEyes | None = None
    # Since format version 5: Woo markings by passage path (chinacheck.case.woo); outside the
    # fingerprint, like the conditions: a Woo request comes after the decision.
    woo: dict[str, WooMark] = field(default_factory=dict)
    # Since format version 6 (chinacheck.case.packs): the content packs the case was answered
    # against, "id@version", the national one first; empty means the bundled brochure at
    # ``content_version``. After a move to a newer edition: the answers to confirm again
    # because their question was reworded, merged or split, and the questions the newer
    # edition withdrew (their answers stay, read-only). All three are in the fingerprint.
    content_packs: list[str] = field(default_factory=list)
    reconfirm: list[str] = field(default_factory=list)
    withdrawn: dict[str, WithdrawnItem] = field(default_factory=dict)
    # Top-level keys from a newer minor writer that this version does not know: kept verbatim.
    extra: dict[str, Any] = field(default_factory=dict)

    def answer(self, item_id: str) -> Answer:
        """The answer for an item, or a fresh open one (not stored until set)."""
        return self.answers.get(item_id) or Answer()

    def set_answer(self, item_id: str, answer: Answer) -> None:
        """Set (or clear) an answer; setting it confirms it again after a move to a newer
        edition of the guidance (chinacheck.case.packs)."""
        if item_id in self.reconfirm:
            self.reconfirm = [i for i in self.reconfirm if i != item_id]
        if answer.is_empty:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = answer

    def touch(self) -> None:
        self.modified = now_utc()

    def current_signoffs(self) -> list[SignOff]:
        return [s for s in self.signoffs if s.revision == self.revision]

    @property
    def locked(self) -> bool:
        """A final sign-off of the current revision locks the case until it is reopened."""
        current = self.current_signoffs()
        return bool(current) and current[-1].final

    def open_actions(self) -> list[tuple[str, Action]]:
        """Open actions as (item id, action); then the conditions under CONDITIONS_KEY and the
        debrief's follow-up actions under DEBRIEF_KEY."""
        actions: list[tuple[str, Action]] = [
            (item_id, action)
            for item_id, answer in self.answers.items()
            for action in answer.actions
            if not action.done
        ]
        actions += [(CONDITIONS_KEY, c) for c in self.conditions if not c.done]
        actions += [(DEBRIEF_KEY, a) for entry in self.debrief for a in entry.actions
                    if not a.done]
        return actions


# The "item id" under which open_actions() lists the conditions of sign-offs; no checklist
# item id has a space, so it cannot collide.
CONDITIONS_KEY = "voorwaarde aftekening"
DEBRIEF_KEY = "nazorg bezoek"  # has a space too: cannot collide with an item id
