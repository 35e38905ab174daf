"""Read the ``key=value`` keywords ChinaCheck writes into its PDFs, without a PDF library.

``chinacheck verify`` must work without the optional signing packages, and reportlab cannot
read PDFs. ChinaCheck's PDFs keep their document information dictionary as plain text (reportlab
writes no object streams, and an incremental update appends a new dictionary), so the last
``/Keywords`` string in the file is the current one. For a signed PDF that is sound only because
verify also demands that the signature covers the whole file: nothing can have been appended.
"""

from __future__ import annotations

import re

from chinacheck.reports.output import parse_keywords

_KEYWORDS = re.compile(rb"/Keywords\s*([(<])")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def _literal(data: bytes, start: int) -> bytes | None:
    """The bytes of a PDF literal string whose '(' is at ``start - 1``; None if unterminated."""
    out = bytearray()
    depth, i = 1, start
    while i < len(data):
        ch = data[i]
        if ch == ord("\\") and i + 1 < len(data):
            nxt = data[i + 1]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
                i += 2
            elif ord("0") <= nxt <= ord("7"):
                digits = re.match(rb"[0-7]{1,3}", data[i + 1:i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8) & 0xFF)
                i += 1 + len(digits.group())
            elif nxt in b"\r\n":  # a line continuation
                i += 3 if data[i + 1:i + 3] == b"\r\n" else 2
            else:
                i += 1
            continue
        if ch == ord("("):
            depth += 1
        elif ch == ord(")"):
            depth -= 1
            if depth == 0:
                return bytes(out)
        out.append(ch)
        i += 1
    return None


def _hex(data: bytes, start: int) -> bytes | None:
    end = data.find(b">", start)
    if end < 0:
        return None
    digits = re.sub(rb"\s", b"", data[start:end])
    if len(digits) % 2:
        digits += b"0"
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def _text(raw: bytes) -> str:
    """A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, else PDFDocEncoding
    (which for the ASCII keywords ChinaCheck writes is the same as Latin-1)."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


def read_keywords(data: bytes) -> dict[str, str]:
    """The ``key=value`` pairs of the last Keywords entry; empty when there is none."""
    for match in reversed(list(_KEYWORDS.finditer(data))):
        start = match.end()
        raw = _literal(data, start) if match.group(1) == b"(" else _hex(data, start)
        if raw is not None:
            return parse_keywords(_text(raw))
    return {}


def looks_signed(data: bytes) -> bool:
    """Whether the PDF carries a signature dictionary (checked properly by chinacheck.signing)."""
    return b"/ByteRange" in data
