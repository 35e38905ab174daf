"""The audit trail: what happened to a case. ChinaCheck only ever appends to it; a hash chain
(chinacheck.case.auditchain) shows a change made outside ChinaCheck.

Saving compares the case with the version on disk and records what changed (which fields,
which checklist items); signing, reopening and exporting record themselves. Entries are only
ever added: :func:`merge` keeps every entry of the file on disk even when the case in memory
lost some (an undo in the app restores an older snapshot of the whole case).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from chinacheck.case import auditchain, caseformat, integrity
from chinacheck.case.caseformat_lifecycle import debrief_dict
from chinacheck.case.caseformat_signoffs import audit_dict, condition_dict
from chinacheck.case.model import AuditEntry, AuditEvent, Case, now_utc

# The case details a "details-changed" entry names; answers and conditions have their own.
DETAIL_KEYS = (
    "title", "kind", "organisation", "preparer", "start_date", "end_date", "counterparts",
    "intermediaries", "topics", "measures", "overall_risk", "decision", "content_version",
)


def record(case: Case, event: AuditEvent, **detail: Any) -> AuditEntry:
    """Append an entry stamped now and with the case's current revision; returns it."""
    entry = AuditEntry(at=now_utc(), event=event, revision=case.revision, detail=dict(detail))
    case.audit.append(entry)
    return entry


def head(entries: list[AuditEntry]) -> str:
    """The chain link the next entry after ``entries`` gets (see chinacheck.case.auditchain)."""
    return auditchain.head(audit_dict(entry) for entry in entries)


def _extra(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in caseformat._KNOWN_KEYS}


def changed_fields(old: Case, new: Case) -> list[str]:
    before, after = caseformat.to_dict(old, chain=False), caseformat.to_dict(new, chain=False)
    fields = [key for key in DETAIL_KEYS if before.get(key) != after.get(key)]
    extra_before, extra_after = _extra(before), _extra(after)
    fields += sorted(k for k in set(extra_before) | set(extra_after)
                     if extra_before.get(k) != extra_after.get(k))
    return fields


def changed_items(old: Case, new: Case) -> list[str]:
    """Item ids whose answer was added, removed or changed."""
    before = caseformat.to_dict(old, chain=False)["answers"]
    after = caseformat.to_dict(new, chain=False)["answers"]
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def changed_conditions(old: Case, new: Case) -> list[int]:
    """1-based numbers of existing conditions changed (ticked off, owner, due) or removed.
    New conditions are not listed: only a sign-off adds them, and it records itself."""
    before = [condition_dict(c) for c in old.conditions]
    after = [condition_dict(c) for c in new.conditions]
    return [n + 1 for n, value in enumerate(before)
            if n >= len(after) or after[n] != value]


def changed_debrief(old: Case, new: Case) -> list[int]:
    """1-based numbers of debrief entries added, changed or removed."""
    before = [debrief_dict(e) for e in old.debrief]
    after = [debrief_dict(e) for e in new.debrief]
    return [n + 1 for n in range(max(len(before), len(after)))
            if n >= len(before) or n >= len(after) or before[n] != after[n]]


def changed_woo(old: Case, new: Case) -> list[dict[str, Any]]:
    """The Woo markings that changed, grouped by their new grounds (in path order): each as
    ``{"paths": […], "grounds": […]}``; ``"default": true`` for marks removed altogether (an
    undo), after which the default for names applies again."""
    groups: dict[tuple[str, ...] | None, list[str]] = {}
    for path in sorted(set(old.woo) | set(new.woo)):
        before, after = old.woo.get(path), new.woo.get(path)
        if before == after:
            continue
        key = tuple(after.grounds) if after is not None else None
        groups.setdefault(key, []).append(path)
    return [{"paths": paths, "grounds": list(key)} if key is not None
            else {"paths": paths, "grounds": [], "default": True}
            for key, paths in groups.items()]


def changes(old: Case, new: Case) -> list[AuditEntry]:
    """Entries describing how ``new`` differs from ``old`` (not appended to either)."""
    at = now_utc()
    entries: list[AuditEntry] = []
    # A move to a newer edition of the guidance records itself, as one entry: what it changed
    # is not listed again (chinacheck.case.packs).
    known = {_key(entry) for entry in old.audit}
    moves = [e for e in new.audit if e.event is AuditEvent.CONTENT_MOVED and _key(e) not in known]
    moved_items = {item for e in moves for item in e.detail.get("items", [])}
    fields = [f for f in changed_fields(old, new) if not (moves and f == "content_version")]
    items = [i for i in changed_items(old, new) if i not in moved_items]
    if fields:
        entries.append(AuditEntry(at, AuditEvent.DETAILS_CHANGED, new.revision,
                                  {"fields": fields}))
    if items:
        entries.append(AuditEntry(at, AuditEvent.ANSWERS_CHANGED, new.revision,
                                  {"items": items}))
    if numbers := changed_conditions(old, new):
        entries.append(AuditEntry(at, AuditEvent.CONDITIONS_CHANGED, new.revision,
                                  {"conditions": numbers}))
    if numbers := changed_debrief(old, new):
        entries.append(AuditEntry(at, AuditEvent.DEBRIEF_CHANGED, new.revision,
                                  {"entries": numbers}))
    entries += [AuditEntry(at, AuditEvent.WOO_MARKED, new.revision, detail)
                for detail in changed_woo(old, new)]
    return entries


def recorded_at_signing(previous: Case, case: Case) -> set[str]:
    """The change entries (as keys) a sign-off since ``previous`` already recorded for the edits
    saved with it (``signoff.sign_off(saved=…)``), when the content has not changed since that
    sign-off: the save then leaves them out instead of listing them again after it."""
    new_signoffs = case.signoffs[len(previous.signoffs):]
    if not new_signoffs:
        return set()
    if new_signoffs[-1].fingerprint != integrity.fingerprint(case):
        return set()  # edited after signing: the save lists what differs
    new = merge(previous.audit, case.audit)[len(previous.audit):]
    signed = [n for n, entry in enumerate(new) if entry.event is AuditEvent.SIGNED]
    return {_change_key(entry) for entry in new[:signed[-1]]} if signed else set()


def _change_key(entry: AuditEntry) -> str:
    """An entry without its time: what changed, not when it was noticed."""
    return json.dumps([entry.event.value, entry.revision, entry.detail], sort_keys=True,
                      ensure_ascii=False)


def unrecorded_changes(previous: Case, case: Case) -> list[AuditEntry]:
    """:func:`changes` less those a sign-off in the same save recorded before itself."""
    done = recorded_at_signing(previous, case)
    return [entry for entry in changes(previous, case) if _change_key(entry) not in done]


def merge(kept: list[AuditEntry], current: list[AuditEntry]) -> list[AuditEntry]:
    """Every entry of ``kept`` (the file on disk) in its order, then those of ``current`` that
    it does not have yet."""
    # Counted, not a set: two equal entries (the same change noticed twice within a second,
    # as at a save and again at a sign-off after an undo) are two entries.
    unmatched = Counter(_key(entry) for entry in kept)
    added = []
    for entry in current:
        key = _key(entry)
        if unmatched[key]:
            unmatched[key] -= 1
        else:
            added.append(entry)
    return list(kept) + added


def _key(entry: AuditEntry) -> str:
    return json.dumps(audit_dict(entry), sort_keys=True, ensure_ascii=False)
