"""The version 2 parts of the case file: revision, sign-offs, conditions and the audit trail.

Kept apart from :mod:`chinacheck.case.caseformat` so that each module stays about one thing; the
rules are the same: every value is checked and every failure names its field.
"""

from __future__ import annotations

import json
from typing import Any

from chinacheck.case.model import (
    AuditEntry,
    AuditEvent,
    Case,
    Condition,
    Decision,
    SignOff,
)
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader

KEYS = ("revision", "signoffs", "conditions", "audit")


def signoff_dict(s: SignOff) -> dict[str, Any]:
    return {
        "name": s.name, "role": s.role, "decision": s.decision.value,
        "signed_at": s.signed_at.isoformat(), "revision": s.revision,
        "fingerprint": s.fingerprint, "conditions": s.conditions, "statement": s.statement,
        "final": s.final,
    }


def condition_dict(c: Condition) -> dict[str, Any]:
    return {"text": c.text, "owner": c.owner, "due": c.due.isoformat() if c.due else None,
            "done": c.done, "revision": c.revision}


def audit_dict(e: AuditEntry) -> dict[str, Any]:
    return {"at": e.at.isoformat(), "event": e.event.value, "revision": e.revision,
            "detail": e.detail}


def to_dict(case: Case) -> dict[str, Any]:
    return {
        "revision": case.revision,
        "signoffs": [signoff_dict(s) for s in case.signoffs],
        "conditions": [condition_dict(c) for c in case.conditions],
        "audit": [audit_dict(e) for e in case.audit],
    }


def _signoff(r: Reader, raw: Any, where: str) -> SignOff:
    obj = r.obj(raw, where[:-1])
    fingerprint = r.text(obj, "fingerprint", where, required=True)
    if len(fingerprint) != 64 or any(ch not in "0123456789abcdef" for ch in fingerprint):
        raise r.fail(f"{where}fingerprint", _("geen SHA-256 in kleine hexadecimale letters"))
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
