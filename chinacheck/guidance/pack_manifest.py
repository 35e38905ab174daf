"""A content pack's manifest (``pack.json``): who publishes the guidance, which edition, and
the SHA-256 of every data file. The format is documented in docs/content-packs.md.

A pack is one flat folder (or a ZIP archive of one): ``pack.json``, an optional detached
signature ``pack.sig`` and the data files the manifest lists, each a plain ``NAME.json``. No
subfolders, so no name can point outside the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from chinacheck.errors import ContentError
from chinacheck.i18n import _
from chinacheck.jsonreader import shown

MANIFEST_NAME = "pack.json"
SIGNATURE_NAME = "pack.sig"
PACK_FORMAT = "chinacheck-pack"
PACK_FORMAT_VERSION = 1

# Bounded cost: a pack is a few hundred kilobytes; these limits leave a wide margin and stop a
# crafted pack (a zip bomb, a huge file, a deeply nested document) before it costs much.
MAX_FILES = 24
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_PACK_BYTES = 16 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_DEPTH = 12
MAX_TEXT_CHARS = 20_000
MAX_CHANGES = 500

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
FILE_PATTERN = re.compile(r"^[a-z0-9_-]{1,40}\.json$")
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")

# The data files of a national pack (all required) and those an organisation pack may add to it.
NATIONAL_FILES = ("source", "introduction", "risks", "checklist", "case_kinds", "technologies",
                  "synonyms", "contacts", "background")
ORGANISATION_FILES = ("checklist", "synonyms", "contacts")


class PackKind(StrEnum):
    NATIONAL = "national"  # the guidance itself (the NCTV brochure, or a later edition)
    ORGANISATION = "organisation"  # an organisation's own questions, synonyms and contacts


class ChangeKind(StrEnum):
    """How an item relates to the previous edition, where its id alone cannot tell."""

    RENAMED = "renamed"  # one id became another; the answer moves to it
    MERGED = "merged"  # several items became one
    SPLIT = "split"  # one item became several
    WITHDRAWN = "withdrawn"  # the item is gone; its answer is kept, read-only


class Trust(StrEnum):
    """How far a pack's text can be relied on (chinacheck.guidance.pack_signature)."""

    BUNDLED = "bundled"  # shipped with ChinaCheck: trusted by being bundled
    TRUSTED = "trusted"  # a sound signature by a key the organisation trusts
    UNTRUSTED = "untrusted"  # a sound signature by a key nobody said to trust
    UNSIGNED = "unsigned"  # no pack.sig at all

    @property
    def verified(self) -> bool:
        return self in (Trust.BUNDLED, Trust.TRUSTED)


class PackRef(NamedTuple):
    """A pack by id and version, written "id@version"."""

    id: str
    version: str

    def __str__(self) -> str:
        return f"{self.id}@{self.version}"

    @classmethod
    def parse(cls, text: str) -> PackRef:
        pack_id, sep, version = text.strip().partition("@")
        if not sep or not ID_PATTERN.match(pack_id) or not ID_PATTERN.match(version):
            raise ContentError(_("Geen pakketaanduiding (id@versie): {text}").format(
                text=shown(text)))
        return cls(pack_id, version)


class ItemChange(NamedTuple):
    change: ChangeKind
    sources: tuple[str, ...]  # ids in the previous edition
    targets: tuple[str, ...]  # ids in this edition (empty for withdrawn)


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    kind: PackKind
    title: str
    publisher: str
    publisher_short: str
    edition_date: str
    languages: tuple[str, ...]
    provenance_source: str
    provenance_url: str
    licence: str
    files: dict[str, str]  # data file name → SHA-256 hex
    previous: PackRef | None = None
    changes: tuple[ItemChange, ...] = ()

    @property
    def ref(self) -> PackRef:
        return PackRef(self.id, self.version)


class PackInfo(NamedTuple):
    """What a loaded content knows about each pack it was built from."""

    ref: PackRef
    kind: PackKind
    title: str
    publisher: str
    publisher_short: str
    edition_date: str
    trust: Trust = Trust.BUNDLED
    changes: tuple[ItemChange, ...] = ()  # declared relative to the previous edition

    @classmethod
    def of(cls, manifest: Manifest, trust: Trust) -> PackInfo:
        return cls(manifest.ref, manifest.kind, manifest.title, manifest.publisher,
                   manifest.publisher_short, manifest.edition_date, trust, manifest.changes)


def _fail(problem: str) -> ContentError:
    return ContentError(_("pack.json: {problem}").format(problem=problem))


def _text(data: dict[str, Any], key: str, required: bool = True, limit: int = 500) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(_("veld '{field}' ontbreekt of is geen tekst").format(field=key))
    if len(value) > limit:
        raise _fail(_("veld '{field}' is te lang").format(field=key))
    return value


def _ids(value: Any, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and ID_PATTERN.match(v)
                                              for v in value):
        raise _fail(_("veld '{field}' moet een lijst met id's zijn").format(field=field))
    return tuple(value)


def _change(raw: Any) -> ItemChange:
    if not isinstance(raw, dict):
        raise _fail(_("een wijziging is geen object"))
    try:
        kind = ChangeKind(str(raw.get("change")))
    except ValueError:
        raise _fail(_("onbekende soort wijziging: {value}").format(
            value=shown(raw.get("change")))) from None
    sources = _ids(raw.get("from"), "changes/from")
    targets = _ids(raw.get("to", []), "changes/to")
    expected = {ChangeKind.RENAMED: (1, 1), ChangeKind.MERGED: (2, 1),
                ChangeKind.SPLIT: (1, 2), ChangeKind.WITHDRAWN: (1, 0)}[kind]
    many_sources = kind is ChangeKind.MERGED
    many_targets = kind is ChangeKind.SPLIT
    if ((len(sources) < expected[0] if many_sources else len(sources) != expected[0])
            or (len(targets) < expected[1] if many_targets else len(targets) != expected[1])):
        raise _fail(_("wijziging '{kind}' heeft het verkeerde aantal id's").format(kind=kind))
    return ItemChange(kind, sources, targets)


def parse_manifest(raw: Any) -> Manifest:
    """The manifest from its parsed JSON; a ContentError naming the first problem."""
    if not isinstance(raw, dict):
        raise _fail(_("geen object"))
    if raw.get("format") != PACK_FORMAT:
        raise _fail(_("geen ChinaCheck-inhoudspakket (format is niet '{format}')").format(
            format=PACK_FORMAT))
    version = raw.get("format_version")
    if type(version) is not int or version < 1:
        raise _fail(_("format_version ontbreekt"))
    if version > PACK_FORMAT_VERSION:
        raise _fail(_("pakketformaat {found} is nieuwer dan deze ChinaCheck kent ({known})")
                    .format(found=version, known=PACK_FORMAT_VERSION))
    pack_id, pack_version = _text(raw, "id"), _text(raw, "version")
    for field, value in (("id", pack_id), ("version", pack_version)):
        if not ID_PATTERN.match(value):
            raise _fail(_("veld '{field}' mag alleen kleine letters, cijfers, '.', '-' en '_' "
                          "bevatten").format(field=field))
    try:
        kind = PackKind(str(raw.get("kind")))
    except ValueError:
        raise _fail(_("veld 'kind' moet 'national' of 'organisation' zijn")) from None
    files = raw.get("files")
    if not isinstance(files, dict) or not files or len(files) > MAX_FILES:
        raise _fail(_("veld 'files' moet 1 tot {max} bestanden noemen").format(max=MAX_FILES))
    for name, digest in files.items():
        if not FILE_PATTERN.match(name) or name in (MANIFEST_NAME,):
            raise _fail(_("ongeldige bestandsnaam: {name}").format(name=shown(name)))
        if not isinstance(digest, str) or not SHA256_PATTERN.match(digest):
            raise _fail(_("geen SHA-256 voor {name}").format(name=shown(name)))
    allowed = NATIONAL_FILES if kind is PackKind.NATIONAL else ORGANISATION_FILES
    stems = {name.removesuffix(".json") for name in files}
    if unknown := sorted(stems - set(allowed)):
        raise _fail(_("onbekende gegevensbestanden voor dit soort pakket: {names}").format(
            names=", ".join(shown(n) for n in unknown[:5])))
    if kind is PackKind.NATIONAL and (missing := [n for n in NATIONAL_FILES if n not in stems]):
        raise _fail(_("ontbrekende gegevensbestanden: {names}").format(names=", ".join(missing)))
    languages = raw.get("languages", ["nl"])
    if (not isinstance(languages, list) or not languages
            or not all(isinstance(v, str) and re.fullmatch(r"[a-z]{2}", v) for v in languages)):
        raise _fail(_("veld 'languages' moet een lijst met taalcodes zijn (zoals \"nl\")"))
    provenance = raw.get("provenance", {})
    if not isinstance(provenance, dict):
        raise _fail(_("veld 'provenance' is geen object"))
    previous = None
    if (prev := raw.get("previous")) is not None:
        if not isinstance(prev, dict):
            raise _fail(_("veld 'previous' is geen object"))
        previous = PackRef.parse(f"{prev.get('id')}@{prev.get('version')}")
    changes_raw = raw.get("changes", [])
    if not isinstance(changes_raw, list) or len(changes_raw) > MAX_CHANGES:
        raise _fail(_("veld 'changes' moet een lijst van hoogstens {max} wijzigingen zijn")
                    .format(max=MAX_CHANGES))
    edition = _text(raw, "edition_date", limit=20)
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", edition):
        raise _fail(_("veld 'edition_date' moet JJJJ-MM of JJJJ-MM-DD zijn"))
    return Manifest(
        id=pack_id, version=pack_version, kind=kind, title=_text(raw, "title"),
        publisher=_text(raw, "publisher"),
        publisher_short=_text(raw, "publisher_short", required=False, limit=60)
        or _text(raw, "publisher"),
        edition_date=edition, languages=tuple(languages),
        provenance_source=_text(provenance, "source", required=False, limit=2000),
        provenance_url=_text(provenance, "url", required=False),
        licence=_text(raw, "licence", required=False, limit=2000),
        files=dict(files), previous=previous,
        changes=tuple(_change(c) for c in changes_raw),
    )


def manifest_dict(manifest: Manifest) -> dict[str, Any]:
    """The manifest as pack.json holds it (for building and signing packs)."""
    data: dict[str, Any] = {
        "format": PACK_FORMAT, "format_version": PACK_FORMAT_VERSION,
        "id": manifest.id, "version": manifest.version, "kind": manifest.kind.value,
        "title": manifest.title, "publisher": manifest.publisher,
        "publisher_short": manifest.publisher_short, "edition_date": manifest.edition_date,
        "languages": list(manifest.languages),
        "provenance": {"source": manifest.provenance_source, "url": manifest.provenance_url},
        "licence": manifest.licence,
    }
    if manifest.previous is not None:
        data["previous"] = {"id": manifest.previous.id, "version": manifest.previous.version}
    if manifest.changes:
        data["changes"] = [{"change": c.change.value, "from": list(c.sources),
                            "to": list(c.targets)} for c in manifest.changes]
    data["files"] = dict(sorted(manifest.files.items()))
    return data
