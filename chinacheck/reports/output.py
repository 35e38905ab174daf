"""What a renderer hands back, the document id, the PDF metadata, and writing a PDF to disk.

ChinaCheck's facts about a document (case id, revision, fingerprint, document id, version …)
go into the PDF's document information dictionary twice: each under its own key that only
ChinaCheck writes (``/ChinaCheckCaseId``, see :func:`info_key`), and, for people and older
versions, as ``key=value`` pairs in ``/Keywords``. ``chinacheck verify`` trusts only the own
keys, and only values of the expected form (:func:`valid_value`): no text a user typed (the
title, the organisation) shares a key with them.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from chinacheck import oserrors
from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import _
from chinacheck.storage import atomic

# The facts the case summary carries for ``chinacheck verify`` (chinacheck/signing/verify.py).
KEY_CASE_ID = "chinacheck-case-id"
KEY_REVISION = "chinacheck-case-revision"
KEY_FINGERPRINT = "chinacheck-case-fingerprint"
KEY_SIGNOFFS = "chinacheck-signoffs-sha256"
SIGNATURE_BOX_KEY = "chinacheck-signature-box"
KEY_DOCUMENT_ID = "chinacheck-document-id"
KEY_FINGERPRINT_PAGE = "chinacheck-fingerprint-page"  # the page with the fingerprint block
# The name of the form XObject that draws the visible signature (reports/signature_box.py); it
# stays in the signature's appearance, so that verify recognises the box after its field is
# gone. reportlab names the resource ``/FormXob.<name>``.
SIGNATURE_FORM = "ChinaCheckSignature"

_PREFIX = "chinacheck-"
_HEX64 = r"[0-9a-f]{64}"
# The form every fact must have to be believed; a missing pattern means printable text.
_FORMATS = {
    KEY_REVISION: r"[0-9]{1,9}",
    KEY_FINGERPRINT: _HEX64,
    KEY_SIGNOFFS: _HEX64,
    "chinacheck-case-sha256": _HEX64,
    KEY_DOCUMENT_ID: r"[0-9A-F]{4}(-[0-9A-F]{4}){3}",
    KEY_FINGERPRINT_PAGE: r"[1-9][0-9]{0,5}",
    SIGNATURE_BOX_KEY: r"[0-9]{1,6}(/[0-9]{1,6}\.[0-9]){4}",
}
MAX_TEXT_VALUE = 1000


def info_key(key: str) -> str:
    """The document information key of a fact: 'chinacheck-case-id' → '/ChinaCheckCaseId'."""
    words = key.removeprefix(_PREFIX).split("-")
    return "/ChinaCheck" + "".join(word[:1].upper() + word[1:] for word in words)


def info_keys(fields: dict[str, str]) -> dict[str, str]:
    """The facts under their own document information keys (without the leading '/')."""
    return {info_key(key)[1:]: value for key, value in fields.items()}


# The facts verify and the signer read back from a PDF.
FACT_KEYS = (KEY_CASE_ID, KEY_REVISION, KEY_FINGERPRINT, KEY_SIGNOFFS, KEY_DOCUMENT_ID,
             KEY_FINGERPRINT_PAGE, SIGNATURE_BOX_KEY)


def own_facts(info: dict[str, str]) -> dict[str, str]:
    """The facts (:data:`FACT_KEYS`) found under their own keys in a document information
    dictionary read back as ``{'/ChinaCheckCaseId': …}``."""
    return {key: info[info_key(key)] for key in FACT_KEYS if info_key(key) in info}


def valid_value(key: str, value: str) -> bool:
    """Whether ``value`` has the form ChinaCheck writes for ``key``."""
    pattern = _FORMATS.get(key)
    if pattern is None:  # printable text (no control or bidi characters), safe to show
        return 0 < len(value) <= MAX_TEXT_VALUE and value.isprintable()
    return re.fullmatch(pattern, value, flags=re.ASCII) is not None


@dataclass(frozen=True)
class SignatureBox:
    """Where a visible signature goes: 1-based page, lower-left and upper-right in points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    def keyword(self) -> str:
        # ';' would split the Keywords entry (parse_keywords), so the numbers are joined by '/'.
        return "/".join([str(self.page), *(f"{v:.1f}" for v in (self.x1, self.y1, self.x2,
                                                                self.y2))])

    @classmethod
    def parse(cls, text: str) -> SignatureBox | None:
        parts = text.split("/")
        try:
            page, x1, y1, x2, y2 = int(parts[0]), *(float(v) for v in parts[1:])
        except (ValueError, TypeError):
            return None
        if page < 1 or x2 <= x1 or y2 <= y1:
            return None
        return cls(page, x1, y1, x2, y2)


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    document_id: str
    page_count: int
    signature_box: SignatureBox | None = None  # reserved for a digital signature, if asked


def new_document_id() -> str:
    """A fresh id for one generated document, short enough to read aloud: 'A1B2-C3D4-E5F6-0718'."""
    raw = secrets.token_hex(8).upper()
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def case_digest(case_bytes: bytes) -> str:
    """The SHA-256 of the case file's canonical bytes (``caseformat.dumps``)."""
    return hashlib.sha256(case_bytes).hexdigest()


def keywords(fields: dict[str, str]) -> list[str]:
    """``key=value`` keywords; reportlab joins them with ", " in the PDF's Keywords entry. A
    value with ',' or ';' (which would split the entry) is left to its own key."""
    return [f"{key}={value}" for key, value in fields.items() if not set(value) & {",", ";"}]


def parse_keywords(text: str) -> dict[str, str]:
    """The PDF Keywords entry back to a dict; pieces without '=' are ignored."""
    result: dict[str, str] = {}
    for piece in re.split(r"[,;]", text):
        key, sep, value = piece.strip().partition("=")
        if sep and key:
            result[key] = value
    return result


def write_pdf(data: bytes, path: Path | str) -> Path:
    """Write ``data`` to ``path`` atomically; raises ChinaCheckError with a one-line reason.

    Like case files the PDF is readable by its owner only: a case summary can be classified.
    """
    return write_document(data, path)


def write_document(data: bytes, path: Path | str) -> Path:
    """Write a generated document (a PDF, a register) as :func:`write_pdf` does: atomically,
    never over a case file, its backups or its lock, readable by its owner only."""
    from chinacheck.storage.outputs import refuse_case_files

    target = Path(path)
    refuse_case_files(target)  # never over a case, its backups or its lock
    if target.is_dir():
        raise ChinaCheckError(_("kan niet schrijven naar {file}: dit is een map, geen bestand")
                              .format(file=target))
    try:
        atomic.write_bytes(target, data)
    except OSError as exc:
        raise ChinaCheckError(_("kan niet schrijven naar {file}: {reason}").format(
            file=target, reason=oserrors.describe(exc))) from None
    return target
