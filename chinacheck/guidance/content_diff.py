"""What changed between two editions of the guidance ("wat is er veranderd").

Items are compared by their stable id; what an id alone cannot tell (renamed, merged, split,
withdrawn) the newer pack's manifest declares (``changes``). Used before an import
(``chinacheck packs diff``) and when an open case moves to a newer edition
(chinacheck.case.pack_move).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chinacheck.guidance.content import Content
from chinacheck.guidance.pack_manifest import ChangeKind, ItemChange
from chinacheck.i18n import N_

CHANGE_LABELS = {
    ChangeKind.RENAMED: N_("hernoemd"),
    ChangeKind.MERGED: N_("samengevoegd"),
    ChangeKind.SPLIT: N_("gesplitst"),
    ChangeKind.WITHDRAWN: N_("vervallen"),
}


@dataclass(frozen=True)
class Changed:
    id: str
    old: str
    new: str


@dataclass(frozen=True)
class ContentDiff:
    added: tuple[str, ...] = ()  # item ids new in the newer edition
    withdrawn: tuple[str, ...] = ()  # item ids gone without a successor
    reworded: tuple[Changed, ...] = ()  # same id, other text
    moved: tuple[ItemChange, ...] = ()  # renamed, merged or split (declared)
    table: tuple[Changed, ...] = ()  # technology-table rows: sector/sub-technology id, old → new
    contacts: tuple[Changed, ...] = ()  # contact id, old → new ("" when added or removed)
    packs: tuple[str, ...] = field(default=())  # "old → new" per pack that differs

    @property
    def empty(self) -> bool:
        return not (self.added or self.withdrawn or self.reworded or self.moved or self.table
                    or self.contacts)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "withdrawn": len(self.withdrawn),
                "reworded": len(self.reworded), "moved": len(self.moved),
                "table": len(self.table), "contacts": len(self.contacts)}


def _rows(content: Content) -> dict[str, str]:
    rows = {}
    for sector in content.technologies.sectors:
        flags = []
        if sector.topsector:
            flags.append("topsector")
        if sector.sleuteltechnologie:
            flags.append("sleuteltechnologie")
        rows[sector.id] = " · ".join([sector.name, *flags, sector.note]).rstrip(" ·")
        rows.update({t.id: t.name for t in sector.subtechnologies})
    return rows


def _contacts(old: Content, new: Content) -> tuple[Changed, ...]:
    """Per contact: one entry when it was added or removed (its name), else one per field
    that changed ("icp: email")."""
    ids = [c.id for c in old.contacts.contacts]
    ids += [c.id for c in new.contacts.contacts if c.id not in ids]
    found = []
    for cid in ids:
        before, after = old.contact(cid), new.contact(cid)
        if before is None or after is None:
            found.append(Changed(cid, before.name if before else "", after.name if after else ""))
            continue
        found += [Changed(f"{cid}: {name}", value, getattr(after, name))
                  for name, value in before._asdict().items()
                  if name not in ("id", "publisher") and getattr(after, name) != value]
    return tuple(found)


def declared_changes(new: Content) -> tuple[ItemChange, ...]:
    """The changes the newer content's packs declare (see docs/content-packs.md)."""
    return tuple(change for pack in new.packs for change in pack.changes)


def diff(old: Content, new: Content,
         changes: tuple[ItemChange, ...] | None = None) -> ContentDiff:
    """The differences from ``old`` to ``new``; ``changes`` are the declared ones (by default
    those of ``new``'s packs), kept only where they fit both editions."""
    declared = declared_changes(new) if changes is None else changes
    old_ids, new_ids = set(old.item_ids), set(new.item_ids)
    moved = tuple(c for c in declared if c.change is not ChangeKind.WITHDRAWN
                  and set(c.sources) <= old_ids and set(c.targets) <= new_ids)
    sources = {i for c in moved for i in c.sources}
    targets = {i for c in moved for i in c.targets}
    old_order = [it.id for it in old.items()]
    new_order = [it.id for it in new.items()]
    reworded = []
    for item_id in old_order:
        if item_id in new_ids:
            before, after = old.item(item_id), new.item(item_id)
            if before is not None and after is not None and before.text != after.text:
                reworded.append(Changed(item_id, before.text, after.text))
    old_rows, new_rows = _rows(old), _rows(new)
    table = tuple(Changed(key, old_rows.get(key, ""), new_rows.get(key, ""))
                  for key in list(old_rows) + [k for k in new_rows if k not in old_rows]
                  if old_rows.get(key, "") != new_rows.get(key, ""))
    contacts = _contacts(old, new)
    old_packs = {p.ref.id: p.ref.version for p in old.packs}
    new_packs = {p.ref.id: p.ref.version for p in new.packs}
    packs = tuple(f"{pid}: {old_packs.get(pid, '—')} → {new_packs.get(pid, '—')}"
                  for pid in dict.fromkeys([*old_packs, *new_packs])
                  if old_packs.get(pid) != new_packs.get(pid))
    return ContentDiff(
        added=tuple(i for i in new_order if i not in old_ids and i not in targets),
        withdrawn=tuple(i for i in old_order if i not in new_ids and i not in sources),
        reworded=tuple(reworded), moved=moved, table=table, contacts=contacts, packs=packs)
