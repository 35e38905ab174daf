"""Check the digital signatures in a PDF: intact, valid, trusted, and covering the whole file.

- intact: the signed bytes are the bytes that were signed (the document digest matches);
- valid: the signature over that digest checks out with the certificate's public key;
- trusted: the certificate leads to a trust root the user named (``--trust``, or a certificate
  in the data folder's ``trusted-certificates``). A self-signed certificate is intact and valid
  but not trusted unless it is named itself;
- whole file: nothing was appended after signing. ChinaCheck reads the PDF's metadata from the
  end of the file, so an addition after signing could otherwise change what verify compares.

The chain is validated at the signing time the signature states (ChinaCheck signs without a
time-stamp authority, offline), with the key usage checked. No network: revocation information
is not fetched, so a revoked certificate is detected only against a CRL file the user gives
(``--crl``); every report says which of the two it is.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from chinacheck.case.daterange import local as local_time
from chinacheck.i18n import N_, _, translate
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
    chain: tuple[str, ...] = ()  # signer first, up to the trust anchor (when trusted)
    revoked: bool = False
    revocation: str = ""  # how revocation was checked: a sentence; "" = not at all

    def details(self) -> list[str]:
        """The chain and what is known about revocation, one line each."""
        lines = []
        if self.chain:
            lines.append(_("keten: {chain}").format(chain=" → ".join(self.chain)))
        if self.error:
            return lines
        lines.append(self.revocation or _("intrekking niet gecontroleerd: offline kan niet "
                                          "worden nagegaan of het certificaat is ingetrokken "
                                          "(een CRL-bestand kan met --crl)"))
        return lines

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
        if self.revoked:
            found.append(_("het certificaat is ingetrokken (volgens de opgegeven CRL)"))
        elif require_trusted and not self.trusted:
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


def load_crls(crls: Sequence[bytes]) -> list[Any]:
    """CRL files (DER or PEM) as asn1crypto CertificateLists."""
    from asn1crypto import crl, pem  # type: ignore[import-untyped]

    lists: list[Any] = []
    for n, data in enumerate(crls, start=1):
        try:
            if pem.detect(data):
                lists += [crl.CertificateList.load(der)
                          for _kind, _headers, der in pem.unarmor(data, multiple=True)]
            else:
                lists.append(crl.CertificateList.load(data))
            # Parsed now, not half-way through a check: asn1crypto parses lazily.
            if any(listed["tbs_cert_list"].native is None for listed in lists):
                raise ValueError("empty CRL")
        except Exception as exc:  # asn1crypto raises plain ValueErrors, TypeErrors, …
            raise SigningError(_("CRL {number} is geen PEM- of DER-CRL ({kind})").format(
                number=n, kind=type(exc).__name__)) from None
    return lists


UNUSABLE_CRL = N_("intrekking niet gecontroleerd: de opgegeven CRL van de uitgever is niet te "
                  "gebruiken (de keten leidt niet naar een vertrouwd basiscertificaat, of de "
                  "handtekening van de CRL klopt niet); niet vertrouwd")


def context(roots: list[Any], crls: Sequence[Any], moment: datetime | None) -> Any:
    """Offline path validation at ``moment`` (the signing time), against ``roots`` only."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=roots, allow_fetching=False,
                             revocation_mode="soft-fail", crls=list(crls) or None,
                             moment=moment)


def chain_and_revocation(status: Any, crls: Sequence[Any]) -> dict[str, Any]:
    """The report's chain, revoked and revocation fields from a pyHanko status."""
    from chinacheck.signing.pades import common_name

    chain: tuple[str, ...] = ()
    if status.validation_path is not None:
        chain = tuple(reversed([common_name(c) for c in
                                status.validation_path.iter_certs(include_root=True)]))
    cert = status.signing_cert
    revocation = ""
    if crls and cert is not None:
        issuer = cert.issuer
        own = [c for c in crls if c["tbs_cert_list"]["issuer"] == issuer]
        if status.revoked:
            revocation = _("intrekking gecontroleerd met de opgegeven CRL: INGETROKKEN")
        elif own and not status.trusted:
            revocation = translate(UNUSABLE_CRL)
        elif own:
            revocation = _("intrekking gecontroleerd met de CRL van {issuer} van {date}: niet "
                           "ingetrokken").format(
                issuer=common_name_of(issuer),
                date=f"{local_time(own[0]['tbs_cert_list']['this_update'].native):%Y-%m-%d}")
        else:
            revocation = _("intrekking niet gecontroleerd: geen van de opgegeven CRL's is van "
                           "de uitgever van het certificaat ({issuer})").format(
                issuer=common_name_of(issuer))
    return {"chain": chain, "revoked": bool(status.revoked), "revocation": revocation}


def common_name_of(name: Any) -> str:
    from chinacheck.signing.token import name_of

    return name_of(name)


def _report(embedded: Any, roots: list[Any], crls: Sequence[Any]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from chinacheck.signing.pades import common_name

    # Signing certificates carry digitalSignature, nonRepudiation or both; either will do.
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
    try:
        status = validate_pdf_signature(
            embedded, context(roots, crls, embedded.self_reported_timestamp),
            key_usage_settings=usage)
    except Exception:  # a CRL with the issuer's name but another kind of key, or damaged
        if not crls:
            raise
        report = _report(embedded, roots, ())
        return replace(report, trusted=False, revocation=translate(UNUSABLE_CRL))
    cert = status.signing_cert
    return SignatureReport(
        signer=common_name(cert) if cert is not None else "?",
        intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        self_signed=cert is not None and cert.self_signed in ("yes", "maybe"),
        signed_at=status.signer_reported_dt, **chain_and_revocation(status, crls),
    )


def check_signatures(pdf: bytes, trust_roots: Sequence[bytes] = (),
                     crls: Sequence[bytes] = ()) -> list[SignatureReport]:
    """One report per signature in ``pdf``; a PDF pyHanko cannot read gives one error report.
    ``crls``: CRL files (DER or PEM) to check revocation against; none are fetched."""
    require()
    from pyhanko.pdf_utils.reader import PdfFileReader

    _quiet_pyhanko()
    roots = load_trust_roots(trust_roots)
    lists = load_crls(crls)
    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception as exc:  # any parse failure of a damaged file
        return [SignatureReport("?", False, False, False, False, False,
                                error=_("PDF onleesbaar ({kind})").format(
                                    kind=type(exc).__name__))]
    reports = []
    for embedded in signatures:
        try:
            reports.append(_report(embedded, roots, lists))
        except Exception as exc:  # a damaged signature dictionary or CMS structure
            reports.append(SignatureReport("?", False, False, False, False, False,
                                           error=f"{type(exc).__name__}: {str(exc)[:120]}"))
    return reports
