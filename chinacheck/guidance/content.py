"""The bundled brochure content (``resources/content/*.json``) as typed, read-only objects.

The brochure text is data; this module only reads it. The records are NamedTuples: read-only,
and several times cheaper to define than frozen dataclasses, which counts at start-up.
``origin`` tells brochure text (``"brochure"``) apart from wording ChinaCheck adds itself
(``"chinacheck"``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from chinacheck.errors import ContentError
from chinacheck.guidance.content_records import (
    KIND_NEEDS,
    Background,
    CaseKind,
    Chapter,
    Checklist,
    ChecklistItem,
    Contact,
    Contacts,
    Introduction,
    OwnText,
    QuestionGroup,
    Risk,
    Risks,
    Sector,
    Source,
    SubTechnology,
    TechnologyTable,
)
from chinacheck.guidance.pack_manifest import MANIFEST_NAME, PackInfo, Trust, parse_manifest
from chinacheck.i18n import N_, _, translate
from chinacheck.resource_files import read_text

__all__ = [
    "ID_FORM",
    "Background",
    "CONTENT_FILES",
    "CaseKind",
    "Chapter",
    "Checklist",
    "ChecklistItem",
    "Contact",
    "Contacts",
    "Content",
    "Introduction",
    "KIND_NEEDS",
    "OwnText",
    "QuestionGroup",
    "Risk",
    "Risks",
    "Sector",
    "Source",
    "SubTechnology",
    "TechnologyTable",
    "bundled_info",
    "load",
    "load_raw",
    "parse_content",
]

CONTENT_FILES = (
    "source",
    "introduction",
    "risks",
    "checklist",
    "case_kinds",
    "technologies",
    "synonyms",
    "contacts",
    "background",
)


@dataclass(frozen=True, eq=False)  # identity hash: caches key on the one loaded instance
class Content:
    source: Source
    introduction: Introduction
    risks: Risks
    checklist: Checklist
    kinds: tuple[CaseKind, ...]
    technologies: TechnologyTable
    synonyms: dict[str, tuple[str, ...]]
    contacts: Contacts
    background: Background
    raw: dict[str, Any] = field(repr=False, compare=False)
    # The packs this content was built from, the national one first (chinacheck.guidance.
    # pack_content); the bundled brochure alone when nothing else is active.
    packs: tuple[PackInfo, ...] = ()

    # --- look-ups -------------------------------------------------------------------------
    def items(self) -> Iterator[ChecklistItem]:
        for group in self.checklist.groups:
            yield from group.items

    @property
    def item_ids(self) -> frozenset[str]:
        return frozenset(item.id for item in self.items())

    @cached_property
    def item_numbers(self) -> dict[str, str]:
        """Each item's short number, "1.1", "1.2", … "2.1": its group's place and its own place
        in that group, in the content's order. Printed checklists lead with it and the app
        shows it, so that answers written on paper are easy to enter afterwards. It counts every
        item, also those a case kind leaves out, so one number is one question for every kind."""
        return {item.id: f"{g}.{n}" for g, group in enumerate(self.checklist.groups, start=1)
                for n, item in enumerate(group.items, start=1)}

    def number(self, item_id: str) -> str:
        """The item's short number (see item_numbers); "" for an id this content lacks."""
        return self.item_numbers.get(item_id, "")

    def item_by_number(self, number: str) -> ChecklistItem | None:
        return next((it for it in self.items() if self.number(it.id) == number.strip()), None)

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((it for it in self.items() if it.id == item_id), None)

    def kind(self, kind_id: str) -> CaseKind | None:
        return next((k for k in self.kinds if k.id == kind_id), None)

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(k.id for k in self.kinds)

    def applies(self, item_id: str, kind_id: str) -> bool:
        kind = self.kind(kind_id)
        return kind is None or item_id not in kind.exclude

    def items_for_kind(self, kind_id: str) -> list[ChecklistItem]:
        return [item for item in self.items() if self.applies(item.id, kind_id)]

    def groups_for_kind(self, kind_id: str) -> list[tuple[QuestionGroup, list[ChecklistItem]]]:
        result = []
        for group in self.checklist.groups:
            items = [it for it in group.items if self.applies(it.id, kind_id)]
            if items:
                result.append((group, items))
        return result

    def sector(self, sector_id: str) -> Sector | None:
        return next((s for s in self.technologies.sectors if s.id == sector_id), None)

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts.contacts if c.id == contact_id), None)

    @property
    def national(self) -> PackInfo | None:
        return self.packs[0] if self.packs else None

    def pack_info(self, ref_text: str) -> PackInfo | None:
        return next((p for p in self.packs if str(p.ref) == ref_text), None)

    @property
    def verified(self) -> bool:
        """Whether every pack of this content is bundled or signed by a trusted key."""
        return all(p.trust.verified for p in self.packs)


# --- parsing -----------------------------------------------------------------------------

def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value or ())


def _own(value: Any) -> OwnText:
    if isinstance(value, dict):
        return OwnText(str(value.get("text", "")))
    return OwnText(str(value or ""))


def _parse(raw: dict[str, Any], info: PackInfo | None = None) -> Content:
    src = raw["source"]
    full = src["full_version"]
    publisher = info.publisher_short if info else src.get("publisher_short", "NCTV")
    pack = str(info.ref) if info else ""
    source = Source(
        id=src["id"],
        title=src["title"],
        publisher=src["publisher"],
        publisher_short=src.get("publisher_short", "NCTV"),
        ministry=src["ministry"],
        date=src["date"],
        date_label=src["date_label"],
        edition=src.get("edition", ""),
        content_version=src["content_version"],
        full_version_text=full["text"],
        full_version_email=full["email"],
        full_version_instruction=full["instruction"],
        public_version_note=_own(src.get("public_version_note")),
    )
    intro = raw["introduction"]
    introduction = Introduction(
        lead=intro["lead"],
        paragraphs=_texts(intro["paragraphs"]),
        chapters=tuple(
            Chapter(int(c["number"]), c["text"], c["in_public_version"]) for c in intro["chapters"]
        ),
        chapters_note=_own(intro.get("chapters_note")),
    )
    rk = raw["risks"]
    risks = Risks(
        section_title=rk["section_title"],
        question=rk["question"],
        intro=_texts(rk.get("intro")),
        items=tuple(
            Risk(r["id"], r["heading"], _texts(r["paragraphs"]),
                 r.get("section", rk["section_title"]))
            for r in rk["risks"]
        ),
    )
    cl = raw["checklist"]
    checklist = Checklist(
        title=cl["title"],
        intro=_texts(cl.get("intro")),
        groups=tuple(
            QuestionGroup(
                id=g["id"],
                title=g["title"],
                guidance=_texts(g["guidance"]),
                items=tuple(
                    ChecklistItem(i["id"], i["type"], i["text"], i.get("label", ""), g["id"],
                                  i.get("label_en", ""), publisher, pack)
                    for i in g["items"]
                ),
            )
            for g in cl["groups"]
        ),
    )
    kinds = tuple(
        CaseKind(
            id=k["id"],
            label=k["label"],
            label_en=k.get("label_en", k["label"]),
            description=k.get("description", ""),
            exclude=frozenset(k.get("exclude", ())),
            emphasis=frozenset(k.get("emphasis", ())),
            needs=frozenset(k.get("needs", ())),
        )
        for k in raw["case_kinds"]["kinds"]
    )
    tt = raw["technologies"]
    technologies = TechnologyTable(
        title=tt["title"],
        intro=_texts(tt["intro"]),
        match_advice=tt["match_advice"],
        no_match=tt["no_match"],
        caveat=tt["caveat"],
        footnote=tt["footnote"],
        columns=dict(tt["columns"]),
        sectors=tuple(
            Sector(
                id=s["id"],
                name=s["name"],
                topsector=s["topsector"],
                sleuteltechnologie=s["sleuteltechnologie"],
                note=s.get("note", ""),
                subtechnologies=tuple(
                    SubTechnology(t["id"], t["name"], s["id"]) for t in s["subtechnologies"]
                ),
            )
            for s in tt["sectors"]
        ),
    )
    synonyms = {key: tuple(vals) for key, vals in raw["synonyms"]["terms"].items()}
    ct = raw["contacts"]
    known = set(Contact._fields)
    contacts = Contacts(
        intro=ct["intro"],
        contacts=tuple(
            Contact(**{k: str(v) for k, v in c.items() if k in known and k != "publisher"},
                    publisher=publisher)
            for c in ct["contacts"]
        ),
    )
    bg = raw["background"]
    background = Background(
        title=bg["title"],
        paragraphs=_texts(bg["paragraphs"]),
        source_publisher=bg["source"]["publisher"],
        source_title=bg["source"]["title"],
        source_date=bg["source"]["date"],
        source_date_label=bg["source"]["date_label"],
        source_url=bg["source"]["url"],
    )
    return Content(
        source, introduction, risks, checklist, kinds, technologies, synonyms, contacts,
        background, raw, (info,) if info else (),
    )


# An id is used in case files, Woo passage paths ("answers/ID/note") and file names: plain.
ID_FORM = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")


def _check(content: Content) -> None:
    ids = [item.id for item in content.items()]
    ids += [g.id for g in content.checklist.groups]
    ids += [s.id for s in content.technologies.sectors]
    ids += [t.id for s in content.technologies.sectors for t in s.subtechnologies]
    dupes = sorted(i for i, n in Counter(ids).items() if n > 1)  # linear: a pack may be big
    if dupes:
        raise ContentError(_("Dubbele id's in de meegeleverde inhoud: {ids}").format(
            ids=", ".join(dupes[:10])))
    odd = [i for i in [*ids, *content.kind_ids, *(c.id for c in content.contacts.contacts)]
           if not isinstance(i, str) or not ID_FORM.fullmatch(i)]
    if odd:
        raise ContentError(_("Ongeldige id's (alleen kleine letters, cijfers, '.', '-' en "
                             "'_'): {ids}").format(ids=", ".join(repr(i)[:40] for i in odd[:5])))
    known = set(ids)
    for kind in content.kinds:
        unknown = (kind.exclude | kind.emphasis) - known
        if unknown:
            raise ContentError(_("Soort {kind} noemt onbekende punten: {items}").format(
                kind=kind.id, items=", ".join(sorted(unknown))))
        if unknown_needs := kind.needs - KIND_NEEDS:
            raise ContentError(_("Soort {kind} vraagt onbekende gegevens: {items}").format(
                kind=kind.id, items=", ".join(sorted(unknown_needs))))
    unknown_syn = set(content.synonyms) - known
    if unknown_syn:
        raise ContentError(_("Synoniemen voor onbekende id's: {ids}").format(
            ids=", ".join(sorted(unknown_syn))))


def load_raw() -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for name in CONTENT_FILES:
        raw[name] = json.loads(read_text(f"content/{name}.json"))
    return raw


def parse_content(raw: dict[str, Any], info: PackInfo | None,
                  damaged: str = N_("De meegeleverde inhoud is beschadigd: {detail}")) -> Content:
    """Content from a national pack's parsed data files; a ContentError when it does not fit
    the schema (``damaged`` names whose content it is) or its ids do not add up."""
    try:
        content = _parse(raw, info)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ContentError(translate(damaged).format(detail=repr(exc)[:200])) from exc
    _check(content)
    return content


def bundled_info() -> PackInfo:
    """The bundled pack's identity, from its manifest (resources/content/pack.json)."""
    manifest = parse_manifest(json.loads(read_text(f"content/{MANIFEST_NAME}")))
    return PackInfo.of(manifest, Trust.BUNDLED)


@cache
def load() -> Content:
    """The bundled content, parsed and checked once per process."""
    return parse_content(load_raw(), bundled_info())
