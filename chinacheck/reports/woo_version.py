"""The Woo version of the case summary: every marked passage replaced, when the PDF is made, by a
box naming its grounds ("[gelakt – 5.1.2e]"), followed by a list of the redactions.

Nothing is drawn over text: the summary is rendered from a redacted copy of the case, so the
withheld text never reaches the PDF (page content, title, metadata, bookmarks, font subsets).
A marked text is also withheld where it recurs verbatim elsewhere in the case (a name in a note,
in the audit trail). The copy carries no digest of the unredacted content: no fingerprint, no
QR code, no sign-off digests; the document has its own identifier instead, which the caller
records in the case's audit trail (chinacheck.signing.export.record_woo_export).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chinacheck.case import caseformat, integrity, woo
from chinacheck.case.model import Case
from chinacheck.guidance import woo_grounds
from chinacheck.guidance.content import Content
from chinacheck.reports.labels import Labels
from chinacheck.reports.output import RenderedPdf, new_document_id
from chinacheck.reports.woo_inventory import WooInventory
from chinacheck.reports.woo_words import section_label
from chinacheck.storage.pack_store import case_content

MIN_RECURRING_CHARS = 4  # a shorter marked text is withheld at its place, not searched elsewhere
# Values of the case file that are not free text: never searched for marked text.
_STRUCTURAL = {"format", "schema_version", "id", "kind", "status", "overall_risk", "created",
               "modified", "content_version", "start_date", "end_date", "due", "on",
               "next_review", "signed_at", "at", "prev", "audit_head", "parts", "seal",
               "fingerprint", "signoff", "sha256", "digest", "document_id", "revision",
               "phase", "category", "handling", "four_eyes", "event", "done", "final",
               "electronic", "woo", "code"}
# Audit details that name files (a folder may carry a person's name) or the holder of a
# certificate: always withheld.
_ALWAYS_WITHHELD = ("backup", "copied_from", "signed_by")


@dataclass(frozen=True)
class Redaction:
    path: str  # the passage (chinacheck.case.woo) or "audit/N/KEY"
    grounds: tuple[str, ...]
    recurs: bool = False  # also withheld where it recurs verbatim elsewhere


def box(t: Labels, grounds: Iterable[str]) -> str:
    return t("woo-redacted", codes=", ".join(grounds))


def _set_path(data: dict[str, Any], path: str, value: str) -> None:
    parts = path.split("/")
    node: Any = data
    for key in parts[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _replace_all(node: Any, marked: list[tuple[re.Pattern[str], str]], key: str = "",
                 top: bool = True) -> Any:
    """``node`` with every marked text in its free-text values replaced by its box."""
    if isinstance(node, dict):
        return {k: (v if k in _STRUCTURAL or (k == "decision" and not top)
                    else _replace_all(v, marked, k, False)) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_all(v, marked, key, False) for v in node]
    if isinstance(node, str):
        for pattern, shown in marked:
            node = pattern.sub(shown, node)
        return node
    return node


def redacted_copy(case: Case, t: Labels) -> tuple[Case, list[Redaction]]:
    """A copy of ``case`` with every withheld passage replaced by its box, and the list of
    redactions (in the order of the case file). The copy is for rendering only."""
    resolved = woo.resolve(case)
    data = caseformat.to_dict(case, chain=False)
    redactions = [Redaction(r.path, r.grounds) for r in resolved]
    for r in resolved:
        _set_path(data, r.path, box(t, r.grounds))
    # Longest first, so that a name inside a longer marked text is not replaced first.
    recurring = sorted({(r.text.strip(), r.grounds) for r in resolved
                        if len(r.text.strip()) >= MIN_RECURRING_CHARS},
                       key=lambda item: -len(item[0]))
    marked = [(re.compile(re.escape(text), re.IGNORECASE), box(t, grounds))
              for text, grounds in recurring]
    data = _replace_all(data, marked)
    exact = {r.text.strip(): r.grounds for r in resolved}
    for n, entry in enumerate(data.get("audit", [])):
        detail = entry.get("detail", {})
        detail.pop("fingerprint", None)  # of the unredacted content: not in a Woo version
        for key, value in detail.items():  # a short name (under 4 characters) said again
            if isinstance(value, str) and value.strip() in exact:
                detail[key] = box(t, exact[value.strip()])
        for key in _ALWAYS_WITHHELD:
            if isinstance(detail.get(key), str):
                detail[key] = box(t, [woo_grounds.PRIVACY])
                redactions.append(Redaction(f"audit/{n}/{key}", (woo_grounds.PRIVACY,)))
    data["woo"] = {}
    copy = caseformat.from_dict(data)
    current = integrity.fingerprint(case)
    copied = integrity.fingerprint(copy)
    for signoff in copy.signoffs:  # what the sign-off block compares, without the digest
        signoff.fingerprint = copied if signoff.fingerprint == current else ""
        signoff.parts = None
    return copy, redactions


def inventory_rows(t: Labels, content: Content,
                   redactions: list[Redaction]) -> list[tuple[str, str, str, str]]:
    """The list of redactions as rows: number, where (in the summary's words), codes, and the
    citation and description of each ground. Also for other formats of the Woo version."""
    grounds = woo_grounds.load()
    rows = []
    for n, r in enumerate(redactions, 1):
        descriptions = []
        for code in r.grounds:
            ground = grounds.get(code)
            descriptions.append(f"{ground.citation}: {ground.short}" if ground else code)
        rows.append((str(n), section_label(t, content, r.path), ", ".join(r.grounds),
                     "; ".join(descriptions)))
    return rows


@dataclass(frozen=True)
class WooExport:
    rendered: RenderedPdf
    redactions: int


def render_woo_version(case: Case, *, classification: str, language: str = "nl",
                       content: Content | None = None, generated: datetime | None = None,
                       document_id: str | None = None) -> WooExport:
    """The Woo version as PDF bytes (PDF/A-2b, never signed); pure but for reading fonts."""
    from chinacheck.reports.case_summary import render_case_summary

    content = content or case_content(case)
    t = Labels(language)
    copy, redactions = redacted_copy(case, t)
    rows = inventory_rows(t, content, redactions)
    document_id = document_id or new_document_id()
    grounds = woo_grounds.load()
    rendered = render_case_summary(
        copy, classification=classification, content=content, generated=generated,
        document_id=document_id, language=language,
        woo=WooInventory(rows=rows, revision=case.revision,
                         unverified=not all(g.verified for g in grounds.grounds)))
    return WooExport(rendered, len(redactions))


@dataclass(frozen=True)
class WooDocx:
    data: bytes
    document_id: str
    redactions: int


def render_woo_docx(case: Case, *, classification: str, language: str = "nl",
                    content: Content | None = None, generated: datetime | None = None,
                    document_id: str | None = None) -> WooDocx:
    """The Woo version as a Word document, from the same redacted copy as the PDF: nothing
    withheld reaches document.xml, the header and footer or the core properties."""
    from chinacheck.reports.docx_summary import render_case_docx

    content = content or case_content(case)
    t = Labels(language)
    copy, redactions = redacted_copy(case, t)
    grounds = woo_grounds.load()
    woo = WooInventory(rows=inventory_rows(t, content, redactions), revision=case.revision,
                       unverified=not all(g.verified for g in grounds.grounds))
    rendered = render_case_docx(copy, classification=classification, content=content,
                                generated=generated, document_id=document_id,
                                language=language, woo=woo)
    return WooDocx(rendered.data, rendered.document_id, len(redactions))
