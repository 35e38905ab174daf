"""Imported content packs, kept side by side in the data folder, and the content they make.

``packs/<id>/<version>/`` holds a pack exactly as it was imported (pack.json, pack.sig when it
was signed, the data files). A pack is never overwritten: importing the same id and version
again is a no-op when it is the same pack and refused when it is not. Every load checks the
files against the manifest again, and the signature against the keys trusted *now*: taking a
key off the trust list marks its packs "niet geverifieerd" at once.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chinacheck.case.model import Case
from chinacheck.case.packs import case_refs
from chinacheck.errors import ContentError
from chinacheck.guidance import content as bundled
from chinacheck.guidance.content import Content
from chinacheck.guidance.pack_content import layered, national_content
from chinacheck.guidance.pack_manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    PackInfo,
    PackKind,
    PackRef,
    Trust,
)
from chinacheck.guidance.pack_reader import PackFiles, read_pack
from chinacheck.guidance.pack_signature import check_signature, normalise_fingerprint
from chinacheck.i18n import _
from chinacheck.resource_files import root
from chinacheck.storage import paths
from chinacheck.storage.settings import Settings
from chinacheck.storage.settings import load as load_settings


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    trust: Trust
    fingerprint: str  # of the signing key; "" when unsigned or bundled
    folder: Path | None  # None for the bundled pack

    @property
    def ref(self) -> PackRef:
        return self.manifest.ref

    @property
    def info(self) -> PackInfo:
        return PackInfo.of(self.manifest, self.trust)


def trusted_keys(settings: Settings) -> frozenset[str]:
    found = set()
    for text in settings.trusted_pack_keys:
        try:
            found.add(normalise_fingerprint(text))
        except ContentError:
            continue  # a damaged entry trusts nothing
    return frozenset(found)


def bundled_ref() -> PackRef:
    return bundled.bundled_info().ref


def _bundled_folder() -> Path:
    return Path(str(root() / "content"))


def _folder(ref: PackRef) -> Path:
    return paths.packs_dir() / ref.id / ref.version


def _trust(pack: PackFiles, settings: Settings) -> tuple[Trust, str]:
    checked = check_signature(pack.manifest_bytes, pack.signature, trusted_keys(settings))
    return checked.trust, checked.fingerprint


def installed(settings: Settings | None = None) -> list[InstalledPack]:
    """The bundled pack first, then every imported one (by id and version). A stored pack that
    no longer reads (changed on disk) is left out: it is reported by :func:`damaged`."""
    settings = settings or load_settings()
    found = [InstalledPack(_bundled_manifest(), Trust.BUNDLED, "", None)]
    for folder in _stored_folders():
        try:
            pack = read_pack(folder)
            trust, fingerprint = _trust(pack, settings)
        except ContentError:
            continue
        found.append(InstalledPack(pack.manifest, trust, fingerprint, folder))
    return found


def damaged() -> list[tuple[Path, str]]:
    """Stored packs that fail their own manifest or signature, with the reason."""
    problems = []
    for folder in _stored_folders():
        try:
            pack = read_pack(folder)
            check_signature(pack.manifest_bytes, pack.signature, frozenset())
        except ContentError as exc:
            problems.append((folder, str(exc)))
    return problems


def _stored_folders() -> list[Path]:
    base = paths.packs_dir()
    if not base.is_dir():
        return []
    return sorted(version for pack in base.iterdir() if pack.is_dir() and not
                  pack.name.startswith(".") for version in pack.iterdir() if version.is_dir())


@lru_cache(maxsize=1)
def _bundled_manifest() -> Manifest:
    return read_pack(_bundled_folder()).manifest


def find(ref: PackRef, settings: Settings | None = None) -> InstalledPack | None:
    return next((p for p in installed(settings) if p.ref == ref), None)


@dataclass(frozen=True)
class ImportResult:
    pack: InstalledPack
    already: bool  # the same pack was imported before; nothing was written


def refusal(trust: Trust) -> str:
    if trust is Trust.UNSIGNED:
        return _("Het pakket is niet ondertekend. Alleen ondertekende pakketten van een "
                 "vertrouwde uitgever worden geïmporteerd (zie Instellingen).")
    return _("Het pakket is ondertekend met een sleutel die uw organisatie niet vertrouwt. "
             "Voeg de vingerafdruk van de uitgever toe aan de vertrouwde sleutels "
             "(chinacheck packs trust) als u de uitgever vertrouwt.")


def check_import(path: Path, settings: Settings | None = None) -> tuple[PackFiles, Trust, str]:
    """Read and check a pack as an import would, writing nothing: its files, trust and key
    fingerprint; a ContentError for anything an import would refuse."""
    settings = settings or load_settings()
    pack = read_pack(path)
    trust, fingerprint = _trust(pack, settings)
    if pack.manifest.ref == bundled_ref():
        raise ContentError(_("{pack} is het meegeleverde pakket en hoeft niet geïmporteerd te "
                             "worden").format(pack=pack.manifest.ref))
    data = pack.data()
    content_of(pack, data, trust)  # fits the schema and layers on the active national pack
    if not trust.verified and not settings.allow_unverified_packs:
        raise ContentError(refusal(trust))
    return pack, trust, fingerprint


def content_of(pack: PackFiles, data: dict[str, Any], trust: Trust) -> Content:
    info = PackInfo.of(pack.manifest, trust)
    if pack.manifest.kind is PackKind.NATIONAL:
        return national_content(data, info)
    return layered(bundled.load(), [(data, info)])


def import_pack(path: Path, settings: Settings | None = None) -> ImportResult:
    """Import a pack (folder or .zip): checked first, then copied into place in one rename."""
    settings = settings or load_settings()
    pack, trust, fingerprint = check_import(path, settings)
    target = _folder(pack.manifest.ref)
    if target.exists():
        existing = read_pack(target)
        if existing.manifest_bytes != pack.manifest_bytes:
            raise ContentError(_("Er is al een ander pakket {pack} geïmporteerd; een pakket "
                                 "wordt nooit overschreven. Geef het nieuwe pakket een eigen "
                                 "versie.").format(pack=pack.manifest.ref))
        return ImportResult(InstalledPack(existing.manifest, trust, fingerprint, target), True)
    paths.ensure_dir(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=target.parent))
    try:
        for name, data in [(MANIFEST_NAME, pack.manifest_bytes), *pack.files.items()]:
            _write(staging / name, data)
        if pack.signature is not None:
            _write(staging / SIGNATURE_NAME, pack.signature)
        os.replace(staging, target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ContentError(_("Het pakket kon niet worden opgeslagen: {detail}").format(
            detail=exc.strerror)) from None
    clear_caches()
    return ImportResult(InstalledPack(pack.manifest, trust, fingerprint, target), False)


def _write(path: Path, data: bytes) -> None:
    with path.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def export_pack(ref: PackRef, out: Path) -> Path:
    """The stored pack as a .zip a colleague can import (signature included)."""
    folder = _bundled_folder() if ref == bundled_ref() else _folder(ref)
    pack = read_pack(folder) if folder.is_dir() else None
    if pack is None or pack.manifest.ref != ref:
        raise ContentError(_("Pakket {pack} is hier niet geïmporteerd").format(pack=ref))
    from chinacheck.storage import atomic

    members = [(MANIFEST_NAME, pack.manifest_bytes), *sorted(pack.files.items())]
    if pack.signature is not None:
        members.append((SIGNATURE_NAME, pack.signature))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:  # fixed times: the same pack gives the same archive
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    try:
        atomic.write_bytes(out, buffer.getvalue())
    except OSError as exc:
        raise ContentError(_("{path} kon niet worden geschreven: {detail}").format(
            path=out, detail=exc.strerror)) from None
    return out


def load_pack(ref: PackRef, trusted: frozenset[str]) -> tuple[dict[str, Any], PackInfo]:
    """A stored pack's parsed data and identity; cached per process and data folder (stored
    packs never change: a changed one fails its hashes and is refused)."""
    return _load_pack(ref, trusted, paths.packs_dir())


@lru_cache(maxsize=16)
def _load_pack(ref: PackRef, trusted: frozenset[str],
               base: Path) -> tuple[dict[str, Any], PackInfo]:
    if ref == bundled_ref():
        return bundled.load_raw(), bundled.bundled_info()
    folder = base / ref.id / ref.version
    if not folder.is_dir():
        raise MissingPackError(ref)
    pack = read_pack(folder)
    if pack.manifest.ref != ref:
        raise ContentError(_("Pakketmap {path} bevat een ander pakket").format(path=folder))
    checked = check_signature(pack.manifest_bytes, pack.signature, trusted)
    return pack.data(), PackInfo.of(pack.manifest, checked.trust)


class MissingPackError(ContentError):
    def __init__(self, ref: PackRef) -> None:
        self.ref = ref
        super().__init__(_("Inhoudspakket {pack} is op deze computer niet geïmporteerd "
                           "(chinacheck packs import)").format(pack=ref))


def content_from(refs: list[PackRef], settings: Settings | None = None) -> Content:
    """Content built from a national pack and organisation packs, in that order."""
    settings = settings or load_settings()
    trusted = trusted_keys(settings)
    if not refs:
        return bundled.load()
    return _content(tuple(refs), trusted, paths.packs_dir())


@lru_cache(maxsize=8)
def _content(refs: tuple[PackRef, ...], trusted: frozenset[str], base: Path) -> Content:
    del base  # part of the cache key: another data folder holds other packs
    national_ref, *others = refs
    if national_ref == bundled_ref() and not others:
        return bundled.load()
    data, info = load_pack(national_ref, trusted)
    if info.kind is not PackKind.NATIONAL:
        raise ContentError(_("{pack} is geen landelijk pakket").format(pack=national_ref))
    national = bundled.load() if national_ref == bundled_ref() else national_content(data, info)
    layers = []
    for ref in others:
        layer, layer_info = load_pack(ref, trusted)
        if layer_info.kind is not PackKind.ORGANISATION:
            raise ContentError(_("{pack} is geen pakket van een organisatie").format(pack=ref))
        layers.append((layer, layer_info))
    return layered(national, layers)


def active_refs(settings: Settings | None = None) -> list[PackRef]:
    """The packs new cases are answered against: the setting, else the bundled brochure."""
    settings = settings or load_settings()
    national = PackRef.parse(settings.active_pack) if settings.active_pack else bundled_ref()
    return [national, *(PackRef.parse(text) for text in settings.organisation_packs)]


def active_content(settings: Settings | None = None) -> Content:
    """The content for new cases, blank checklists and screening. A configured pack that is
    missing or damaged is a ContentError naming it (never a silent fall-back to other text)."""
    settings = settings or load_settings()
    return content_from(active_refs(settings), settings)


def clear_caches() -> None:
    _load_pack.cache_clear()
    _content.cache_clear()


def case_content(case: Case, settings: Settings | None = None) -> Content:
    """The content a case was answered against: its own packs (``Case.content_packs``), so
    that a signed revision is always shown and exported with the text it was signed under.
    A case without recorded packs is on the bundled brochure (every case before format 6).
    MissingPackError when one of its packs is not imported here."""
    if not case.content_packs:
        return bundled.load()
    return content_from(case_refs(case), settings)


def case_content_for_reading(case: Case,
                             settings: Settings | None = None) -> tuple[Content, str | None]:
    """The case's own content, or — when one of its packs is not imported here, or damaged —
    the active content (the bundled one when that fails too) with the reason to say beside it:
    for showing and listing a case, never for an export or a change (those use
    :func:`case_content` and refuse)."""
    try:
        return case_content(case, settings), None
    except ContentError as exc:
        try:
            return active_content(settings), str(exc)
        except ContentError:
            return bundled.load(), str(exc)
