"""Reading a content pack from a folder or a ZIP archive, within fixed limits.

Everything here treats the pack as hostile: only flat ``NAME.json`` names are read (a name with
a folder, ``..`` or a drive is refused before anything is extracted), every size is checked
before reading and reading itself is bounded (a ZIP entry that lies about its size cannot make
it read more), every file must match the SHA-256 in the manifest, the JSON may not nest deeper
than a handful of levels (checked after parsing; the json module itself refuses a crafted file
of a million "[" with a RecursionError, bounded by the file size limit) and its texts may not
carry markup, control or direction-override characters. Nothing is ever written while reading.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_manifest import (
    FILE_PATTERN,
    MANIFEST_NAME,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_MANIFEST_BYTES,
    MAX_PACK_BYTES,
    MAX_TEXT_CHARS,
    SIGNATURE_NAME,
    Manifest,
    parse_manifest,
)
from chinacheck.i18n import _
from chinacheck.jsonreader import shown

MAX_SIGNATURE_BYTES = 4096
_MEMBERS = {MANIFEST_NAME, SIGNATURE_NAME}


@dataclass(frozen=True)
class PackFiles:
    """A pack's bytes as read, checked against its manifest."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes | None
    files: dict[str, bytes]

    def data(self) -> dict[str, Any]:
        """The data files parsed: stem ("checklist") → JSON value, texts checked."""
        return {name.removesuffix(".json"): parse_json(name, raw)
                for name, raw in self.files.items()}


def _fail(problem: str) -> ContentError:
    return ContentError(problem)


# Markup, control characters (but line breaks and tabs), C1 controls, direction marks,
# overrides and isolates, the byte-order mark and the noncharacters ChinaCheck uses as markers.
_FORBIDDEN = re.compile("[<>\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                        "\u2066-\u2069\ufdd0-\ufdef\ufeff]")


def check_value(value: Any, where: str, depth: int = 0) -> None:
    """Refuse deep nesting, long texts and texts with markup or invisible control characters:
    pack text is shown as plain text everywhere, but must not even look like markup."""
    if depth > MAX_DEPTH:
        raise _fail(_("{file}: te diep genest").format(file=where))
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            raise _fail(_("{file}: een tekst is langer dan {max} tekens").format(
                file=where, max=MAX_TEXT_CHARS))
        if (bad := _FORBIDDEN.search(value)) is not None:
            raise _fail(_("{file}: tekst met een niet toegestaan teken {char}: {text}").format(
                file=where, char=ascii(bad.group()), text=shown(value)))
    elif isinstance(value, dict):
        for key, item in value.items():
            check_value(key, where, depth + 1)
            check_value(item, where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_value(item, where, depth + 1)
    elif not (value is None or isinstance(value, (bool, int, float))):
        raise _fail(_("{file}: onverwacht gegevenstype").format(file=where))


def parse_json(name: str, raw: bytes) -> Any:
    try:
        value = json.loads(raw.decode("utf-8"))
    except RecursionError:  # the json module counts its nesting: a clean error, not a crash
        raise _fail(_("{file}: te diep genest").format(file=name)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail(_("{file}: geen geldige JSON ({detail})").format(
            file=name, detail=str(exc)[:120])) from None
    check_value(value, name)
    return value


def _checked_name(name: str) -> str:
    if name in _MEMBERS or FILE_PATTERN.match(name):
        return name
    raise _fail(_("Ongeldige naam in het pakket (alleen platte NAAM.json-bestanden): {name}")
                .format(name=shown(name)))


def _read_folder(folder: Path) -> dict[str, bytes]:
    entries = []
    try:
        for number, child in enumerate(folder.iterdir()):
            if number >= MAX_FILES + 2:
                raise _fail(_("Het pakket bevat te veel bestanden (hoogstens {max})").format(
                    max=MAX_FILES))
            entries.append(child)
    except OSError as exc:
        raise _fail(_("Pakketmap niet leesbaar: {detail}").format(detail=exc.strerror)) from None
    found: dict[str, bytes] = {}
    total = 0
    for child in sorted(entries):
        name = _checked_name(child.name)
        try:
            info = child.lstat()
        except OSError as exc:
            raise _fail(_("{file}: niet leesbaar ({detail})").format(
                file=name, detail=exc.strerror)) from None
        if not stat.S_ISREG(info.st_mode):  # no links, folders or devices
            raise _fail(_("{file}: geen gewoon bestand").format(file=name))
        total += info.st_size
        _check_size(name, info.st_size, total)
        with child.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        _check_size(name, len(data), total)
        found[name] = data
    return found


def _check_size(name: str, size: int, total: int) -> None:
    limit = MAX_MANIFEST_BYTES if name == MANIFEST_NAME else MAX_FILE_BYTES
    if size > limit:
        raise _fail(_("{file} is te groot ({size} bytes, hoogstens {max})").format(
            file=name, size=size, max=limit))
    if total > MAX_PACK_BYTES:
        raise _fail(_("Het pakket is te groot (hoogstens {max} bytes)").format(
            max=MAX_PACK_BYTES))


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise _fail(_("Geen leesbaar pakketarchief: {detail}").format(detail=str(exc)[:120])) \
            from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_FILES + 2:
            raise _fail(_("Het pakket bevat te veel bestanden (hoogstens {max})").format(
                max=MAX_FILES))
        found: dict[str, bytes] = {}
        total = 0
        for info in infos:
            name = _checked_name(info.filename)
            if name in found:
                raise _fail(_("{file} staat twee keer in het pakket").format(file=name))
            total += info.file_size
            _check_size(name, info.file_size, total)
            try:
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)
            except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
                raise _fail(_("{file}: niet te lezen uit het archief ({detail})").format(
                    file=name, detail=str(exc)[:120])) from None
            _check_size(name, len(data), total)
            found[name] = data
    return found


def read_pack(path: Path) -> PackFiles:
    """A pack from a folder or a ``.zip``; a ContentError naming the first problem."""
    if path.is_dir():
        raw = _read_folder(path)
    elif path.is_file():
        raw = _read_zip(path)
    else:
        raise _fail(_("Pakket niet gevonden: {path}").format(path=path))
    return from_files(raw)


def from_files(raw: dict[str, bytes]) -> PackFiles:
    """Check a pack's files (name → bytes) against its manifest."""
    manifest_bytes = raw.get(MANIFEST_NAME)
    if manifest_bytes is None:
        raise _fail(_("Het pakket heeft geen {name}").format(name=MANIFEST_NAME))
    manifest = parse_manifest(parse_json(MANIFEST_NAME, manifest_bytes))
    signature = raw.get(SIGNATURE_NAME)
    if signature is not None and len(signature) > MAX_SIGNATURE_BYTES:
        raise _fail(_("{file} is te groot").format(file=SIGNATURE_NAME))
    data = {name: value for name, value in raw.items() if name not in _MEMBERS}
    if extra := sorted(set(data) - set(manifest.files)):
        raise _fail(_("Bestanden die het manifest niet noemt: {names}").format(
            names=", ".join(shown(n) for n in extra[:5])))
    for name, digest in manifest.files.items():
        if name not in data:
            raise _fail(_("{file} ontbreekt in het pakket").format(file=name))
        if hashlib.sha256(data[name]).hexdigest() != digest:
            raise _fail(_("{file} is gewijzigd: de SHA-256 klopt niet met het manifest").format(
                file=name))
    return PackFiles(manifest, manifest_bytes, signature, data)
