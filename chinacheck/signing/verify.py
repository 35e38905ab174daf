"""Does this PDF show this case as it is now? The check behind ``chinacheck verify``.

The case summary's metadata carries the case id, revision, content fingerprint and a digest of
the sign-offs it printed (see ``reports/case_summary.py``). Verify compares them with the case
file, and when the PDF is digitally signed has the signature checked (chinacheck.signing).
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
from chinacheck.i18n import _, translate
from chinacheck.reports import pdfmeta
from chinacheck.reports.output import KEY_CASE_ID, KEY_FINGERPRINT, KEY_REVISION, KEY_SIGNOFFS

if TYPE_CHECKING:
    from chinacheck.signing.check import SignatureReport


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
    if report.ok:
        report.notes.append(_("de PDF toont zaak {case}, revisie {revision}, vingerafdruk "
                              "{fingerprint}").format(case=case.id, revision=case.revision,
                                                      fingerprint=integrity.grouped(current)))

def _export_note(case: Case, pdf: bytes) -> str:
    digest = hashlib.sha256(pdf).hexdigest()
    for entry in reversed(case.audit):
        if entry.event is AuditEvent.EXPORTED and entry.detail.get("sha256") == digest:
            return _("deze PDF staat in het logboek van de zaak: geëxporteerd op {when}")\
                .format(when=f"{local_time(entry.at):%Y-%m-%d %H:%M}")
    return _("deze PDF staat niet in het logboek van de zaak (gemaakt vanuit een kopie, of "
             "zonder het zaakbestand bij te werken)")

def verify(case: Case, pdf: bytes, *, require_trusted: bool = False,
           trust_roots: Sequence[bytes] = ()) -> VerifyReport:
    """Compare ``pdf`` with ``case``; ``trust_roots`` are DER or PEM certificates."""
    report = _check(case, pdf, require_trusted, trust_roots)
    log.event(log.get("verify"), "verify", object=log.case_object(case.id),
              result="ok" if report.ok else "mismatch", problems=len(report.problems),
              signatures=len(report.signatures), require_trusted=require_trusted)
    return report


def _check(case: Case, pdf: bytes, require_trusted: bool,
           trust_roots: Sequence[bytes]) -> VerifyReport:
    report = VerifyReport()
    if not pdf.startswith(b"%PDF-"):
        report.problems.append(_("geen PDF-bestand"))
        return report
    fields = pdfmeta.read_keywords(pdf)
    if KEY_CASE_ID not in fields:
        report.problems.append(_("geen zaakoverzicht van ChinaCheck: de gegevens van de zaak "
                                 "ontbreken in de PDF"))
    else:
        compare_metadata(case, fields, report)
    report.notes.append(_export_note(case, pdf))
    if not pdfmeta.looks_signed(pdf):
        report.notes.append(_("niet digitaal ondertekend"))
        return report
    from chinacheck.signing import availability

    if not availability.available():
        report.problems.append(_("de PDF is digitaal ondertekend, maar de handtekening kan "
                                 "hier niet worden gecontroleerd: {reason}").format(
            reason=translate(availability.MISSING)))
        return report
    from chinacheck.signing.check import check_signatures

    report.signatures = check_signatures(pdf, trust_roots)
    for signature in report.signatures:
        report.problems += signature.problems(require_trusted=require_trusted)
    return report
