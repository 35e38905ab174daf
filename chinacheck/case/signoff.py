"""Signing off a case, locking it, and reopening it as a new revision.

These functions change the case in memory and record themselves in its audit trail; the caller
saves (``store.save_case``). A final sign-off locks the case: ChinaCheck allows no change to its
content (``ensure_editable`` refuses, and so does saving) until it is reopened, which starts a
new revision. A change made outside ChinaCheck is recognised on load (chinacheck.case.tamper);
a forgery that recomputes the fingerprint only when the sign-off is sealed with a certificate.
Earlier sign-offs stay, each with the revision it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from chinacheck.case import audit, auditchain, foureyes, integrity, lifecycle
from chinacheck.case.caseformat_signoffs import signoff_dict
from chinacheck.case.model import (
    AuditEntry,
    AuditEvent,
    Case,
    Condition,
    Decision,
    Despite,
    FourEyes,
    SignOff,
    now_utc,
)
from chinacheck.errors import ChinaCheckError, InputError
from chinacheck.i18n import _

# Signs a seal statement (integrity.seal_statement) with the sign-off's time as its signing time
# and returns the detached CMS signature as base64; chinacheck.signing.seal makes one from a
# certificate.
Sealer = Callable[[bytes, datetime], str]


class CaseLockedError(ChinaCheckError):
    """An edit or sign-off refused because a final sign-off locked the case."""


def is_locked(case: Case) -> bool:
    return case.locked


def locked_message(case: Case) -> str:
    final = case.current_signoffs()[-1]
    return _("de zaak is definitief afgetekend door {name} (revisie {revision}); ChinaCheck "
             "staat geen wijzigingen toe; heropen de zaak om een nieuwe revisie te beginnen"
             ).format(name=final.name, revision=case.revision)


def ensure_editable(case: Case) -> None:
    """Raise CaseLockedError when the case is locked; call before changing its content."""
    if case.locked:
        raise CaseLockedError(locked_message(case))


def parse_decision(value: str) -> Decision:
    try:
        return Decision(value.strip())
    except ValueError:
        choices = ", ".join(f"'{d.value}'" for d in Decision)
        raise InputError(_("onbekend besluit {value}; kies uit: {choices}").format(
            value=repr(value), choices=choices)) from None


def condition_lines(text: str) -> list[str]:
    """One condition per non-empty line; list bullets typed by hand are dropped."""
    lines = (line.strip().lstrip("-•*").strip() for line in text.splitlines())
    return [line for line in lines if line]


def sign_off(case: Case, *, name: str, role: str, decision: Decision | str,
             conditions: str = "", statement: str = "", final: bool = False,
             at: datetime | None = None, sealer: Sealer | None = None,
             despite: Despite | None = None,
             four_eyes: FourEyes = foureyes.DEFAULT, saved: Case | None = None) -> SignOff:
    """Add a sign-off of the current revision; a final one locks the case.

    "Doorgaan onder voorwaarden" needs conditions, and only that decision may have them; each
    line of the conditions becomes a tracked condition (listed with the open actions), once
    per revision.

    The sign-off records the audit chain's link it follows (``audit_head``); a final one also
    a short digest per part of the content, so that a later change can be named. With
    ``sealer`` (final sign-offs only) the sign-off is sealed: its seal statement is signed
    with a certificate and the signature kept in the case file. ``despite`` (final sign-offs
    only; chinacheck.case.readiness.despite makes it) records why the case was decided although
    it was not ready; it is part of the sign-off, so of its digest and seal.

    ``four_eyes`` is the organisation's four-eyes policy; the case's own, if it has one, takes
    its place (chinacheck.case.foureyes). It may refuse a final sign-off (FourEyesError), or,
    under "twee aftekeningen", record the first of two as a sign-off that does not lock: then
    the returned sign-off is not final, and ``despite`` is not kept (it belongs with the
    sign-off that decides). Sealing such a first sign-off is refused.

    ``saved`` is the case as last saved (``store.saved_version``): the edits made since then are
    recorded in the audit trail first, so that the trail reads edit → sign-off (and the
    sign-off's ``audit_head``, and so its seal, follows them); the save that follows does not
    record them again.
    Raises CaseLockedError, InputError, or what ``sealer`` raises, and then leaves the case as
    it was.
    """
    ensure_editable(case)
    decision = parse_decision(decision) if isinstance(decision, str) else decision
    name, role = name.strip(), role.strip()
    if not name:
        raise InputError(_("de naam van wie aftekent mag niet leeg zijn"))
    if not role:
        raise InputError(_("de functie of rol van wie aftekent mag niet leeg zijn"))
    lines = condition_lines(conditions)
    if decision is Decision.VOORWAARDEN and not lines:
        raise InputError(_("bij 'doorgaan onder voorwaarden' horen voorwaarden (--conditions)"))
    if decision is not Decision.VOORWAARDEN and lines:
        raise InputError(_("voorwaarden horen alleen bij het besluit 'doorgaan onder "
                           "voorwaarden'"))
    if despite is not None and not final:
        raise InputError(_("een reden om ondanks ontbrekende punten af te tekenen hoort bij een "
                           "definitieve aftekening"))
    if despite is not None and not despite.reason.strip():
        raise InputError(_("de reden om ondanks ontbrekende punten af te tekenen mag niet leeg "
                           "zijn"))
    if sealer is not None and not final:
        raise InputError(_("alleen een definitieve aftekening kan worden verzegeld"))
    policy = foureyes.in_effect(case, four_eyes)
    first_of_two = final and not foureyes.locks(case, name, final, four_eyes)
    if first_of_two:
        if sealer is not None:
            raise foureyes.FourEyesError(_(
                "functiescheiding (twee aftekeningen): deze eerste aftekening vergrendelt de "
                "zaak niet en kan niet worden verzegeld; verzegel de tweede, definitieve"))
        final, despite = False, None
    pending = audit.changes(saved, case) if saved is not None else []
    signed = SignOff(
        name=name, role=role, decision=decision, signed_at=at or now_utc(),
        revision=case.revision, fingerprint=integrity.fingerprint(case),
        conditions="\n".join(lines), statement=statement.strip(), final=final,
        audit_head=audit.head(case.audit + pending),
        parts=integrity.parts(case) if final else None, despite=despite,
    )
    if sealer is not None:
        signed.seal = sealer(integrity.seal_statement(case.id, signed), signed.signed_at)
    case.audit += pending
    case.signoffs.append(signed)
    # A second signer repeating a condition of this revision does not make it two actions.
    tracked = {c.text for c in case.conditions if c.revision == case.revision}
    case.conditions += [Condition(text=line, revision=case.revision) for line in lines
                        if line not in tracked]
    detail: dict[str, object] = {
        "name": name, "role": role, "decision": decision.value, "final": final,
        "fingerprint": signed.fingerprint, "signed_at": signed.signed_at.isoformat(),
        "signoff": auditchain.sha256(signoff_dict(signed)),
    }
    if signed.seal is not None:
        detail["sealed"] = True
    if despite is not None:
        detail["reason"] = despite.reason
        detail["gaps"] = len(despite.gaps)
    if policy is not FourEyes.GEEN:
        detail[foureyes.FIELD] = policy.value
    if first_of_two:
        detail["first_of_two"] = True
    # Stamped with the sign-off's own time, so that the two can be compared exactly.
    case.audit.append(AuditEntry(signed.signed_at, AuditEvent.SIGNED, case.revision, detail))
    lifecycle.after_final_signoff(case)
    return signed


def reopen(case: Case, reason: str = "", *, review: bool = False) -> int:
    """Start a new revision of a locked case; returns the new revision number.

    ``review``: the periodic review of a standing tie (chinacheck.case.lifecycle): the answers
    carry over, to be confirmed or changed, and the entry says it is a review.
    """
    if not case.locked:
        if review:
            raise InputError(_("een herbeoordeling begint bij een definitief afgetekende zaak; "
                               "deze zaak is nog niet (opnieuw) besloten"))
        raise InputError(_("de zaak is niet definitief afgetekend; heropenen is niet nodig"))
    previous = case.revision
    case.revision += 1
    detail: dict[str, object] = {"from_revision": previous}
    if review:
        detail["review"] = True
    if reason.strip():
        detail["reason"] = reason.strip()
    audit.record(case, AuditEvent.REOPENED, **detail)
    lifecycle.after_reopen(case)
    return case.revision


def set_four_eyes(case: Case, policy: FourEyes | None) -> bool:
    """Give the case its own four-eyes policy (None: follow the organisation's again; see
    chinacheck.case.foureyes), recorded in the audit trail as a change of the field
    ``four_eyes`` with its new and previous value; refused on a locked case. Returns whether
    anything changed."""
    ensure_editable(case)
    if policy == case.four_eyes:
        return False
    previous = case.four_eyes
    case.four_eyes = policy
    audit.record(case, AuditEvent.DETAILS_CHANGED, fields=[foureyes.FIELD],
                 four_eyes=policy.value if policy is not None else None,
                 previous=previous.value if previous is not None else None)
    return True


def set_condition_done(case: Case, number: int, done: bool = True) -> None:
    """Tick a condition off (1-based ``number``); allowed on a locked case, as tracking the
    conditions is what follows the sign-off. The save records it in the audit trail."""
    if not 1 <= number <= len(case.conditions):
        raise InputError(_("er is geen voorwaarde {number}; de zaak heeft er {count}").format(
            number=number, count=len(case.conditions)))
    case.conditions[number - 1].done = done
