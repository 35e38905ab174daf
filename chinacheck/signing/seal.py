"""Seal a final sign-off with a certificate, and check a case with its seals.

A seal is a detached CMS signature (pyHanko's general-data signing) over the sign-off's seal
statement (``chinacheck.case.integrity.seal_statement``: the case, its revision, the content
fingerprint, the sign-off itself and the audit chain's link it followed), kept in the case file
as base64 (``signoffs[].seal``). Anyone can recompute a SHA-256; nobody can make this signature
without the certificate's private key. So a case whose content, sign-off or earlier trail was
rewritten with every hash recomputed still fails, as long as it claims its seal.

:func:`examine` is the one check of a case that the command line and the app use: the findings
of :func:`chinacheck.case.tamper.examine` plus each seal, reported as for signed PDFs
(chinacheck.signing.check: a self-signed certificate is intact but not trusted unless it is a
trust root itself). Checking needs the ``sign`` extra; without it a sealed case is "not
checked", never "fine".
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinacheck.case import integrity, tamper
from chinacheck.case.model import Case, SignOff
from chinacheck.errors import one_line
from chinacheck.i18n import _, translate
from chinacheck.signing import availability

if TYPE_CHECKING:
    from chinacheck.case.signoff import Sealer
    from chinacheck.signing.check import SignatureReport
    from chinacheck.signing.pades import SigningKey


TRUST_FOLDER = "trusted-certificates"
CERT_SUFFIXES = {".pem", ".crt", ".cer", ".der"}


def trust_roots(extra: Sequence[str | Path] = ()) -> list[bytes]:
    """The certificates and folders named (``--trust``), then the organisation's trust folder
    and the data folder's ``trusted-certificates``: the trust roots for PDFs and seals alike
    (chinacheck.signing.anchors)."""
    from chinacheck.signing import anchors

    return anchors.trust_roots(extra)


def sealer(key: SigningKey) -> Sealer:
    """A sealer for ``chinacheck.case.signoff.sign_off``: signs a seal statement with ``key``
    (a detached CMS signature, SHA-256, signing time = the sign-off's time) and returns it as
    base64."""
    availability.require()

    def seal(statement: bytes, signed_at: datetime) -> str:
        import asyncio

        from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

        signature = asyncio.run(key.signer.async_sign_general_data(
            statement, "sha256", detached=True,
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=signed_at)))
        return base64.b64encode(signature.dump()).decode("ascii")

    return seal


def check_seal(case_id: str, signed: SignOff,
               trust_roots: Sequence[bytes] = ()) -> SignatureReport:
    """Whether ``signed.seal`` is a valid signature over this sign-off's seal statement."""
    from chinacheck.signing.check import SignatureReport, _quiet_pyhanko, load_trust_roots

    availability.require()
    _quiet_pyhanko()
    roots = load_trust_roots(trust_roots)
    statement = integrity.seal_statement(case_id, signed)
    try:
        return _report(statement, signed.seal or "", roots)
    except Exception as exc:  # a damaged CMS structure: asn1crypto and pyHanko raise anything
        return SignatureReport("?", False, False, False, True, False,
                               error=f"{type(exc).__name__}: {str(exc)[:120]}")


def _report(statement: bytes, seal: str, roots: list[Any]) -> SignatureReport:
    import asyncio

    from asn1crypto import cms  # type: ignore[import-untyped]
    from pyhanko.sign.validation import async_validate_detached_cms
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    from chinacheck.signing.check import SignatureReport, chain_and_revocation, context
    from chinacheck.signing.pades import common_name

    info = cms.ContentInfo.load(base64.b64decode(seal, validate=True))
    if info["content_type"].native != "signed_data":
        raise ValueError(_("geen CMS SignedData"))
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
    status = asyncio.run(async_validate_detached_cms(
        statement, info["content"],
        signer_validation_context=context(roots, (), _signing_time(info["content"])),
        key_usage_settings=usage))
    cert = status.signing_cert
    return SignatureReport(
        signer=common_name(cert) if cert is not None else "?",
        intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        whole_file=True, self_signed=cert is not None and cert.self_signed in ("yes", "maybe"),
        signed_at=status.signer_reported_dt, **chain_and_revocation(status, ()),
    )


def _signing_time(signed_data: Any) -> datetime | None:
    """The signing time a seal states (the chain is validated at that moment)."""
    for info in signed_data["signer_infos"]:
        for attribute in info["signed_attrs"]:
            if attribute["type"].native == "signing_time":
                moment = attribute["values"][0].native
                return moment if isinstance(moment, datetime) else None
    return None


def seal_problems(report: SignatureReport) -> list[str]:
    """What is wrong with a seal, in the words used for a case (not a PDF)."""
    if report.error:
        return [_("verzegeling onleesbaar: {error}").format(error=report.error)]
    if not report.intact:
        return [_("verzegeling verbroken: de zaak of de aftekening is na het verzegelen "
                  "gewijzigd")]
    if not report.valid:
        return [_("verzegeling ongeldig: de handtekening past niet bij het certificaat")]
    return []


def examine(case: Case, trust_roots: Sequence[bytes] = (),
            finding: tamper.Finding | None = None) -> tamper.Finding:
    """Everything ChinaCheck can tell about whether ``case`` is what it claims: the hash
    checks of chinacheck.case.tamper (``finding``, when the load made them already) and the
    check of every sealed sign-off."""
    finding = finding if finding is not None else tamper.examine(case)
    if not finding.sealed:
        return finding
    if not availability.available():
        return replace(finding, unchecked=translate(availability.MISSING))
    seals: list[tamper.SealStatus] = []
    differences = list(finding.differences)
    for number in finding.sealed:
        signed = case.signoffs[number - 1]
        report = check_seal(case.id, signed, trust_roots)
        problems = seal_problems(report)
        seals.append(tamper.SealStatus(number, one_line(report.summary()), not problems,
                                       report.trusted))
        who = _("aftekening door {name} (revisie {revision})").format(
            name=one_line(signed.name, 60), revision=signed.revision)
        differences += [_("{signoff}: {problem}").format(signoff=who, problem=problem)
                        for problem in problems]
    return replace(finding, differences=tuple(differences), seals=tuple(seals))
