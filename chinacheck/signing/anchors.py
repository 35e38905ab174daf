"""Trust anchors, offline: the root certificates a signature or seal may lead to.

Four places, all on this computer, never fetched:

- the root certificates ChinaCheck ships (``resources/trust``), each checked against the SHA-256
  fingerprint PKIoverheid publishes in its CPS; the setting ``trust_bundled`` turns them off;
- the files and folders named on the command line (``--trust FILE|DIR``);
- the organisation's trust folder (the setting ``trust_folder``, e.g. a read-only share with
  the PKIoverheid roots the security officer approved);
- the data folder's ``trusted-certificates``.

A folder's certificates are its ``.pem``, ``.crt``, ``.cer`` and ``.der`` files (not its
subfolders); a PEM file may hold several certificates. See docs/documents.md for what ships and
how an organisation adds other roots (such as the G4 roots).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chinacheck.boundedfile import MAX_CERTIFICATE_BYTES, UnreadableFile, read_bounded
from chinacheck.errors import InputError, one_line
from chinacheck.i18n import N_, _
from chinacheck.storage import paths, settings

TRUST_FOLDER = "trusted-certificates"
CERT_SUFFIXES = {".pem", ".crt", ".cer", ".der"}
MAX_ANCHOR_FILES = 500  # a folder of anchors, not a disk
SOURCES = {"bundled": N_("meegeleverd"), "named": N_("opgegeven"),
           "organisation": N_("organisatiemap"), "data": N_("gegevensmap")}
# The roots ChinaCheck ships, with the SHA-256 fingerprint of their DER bytes as PKIoverheid
# publishes it (CPS Policy Authority PKIoverheid Unified v5.2, chapter 1): a bundled file that
# does not hash to it is refused, never trusted.
BUNDLED = {
    "trust/staat-der-nederlanden-root-ca-g3.pem":
        "3c4fb0b95ab8b30032f432b86f535fe172c185d0fd39865837cf36187fa6f428",
}


@dataclass(frozen=True)
class Anchor:
    name: str  # the subject's common name
    sha256: str  # of the certificate's DER bytes, as published fingerprints are
    not_after: datetime
    path: Path
    source: str  # a key of SOURCES


def organisation_folder() -> Path | None:
    """The organisation's trust folder from the settings, if one is set."""
    folder = settings.load().trust_folder.strip()
    return Path(folder) if folder else None


def _files_in(folder: Path) -> list[Path]:
    try:
        found = sorted(p for p in folder.iterdir()
                       if p.suffix.lower() in CERT_SUFFIXES and p.is_file())
    except OSError as exc:
        raise InputError(_("{folder}: map met vertrouwde certificaten kan niet worden gelezen "
                           "({reason})").format(folder=folder,
                                                reason=exc.strerror or type(exc).__name__)) \
            from None
    if len(found) > MAX_ANCHOR_FILES:
        raise InputError(_("{folder}: meer dan {count} certificaten; is dit de goede "
                           "map?").format(folder=folder, count=MAX_ANCHOR_FILES))
    return found


def bundled_files() -> list[Path]:
    """The shipped roots (unless the setting ``trust_bundled`` is off), each checked against
    its published fingerprint."""
    import ssl

    from chinacheck.resource_files import file_path

    if not settings.load().trust_bundled:
        return []
    files = []
    for relative, published in BUNDLED.items():
        path = file_path(relative)
        try:
            der = ssl.PEM_cert_to_DER_cert(path.read_text(encoding="ascii"))
        except (OSError, ValueError):
            der = b""
        if hashlib.sha256(der).hexdigest() != published:
            raise InputError(_("{file}: meegeleverd basiscertificaat wijkt af van de "
                               "gepubliceerde vingerafdruk; niet vertrouwd").format(file=path))
        files.append(path)
    return files


def anchor_files(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """(file, source) of every anchor: the shipped roots, those named (a folder stands for its
    certificates), then the organisation's folder, then the data folder's."""
    files: list[tuple[Path, str]] = [(p, "bundled") for p in bundled_files()]
    for name in extra:
        path = Path(name)
        if path.is_dir():
            files += [(p, "named") for p in _files_in(path)]
        else:
            files.append((path, "named"))
    organisation = organisation_folder()
    if organisation is not None and organisation.is_dir():
        files += [(p, "organisation") for p in _files_in(organisation)]
    data = paths.data_dir() / TRUST_FOLDER
    if data.is_dir():
        files += [(p, "data") for p in _files_in(data)]
    return files


def _read(path: Path) -> bytes:
    try:
        return read_bounded(path, MAX_CERTIFICATE_BYTES)
    except UnreadableFile as exc:
        raise InputError(_("{file}: certificaat kan niet worden gelezen ({reason})").format(
            file=path, reason=exc.reason)) from None


def trust_roots(extra: Sequence[str | Path] = ()) -> list[bytes]:
    """The bytes of every anchor file (PEM or DER), for chinacheck.signing.check."""
    return [_read(path) for path, _source in anchor_files(extra)]


def active(extra: Sequence[str | Path] = ()) -> list[Anchor]:
    """Every anchor certificate with its name and SHA-256 fingerprint (needs pyHanko)."""
    from pyhanko.keys import load_certs_from_pemder_data

    from chinacheck.signing.token import name_of

    found = []
    for path, source in anchor_files(extra):
        try:
            certificates = list(load_certs_from_pemder_data(_read(path)))
        except Exception:  # asn1crypto raises ValueErrors, TypeErrors, …
            raise InputError(_("{file}: geen PEM- of DER-certificaat").format(
                file=path)) from None
        for cert in certificates:
            found.append(Anchor(one_line(name_of(cert.subject), 80),
                                hashlib.sha256(cert.dump()).hexdigest(),
                                cert["tbs_certificate"]["validity"]["not_after"].native,
                                path, source))
    return found


def grouped(sha256: str) -> str:
    """A fingerprint as certificate viewers show it: AB:CD:…"""
    return ":".join(sha256[i:i + 2] for i in range(0, len(sha256), 2)).upper()


def describe(extra: Sequence[str | Path] = ()) -> str:
    """Which anchors are active, in one line for ``--self-test`` and Help → Over; never
    raises (an unreadable anchor is named as such)."""
    from chinacheck.errors import ChinaCheckError
    from chinacheck.i18n import translate
    from chinacheck.signing import availability

    try:
        if not availability.available():
            count = len(anchor_files(extra))
            return _("vertrouwde basiscertificaten: {count} bestanden, niet gelezen ({reason})"
                     ).format(count=count, reason=translate(availability.MISSING))
        found = active(extra)
    except ChinaCheckError as exc:
        return _("vertrouwde basiscertificaten: {problem}").format(problem=one_line(str(exc)))
    if not found:
        return _("vertrouwde basiscertificaten: geen (ChinaCheck levert er geen mee; zie "
                 "docs/documents.md)")
    names = "; ".join(_("{name} ({source}, SHA-256 {fingerprint}…)").format(
        name=anchor.name, source=translate(SOURCES[anchor.source]),
        fingerprint=grouped(anchor.sha256)[:23]) for anchor in found[:10])
    more = _(" en nog {count}").format(count=len(found) - 10) if len(found) > 10 else ""
    return _("vertrouwde basiscertificaten: {names}{more}").format(names=names, more=more)
