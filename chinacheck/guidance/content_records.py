"""The records the guidance content is made of: read-only NamedTuples (several times cheaper to
define than frozen dataclasses, which counts at start-up). chinacheck.guidance.content builds
them from a pack's data files."""

from __future__ import annotations

from typing import NamedTuple


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
    # Whose text this is: the short name of the pack's publisher ("NCTV", an organisation), and
    # the pack it came from, "id@version" (chinacheck.guidance.pack_content).
    publisher: str = ""
    pack: str = ""

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
    publisher: str = ""  # whose entry: the short name of the pack's publisher
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
