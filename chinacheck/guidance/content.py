"""The bundled brochure content (``resources/content/*.json``) as typed, read-only objects.

The brochure text is data; this module only reads it. The records are NamedTuples: read-only,
and several times cheaper to define than frozen dataclasses, which counts at start-up.
``origin`` tells brochure text (``"brochure"``) apart from wording ChinaCheck adds itself
(``"chinacheck"``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, NamedTuple

from chinacheck.errors import ContentError
from chinacheck.i18n import _
from chinacheck.resource_files import read_text

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


class OwnText(NamedTuple):
    """Wording written by ChinaCheck, never to be presented as the brochure's."""

    text: str


class Source(NamedTuple):
    id: str
    title: str
    publisher: str
    publisher_short: str
    ministry: str
    date: str
    date_label: str
    edition: str
    content_version: str
    full_version_text: str
    full_version_email: str
    full_version_instruction: str
    public_version_note: OwnText


class Chapter(NamedTuple):
    number: int
    text: str
    in_public_version: str  # "summary" | "partial" | "no"


class Introduction(NamedTuple):
    lead: str
    paragraphs: tuple[str, ...]
    chapters: tuple[Chapter, ...]
    chapters_note: OwnText


class Risk(NamedTuple):
    id: str
    heading: str
    paragraphs: tuple[str, ...]
    section: str


class Risks(NamedTuple):
    section_title: str
    question: str
    intro: tuple[str, ...]
    items: tuple[Risk, ...]


class ChecklistItem(NamedTuple):
    id: str
    type: str  # "question" | "advice"
    text: str  # the brochure's own (Dutch) words
    label: str  # own short label
    group_id: str
    label_en: str = ""  # own short label in English (the text itself stays the brochure's)

    def short_label(self, language: str) -> str:
        """Our short label in ``language`` ("nl" or "en"), else the brochure's text."""
        return (self.label_en if language == "en" else self.label) or self.text


class QuestionGroup(NamedTuple):
    id: str
    title: str
    guidance: tuple[str, ...]
    items: tuple[ChecklistItem, ...]


class Checklist(NamedTuple):
    title: str
    intro: tuple[str, ...]
    groups: tuple[QuestionGroup, ...]


# The case details a kind can need before a final sign-off (case_kinds.json "needs").
KIND_NEEDS = frozenset({"organisation", "period", "counterparts"})


class CaseKind(NamedTuple):
    id: str
    label: str
    label_en: str
    description: str
    exclude: frozenset[str]
    emphasis: frozenset[str]
    # Case details a final sign-off expects for this kind: "organisation", "period",
    # "counterparts" (chinacheck.case.readiness).
    needs: frozenset[str] = frozenset()


class SubTechnology(NamedTuple):
    id: str
    name: str
    sector_id: str


class Sector(NamedTuple):
    id: str
    name: str
    topsector: bool | None
    sleuteltechnologie: bool | None
    note: str
    subtechnologies: tuple[SubTechnology, ...]


class TechnologyTable(NamedTuple):
    title: str
    intro: tuple[str, ...]
    match_advice: str
    no_match: str
    caveat: str
    footnote: str
    columns: dict[str, str]
    sectors: tuple[Sector, ...]


class Contact(NamedTuple):
    id: str
    name: str
    role: str = ""
    email: str = ""
    instruction: str = ""
    postal_address: str = ""
    visiting_address: str = ""
    phone: str = ""
    website: str = ""
    instagram: str = ""
    instagram_url: str = ""


class Contacts(NamedTuple):
    intro: str
    contacts: tuple[Contact, ...]


class Background(NamedTuple):
    title: str
    paragraphs: tuple[str, ...]
    source_publisher: str
    source_title: str
    source_date: str
    source_date_label: str
    source_url: str


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


# --- parsing -----------------------------------------------------------------------------

def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value or ())


def _own(value: Any) -> OwnText:
    if isinstance(value, dict):
        return OwnText(str(value.get("text", "")))
    return OwnText(str(value or ""))


def _parse(raw: dict[str, Any]) -> Content:
    src = raw["source"]
    full = src["full_version"]
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
                                  i.get("label_en", ""))
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
            Contact(**{k: str(v) for k, v in c.items() if k in known}) for c in ct["contacts"]
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
        background, raw,
    )


def _check(content: Content) -> None:
    ids = [item.id for item in content.items()]
    ids += [g.id for g in content.checklist.groups]
    ids += [s.id for s in content.technologies.sectors]
    ids += [t.id for s in content.technologies.sectors for t in s.subtechnologies]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ContentError(_("Dubbele id's in de meegeleverde inhoud: {ids}").format(
            ids=", ".join(dupes)))
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


@cache
def load() -> Content:
    """The bundled content, parsed and checked once per process."""
    try:
        content = _parse(load_raw())
    except (KeyError, TypeError, ValueError) as exc:
        raise ContentError(_("De meegeleverde inhoud is beschadigd: {detail}").format(
            detail=repr(exc))) from exc
    _check(content)
    return content
