"""Encrypted case files, for travel: AES-256-GCM with a key derived from a passphrase by scrypt.

An encrypted case is still a JSON file that says two things in clear text, that it is a
ChinaCheck case and that it is encrypted, and nothing else::

    {
      "format": "chinacheck-case",
      "encrypted": true,
      "encryption": {"version": 1, "cipher": "AES-256-GCM", "kdf": "scrypt",
                     "n": 32768, "r": 8, "p": 1, "salt": "…", "nonce": "…", "check": "…"},
      "ciphertext": "…"
    }

Every byte of the file is authenticated: the ciphertext by GCM, and every other byte (the
header, the layout, the line ends) as GCM's associated data, which is the file with the
ciphertext's value cut out. Base64 is checked to be canonical, so no byte can change without
the file being refused.

``check`` is a second output of the same scrypt run, stored so that a wrong passphrase can be
told from a damaged file. It helps an attacker no more than the GCM tag already does: either
one lets a guess be tested, at the full cost of scrypt.

The cryptography package is imported only when a file is encrypted or decrypted.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chinacheck.case import caseformat
from chinacheck.errors import CaseFileError, ChinaCheckError, InputError
from chinacheck.i18n import _

VERSION = 1
CIPHER = "AES-256-GCM"
KDF = "scrypt"
SALT_BYTES = 16
NONCE_BYTES = 12  # GCM's native nonce size; random nonces are safe far beyond our use
CHECK_BYTES = 16
TAG_BYTES = 16
_KEY_BYTES = 32

# Bounds on what a file may ask of us: a hostile header must not make scrypt eat the memory.
MIN_N = 2**10
MAX_N = 2**20
MAX_MEMORY = 256 * 1024 * 1024  # scrypt needs 128 * r * n bytes

_HEADER_KEYS = {"version", "cipher", "kdf", "n", "r", "p", "salt", "nonce", "check"}
_TOP_KEYS = {"format", "encrypted", "encryption", "ciphertext"}
_SNIFF = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"chinacheck-case"\s*,\s*"encrypted"\s*:\s*true\b'
)
_CIPHERTEXT = re.compile(rb'"ciphertext"\s*:\s*"([A-Za-z0-9+/=]*)"\s*\}\s*\Z')


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors. The default takes about 0.1 s and 32 MiB on an old laptop."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    def problem(self) -> str | None:
        """Why these factors are refused, or None."""
        if self.n < MIN_N or self.n > MAX_N or self.n & (self.n - 1):
            return _("n moet een macht van 2 tussen {low} en {high} zijn").format(low=MIN_N,
                                                                                  high=MAX_N)
        if not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            return _("r of p buiten de grenzen")
        if 128 * self.r * self.n > MAX_MEMORY:
            return _("vraagt te veel geheugen")
        return None


DEFAULT_COST = ScryptCost()


class EncryptedFileError(CaseFileError):
    """An encrypted case that cannot be opened; ``path`` is None when only bytes were given."""


class WrongPassphrase(EncryptedFileError):
    """The passphrase does not open this file."""


class PassphraseRequired(EncryptedFileError):
    """The file is encrypted and no passphrase was given: ask for one and try again."""


class TamperedFile(EncryptedFileError):
    """The file was changed or damaged after it was encrypted."""


class UnsupportedEncryption(EncryptedFileError):
    """Encrypted by a newer ChinaCheck, with a version or cipher this one does not know."""


class EncryptionUnavailable(ChinaCheckError):
    """The cryptography package is not installed."""


def _crypto() -> tuple[Any, Any]:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    except ImportError:
        raise EncryptionUnavailable(_(
            "versleutelen en ontsleutelen vereist het pakket 'cryptography', dat ontbreekt"
        )) from None
    return AESGCM, Scrypt


def _secret(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on a Mac and on Windows gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class CaseKey:
    """A key derived from a passphrase, kept in memory while an encrypted case is open.

    Deriving costs a noticeable fraction of a second on purpose; an open case keeps its key so
    that saving and autosaving re-encrypt (with a fresh nonce each time) without it.
    """

    cost: ScryptCost
    salt: bytes
    key: bytes = field(repr=False)
    check: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, cost: ScryptCost = DEFAULT_COST,
               salt: bytes | None = None) -> CaseKey:
        problem = cost.problem()
        if problem:
            raise ValueError(f"scrypt cost refused: {problem}")
        salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
        scrypt = _crypto()[1]
        derived = scrypt(salt=salt, length=_KEY_BYTES + CHECK_BYTES, n=cost.n, r=cost.r,
                         p=cost.p).derive(_secret(passphrase))
        return cls(cost, salt, derived[:_KEY_BYTES], derived[_KEY_BYTES:])

    def encrypt(self, plaintext: bytes) -> bytes:
        """The encrypted file for ``plaintext`` (a case file's bytes)."""
        aesgcm = _crypto()[0]
        nonce = secrets.token_bytes(NONCE_BYTES)
        layout = json.dumps({
            "format": caseformat.FORMAT,
            "encrypted": True,
            "encryption": {
                "version": VERSION, "cipher": CIPHER, "kdf": KDF,
                "n": self.cost.n, "r": self.cost.r, "p": self.cost.p,
                "salt": _b64(self.salt), "nonce": _b64(nonce), "check": _b64(self.check),
            },
            "ciphertext": "",
        }, indent=2).encode("ascii") + b"\n"
        cut = layout.rindex(b'""') + 1  # between the quotes of the empty ciphertext
        sealed = aesgcm(self.key).encrypt(nonce, plaintext, layout)
        raw = layout[:cut] + _b64(sealed).encode("ascii") + layout[cut:]
        if len(raw) > caseformat.MAX_FILE_BYTES:
            raise EncryptedFileError(None, _("de zaak is te groot om versleuteld te bewaren"))
        return raw

    def _fits(self, header: dict[str, Any]) -> bool:
        return (header["salt"] == self.salt
                and ScryptCost(header["n"], header["r"], header["p"]) == self.cost
                and hmac.compare_digest(header["check"], self.check))

    def decrypt(self, raw: bytes, *, path: Path | None = None) -> bytes:
        """The plain bytes of a file this key encrypted (a save, an autosave), without scrypt.

        WrongPassphrase when the file was encrypted with another passphrase or salt since;
        TamperedFile or UnsupportedEncryption as for :func:`decrypt`.
        """
        header, aad, sealed = _parse(raw, path)
        if not self._fits(header):
            raise WrongPassphrase(path, _("het bestand is met een ander wachtwoord "
                                          "versleuteld"))
        return _open(self, header, aad, sealed, path)


@dataclass(frozen=True)
class Unlocked:
    plaintext: bytes
    key: CaseKey  # to encrypt the next save of the same case without asking again


def is_encrypted(raw: bytes) -> bool:
    """Whether ``raw`` is (or claims to be) an encrypted case: its first two members say so.

    Cheap enough to call on every file opened; a plain case never starts like this because
    its second member is ``schema_version``.
    """
    return _SNIFF.match(raw[:512]) is not None


def encrypt(plaintext: bytes, passphrase: str, *, cost: ScryptCost = DEFAULT_COST) -> bytes:
    """Encrypt a case file's bytes with a passphrase; a fresh salt and nonce every time."""
    if not passphrase:
        raise InputError(_("het wachtwoord is leeg"))
    return CaseKey.derive(passphrase, cost).encrypt(plaintext)


def decrypt(raw: bytes, passphrase: str, *, path: Path | None = None) -> bytes:
    """The case file's bytes; WrongPassphrase, TamperedFile or UnsupportedEncryption if not."""
    return unlock(raw, passphrase, path=path).plaintext


def unlock(raw: bytes, passphrase: str, *, path: Path | None = None) -> Unlocked:
    """Like :func:`decrypt`, and also the key, for saving the case again encrypted."""
    header, aad, sealed = _parse(raw, path)
    cost = ScryptCost(header["n"], header["r"], header["p"])
    key = CaseKey.derive(passphrase, cost, header["salt"])
    if not hmac.compare_digest(key.check, header["check"]):
        # Also what a changed salt or scrypt factor looks like: without the key, no one can
        # tell the two apart.
        raise WrongPassphrase(path, _("het wachtwoord is onjuist (of de sleutelgegevens in "
                                      "het bestand zijn beschadigd)"))
    return Unlocked(_open(key, header, aad, sealed, path), key)


def _open(key: CaseKey, header: dict[str, Any], aad: bytes, sealed: bytes,
          path: Path | None) -> bytes:
    aesgcm = _crypto()[0]
    from cryptography.exceptions import InvalidTag

    try:
        return bytes(aesgcm(key.key).decrypt(header["nonce"], sealed, aad))
    except InvalidTag:
        raise TamperedFile(path, _("het versleutelde bestand is gewijzigd of beschadigd")) \
            from None


def check_container(raw: bytes, path: Path | None = None) -> None:
    """Refuse a damaged encrypted file (TamperedFile) or one from a newer ChinaCheck
    (UnsupportedEncryption) before anyone is asked for its passphrase. Cheap: no scrypt, no
    decryption, no cryptography import."""
    _parse(raw, path)


def _tampered(path: Path | None, detail: str) -> TamperedFile:
    return TamperedFile(path, _("het versleutelde bestand is gewijzigd of beschadigd "
                                "({detail})").format(detail=detail))


def _canonical_b64(value: Any, name: str, path: Path | None) -> bytes:
    if not isinstance(value, str):
        raise _tampered(path, _("'{name}' is geen tekst").format(name=name))
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _tampered(path, _("'{name}' is geen geldige base64").format(name=name)) from None
    if _b64(data) != value:  # base64 has spare bits; they must not hide a change
        raise _tampered(path, _("'{name}' is geen geldige base64").format(name=name))
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _parse(raw: bytes, path: Path | None) -> tuple[dict[str, Any], bytes, bytes]:
    """Check the container; returns the header (with bytes decoded), the associated data and
    the sealed ciphertext."""
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _tampered(path, _("geen geldige JSON")) from None
    if not isinstance(data, dict) or data.get("format") != caseformat.FORMAT \
            or data.get("encrypted") is not True:
        raise EncryptedFileError(path, _("geen versleutelde ChinaCheck-zaak"))
    header = data.get("encryption")
    if not isinstance(header, dict):
        raise _tampered(path, _("'{name}' ontbreekt").format(name="encryption"))
    version = header.get("version")
    if type(version) is not int or version < 1:
        raise _tampered(path, _("'{name}' ongeldig").format(name="version"))
    if version > VERSION or header.get("cipher") != CIPHER or header.get("kdf") != KDF:
        raise UnsupportedEncryption(path, _("versleuteld met een nieuwere ChinaCheck; werk "
                                            "ChinaCheck bij om het te openen"))
    if set(data) != _TOP_KEYS or set(header) != _HEADER_KEYS:
        raise _tampered(path, _("onbekende of ontbrekende velden"))
    for name in ("n", "r", "p"):
        if type(header[name]) is not int:
            raise _tampered(path, _("'{name}' is geen geheel getal").format(name=name))
    problem = ScryptCost(header["n"], header["r"], header["p"]).problem()
    if problem:
        raise _tampered(path, _("scrypt-parameters: {problem}").format(problem=problem))
    decoded = {name: _canonical_b64(header[name], name, path)
               for name in ("salt", "nonce", "check")}
    if not 16 <= len(decoded["salt"]) <= 64 or len(decoded["nonce"]) != NONCE_BYTES \
            or len(decoded["check"]) != CHECK_BYTES:
        raise _tampered(path, _("salt, nonce of check heeft een verkeerde lengte"))
    sealed = _canonical_b64(data["ciphertext"], "ciphertext", path)
    if len(sealed) < TAG_BYTES:
        raise _tampered(path, _("de versleutelde inhoud is te kort"))
    match = _CIPHERTEXT.search(raw)
    if match is None or match.group(1).decode("ascii") != data["ciphertext"]:
        raise _tampered(path, _("onverwachte opbouw"))
    aad = raw[: match.start(1)] + raw[match.end(1):]
    return {**header, **decoded}, aad, sealed
