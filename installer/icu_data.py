"""Shrink the ICU data library that PySide6's Linux wheels bundle with QtCore.

``libicudata.so.7x`` (~32 MB, the biggest file in the bundle) holds ICU's data for every locale,
legacy code page, break-iterator dictionary and transliterator. Qt asks ICU for little of it:
collation (``QCollator``), legacy text codecs, locale-specific case mapping and time-zone names;
ChinaCheck itself asks for none of them. ICU falls back to the root locale whenever a locale's
data is missing, so keeping root plus the languages the app speaks (Dutch, English) and writes
(Chinese names) keeps each of those Qt features working. It is the selection ICU's own
data-filter build would make, applied to the prebuilt library because the wheel ships ICU built.

The data is one ICU "common data" package (``CmnD``: a header, a table of contents sorted by
name, 16-byte aligned items) exported as a single symbol, ``icudtNN_dat``. The library is
rewritten with the smaller package in place of the old one; everything after it moves down by
whole pages, so file offsets and addresses keep their page alignment. Anything unexpected in
the layout leaves the library untouched: a larger bundle is better than a broken one.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

PAGE = 0x1000
ALIGN = 16  # ICU items are 16-byte aligned within the package
# Languages whose locale data stays: the app's two languages and Chinese (names of counterparts).
KEEP_LANGUAGES = frozenset({"nl", "en", "zh"})
# Transliteration and spelled-out numbers: Qt never asks ICU for them.
DROP_TREES = frozenset({"translit", "rbnf"})
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_|$)")


class LayoutError(Exception):
    """The library or package is not laid out as expected; leave it alone."""


# --- the ICU common-data package -----------------------------------------------------------

@dataclass(frozen=True)
class Package:
    header: bytes  # the package's own header (magic, UDataInfo "CmnD", copyright)
    items: tuple[tuple[str, bytes], ...]  # (name, data), sorted by name as ICU's lookup needs


def parse_package(blob: bytes) -> Package:
    if len(blob) < 32:
        raise LayoutError("package too short")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise LayoutError("not a little-endian ICU common-data package")
    count, = struct.unpack_from("<I", blob, header_size)
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(toc):
        name_start = header_size + name_offset
        name = blob[name_start:blob.index(b"\0", name_start)].decode("ascii")
        end = toc[index + 1][1] if index + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_offset:header_size + end]))
    names = [name for name, _ in items]
    if names != sorted(names):
        raise LayoutError("table of contents not sorted")
    return Package(blob[:header_size], tuple(items))


def build_package(package: Package) -> bytes:
    header = package.header
    if len(header) % ALIGN:
        raise LayoutError("package header not aligned")
    count = len(package.items)
    names = b""
    name_offsets = []
    for name, _ in package.items:
        name_offsets.append(4 + 8 * count + len(names))
        names += name.encode("ascii") + b"\0"
    body = bytearray(4 + 8 * count) + names
    data_offsets = []
    for _, data in package.items:
        body += bytes(-(len(header) + len(body)) % ALIGN)
        data_offsets.append(len(body))
        body += data
    struct.pack_into("<I", body, 0, count)
    for index, offsets in enumerate(zip(name_offsets, data_offsets, strict=True)):
        struct.pack_into("<II", body, 4 + 8 * index, *offsets)
    return header + bytes(body)


def keep_item(name: str) -> bool:
    """Whether an item (e.g. ``icudt73l/coll/zh.res``) is worth its bytes to Qt."""
    parts = name.split("/")[1:]
    tree = parts[0] if len(parts) > 1 else ""
    stem, _, ext = parts[-1].rpartition(".")
    if ext in ("cnv", "dict") or tree in DROP_TREES:
        # Legacy code pages (UTF-8/16/32, Latin-1 and ASCII are built into ICU's code) and
        # break-iterator dictionaries (Qt finds text boundaries itself).
        return False
    locale = _LOCALE.match(stem) if ext == "res" else None
    return locale is None or locale.group(1) in KEEP_LANGUAGES


def filter_package(package: Package) -> Package:
    return Package(package.header, tuple(item for item in package.items if keep_item(item[0])))


# --- the ELF shared library that exports it ------------------------------------------------

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_DYN = struct.Struct("<qQ")
_SHT_SYMTAB, _SHT_DYNAMIC, _SHT_RELA, _SHT_REL, _SHT_DYNSYM = 2, 6, 4, 9, 11
_SHF_ALLOC = 0x2
# Dynamic tags whose value is an address (they would have to move with what they point at).
_DT_POINTERS = {3, 4, 5, 6, 7, 12, 13, 17, 23, 25, 26, 0x6FFFFEF5, 0x6FFFFFF0, 0x6FFFFFFC,
                0x6FFFFFFE}


@dataclass
class _Symbol:
    table_offset: int  # file offset of the Elf64_Sym
    name: str
    value: int
    size: int
    section: int


def _read_c_string(data: bytes, offset: int) -> str:
    return data[offset:data.index(b"\0", offset)].decode("ascii", "replace")


def _sections(data: bytes) -> list[list[int]]:
    ehdr = _EHDR.unpack_from(data, 0)
    shoff, shentsize, shnum = ehdr[6], ehdr[11], ehdr[12]
    if shentsize != _SHDR.size:
        raise LayoutError("unexpected section header size")
    return [list(_SHDR.unpack_from(data, shoff + i * shentsize)) for i in range(shnum)]


def _symbols(data: bytes, sections: list[list[int]]) -> list[_Symbol]:
    found = []
    for sh in sections:
        if sh[1] not in (_SHT_SYMTAB, _SHT_DYNSYM):
            continue
        strtab = sections[sh[6]]
        for offset in range(sh[4], sh[4] + sh[5], _SYM.size):
            name, _info, _other, shndx, value, size = _SYM.unpack_from(data, offset)
            found.append(_Symbol(offset, _read_c_string(data, strtab[4] + name), value, size,
                                 shndx))
    return found


def data_symbol(data: bytes) -> _Symbol:
    """The one exported ``icudtNN_dat`` symbol."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise LayoutError("not a 64-bit little-endian ELF file")
    sections = _sections(data)
    matches = [s for s in _symbols(data, sections) if re.fullmatch(r"icudt\d+_dat", s.name)]
    if not matches or len({(s.value, s.size) for s in matches}) != 1 or not matches[0].size:
        raise LayoutError("no single ICU data symbol")
    return matches[0]


def replace_symbol_data(data: bytes, new_blob: bytes) -> bytes:
    """A copy of the library with the data symbol's bytes replaced by the (smaller) new_blob."""
    symbol = data_symbol(data)
    sections = _sections(data)
    home = sections[symbol.section]
    if home[1] != 1 or not home[2] & _SHF_ALLOC or home[3] != symbol.value \
            or home[5] != symbol.size:
        raise LayoutError("the data symbol does not fill its section")
    if any(sh[1] in (_SHT_RELA, _SHT_REL) for sh in sections):
        raise LayoutError("the library has relocations")
    start, old_size = home[4], home[5]
    # Move everything after the data down by whole pages, so alignment is kept everywhere.
    shift = (old_size - len(new_blob)) // PAGE * PAGE
    if shift <= 0:
        raise LayoutError("nothing to gain")
    new_size = old_size - shift
    end, address_end = start + old_size, symbol.value + old_size

    out = bytearray(data[:start]) + new_blob + bytes(new_size - len(new_blob)) + data[end:]

    def moved_offset(offset: int) -> int:
        return offset - shift if offset >= end else offset

    def moved_address(address: int) -> int:
        return address - shift if address >= address_end else address

    ehdr = list(_EHDR.unpack_from(data, 0))
    phoff, shoff, phentsize, phnum = ehdr[5], ehdr[6], ehdr[9], ehdr[10]
    if phentsize != _PHDR.size:
        raise LayoutError("unexpected program header size")
    for index in range(phnum):
        at = phoff + index * _PHDR.size
        ph = list(_PHDR.unpack_from(data, at))  # type, flags, offset, vaddr, paddr, filesz, memsz
        if ph[2] <= start < ph[2] + ph[5]:
            if ph[2] + ph[5] < end or ph[3] + ph[6] < address_end:
                raise LayoutError("segment holds less than the data")
            ph[5] -= shift
            ph[6] -= shift
        elif ph[2] >= end or ph[3] >= address_end:
            ph[2], ph[3], ph[4] = moved_offset(ph[2]), moved_address(ph[3]), moved_address(ph[4])
        _PHDR.pack_into(out, at, *ph)
    for index, sh in enumerate(_sections(data)):  # fresh copies: they are changed below
        at = shoff + index * _SHDR.size
        if index == symbol.section:
            sh[5] = new_size
        else:
            sh[4] = moved_offset(sh[4])
            if sh[2] & _SHF_ALLOC:
                sh[3] = moved_address(sh[3])
        _SHDR.pack_into(out, moved_offset(at), *sh)
        if sh[1] == _SHT_DYNAMIC:
            for entry in range(sh[4], sh[4] + sh[5], _DYN.size):
                tag, value = _DYN.unpack_from(out, entry)
                if tag in _DT_POINTERS and value >= symbol.value:
                    raise LayoutError("a dynamic entry points past the data")
    for sym in _symbols(data, _sections(data)):
        at = moved_offset(sym.table_offset)
        name, info, other, shndx, value, size = _SYM.unpack_from(out, at)
        if sym.name == symbol.name:
            size = new_size
        elif shndx != 0:
            value = moved_address(value)
        _SYM.pack_into(out, at, name, info, other, shndx, value, size)
    ehdr[6] = moved_offset(shoff)
    _EHDR.pack_into(out, 0, *ehdr)
    return bytes(out)


def library_package(data: bytes) -> Package:
    """The ICU package a data library exports."""
    symbol = data_symbol(data)
    start = _sections(data)[symbol.section][4]
    return parse_package(data[start:start + symbol.size])


def shrink_library(path: Path) -> tuple[int, int]:
    """Rewrite the ICU data library in place; returns (old size, new size) in bytes.

    Raises LayoutError, leaving the file untouched, when anything is not as expected.
    """
    data = path.read_bytes()
    kept = filter_package(library_package(data))
    new = replace_symbol_data(data, build_package(kept))
    # Prove the result before replacing anything: same header, the kept items byte for byte
    # (the last one may carry the zero padding up to the page boundary).
    again = library_package(new)
    pairs = zip(kept.items, again.items, strict=True)
    if again.header != kept.header or len(again.items) != len(kept.items) \
            or any(a[0] != b[0] or not b[1].startswith(a[1]) for a, b in pairs):
        raise LayoutError("the rewritten package does not read back")
    temporary = path.with_name(path.name + ".new")
    temporary.write_bytes(new)
    temporary.chmod(path.stat().st_mode)
    temporary.replace(path)
    return len(data), len(new)
