"""Digital signatures (PAdES baseline B-B, SHA-256) on exported case summaries.

Optional: needs the ``sign`` extra (pyHanko and cryptography). Nothing here imports them at
module level, so ``import chinacheck.signing`` always works and :func:`available` tells whether
signing and signature checks can run. Nothing here uses the network: certificate revocation is
not fetched, and trust comes only from certificates the user names.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from chinacheck.errors import ChinaCheckError

MISSING = ("digitaal ondertekenen vraagt de extra 'sign' (pyHanko en cryptography): "
           "pip install 'chinacheck[sign]'")


class SigningError(ChinaCheckError):
    """A certificate that cannot be used, or a PDF that cannot be signed."""


def available() -> bool:
    return all(importlib.util.find_spec(name) is not None
               for name in ("pyhanko", "pyhanko_certvalidator", "cryptography"))


def require() -> None:
    if not available():
        raise SigningError(MISSING)


def self_test(case: object, folder: Path) -> str:
    """Sign a case summary of ``case`` (a Case) with a throw-away certificate and check the
    signature (for ``chinacheck --self-test``, which keeps the core's imports lazy)."""
    from chinacheck.model import Case
    from chinacheck.reports import render_case_summary
    from chinacheck.signing.check import check_signatures
    from chinacheck.signing.pades import load_key, sign_pdf
    from chinacheck.signing.selfsigned import make_pkcs12

    p12, cert = make_pkcs12("ChinaCheck zelftest", "zelftest")
    key = load_key(p12, "zelftest")
    if not isinstance(case, Case):
        raise TypeError("self_test needs a Case")
    rendered = render_case_summary(case, signature_slot=True)
    signed = sign_pdf(rendered.data, key)
    (folder / "zelftest-ondertekend.pdf").write_bytes(signed)
    [report] = check_signatures(signed, [cert])
    if not (report.intact and report.valid and report.trusted and report.whole_file):
        raise SigningError(f"zelftest: handtekening niet in orde: {report.summary()}")
    return "PDF ondertekend en gecontroleerd (PAdES B-B)"


__all__ = ["MISSING", "SigningError", "available", "require", "self_test"]
