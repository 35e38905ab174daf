"""Case files edited by hand, as someone outside ChinaCheck would: plain JSON edits, and a
careful forger who recomputes every hash with the documented algorithms."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chinacheck.case import auditchain, caseformat, integrity
from chinacheck.case.caseformat_signoffs import audit_dict, signoff_dict

Document = dict[str, Any]
Change = Callable[[Document], object]


def edit(path: Path, change: Change) -> Path:
    """Apply ``change`` to the file's JSON, in place, as a text editor would."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def recompute(path: Path, change: Change) -> Path:
    """Edit, then recompute what a bare hash protects: every sign-off's fingerprint and parts
    (as of the content now), its "signed" entry, every digest of a sign-off and every link of
    the audit chain. Only a seal (a signature with a private key) is left as it was."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    for entry in data["audit"]:
        entry["prev"] = auditchain.GENESIS  # the loader wants one; recomputed below
    case = caseformat.from_dict(json.loads(json.dumps(data)))
    signed = [e for e in case.audit if e.event.value == "signed"]
    for signoff, entry in zip(case.signoffs, signed, strict=False):
        if signoff.revision == case.revision:
            signoff.fingerprint = integrity.fingerprint(case)
            if signoff.parts is not None:
                signoff.parts = integrity.parts(case)
        entry.detail["fingerprint"] = signoff.fingerprint
        entry.detail["name"], entry.detail["role"] = signoff.name, signoff.role
        entry.detail["decision"], entry.detail["final"] = signoff.decision.value, signoff.final
        if "signed_at" in entry.detail:
            entry.detail["signed_at"] = signoff.signed_at.isoformat()
    # audit_head and digests follow the links as they will now be written
    for signoff, entry in zip(case.signoffs, signed, strict=False):
        index = case.audit.index(entry)
        if signoff.audit_head is not None:
            signoff.audit_head = auditchain.head(audit_dict(e) for e in case.audit[:index])
        if "signoff" in entry.detail:
            entry.detail["signoff"] = auditchain.sha256(signoff_dict(signoff))
    path.write_bytes(caseformat.dumps(case))  # the writer chains the trail anew
    return path
