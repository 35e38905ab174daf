"""Sign a case summary with a throw-away certificate and check it (``chinacheck --self-test``)."""

from __future__ import annotations

from pathlib import Path

from chinacheck.i18n import _
from chinacheck.signing.availability import SigningError


def self_test(case: object, folder: Path) -> str:
    """Sign a case summary of ``case`` (a Case) with a throw-away certificate and check the
    signature (for ``chinacheck --self-test``, which keeps the core's imports lazy)."""
    from chinacheck.case.model import Case
    from chinacheck.reports.case_summary import render_case_summary
    from chinacheck.signing.check import check_signatures
    from chinacheck.signing.pades import load_key, sign_pdf
    from chinacheck.signing.selfsigned import make_pkcs12
    from chinacheck.signing.verify import verify

    p12, cert = make_pkcs12("ChinaCheck zelftest", "zelftest")
    key = load_key(p12, "zelftest")
    if not isinstance(case, Case):
        raise TypeError("self_test needs a Case")
    rendered = render_case_summary(case, signature_slot=True)
    signed = sign_pdf(rendered.data, key)
    (folder / "zelftest-ondertekend.pdf").write_bytes(signed)
    [report] = check_signatures(signed, [cert])
    if not (report.intact and report.valid and report.trusted and report.whole_file):
        raise SigningError(_("zelftest: handtekening niet in orde: {summary}").format(
            summary=report.summary()))
    # Also what verify reads (pyHanko's parse, pypdf's page text): both must be bundled.
    checked = verify(case, signed, require_trusted=True, trust_roots=[cert])
    if not checked.ok:
        raise SigningError(_("zelftest: verify: {problems}").format(
            problems="; ".join(checked.problems)))
    return _("PDF ondertekend en gecontroleerd (PAdES B-B)")
