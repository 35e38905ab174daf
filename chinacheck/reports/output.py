"""What a renderer hands back, the document id, the PDF metadata, and writing a PDF to disk.

The metadata keywords carry the case id, the document id and the ChinaCheck version as
``key=value`` pairs, so that a PDF can later be checked against the case it was made from
without parsing the printed pages.
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

# The keywords the case summary carries for ``chinacheck verify`` (chinacheck/signing/verify.py).
KEY_CASE_ID = "chinacheck-case-id"
KEY_REVISION = "chinacheck-case-revision"
KEY_FINGERPRINT = "chinacheck-case-fingerprint"
KEY_SIGNOFFS = "chinacheck-signoffs-sha256"
SIGNATURE_BOX_KEY = "chinacheck-signature-box"


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
    """``key=value`` keywords; reportlab joins them with ", " in the PDF's Keywords entry."""
    return [f"{key}={value}" for key, value in fields.items()]


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
