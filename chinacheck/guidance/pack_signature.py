"""Detached Ed25519 signatures over a pack's manifest (``pack.sig``).

The manifest holds the SHA-256 of every data file, so signing its exact bytes signs the pack.
A key is known by its fingerprint: the SHA-256 of the raw 32-byte public key, in hex. Which
fingerprints an organisation trusts is a setting (chinacheck.storage.content_packs).
``cryptography`` is imported only when a signature is made or checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any, NamedTuple

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_manifest import Trust
from chinacheck.i18n import N_, _

SIGNATURE_FORMAT = "chinacheck-pack-signature"
SIGNATURE_VERSION = 1
# Domain separation: a pack signature can never be replayed as any other Ed25519 signature.
_CONTEXT = b"chinacheck-pack-signature-v1\n"


TRUST_LABELS = {
    Trust.BUNDLED: N_("meegeleverd"),
    Trust.TRUSTED: N_("ondertekend, vertrouwde sleutel"),
    Trust.UNTRUSTED: N_("niet geverifieerd: ondertekend met een sleutel die niet vertrouwd is"),
    Trust.UNSIGNED: N_("niet geverifieerd: niet ondertekend"),
}


class SignatureCheck(NamedTuple):
    trust: Trust
    fingerprint: str  # "" when unsigned


def key_fingerprint(public_key_raw: bytes) -> str:
    return hashlib.sha256(public_key_raw).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed ("AB12 cd34 …", with colons or spaces) in canonical form."""
    cleaned = "".join(ch for ch in text.lower() if ch not in " :-\t")
    if len(cleaned) != 64 or any(ch not in "0123456789abcdef" for ch in cleaned):
        raise ContentError(_("Geen sleutelvingerafdruk (64 hexadecimale tekens): {text}").format(
            text=text[:80]))
    return cleaned


def _b64(data: dict[str, Any], key: str, size: int) -> bytes:
    value = data.get(key)
    try:
        raw = base64.b64decode(value if isinstance(value, str) else "", validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise ContentError(_("pack.sig: veld '{field}' is ongeldig").format(field=key))
    return raw


def check_signature(manifest_bytes: bytes, signature: bytes | None,
                    trusted: frozenset[str]) -> SignatureCheck:
    """How far the pack can be trusted; a ContentError for a signature that does not verify
    (a changed pack is refused whatever the settings say)."""
    if signature is None:
        return SignatureCheck(Trust.UNSIGNED, "")
    try:
        data = json.loads(signature.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ContentError(_("pack.sig is geen geldige handtekening")) from None
    if (not isinstance(data, dict) or data.get("format") != SIGNATURE_FORMAT
            or data.get("version") != SIGNATURE_VERSION or data.get("algorithm") != "ed25519"):
        raise ContentError(_("pack.sig: onbekend handtekeningformaat (verwacht Ed25519)"))
    public_raw, signature_raw = _b64(data, "public_key", 32), _b64(data, "signature", 64)
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            signature_raw, _CONTEXT + manifest_bytes)
    except (InvalidSignature, ValueError):
        raise ContentError(_("De handtekening van het pakket klopt niet: het pakket is na "
                             "ondertekening gewijzigd of de handtekening is beschadigd")) from None
    fingerprint = key_fingerprint(public_raw)
    return SignatureCheck(Trust.TRUSTED if fingerprint in trusted else Trust.UNTRUSTED,
                          fingerprint)


def load_private_key(path: Path) -> Any:
    """An Ed25519 private key from a PEM (PKCS#8) file, unencrypted."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        data = path.read_bytes()[:64 * 1024]
        key = load_pem_private_key(data, password=None)
    except OSError as exc:
        raise ContentError(_("Sleutelbestand niet leesbaar: {detail}").format(
            detail=exc.strerror)) from None
    except (ValueError, TypeError):
        raise ContentError(_("Geen onversleutelde Ed25519-sleutel in PEM-vorm: {path}").format(
            path=path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ContentError(_("De sleutel is geen Ed25519-sleutel: {path}").format(path=path))
    return key


def new_private_key_pem() -> tuple[bytes, str]:
    """A fresh Ed25519 key as PEM (PKCS#8) and its public key's fingerprint."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return pem, key_fingerprint(_public_raw(key))


def _public_raw(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    raw: bytes = key.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    return raw


def sign_manifest(manifest_bytes: bytes, key: Any) -> tuple[bytes, str]:
    """pack.sig's bytes for ``manifest_bytes`` and the signing key's fingerprint."""
    public = _public_raw(key)
    record = {
        "format": SIGNATURE_FORMAT, "version": SIGNATURE_VERSION, "algorithm": "ed25519",
        "public_key": base64.b64encode(public).decode("ascii"),
        "signature": base64.b64encode(key.sign(_CONTEXT + manifest_bytes)).decode("ascii"),
    }
    return (json.dumps(record, indent=2) + "\n").encode("utf-8"), key_fingerprint(public)
