"""The version 2 and 3 parts of the case file: revision, sign-offs, conditions and the audit
trail (a hash chain since version 3, see :mod:`chinacheck.case.auditchain`).

Kept apart from :mod:`chinacheck.case.caseformat` so that each module stays about one thing; the
rules are the same: every value is checked and every failure names its field.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from chinacheck.case import auditchain
from chinacheck.case.model import (
    AuditEntry,
    AuditEvent,
    Case,
    Condition,
    Decision,
    Despite,
    SignOff,
)
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader

KEYS = ("revision", "signoffs", "conditions", "audit")
MAX_SEAL_CHARS = 64 * 1024  # base64 of a detached CMS signature with its certificate chain
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(r"[0-9a-f]{16}")


def signoff_dict(s: SignOff) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": s.name, "role": s.role, "decision": s.decision.value,
        "signed_at": s.signed_at.isoformat(), "revision": s.revision,
        "fingerprint": s.fingerprint, "conditions": s.conditions, "statement": s.statement,
        "final": s.final,
    }
    # Written only when set, so that an older sign-off keeps exactly its old form (and the
    # digest of the sign-offs that a PDF made before the upgrade carries).
    if s.audit_head is not None:
        data["audit_head"] = s.audit_head
    if s.parts is not None:
        data["parts"] = dict(s.parts)
    if s.seal is not None:
        data["seal"] = s.seal
    if s.despite is not None:
        data["despite"] = {"reason": s.despite.reason,
                           "gaps": [{"code": code, "text": text} for code, text in s.despite.gaps]}
    return data


def condition_dict(c: Condition) -> dict[str, Any]:
    return {"text": c.text, "owner": c.owner, "due": c.due.isoformat() if c.due else None,
            "done": c.done, "revision": c.revision}


def audit_dict(e: AuditEntry) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "event": e.event.value, "revision": e.revision,
            "detail": e.detail}


def to_dict(case: Case, *, chain: bool = True) -> dict[str, Any]:
    """``chain=False``: each entry with the link it was read with (a placeholder for one made in
    memory), not hashed anew: a copy in memory that loads, not a file."""
    if chain:
        audit = auditchain.chained(audit_dict(e) for e in case.audit)
    else:
        audit = [{**audit_dict(e), "prev": e.prev or auditchain.GENESIS} for e in case.audit]
    return {
        "revision": case.revision,
        "signoffs": [signoff_dict(s) for s in case.signoffs],
        "conditions": [condition_dict(c) for c in case.conditions],
        "audit": audit,
    }


def _hex(r: Reader, obj: dict[str, Any], key: str, where: str, pattern: re.Pattern[str],
         required: bool = False) -> str | None:
    if key not in obj and not required:
        return None
    value = r.text(obj, key, where, required=True)
    if not pattern.fullmatch(value):
        raise r.fail(f"{where}{key}", _("geen SHA-256 in kleine hexadecimale letters"))
    return value


def _parts(r: Reader, obj: dict[str, Any], where: str) -> dict[str, str] | None:
    if "parts" not in obj:
        return None
    parts = r.obj(obj["parts"], f"{where}parts")
    for value in parts.values():
        if not isinstance(value, str) or not _HEX16.fullmatch(value):
            raise r.fail(f"{where}parts", _("verwacht per deel 16 kleine hexadecimale tekens"))
    return dict(parts)


def _seal(r: Reader, obj: dict[str, Any], where: str) -> str | None:
    if "seal" not in obj:
        return None
    value = r.text(obj, "seal", where)
    if not value or len(value) > MAX_SEAL_CHARS:
        raise r.fail(f"{where}seal", _("leeg of te lang voor een verzegeling"))
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise r.fail(f"{where}seal", _("geen base64")) from None
    return value


def _despite(r: Reader, obj: dict[str, Any], where: str) -> Despite | None:
    if "despite" not in obj:
        return None
    where = f"{where}despite."
    despite = r.obj(obj["despite"], where[:-1])
    reason = r.text(despite, "reason", where, required=True)
    gaps: list[tuple[str, str]] = []
    for n, raw in enumerate(r.lst(despite.get("gaps", []), f"{where}gaps")):
        gap = r.obj(raw, f"{where}gaps[{n}]")
        gaps.append((r.text(gap, "code", f"{where}gaps[{n}].", required=True),
                     r.text(gap, "text", f"{where}gaps[{n}].")))
    return Despite(reason=reason, gaps=gaps)


def _signoff(r: Reader, raw: Any, where: str) -> SignOff:
    obj = r.obj(raw, where[:-1])
    fingerprint = _hex(r, obj, "fingerprint", where, _HEX64, required=True)
    assert fingerprint is not None
    return SignOff(
        name=r.text(obj, "name", where, required=True),
        role=r.text(obj, "role", where),
        decision=r.enum(obj, "decision", where, Decision),
        signed_at=r.timestamp(obj, "signed_at", where),
        revision=r.positive(obj, "revision", where),
        fingerprint=fingerprint,
        conditions=r.text(obj, "conditions", where),
        statement=r.text(obj, "statement", where),
        final=r.flag(obj, "final", where),
        audit_head=_hex(r, obj, "audit_head", where, _HEX64),
        parts=_parts(r, obj, where),
        seal=_seal(r, obj, where),
        despite=_despite(r, obj, where),
    )


def _condition(r: Reader, raw: Any, where: str) -> Condition:
    obj = r.obj(raw, where[:-1])
    return Condition(
        text=r.text(obj, "text", where, required=True),
        owner=r.text(obj, "owner", where),
        due=r.date(obj, "due", where),
        done=r.flag(obj, "done", where),
        revision=r.positive(obj, "revision", where, default=1),
    )


def _audit_entry(r: Reader, raw: Any, where: str) -> AuditEntry:
    obj = r.obj(raw, where[:-1])
    detail = r.obj(obj.get("detail", {}), f"{where}detail")
    return AuditEntry(
        at=r.timestamp(obj, "at", where),
        event=r.enum(obj, "event", where, AuditEvent),
        revision=r.positive(obj, "revision", where),
        # A deep copy through JSON: the entry must not share lists with the parsed document.
        detail=json.loads(json.dumps(detail)),
        prev=_hex(r, obj, "prev", where, _HEX64, required=True),
    )


def from_dict(r: Reader, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments for Case(...) read from a current-version document."""
    revision = r.positive(data, "revision", "")
    signoffs = [_signoff(r, raw, f"signoffs[{n}].")
                for n, raw in enumerate(r.lst(data.get("signoffs", []), "signoffs"))]
    for n, s in enumerate(signoffs):
        if s.revision > revision:
            raise r.fail(f"signoffs[{n}].revision",
                         _("revisie {revision} is hoger dan die van de zaak ({case_revision})")
                         .format(revision=s.revision, case_revision=revision))
    conditions = [_condition(r, raw, f"conditions[{n}].")
                  for n, raw in enumerate(r.lst(data.get("conditions", []), "conditions"))]
    if "audit" not in data:
        raise r.fail("audit", _("ontbreekt"))
    audit = [_audit_entry(r, raw, f"audit[{n}].")
             for n, raw in enumerate(r.lst(data["audit"], "audit"))]
    return {"revision": revision, "signoffs": signoffs, "conditions": conditions,
            "audit": audit}


def migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 knew no sign-offs: every case is at revision 1, unsigned, and its audit trail
    starts with a "created" entry derived from the file's own ``created`` time. (The save that
    writes the upgraded file adds a "migrated" entry: that is when the upgrade happens.)"""
    created = data.get("created")
    audit: list[dict[str, Any]] = []
    if isinstance(created, str):  # a bad value is reported by the loader, with its field name
        audit.append({"at": created, "event": AuditEvent.CREATED.value, "revision": 1,
                      "detail": {"derived_from_version": 1}})
    return {**data, "revision": 1, "signoffs": [], "conditions": [], "audit": audit}


def migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 chains the audit trail: every entry gets the ``prev`` link to the one before.
    The links of an older file are made here, so they say only that the trail has not changed
    since the upgrade; the save that writes the upgraded file records in its "migrated" entry
    how many entries were chained so and what was checked then. Older sign-offs keep their
    form: no ``audit_head``, ``parts`` or ``seal``."""
    audit = data.get("audit")
    if not isinstance(audit, list) or not all(isinstance(e, dict) for e in audit):
        return data  # the loader names what is wrong with it
    # Links over the entries as the reader will see them (its own forms of times and values).
    r = Reader(None)
    try:
        entries = [audit_dict(_audit_entry(r, {**e, "prev": auditchain.GENESIS}, ""))
                   for e in audit]
    except CaseFileError:  # a bad entry: the loader reports it with its field name
        return data
    return {**data, "audit": [{**raw, "prev": linked["prev"]}
                              for raw, linked in zip(audit, auditchain.chained(entries),
                                                     strict=True)]}
