"""The fingerprint of a case: SHA-256 over a canonical serialisation of its content.

A sign-off records the fingerprint of what was signed; the case summary PDF prints it (and a QR
code carrying it) and puts it in its metadata, so that ``chinacheck verify`` and a reader of a
paper copy can tell whether a PDF shows the case as it is now.

What is in, and what is out (also in docs/case-format.md):

- in: ``id``, ``revision``, ``title``, ``kind``, ``organisation``, ``preparer``,
  ``start_date``, ``end_date``, ``counterparts``, ``intermediaries``, ``topics``, ``answers``,
  ``measures``, ``overall_risk``, ``decision``, ``content_version``, ``four_eyes`` (only when
  present) and any top-level key this version does not know (kept verbatim, so it may be
  content);
- out: ``format`` and ``schema_version`` (the fingerprint survives a format upgrade),
  ``created`` and ``modified`` (times, not content), ``signoffs`` (a sign-off records the
  fingerprint, so it cannot be part of it), ``conditions`` (their progress is tracked after the
  final sign-off), ``audit`` (it grows with every save and export) and, since format
  version 4, ``phase``, ``ended``, ``next_review`` and ``debrief`` (the life of the case after
  its decision: chinacheck.case.lifecycle) and, since version 5, ``woo`` (the Woo markings,
  changed when a request comes in: chinacheck.case.woo).

The canonical serialisation is the case file's own JSON form of those keys plus
``"fingerprint_version": 1``, written with sorted keys, no whitespace (separators ``,`` and
``:``), non-ASCII characters as UTF-8 (not ``\\u`` escapes) and no further normalisation: a
string is hashed exactly as it is stored.
"""

from __future__ import annotations

import hashlib
from typing import Any

from chinacheck.case import auditchain, caseformat
from chinacheck.case.caseformat_signoffs import signoff_dict
from chinacheck.case.model import Case, SignOff

FINGERPRINT_VERSION = 1

CONTENT_KEYS = (
    "id", "revision", "title", "kind", "organisation", "preparer", "start_date", "end_date",
    "counterparts", "intermediaries", "topics", "answers", "measures", "overall_risk",
    "decision", "content_version",
)
EXCLUDED_KEYS = ("format", "schema_version", "created", "modified", "signoffs", "conditions",
                 "audit", "phase", "ended", "next_review", "debrief", "woo")


canonical_json = auditchain.canonical_json
PART_DIGEST_CHARS = 16
SEAL_FORMAT = "chinacheck-seal"
SEAL_VERSION = 1


def canonical_content(case: Case) -> dict[str, Any]:
    data = caseformat.to_dict(case, chain=False)
    content = {key: value for key, value in data.items() if key not in EXCLUDED_KEYS}
    content["fingerprint_version"] = FINGERPRINT_VERSION
    return content


def canonical_bytes(case: Case) -> bytes:
    return canonical_json(canonical_content(case))


def fingerprint(case: Case) -> str:
    """The SHA-256 of :func:`canonical_bytes`, 64 lower-case hex digits."""
    return hashlib.sha256(canonical_bytes(case)).hexdigest()


def signoffs_digest(signoffs: list[SignOff]) -> str:
    """The SHA-256 over sign-offs (for the PDF metadata: did the PDF show these sign-offs?)."""
    return hashlib.sha256(canonical_json([signoff_dict(s) for s in signoffs])).hexdigest()


def grouped(value: str, size: int = 4) -> str:
    """'1a2b3c4d…' as '1a2b 3c4d …', for reading aloud and comparing by eye."""
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


def qr_payload(case: Case, value: str | None = None) -> str:
    """What the case summary's QR code carries: enough to check a paper copy by hand."""
    return f"chinacheck:case={case.id};revision={case.revision};sha256={value or fingerprint(case)}"


def parts(case: Case) -> dict[str, str]:
    """A short digest per part of the content: one per content key, one per answer
    (``answers/ITEM``). Not for security (the fingerprint is that): a final sign-off keeps them
    so that a later difference can be named ("answers/visit-programme changed")."""
    content = canonical_content(case)
    answers = content.pop("answers", {})
    found = {key: auditchain.sha256(value)[:PART_DIGEST_CHARS] for key, value in content.items()}
    found.update({f"answers/{item}": auditchain.sha256(value)[:PART_DIGEST_CHARS]
                  for item, value in answers.items()})
    return found


def seal_statement(case_id: str, signed: SignOff) -> bytes:
    """What a sealed sign-off's digital signature signs: the case, its revision, the
    fingerprint of that revision's content (SHA-256 of :func:`canonical_bytes`), the sign-off
    itself and the audit chain's link it was made after, as canonical JSON."""
    record = {key: value for key, value in signoff_dict(signed).items() if key != "seal"}
    return canonical_json({
        "format": SEAL_FORMAT, "version": SEAL_VERSION, "case_id": case_id,
        "revision": signed.revision, "fingerprint": signed.fingerprint,
        "audit_head": signed.audit_head, "signoff": record,
    })
