"""The test packs (tests/data/packs, made by its make_packs.py) and ways to set them up."""

from __future__ import annotations

import shutil
from pathlib import Path

from chinacheck.guidance.pack_manifest import PackRef
from chinacheck.storage import pack_store, settings

PACKS = Path(__file__).resolve().parent.parent / "data" / "packs"
LATER = PACKS / "later-edition"
UNSIGNED = PACKS / "later-edition-unsigned"
TAMPERED = PACKS / "later-edition-tampered"
ORGANISATION = PACKS / "organisation"
PUBLISHER_KEY = PACKS / "test-publisher.pem"
ORGANISATION_KEY = PACKS / "test-organisation.pem"
PUBLISHER_FINGERPRINT = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"
ORGANISATION_FINGERPRINT = "b5842ba3ed13d35ab30a7d898f134fa1dc83d087c106af43f01f475d355507c8"
LATER_REF = PackRef("nctv-decentrale-contacten-china", "2026.01-1")
BUNDLED_REF = PackRef("nctv-decentrale-contacten-china", "2023.05-1")
ORGANISATION_REF = PackRef("gemeente-voorbeeld", "1")


def trust(*fingerprints: str, allow_unverified: bool = False) -> settings.Settings:
    current = settings.load()
    current.trusted_pack_keys = list(fingerprints)
    current.allow_unverified_packs = allow_unverified
    settings.save(current)
    pack_store.clear_caches()
    return current


def activate(*refs: PackRef) -> settings.Settings:
    """Make ``refs`` (a national pack, then organisation packs) the active ones."""
    current = settings.load()
    national, *others = refs
    current.active_pack = "" if national == BUNDLED_REF else str(national)
    current.organisation_packs = [str(r) for r in others]
    settings.save(current)
    pack_store.clear_caches()
    return current


def install_later(with_organisation: bool = False) -> None:
    """Trust the test keys and import the later edition (and the organisation pack)."""
    trust(PUBLISHER_FINGERPRINT, ORGANISATION_FINGERPRINT)
    pack_store.import_pack(LATER)
    if with_organisation:
        pack_store.import_pack(ORGANISATION)


def copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
