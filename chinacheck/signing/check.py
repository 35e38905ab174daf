"""Check the digital signatures in a PDF: intact, valid, trusted, and covering the whole file.

- intact: the signed bytes are the bytes that were signed (the document digest matches);
- valid: the signature over that digest checks out with the certificate's public key;
- trusted: the certificate leads to a trust root the user named (``--trust``, or a certificate
  in the data folder's ``trusted-certificates``). A self-signed certificate is intact and valid
  but not trusted unless it is named itself;
- whole file: nothing was appended after signing. ChinaCheck reads the PDF's metadata from the
  end of the file, so an addition after signing could otherwise change what verify compares.

No network: revocation information is not fetched ("soft-fail"), so a revoked certificate is
not detected; that is the price of working offline.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from chinacheck.case.daterange import local as local_time
from chinacheck.i18n import _
from chinacheck.signing.availability import SigningError, require


@dataclass(frozen=True)
class SignatureReport:
    signer: str
    intact: bool
    valid: bool
    trusted: bool
    whole_file: bool
    self_signed: bool
    signed_at: datetime | None = None
    error: str = ""  # why the signature could not be checked at all

    @property
    def sound(self) -> bool:
        """Intact, valid and covering the whole file (trusted or not)."""
        return not self.error and self.intact and self.valid and self.whole_file

    def summary(self) -> str:
        if self.error:
            return _("handtekening kan niet worden gecontroleerd: {error}").format(
                error=self.error)
        words = [_("intact") if self.intact else _("NIET intact"),
                 _("geldig") if self.valid else _("NIET geldig")]
        if self.trusted:
            words.append(_("vertrouwd"))
        elif self.self_signed:
            words.append(_("niet vertrouwd (zelfondertekend certificaat)"))
        else:
            words.append(_("niet vertrouwd (certificaat leidt niet naar een vertrouwd "
                           "basiscertificaat)"))
        if self.signed_at is None:
            return _("handtekening van {signer}: {checks}").format(
                signer=self.signer, checks=", ".join(words))
        return _("handtekening van {signer} op {when}: {checks}").format(
            signer=self.signer, when=f"{local_time(self.signed_at):%Y-%m-%d %H:%M}",
            checks=", ".join(words))

    def problems(self, *, require_trusted: bool) -> list[str]:
        if self.error:
            return [_("handtekening verbroken of onleesbaar: {error}").format(error=self.error)]
        found = []
        if not self.intact:
            found.append(_("handtekening verbroken: de PDF is na het ondertekenen gewijzigd"))
        elif not self.valid:
            found.append(_("handtekening ongeldig: de handtekening past niet bij het "
                           "certificaat"))
        elif not self.whole_file:
            found.append(_("na het ondertekenen is er iets aan de PDF toegevoegd"))
        if require_trusted and not self.trusted:
            found.append(_("handtekening niet vertrouwd (--require-trusted): geef het "
                           "basiscertificaat met --trust, of leg het in de map "
                           "trusted-certificates"))
        return found


def _quiet_pyhanko() -> None:
    # pyHanko logs every failed path search with a traceback; our report says it in one line.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def load_trust_roots(certificates: Sequence[bytes]) -> list[Any]:
    from pyhanko.keys import load_certs_from_pemder_data

    roots: list[Any] = []
    for n, data in enumerate(certificates, start=1):
        try:
            roots += list(load_certs_from_pemder_data(data))
        except Exception as exc:  # asn1crypto raises plain ValueErrors, TypeErrors, …
            raise SigningError(_("vertrouwd certificaat {number} is geen PEM- of "
                                 "DER-certificaat ({kind})").format(
                number=n, kind=type(exc).__name__)) from None
    return roots


def _report(embedded: Any, roots: list[Any]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from chinacheck.signing.pades import common_name

    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail")
    # Signing certificates carry digitalSignature, nonRepudiation or both; either will do.
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
    status = validate_pdf_signature(embedded, context, key_usage_settings=usage)
    cert = status.signing_cert
    return SignatureReport(
        signer=common_name(cert) if cert is not None else "?",
        intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        self_signed=cert is not None and cert.self_signed in ("yes", "maybe"),
        signed_at=status.signer_reported_dt,
    )


def check_signatures(pdf: bytes, trust_roots: Sequence[bytes] = ()) -> list[SignatureReport]:
    """One report per signature in ``pdf``; a PDF pyHanko cannot read gives one error report."""
    require()
    from pyhanko.pdf_utils.reader import PdfFileReader

    _quiet_pyhanko()
    roots = load_trust_roots(trust_roots)
    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception as exc:  # any parse failure of a damaged file
        return [SignatureReport("?", False, False, False, False, False,
                                error=_("PDF onleesbaar ({kind})").format(
                                    kind=type(exc).__name__))]
    reports = []
    for embedded in signatures:
        try:
            reports.append(_report(embedded, roots))
        except Exception as exc:  # a damaged signature dictionary or CMS structure
            reports.append(SignatureReport("?", False, False, False, False, False,
                                           error=f"{type(exc).__name__}: {str(exc)[:120]}"))
    return reports
