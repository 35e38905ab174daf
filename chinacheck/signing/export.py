"""Export a case summary (a PDF, optionally signed, or an editable Word document) and record
the export in the audit trail.

Split in two so that the app can render and sign off the GUI thread (:func:`export_summary`,
on a copy of the case) and record the result on the GUI thread (:func:`record_export`, on the
live case, which it then saves).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chinacheck import log
from chinacheck.case import audit
from chinacheck.case.model import AuditEntry, AuditEvent, Case

if TYPE_CHECKING:
    from chinacheck.signing.pades import SigningKey


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the PDF as written (signed, if it was signed)
    document_id: str
    page_count: int
    signed_by: str | None  # the certificate's name when signed
    format: str = "pdf"  # or "docx" (then page_count is 0: Word lays out the pages)
    layout: str = "summary"  # a DOCX's layout (chinacheck.reports.docx_summary.LAYOUTS)


FORMATS = ("pdf", "docx")


def export_summary(case: Case, output: Path | str, *, classification: str,
                   key: SigningKey | None = None, language: str = "nl",
                   warning: Sequence[str] | None = None, format: str = "pdf",
                   layout: str = "summary") -> ExportResult:
    """Render (and sign, with ``key``) the case summary and write it to ``output``.

    ``warning``: the differences of a case changed outside ChinaCheck (chinacheck.case.tamper),
    shown across every page. ``format`` "docx" writes a Word document in ``layout`` (never
    signed: ``key`` must be None).

    Raises ChinaCheckError (SigningError, a write failure) before anything is written.
    """
    if format == "docx":
        if key is not None:
            raise ValueError("a Word document is never signed")
        return _export_docx(case, output, classification=classification, language=language,
                            warning=warning, layout=layout)
    from chinacheck.reports.case_summary import render_case_summary
    from chinacheck.reports.output import write_pdf

    rendered = render_case_summary(case, classification=classification, language=language,
                                   signature_slot=key is not None, tampered=warning)
    data = rendered.data
    if key is not None:
        from chinacheck.signing.pades import sign_pdf

        data = sign_pdf(data, key)
    path = write_pdf(data, output)
    log.event(log.get("export"), "export.summary", object=log.case_object(case.id),
              document=rendered.document_id, pages=rendered.page_count, signed=key is not None)
    return ExportResult(path, hashlib.sha256(data).hexdigest(), rendered.document_id,
                        rendered.page_count, key.name if key is not None else None)


def _export_docx(case: Case, output: Path | str, *, classification: str, language: str,
                 warning: Sequence[str] | None, layout: str) -> ExportResult:
    from chinacheck.reports.docx_summary import render_case_docx
    from chinacheck.reports.output import write_document

    rendered = render_case_docx(case, classification=classification, language=language,
                                layout=layout, tampered=list(warning) if warning else None)
    path = write_document(rendered.data, output)  # atomic, never over a case file
    log.event(log.get("export"), "export.docx", object=log.case_object(case.id),
              document=rendered.document_id, layout=layout)
    return ExportResult(path, hashlib.sha256(rendered.data).hexdigest(), rendered.document_id,
                        0, None, "docx", layout)


def record_export(case: Case, result: ExportResult) -> AuditEntry:
    """Append the "exported" entry (the PDF's SHA-256 lets verify recognise it later); a Word
    document's entry names its format (and a layout other than the summary)."""
    detail: dict[str, object] = {"sha256": result.sha256, "document_id": result.document_id}
    if result.format != "pdf":
        detail["format"] = result.format
        if result.layout != "summary":
            detail["layout"] = result.layout
    if result.signed_by is not None:
        detail["signed"] = True
        detail["signed_by"] = result.signed_by
    return audit.record(case, AuditEvent.EXPORTED, **detail)


def export_woo(case: Case, output: Path | str, *, classification: str,
               language: str = "nl", format: str = "pdf") -> ExportResult:
    """Render the Woo version (chinacheck.reports.woo_version; never signed) as PDF or, with
    ``format`` "docx", as a Word document, and write it. Raises ChinaCheckError before anything
    is written."""
    from chinacheck.reports.output import write_pdf
    from chinacheck.reports.woo_version import render_woo_version

    if format == "docx":
        from chinacheck.reports.output import write_document
        from chinacheck.reports.woo_version import render_woo_docx

        made_docx = render_woo_docx(case, classification=classification, language=language)
        path = write_document(made_docx.data, output)  # atomic, never over a case file
        log.event(log.get("export"), "export.woo", object=log.case_object(case.id),
                  document=made_docx.document_id, redactions=made_docx.redactions,
                  format="docx")
        return ExportResult(path, hashlib.sha256(made_docx.data).hexdigest(),
                            made_docx.document_id, 0, None, "docx")

    made = render_woo_version(case, classification=classification, language=language)
    path = write_pdf(made.rendered.data, output)
    log.event(log.get("export"), "export.woo", object=log.case_object(case.id),
              document=made.rendered.document_id, pages=made.rendered.page_count,
              redactions=made.redactions)
    return ExportResult(path, hashlib.sha256(made.rendered.data).hexdigest(),
                        made.rendered.document_id, made.rendered.page_count, None)


def record_woo_export(case: Case, result: ExportResult) -> AuditEntry:
    """The "exported" entry of a Woo version: its own identifier and SHA-256, linked to the
    revision (the entry's) and the content (the case's fingerprint, kept in the case file
    only) it was made from."""
    from chinacheck.case import integrity

    detail: dict[str, object] = {"sha256": result.sha256, "document_id": result.document_id,
                                 "woo": True, "fingerprint": integrity.fingerprint(case)}
    if result.format != "pdf":
        detail["format"] = result.format
    return audit.record(case, AuditEvent.EXPORTED, **detail)
