"""Does this PDF show this case as it is now? The check behind ``chinacheck verify``.

The case summary's metadata carries the case id, revision, content fingerprint and a digest of
the sign-offs it printed, each under its own key (``reports/output.py``). Verify parses the PDF
(never searching its bytes), compares those facts with the case file, compares what the pages
show (title, fingerprint block, document id) with the case and the facts, and has every
signature checked (chinacheck.signing.check). A PDF with a trace of a signature (a signature
field, a signature dictionary, ChinaCheck's signature box) but no sound signature fails, and so
does any PDF without a sound, trusted signature when one is required.

Reading PDFs needs the ``sign`` extra (pyHanko and pypdf); without it verify says so and fails
rather than guess.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from chinacheck import log
from chinacheck.case import integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import AuditEvent, Case
from chinacheck.errors import one_line
from chinacheck.i18n import N_, _, translate
from chinacheck.reports.output import (
    FACT_KEYS,
    KEY_CASE_ID,
    KEY_DOCUMENT_ID,
    KEY_FINGERPRINT,
    KEY_FINGERPRINT_PAGE,
    KEY_REVISION,
    KEY_SIGNOFFS,
    own_facts,
    valid_value,
)
from chinacheck.signing import availability
from chinacheck.signing.pdfread import PdfFacts, PdfUnreadable, SignatureTraces

if TYPE_CHECKING:
    from chinacheck.signing.check import SignatureReport
    from chinacheck.signing.pagetext import Pages

DAMAGED = N_("ondertekening beschadigd of verwijderd: de PDF draagt sporen van een digitale "
             "handtekening (een handtekeningveld, een handtekening of het handtekeningvak van "
             "ChinaCheck), maar niet één die klopt")
UNTRUSTED = N_("niet digitaal ondertekend (--require-trusted): de PDF heeft geen vertrouwde "
               "handtekening")
LEGACY_PAGES = 20  # pages searched for the fingerprint block of a PDF that does not say where


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)  # what differs; empty means "it matches"
    notes: list[str] = field(default_factory=list)  # what was found, for the user
    signatures: list[SignatureReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

def _short(value: str) -> str:
    return value[:16] + "…" if len(value) > 16 else value or "—"

def _fingerprint_at(case: Case, revision: str) -> str | None:
    if not revision.isdigit():
        return None
    return integrity.fingerprint(replace(case, revision=int(revision)))


def compare_metadata(case: Case, fields: dict[str, str], report: VerifyReport) -> None:
    pdf_id = fields.get(KEY_CASE_ID, "")
    if pdf_id != case.id:
        report.problems.append(_("andere zaak: de PDF hoort bij zaak {pdf_case}, het bestand "
                                 "is zaak {case}").format(pdf_case=pdf_id or "—", case=case.id))
        return  # the other fields of another case say nothing useful
    if KEY_FINGERPRINT not in fields or KEY_REVISION not in fields:
        report.problems.append(_("de PDF is gemaakt met een ChinaCheck zonder vingerafdruk en "
                                 "revisie; exporteer hem opnieuw"))
        return
    current = integrity.fingerprint(case)
    if fields[KEY_REVISION] != str(case.revision):
        report.problems.append(_("andere revisie: de PDF toont revisie {pdf_revision}, de zaak "
                                 "is nu bij revisie {revision}").format(
            pdf_revision=fields[KEY_REVISION], revision=case.revision))
        # The revision is part of the fingerprint: compare the rest as of the PDF's revision.
        if _fingerprint_at(case, fields[KEY_REVISION]) != fields[KEY_FINGERPRINT]:
            report.problems.append(_("gewijzigde zaak: ook de inhoud is veranderd sinds de "
                                     "PDF is gemaakt"))
        return  # other sign-offs go without saying in another revision
    if fields[KEY_FINGERPRINT] != current:
        report.problems.append(_(
            "gewijzigde zaak: de inhoud is veranderd sinds de PDF is gemaakt (vingerafdruk PDF "
            "{pdf_fingerprint}, zaak {fingerprint})").format(
            pdf_fingerprint=_short(fields[KEY_FINGERPRINT]), fingerprint=_short(current)))
    if fields.get(KEY_SIGNOFFS) != integrity.signoffs_digest(case.current_signoffs()):
        report.problems.append(_("andere aftekeningen: de zaak heeft niet dezelfde "
                                 "aftekeningen als de PDF (de PDF is van voor of na een "
                                 "aftekening)"))

def _export_note(case: Case, pdf: bytes) -> str:
    digest = hashlib.sha256(pdf).hexdigest()
    for entry in reversed(case.audit):
        if entry.event is AuditEvent.EXPORTED and entry.detail.get("sha256") == digest:
            return _("deze PDF staat in het logboek van de zaak: geëxporteerd op {when}")\
                .format(when=f"{local_time(entry.at):%Y-%m-%d %H:%M}")
    return _("deze PDF staat niet in het logboek van de zaak (gemaakt vanuit een kopie, of "
             "zonder het zaakbestand bij te werken)")

def verify(case: Case, pdf: bytes, *, require_trusted: bool = False,
           trust_roots: Sequence[bytes] = (), crls: Sequence[bytes] = ()) -> VerifyReport:
    """Compare ``pdf`` with ``case``; ``trust_roots`` are DER or PEM certificates, ``crls``
    DER or PEM CRLs to check the signers' certificates against."""
    report = _check(case, pdf, require_trusted, trust_roots, crls)
    log.event(log.get("verify"), "verify", object=log.case_object(case.id),
              result="ok" if report.ok else "mismatch", problems=len(report.problems),
              signatures=len(report.signatures), require_trusted=require_trusted)
    return report


def _keyword_facts(text: str) -> dict[str, str] | None:
    """The facts in a Keywords text ('key=value, …'); None when a fact is there twice."""
    facts: dict[str, str] = {}
    for piece in text.split(","):
        key, sep, value = piece.strip().partition("=")
        if sep and key in FACT_KEYS:
            if key in facts:
                return None
            facts[key] = value
    return facts


def read_facts(facts: PdfFacts, report: VerifyReport) -> dict[str, str]:
    """The facts verify trusts: ChinaCheck's own keys in the Info dictionary (for a PDF of an
    older ChinaCheck, its Keywords), each of the form ChinaCheck writes; the Keywords and the
    XMP metadata may repeat them but not contradict them."""
    own = own_facts(facts.info)
    copies = [_keyword_facts(facts.info.get("/Keywords", ""))]
    if facts.xmp_keywords is not None:
        copies.append(_keyword_facts(facts.xmp_keywords))
    fields = own or copies[0] or {}
    for copy in copies:
        if copy is None or any(fields.get(key) != value for key, value in copy.items()):
            report.problems.append(_("tegenstrijdige gegevens: de eigenschappen van de PDF "
                                     "spreken elkaar tegen"))
            return {}
    for key, value in list(fields.items()):
        if not valid_value(key, value):
            report.problems.append(_("ongeldige gegevens in de PDF ({key})").format(key=key))
            del fields[key]
    return fields


def compare_titles(case: Case, facts: PdfFacts, report: VerifyReport) -> None:
    """The title in the PDF's properties (Info and XMP) is the case's."""
    from chinacheck.signing.shown import title_in_metadata

    titles = [facts.info.get("/Title", ""), *([facts.xmp_title] if facts.xmp_title else [])]
    if not all(title_in_metadata(case.title, title) for title in titles):
        report.problems.append(_("andere titel: de eigenschappen van de PDF noemen een "
                                 "andere titel dan de zaak"))


def _block_pages(pages: Pages, fields: dict[str, str]) -> list[int]:
    if KEY_FINGERPRINT_PAGE in fields:
        return [int(fields[KEY_FINGERPRINT_PAGE])]
    # An older ChinaCheck did not record it: the block is near the end, before the audit trail.
    return list(range(pages.count, max(0, pages.count - LEGACY_PAGES), -1))


def _compare_block(block_text: str, fields: dict[str, str], report: VerifyReport) -> bool:
    """Compare the fingerprint blocks on a page with the facts; False when there is none."""
    from chinacheck.signing.shown import blocks

    found = blocks(block_text)
    if not found:
        return False
    case_id = fields.get(KEY_CASE_ID, "")
    revision, fingerprint = fields.get(KEY_REVISION, ""), fields.get(KEY_FINGERPRINT, "")
    claimed = ("".join(case_id.split()), revision, fingerprint)  # wrapped lines lose spaces
    other = [(b.case_id, b.revision, b.fingerprint) for b in found
             if (b.case_id, b.revision, b.fingerprint) != claimed]
    if other:
        shown_id, shown_revision, shown_fingerprint = other[0]
        report.problems.append(_(
            "zichtbare inhoud wijkt af: de PDF toont zaak {shown_case}, revisie "
            "{shown_revision}, vingerafdruk {shown_fingerprint}, maar de gegevens in de PDF "
            "zeggen zaak {case}, revisie {revision}, vingerafdruk {fingerprint}").format(
            shown_case=one_line(shown_id, 60), shown_revision=shown_revision,
            shown_fingerprint=_short(shown_fingerprint), case=case_id, revision=revision,
            fingerprint=_short(fingerprint)))
    return True


def _compare_document_ids(texts: dict[int, str], fields: dict[str, str],
                          report: VerifyReport) -> None:
    from chinacheck.signing.shown import document_ids

    claimed = fields.get(KEY_DOCUMENT_ID, "")
    for number, text in sorted(texts.items()):
        shown = document_ids(text)
        if shown != {claimed}:
            report.problems.append(_(
                "zichtbare inhoud wijkt af: pagina {page} toont document {shown}, de gegevens "
                "in de PDF zeggen document {document}").format(
                page=number, shown=", ".join(sorted(shown)) or "—", document=claimed or "—"))
            return


def compare_pages(case: Case | None, pdf: bytes, fields: dict[str, str],
                  report: VerifyReport) -> None:
    """What the pages show: one fingerprint block with the facts' case id, revision and
    fingerprint, the facts' document id in the footers, and (with ``case``) the case's title on
    the cover."""
    from chinacheck.signing.pagetext import Pages
    from chinacheck.signing.shown import title_on_cover

    try:
        pages = Pages(pdf)
        texts = {1: pages.text(1)}
        if case is not None and title_on_cover(case.title, texts[1]) is False:
            report.problems.append(_("andere titel: de PDF toont een andere titel dan de "
                                     "zaak"))
        for number in _block_pages(pages, fields):
            texts[number] = texts.get(number) or pages.text(number)
            if _compare_block(texts[number], fields, report):
                break
        else:
            report.problems.append(_("de PDF toont geen vingerafdruk met zaak-id en revisie "
                                     "(geen zaakoverzicht van ChinaCheck, of gewijzigd)"))
    except PdfUnreadable as exc:
        report.problems.append(str(exc))
        return
    _compare_document_ids(texts, fields, report)


def check_signatures(pdf: bytes, traces: SignatureTraces, trust_roots: Sequence[bytes],
                     require_trusted: bool, report: VerifyReport,
                     crls: Sequence[bytes] = ()) -> None:
    """Every signature checked; a trace of a signature without a sound one is damage."""
    if not traces:
        report.notes.append(_("niet digitaal ondertekend"))
        if require_trusted:
            report.problems.append(translate(UNTRUSTED))
        return
    from chinacheck.signing.check import check_signatures as check

    report.signatures = check(pdf, trust_roots, crls)
    for signature in report.signatures:
        report.problems += signature.problems(require_trusted=require_trusted)
    sound = [s for s in report.signatures if s.sound]
    if not sound or traces.removed or traces.dictionaries > len(report.signatures):
        report.problems.append(translate(DAMAGED))
    elif require_trusted and not any(s.trusted for s in sound) and report.ok:
        report.problems.append(translate(UNTRUSTED))


def pdfa_note(identification: str | None) -> str:
    """Whether the PDF still says it is PDF/A (its XMP identification; not a validation)."""
    if identification is None:
        return _("geen PDF/A-identificatie (geen archiefformaat volgens de PDF zelf)")
    return _("PDF/A-identificatie aanwezig: PDF/A-{level} (niet gevalideerd; zie "
             "docs/documents.md)").format(level=identification.lower())


def _check(case: Case, pdf: bytes, require_trusted: bool,
           trust_roots: Sequence[bytes], crls: Sequence[bytes]) -> VerifyReport:
    report = VerifyReport()
    if not pdf.startswith(b"%PDF-"):
        report.problems.append(_("geen PDF-bestand"))
        return report
    if not availability.can_check():
        report.problems.append(_("de PDF kan hier niet worden gecontroleerd: {reason}").format(
            reason=translate(availability.CHECK_MISSING)))
        return report
    from chinacheck.signing.pdfread import read_pdf

    try:
        facts = read_pdf(pdf)
    except PdfUnreadable as exc:
        report.problems.append(str(exc))
        return report
    fields = read_facts(facts, report)
    if KEY_CASE_ID not in fields:
        if report.ok:
            report.problems.append(_("geen zaakoverzicht van ChinaCheck: de gegevens van de "
                                     "zaak ontbreken in de PDF"))
    else:
        compare_metadata(case, fields, report)
        # A title differs as a matter of course when the case or its revision did.
        same = report.ok
        if same:
            compare_titles(case, facts, report)
        if KEY_REVISION in fields and KEY_FINGERPRINT in fields:
            compare_pages(case if same else None, pdf, fields, report)
        if report.ok:
            report.notes.append(_("de PDF toont zaak {case}, revisie {revision}, vingerafdruk "
                                  "{fingerprint}").format(
                case=case.id, revision=case.revision,
                fingerprint=integrity.grouped(integrity.fingerprint(case))))
    report.notes.append(_export_note(case, pdf))
    report.notes.append(pdfa_note(facts.pdfa))
    check_signatures(pdf, facts.traces, trust_roots, require_trusted, report, crls)
    return report
