"""Which edition of the guidance a case was answered against, and moving an open case to a
newer one.

A move carries every answer over by its stable id; a renamed item's answer goes to its new
id, a merged item gets the answers of the items merged into it (their notes joined), a split
item's answer goes to each part. Answers whose question was reworded, merged or split are
marked "opnieuw bevestigen" (``Case.reconfirm``) until someone sets or confirms them; the
answers to withdrawn questions stay, read-only, with the question as it was
(``Case.withdrawn``). The move is one "content-moved" audit entry; in the app it can be undone
until the case is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from chinacheck.case import audit
from chinacheck.case.model import Answer, AuditEvent, Case, Status, WithdrawnItem
from chinacheck.case.signoff import ensure_editable
from chinacheck.guidance.content import Content
from chinacheck.guidance.content_diff import ContentDiff, diff
from chinacheck.guidance.pack_manifest import ChangeKind, PackRef


def case_refs(case: Case) -> list[PackRef]:
    """The packs the case was answered against, the national one first. No ``content_packs``
    means the bundled brochure at the case's ``content_version`` (every case before format
    version 6, and every case on the bundled brochure alone since)."""
    if case.content_packs:
        return [PackRef.parse(text) for text in case.content_packs]
    from chinacheck.guidance.content import bundled_info

    bundled = bundled_info().ref
    return [PackRef(bundled.id, case.content_version or bundled.version)]


def record_packs(case: Case, content: Content) -> None:
    """Record ``content``'s packs as the ones the case is answered against."""
    case.content_version = content.source.content_version
    refs = [str(p.ref) for p in content.packs]
    from chinacheck.guidance.content import bundled_info

    implicit = [str(bundled_info().ref)]
    case.content_packs = [] if refs == implicit or not refs else refs


def same_packs(case: Case, content: Content) -> bool:
    return [str(r) for r in case_refs(case)] == [str(p.ref) for p in content.packs]


@dataclass(frozen=True)
class MoveResult:
    diff: ContentDiff
    carried: int  # answers kept under the same id
    moved: int  # answers moved to a renamed, merged or split item
    reconfirm: tuple[str, ...]  # item ids to confirm again
    withdrawn: tuple[str, ...]  # answered items the newer edition withdrew


def _joined(answers: list[Answer]) -> Answer:
    statuses = [a.status for a in answers if a.is_answered]
    notes = [a.note for a in answers if a.note]
    status = statuses[0] if statuses and all(s is statuses[0] for s in statuses) else (
        Status.OPEN if not statuses else Status.ONBEKEND)
    return Answer(status, "\n\n".join(notes), [x for a in answers for x in a.actions])


def move(case: Case, old: Content, new: Content) -> MoveResult:
    """Move an open case from ``old`` to ``new`` content (see the module's docstring);
    refuses a locked case (CaseLockedError)."""
    ensure_editable(case)
    changes = diff(old, new)
    answers = dict(case.answers)
    result: dict[str, Answer] = {}
    reconfirm = set(case.reconfirm)
    moved = 0
    for change in changes.moved:
        found = [answers.pop(i) for i in change.sources if i in answers]
        reconfirm -= set(change.sources)
        if not found:
            continue
        moved += len(found)
        joined = _joined(found)
        for target in change.targets:
            result[target] = Answer(joined.status, joined.note, list(joined.actions))
            if change.change is not ChangeKind.RENAMED:
                reconfirm.add(target)
    withdrawn = dict(case.withdrawn)
    gone = set(changes.withdrawn) | {i for i in answers if i not in new.item_ids
                                     and i not in case.withdrawn}
    for item_id in sorted(gone):
        reconfirm.discard(item_id)
        item = old.item(item_id)
        if item_id in answers and item is not None:
            pack = item.pack or (str(old.packs[0].ref) if old.packs else "")
            withdrawn[item_id] = WithdrawnItem(item.text, old.number(item_id), pack)
    reworded = {c.id for c in changes.reworded}
    for item_id, answer in answers.items():
        result.setdefault(item_id, answer)
        if item_id in reworded and answer.is_answered:
            reconfirm.add(item_id)
    carried = sum(1 for i in answers if i in new.item_ids)
    case.answers = result
    case.reconfirm = sorted(i for i in reconfirm if i in new.item_ids and i in result)
    case.withdrawn = withdrawn
    before = [str(r) for r in case_refs(case)]
    record_packs(case, new)
    audit.record(case, AuditEvent.CONTENT_MOVED, **{
        "from": before, "to": [str(p.ref) for p in new.packs], "counts": changes.counts(),
        "reconfirm": list(case.reconfirm), "withdrawn_answers": sorted(gone & set(answers)),
        "items": sorted(set(answers) | set(result) | {i for c in changes.moved
                                                      for i in c.sources}),
    })
    case.touch()
    return MoveResult(changes, carried, moved, tuple(case.reconfirm),
                      tuple(sorted(gone & set(answers))))


def confirm(case: Case, item_id: str) -> bool:
    """Take an item off the "opnieuw bevestigen" list (an answer set or confirmed again);
    True when it was on it."""
    if item_id in case.reconfirm:
        case.reconfirm = [i for i in case.reconfirm if i != item_id]
        return True
    return False
