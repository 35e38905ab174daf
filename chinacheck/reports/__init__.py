"""PDF documents: the case summary, the blank meeting checklist and the travel card.

The only package that imports reportlab, and only in its renderers (``case_summary``,
``blank_checklist``, ``travel_card`` and their building blocks): ``output`` (the metadata keys,
writing a PDF to disk) and ``labels`` do without it, so that checking a PDF
(chinacheck.signing.verify) never loads the renderers. Import the module
you need; this package imports nothing. Renderers are pure: they return the PDF bytes and the
document id; :func:`chinacheck.reports.output.write_pdf` puts the bytes on disk.
"""
