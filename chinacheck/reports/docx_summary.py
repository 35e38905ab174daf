"""The case summary as an editable Word document (DOCX), in two layouts.

``summary`` follows the PDF (chinacheck.reports.case_summary): the decision record first (what
was decided, by whom, when, the conditions, the reasons and what it was decided despite, the
overall risk and the readiness), then the case details, the numbered checklist, open points,
people, the screening against the technology table, measures, the sign-offs and the audit
trail. ``collegevoorstel`` is a draft for a proposal to the college or council (onderwerp,
aanleiding, besluit en advies, afwegingen, risico's, voorwaarden, bijlagen) that an official
pastes into the organisation's own template: every text in it is marked as ChinaCheck's draft.

Both print the same copy of the case as the PDF (chinacheck.reports.printable, within the same
budget) and take their words from the same functions (chinacheck.reports.summary_text, labels).
Unlike the PDF, a Word document can be changed by anyone who has it: it carries the case's
fingerprint as text, but ``chinacheck verify`` checks PDFs only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from chinacheck import __version__
from chinacheck.case.model import Case
from chinacheck.guidance.content import Content
from chinacheck.reports.docx_build import Builder, one_line
from chinacheck.reports.output import new_document_id
from chinacheck.storage.pack_store import case_content

if TYPE_CHECKING:
    from chinacheck.reports.woo_inventory import WooInventory


from chinacheck.reports.docx_proposal import write_proposal
from chinacheck.reports.docx_sections import SummaryWriter

LAYOUTS = ("summary", "collegevoorstel")
DEFAULT_LAYOUT = "summary"
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True)
class RenderedDocx:
    data: bytes
    document_id: str


def render_case_docx(case: Case, *, classification: str = "Intern",
                     layout: str = DEFAULT_LAYOUT, content: Content | None = None,
                     generated: datetime | None = None, document_id: str | None = None,
                     language: str = "nl",
                     tampered: list[str] | None = None,
                     woo: WooInventory | None = None) -> RenderedDocx:
    """The case as DOCX bytes; pure. ``layout``: one of :data:`LAYOUTS`. ``woo``: the Woo
    version, rendered from a redacted copy (chinacheck.reports.woo_version.render_woo_docx):
    the summary layout only, without any digest of the case, with the list of redactions."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if woo is not None and layout != DEFAULT_LAYOUT:
        raise ValueError("the Woo version has the summary layout only")
    content = content or case_content(case)
    builder = Builder(LANGUAGE_TAGS.get(language, language))
    summary = SummaryWriter(case, content, language, builder)
    t = summary.t
    document_id = document_id or new_document_id()
    summary.woo, summary.document_id = woo, document_id
    doc_label = (t("woo-doc") if woo else t("summary-doc")) if layout == "summary" \
        else t("cv-doc")
    classification = one_line(classification)
    marks = [t("classification", value=classification)] if classification else []
    if layout == "collegevoorstel":
        marks.insert(0, t("cv-draft-short"))
    if tampered:
        marks.insert(0, t("tampered-mark"))
    builder.header_footer(" · ".join([one_line(case.title), doc_label, *marks]),
                          " · ".join([*marks, t("document-id", id=document_id)]),
                          t("page-of", page="\0PAGE\0", total="\0NUMPAGES\0"))
    if layout == "summary":
        summary.write(tampered)
    else:
        write_proposal(summary, tampered)
    props = builder.doc.core_properties
    props.title = one_line(case.title)[:255]
    props.subject = doc_label
    props.author = one_line(case.organisation)[:255]
    props.last_modified_by = f"ChinaCheck {__version__}"
    props.identifier = document_id
    props.language = LANGUAGE_TAGS.get(language, language)
    props.keywords = ""
    props.comments = ""
    props.category = classification[:255]
    props.revision = 1
    # python-docx writes the time as given, with a Z: so UTC, without its zone
    when = (generated or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = when
    return RenderedDocx(builder.save(), document_id)
