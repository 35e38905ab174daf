"""Was this case changed outside ChinaCheck? The check every reader of a case runs on load.

ChinaCheck allows no change to a finally signed-off revision, and its audit trail is only ever
appended to. A file edited by hand can still claim anything, so :func:`examine` compares what
the file says with itself:

- the content of a locked revision with the fingerprint its final sign-off recorded (naming the
  parts that differ when the sign-off kept a digest per part, format version 3);
- every sign-off with the "signed" entry the audit trail recorded for it (who, role, decision,
  final, fingerprint, time, seal, and since version 3 a digest of the whole sign-off and the
  audit chain's link it followed): a sign-off that disappeared, was added or was edited shows;
- the revision with the trail's "reopened" entries: a revision raised or lowered by hand shows;
  and (version 4) the phase with the trail's last "phase-changed" entry;
- the audit trail's hash chain (version 3): an entry deleted, moved, inserted or edited shows.

All of these are hashes anyone can recompute: a careful forger who rewrites the fingerprint,
the sign-off, the trail and every link is not recognised by them. That is what the seal is for
(a sign-off signed with a certificate, :mod:`chinacheck.signing.seal`), which adds its results
to the finding. What this module says is therefore "changed outside ChinaCheck", never "proven
genuine".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from chinacheck.case import auditchain, integrity, lifecycle
from chinacheck.case.caseformat_signoffs import audit_dict, signoff_dict
from chinacheck.case.model import AuditEntry, AuditEvent, Case, SignOff
from chinacheck.errors import one_line
from chinacheck.i18n import N_, _, translate

HEADLINE = N_("buiten ChinaCheck gewijzigd")  # translated where it is shown
# A sign-off made before format version 3 has no exact time in its audit entry: the entry was
# stamped a moment after the sign-off.
LEGACY_TIME_SLACK = timedelta(seconds=60)
MAX_NAMED = 8  # parts or entries named in one line; the rest are counted

CHECK_CHAIN = "audit-chain"
CHECK_SIGNOFFS = "signoffs-match-audit"
CHECK_REVISIONS = "revisions-match-audit"
CHECK_FINGERPRINT = "final-fingerprint"


@dataclass(frozen=True)
class SealStatus:
    """A sealed sign-off's signature as chinacheck.signing.seal found it."""

    signoff: int  # 1-based number among the case's sign-offs
    summary: str  # "handtekening van X op T: intact, geldig, niet vertrouwd (…)"
    ok: bool  # intact and valid: the signature covers this sign-off as it is now
    trusted: bool


@dataclass(frozen=True)
class Finding:
    differences: tuple[str, ...] = ()  # what was changed outside ChinaCheck; empty: nothing seen
    checked: tuple[str, ...] = ()  # the checks that applied to this case (CHECK_…)
    sealed: tuple[int, ...] = ()  # 1-based numbers of the sign-offs that claim a seal
    seals: tuple[SealStatus, ...] = field(default=())  # filled in by chinacheck.signing.seal
    unchecked: str = ""  # why the seals could not be checked here, if they could not

    @property
    def tampered(self) -> bool:
        return bool(self.differences)

    def untrusted(self) -> list[SealStatus]:
        return [s for s in self.seals if s.ok and not s.trusted]


def examine(case: Case) -> Finding:
    """Everything the file says about its own history that does not add up."""
    found: list[str] = []
    checked: list[str] = []
    links = _links(case.audit)
    if any(entry.prev is not None for entry in case.audit):
        checked.append(CHECK_CHAIN)
        found += _chain(case.audit, links)
    if case.signoffs or any(e.event is AuditEvent.SIGNED for e in case.audit):
        checked.append(CHECK_SIGNOFFS)
        found += _signoffs(case, links)
    checked.append(CHECK_REVISIONS)
    found += _revisions(case)
    if case.locked:
        checked.append(CHECK_FINGERPRINT)
        found += _content(case)
    sealed = tuple(n for n, s in enumerate(case.signoffs, start=1) if s.seal is not None)
    return Finding(capped(found), tuple(checked), sealed)


def capped(found: list[str]) -> tuple[str, ...]:
    """At most MAX_NAMED differences named, the rest counted: a file can hold a thousand
    sign-offs, and every line, banner and page that shows a finding shows all it names."""
    if len(found) <= MAX_NAMED:
        return tuple(found)
    return (*found[:MAX_NAMED], _("en nog {count} verschil(len)").format(
        count=len(found) - MAX_NAMED))


# --- the audit chain -----------------------------------------------------------------------

def _links(entries: list[AuditEntry]) -> list[str]:
    """links[i]: the hash of entry i as the file has it (its own ``prev`` included); an entry
    made in memory follows the one before."""
    out: list[str] = []
    prev = auditchain.GENESIS
    for entry in entries:
        prev = auditchain.link(audit_dict(entry), entry.prev if entry.prev is not None else prev)
        out.append(prev)
    return out


def _entry(entries: list[AuditEntry], index: int) -> str:
    e = entries[index]
    return _("regel {number} ({event}, {when})").format(
        number=index + 1, event=e.event.value, when=f"{e.at:%Y-%m-%d %H:%M}")


def _counted(lines: list[str]) -> list[str]:
    """The first break of the chain says what happened; the rest are counted."""
    if len(lines) <= 1:
        return lines
    return [lines[0], _("logboek: nog {count} regel(s) verder sluiten niet aan").format(
        count=len(lines) - 1)]


def _chain(entries: list[AuditEntry], links: list[str]) -> list[str]:
    where = {value: n for n, value in enumerate(links)}
    found: list[str] = []
    for n, entry in enumerate(entries):
        expected = links[n - 1] if n else auditchain.GENESIS
        if entry.prev is None or entry.prev == expected:
            continue
        if entry.prev == auditchain.GENESIS:
            found.append(_("logboek: {entry} staat als eerste regel in de keten; regels ervoor "
                           "zijn ingevoegd of verplaatst").format(entry=_entry(entries, n)))
        elif entry.prev in where and where[entry.prev] != n - 1:
            found.append(_("logboek: {entry} hoort na {other}; regels zijn verplaatst, "
                           "ingevoegd of verwijderd").format(
                entry=_entry(entries, n), other=_entry(entries, where[entry.prev])))
        elif n == 0:
            found.append(_("logboek: {entry} is niet de eerste regel; de regels ervoor zijn "
                           "verwijderd").format(entry=_entry(entries, 0)))
        else:
            found.append(_("logboek: {entry} sluit niet aan op de regel ervoor; die is "
                           "gewijzigd, of er is een regel tussenuit verwijderd").format(
                entry=_entry(entries, n)))
    return _counted(found)


# --- sign-offs against the audit trail -----------------------------------------------------

def _who(s: SignOff) -> str:
    return _("aftekening door {name} (revisie {revision})").format(
        name=one_line(s.name, 60), revision=s.revision)


_FIELDS = {"name": N_("naam"), "role": N_("functie"), "decision": N_("besluit"),
           "fingerprint": N_("vingerafdruk")}


def _field_differences(s: SignOff, entry: AuditEntry) -> list[str]:
    d = entry.detail
    recorded = {"name": s.name, "role": s.role, "decision": s.decision.value,
                "fingerprint": s.fingerprint}
    who = _who(s)
    found = [_("{signoff}: {field} is {value}, het logboek zegt {recorded}").format(
        signoff=who, field=translate(_FIELDS[key]), value=_plain(value), recorded=_plain(d[key]))
        for key, value in recorded.items() if key in d and d[key] != value]
    if "final" in d and d["final"] != s.final:
        found.append((_("{signoff}: definitief volgens het bestand, niet volgens het logboek")
                      if s.final else
                      _("{signoff}: definitief volgens het logboek, niet volgens het bestand")
                      ).format(signoff=who))
    if entry.revision != s.revision:
        found.append(_("{signoff}: het logboek noemt revisie {revision}").format(
            signoff=who, revision=entry.revision))
    recorded_at = _plain(d["signed_at"]) if "signed_at" in d else entry.at.isoformat()
    if ("signed_at" in d and d["signed_at"] != s.signed_at.isoformat()) or \
            ("signed_at" not in d and abs(entry.at - s.signed_at) > LEGACY_TIME_SLACK):
        found.append(_("{signoff}: tijdstip {when}, het logboek zegt {recorded}").format(
            signoff=who, when=s.signed_at.isoformat(), recorded=recorded_at))
    if d.get("sealed") is True and s.seal is None:
        found.append(_("{signoff}: de verzegeling is verwijderd").format(signoff=who))
    elif s.seal is not None and d.get("sealed") is not True:
        found.append(_("{signoff}: verzegeld, maar het logboek kent geen verzegeling").format(
            signoff=who))
    return found



def _plain(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 60 else text[:60] + "…")


def _same(s: SignOff, entry: AuditEntry) -> bool:
    d = entry.detail
    return (entry.revision == s.revision and d.get("name") == s.name
            and d.get("fingerprint") == s.fingerprint and d.get("decision") == s.decision.value)


def _pairs(signoffs: list[SignOff], signed: list[tuple[int, AuditEntry]]
           ) -> list[tuple[SignOff | None, tuple[int, AuditEntry] | None]]:
    """Sign-offs with their "signed" entries, in order. As many of each: one to one, so that an
    edited sign-off is compared with its entry. Otherwise a sign-off goes with the next entry
    that names the same signer, revision, decision and fingerprint, and what is left over is a
    sign-off without entry, or an entry without sign-off."""
    if len(signoffs) == len(signed):
        return list(zip(signoffs, signed, strict=True))
    pairs: list[tuple[SignOff | None, tuple[int, AuditEntry] | None]] = []
    at = 0
    for s in signoffs:
        match = next((k for k in range(at, len(signed)) if _same(s, signed[k][1])), None)
        if match is None:
            pairs.append((s, None))
            continue
        pairs += [(None, entry) for entry in signed[at:match]]
        pairs.append((s, signed[match]))
        at = match + 1
    pairs += [(None, entry) for entry in signed[at:]]
    return pairs


def _signoffs(case: Case, links: list[str]) -> list[str]:
    signed = [(n, e) for n, e in enumerate(case.audit) if e.event is AuditEvent.SIGNED]
    found: list[str] = []
    for s, pair in _pairs(case.signoffs, signed):
        if s is None:
            assert pair is not None
            entry = pair[1]
            found.append(_("aftekening verdwenen: het logboek noemt een aftekening door "
                           "{name} (revisie {revision}, {when}) die niet in het bestand "
                           "staat").format(name=_plain(entry.detail.get("name", "?")),
                                           revision=entry.revision,
                                           when=f"{entry.at:%Y-%m-%d %H:%M}"))
            continue
        if pair is None:
            found.append(_("{signoff} staat niet in het logboek").format(signoff=_who(s)))
            continue
        index, entry = pair
        differences = _field_differences(s, entry)
        if s.audit_head is not None:
            before = links[index - 1] if index else auditchain.GENESIS
            if s.audit_head != before:
                differences.append(_("{signoff}: het logboek vóór deze aftekening is "
                                     "gewijzigd").format(signoff=_who(s)))
        digest = entry.detail.get("signoff")
        if not differences and digest is not None and \
                digest != auditchain.sha256(signoff_dict(s)):
            differences.append(_("{signoff}: voorwaarden, verklaring of vastgelegde "
                                 "gegevens gewijzigd").format(signoff=_who(s)))
        found += differences
    if not found:
        found += _lock_claimed(case)
    return found


def _lock_claimed(case: Case) -> list[str]:
    """The trail says the current revision was finally signed off, the file says it is not."""
    finals = [e for e in case.audit if e.event is AuditEvent.SIGNED
              and e.revision == case.revision and e.detail.get("final") is True]
    if finals and not case.locked:
        return [_("revisie {revision} is volgens het logboek definitief afgetekend, maar het "
                  "bestand zegt van niet").format(revision=case.revision)]
    return []


# --- revisions -----------------------------------------------------------------------------

def _revisions(case: Case) -> list[str]:
    found: list[str] = []
    reopened = [(n, e) for n, e in enumerate(case.audit) if e.event is AuditEvent.REOPENED]
    starts = [e.detail.get("from_revision") for _n, e in reopened]
    # (the revision may be any number a file holds: compare counts before listing them)
    if len(reopened) != case.revision - 1 or starts != list(range(1, case.revision)):
        if len(reopened) < case.revision - 1:
            found.append(_("revisie {revision}, maar het logboek kent {count} "
                           "heropening(en): de revisie is buiten ChinaCheck verhoogd").format(
                revision=case.revision, count=len(reopened)))
        elif len(reopened) > case.revision - 1:
            found.append(_("revisie {revision}, maar het logboek kent {count} "
                           "heropening(en): de revisie is buiten ChinaCheck verlaagd").format(
                revision=case.revision, count=len(reopened)))
        else:
            found.append(_("de heropeningen in het logboek passen niet bij revisie "
                           "{revision}").format(revision=case.revision))
    for n, entry in reopened:
        start = entry.detail.get("from_revision")
        if not any(e.event is AuditEvent.SIGNED and e.revision == start
                   and e.detail.get("final") is True for e in case.audit[:n]):
            found.append(_("logboek: {entry} heropent revisie {revision} zonder definitieve "
                           "aftekening ervan").format(entry=_entry(case.audit, n),
                                                      revision=_plain(start)))
    higher = [n for n, e in enumerate(case.audit) if e.revision > case.revision]
    if higher:
        found.append(_("logboek: {entry} hoort bij revisie {revision}, hoger dan die van de "
                       "zaak ({current})").format(entry=_entry(case.audit, higher[0]),
                                                 revision=case.audit[higher[0]].revision,
                                                 current=case.revision))
    expected = lifecycle.expected_phase(case)
    if case.phase != expected:
        found.append(_("fase {phase}, maar volgens het logboek {expected}: de fase is buiten "
                       "ChinaCheck gewijzigd").format(phase=_plain(case.phase),
                                                      expected=_plain(expected)))
    return found + _order(case.audit)


def _order(entries: list[AuditEntry]) -> list[str]:
    """What ChinaCheck's own trails always are: at most one "created" entry, first, and
    revisions that never go down."""
    created = [n for n, e in enumerate(entries) if e.event is AuditEvent.CREATED]
    if len(created) > 1:
        return [_("logboek: {count} regels 'created', waar er één hoort").format(
            count=len(created))]
    if created and created[0] != 0:  # (a case signed before its first save has none)
        return [_("logboek: {entry} staat niet bovenaan, waar het hoort").format(
            entry=_entry(entries, created[0]))]
    for n in range(1, len(entries)):
        if entries[n].revision < entries[n - 1].revision:
            return [_("logboek: {entry} hoort bij revisie {revision}, na een regel van "
                      "revisie {previous}").format(entry=_entry(entries, n),
                                                   revision=entries[n].revision,
                                                   previous=entries[n - 1].revision)]
    return []


# --- the content of a locked revision ------------------------------------------------------

def changed_parts(case: Case, signed: SignOff) -> list[str] | None:
    """The parts of the content that differ from what ``signed`` recorded; None when the
    sign-off kept no parts (made before format version 3)."""
    if signed.parts is None:
        return None
    now = integrity.parts(case)
    return sorted(key for key in set(now) | set(signed.parts)
                  if now.get(key) != signed.parts.get(key))


def _content(case: Case) -> list[str]:
    final = case.current_signoffs()[-1]
    now = integrity.fingerprint(case)
    if now == final.fingerprint:
        return []
    who, when = one_line(final.name, 60), f"{final.signed_at:%Y-%m-%d %H:%M}"
    parts = changed_parts(case, final)
    if not parts:  # none kept (an older sign-off), or the kept ones were rewritten as well
        return [_("inhoud gewijzigd na de definitieve aftekening door {name} op {when} "
                  "(vingerafdruk bij aftekening {signed}…, nu {now}…; welk deel, is bij een "
                  "aftekening van vóór formaatversie 3 niet vast te stellen)").format(
            name=who, when=when, signed=final.fingerprint[:16], now=now[:16])]
    named = ", ".join(one_line(part, 60) for part in parts[:MAX_NAMED])
    if len(parts) > MAX_NAMED:
        named += f" (+{len(parts) - MAX_NAMED})"
    return [_("inhoud gewijzigd na de definitieve aftekening door {name} op {when}: "
              "{parts}").format(name=who, when=when, parts=named)]
