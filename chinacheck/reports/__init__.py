"""PDF documents: the case summary, the blank meeting checklist and the travel card.

The only package that imports reportlab. It is imported lazily (by the command-line handlers and
the app's export actions), never at start-up. Renderers are pure: they return the PDF bytes and
the document id; :func:`write_pdf` puts the bytes on disk.
"""

from chinacheck.reports.blank_checklist import render_blank_checklist
from chinacheck.reports.case_summary import DEFAULT_CLASSIFICATION, render_case_summary
from chinacheck.reports.output import RenderedPdf, new_document_id, parse_keywords, write_pdf
from chinacheck.reports.travel_card import render_travel_card

__all__ = [
    "DEFAULT_CLASSIFICATION",
    "RenderedPdf",
    "new_document_id",
    "parse_keywords",
    "render_blank_checklist",
    "render_case_summary",
    "render_travel_card",
    "write_pdf",
]
