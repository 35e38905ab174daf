"""Which packs are active for new cases, and which publisher keys are trusted: the settings
changes behind ``chinacheck packs activate|deactivate|trust`` and Help → Inhoudspakketten….
The caller saves the settings."""

from __future__ import annotations

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_manifest import PackKind, PackRef
from chinacheck.guidance.pack_signature import normalise_fingerprint
from chinacheck.storage import pack_store
from chinacheck.storage.pack_store import InstalledPack
from chinacheck.storage.settings import Settings


def activate(settings: Settings, pack: InstalledPack) -> None:
    """Make ``pack`` active for new cases (a national pack replaces the active one; an
    organisation pack replaces its own other versions). ContentError when it may not be used
    or the combination does not load; the settings are then unchanged."""
    if not pack.trust.verified and not settings.allow_unverified_packs:
        raise ContentError(pack_store.refusal(pack.trust))
    before = (settings.active_pack, list(settings.organisation_packs))
    ref = pack.ref
    if pack.manifest.kind is PackKind.NATIONAL:
        settings.active_pack = "" if ref == pack_store.bundled_ref() else str(ref)
    else:
        others = [r for r in settings.organisation_packs if PackRef.parse(r).id != ref.id]
        settings.organisation_packs = [*others, str(ref)]
    try:
        pack_store.active_content(settings)  # the combination must load before it is kept
    except ContentError:
        settings.active_pack, settings.organisation_packs = before
        raise


def deactivate(settings: Settings, pack: InstalledPack) -> bool:
    """No longer use ``pack`` for new cases (a national one gives way to the bundled
    brochure); False when it was not active."""
    ref = str(pack.ref)
    if ref == settings.active_pack:
        settings.active_pack = ""
    elif ref in settings.organisation_packs:
        settings.organisation_packs = [r for r in settings.organisation_packs if r != ref]
    else:
        return False
    return True


def add_trusted_key(settings: Settings, text: str) -> str:
    """Trust a publisher key by its fingerprint (ContentError when it is none); returns it
    normalised."""
    fingerprint = normalise_fingerprint(text)
    if fingerprint not in settings.trusted_pack_keys:
        settings.trusted_pack_keys = [*settings.trusted_pack_keys, fingerprint]
    return fingerprint


def remove_trusted_key(settings: Settings, fingerprint: str) -> None:
    settings.trusted_pack_keys = [k for k in settings.trusted_pack_keys if k != fingerprint]
