"""Making a pack: write pack.json with the SHA-256 of every data file, and sign it.

Used by ``chinacheck packs build`` and ``packs sign`` (an organisation making its own pack) and
to keep the bundled pack's manifest current (tests/test_content_packs.py checks it is).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_manifest import (
    FILE_PATTERN,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    manifest_dict,
    parse_manifest,
)
from chinacheck.guidance.pack_reader import parse_json, read_pack
from chinacheck.guidance.pack_signature import sign_manifest
from chinacheck.i18n import _


def manifest_bytes(manifest: Manifest) -> bytes:
    return (json.dumps(manifest_dict(manifest), ensure_ascii=False, indent=2) + "\n").encode()


def hashed_manifest(folder: Path) -> tuple[Manifest, bytes]:
    """The folder's pack.json with ``files`` set to the SHA-256 of every data file in it
    (every ``NAME.json`` beside pack.json), checked as an import would check it."""
    try:
        raw: Any = parse_json(MANIFEST_NAME, (folder / MANIFEST_NAME).read_bytes())
    except OSError as exc:
        raise ContentError(_("{file} niet leesbaar: {detail}").format(
            file=folder / MANIFEST_NAME, detail=exc.strerror)) from None
    if not isinstance(raw, dict):
        raise ContentError(_("pack.json: geen object"))
    names = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and FILE_PATTERN.match(p.name) and p.name != MANIFEST_NAME)
    raw["files"] = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
                    for name in names}
    manifest = parse_manifest(raw)
    return manifest, manifest_bytes(manifest)


def build(folder: Path) -> Manifest:
    """Rewrite the folder's pack.json with current hashes; drop a signature it invalidates."""
    manifest, data = hashed_manifest(folder)
    target = folder / MANIFEST_NAME
    if target.read_bytes() != data:
        target.write_bytes(data)
        (folder / SIGNATURE_NAME).unlink(missing_ok=True)
    read_pack(folder).data()  # the whole pack as an import reads it: fail here, not there
    return manifest


def sign(folder: Path, key: Any) -> str:
    """Write pack.sig for the folder's pack.json (which must be current); the key's
    fingerprint."""
    pack = read_pack(folder)
    signature, fingerprint = sign_manifest(pack.manifest_bytes, key)
    (folder / SIGNATURE_NAME).write_bytes(signature)
    return fingerprint


def with_version(manifest: Manifest, version: str) -> Manifest:
    return replace(manifest, version=version)
