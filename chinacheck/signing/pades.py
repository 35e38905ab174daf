"""Sign a case summary PDF: PAdES baseline B-B with SHA-256, as an incremental update.

The signature goes into the box the case summary reserved (its ``/ChinaCheckSignatureBox``
property), with an appearance drawn by ``reports/signature_box.py``. pyHanko's incremental
writer appends the signature to the file, so the bytes that were exported stay exactly as they
were: the signed PDF starts with the unsigned one.
"""

from __future__ import annotations

import io
import math
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from chinacheck.boundedfile import MAX_PKCS12_BYTES, UnreadableFile, read_bounded
from chinacheck.case.model import now_utc
from chinacheck.i18n import _
from chinacheck.reports.output import (
    KEY_CASE_ID,
    KEY_FINGERPRINT,
    KEY_REVISION,
    SIGNATURE_BOX_KEY,
    SignatureBox,
    own_facts,
    valid_value,
)
from chinacheck.reports.signature_box import appearance
from chinacheck.signing.availability import SigningError, require
from chinacheck.signing.pdfread import PdfUnreadable, read_pdf

FIELD_NAME = "ChinaCheck-handtekening"


@dataclass(frozen=True)
class SigningKey:
    """A private key and certificate loaded from a PKCS#12 file, ready to sign with."""

    signer: Any  # pyhanko.sign.signers.SimpleSigner (kept opaque: pyHanko is optional)
    name: str  # the certificate's common name, shown in the signature box


def common_name(cert: Any) -> str:
    """The subject's common name of an asn1crypto certificate, else its readable subject."""
    name = cert.subject.native.get("common_name")
    if isinstance(name, list):
        name = name[0] if name else None
    return str(name) if name else str(cert.subject.human_friendly)


def load_key(p12: bytes, passphrase: str | None) -> SigningKey:
    """Load a PKCS#12 archive; a wrong passphrase or another kind of file is a SigningError."""
    require()
    from pyhanko.sign import signers

    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=secret)
    except ValueError:
        raise SigningError(_("het certificaat kan niet worden geopend: onjuist wachtwoord, of "
                             "geen PKCS#12-bestand (.p12/.pfx) met sleutel en certificaat")) \
            from None
    if signer.signing_cert is None:
        raise SigningError(_("het PKCS#12-bestand bevat geen certificaat om mee te "
                             "ondertekenen"))
    return SigningKey(signer, common_name(signer.signing_cert))


def load_key_file(path: Path | str, passphrase: str | None) -> SigningKey:
    path = Path(path)
    try:
        data = read_bounded(path, MAX_PKCS12_BYTES)
    except UnreadableFile as exc:
        raise SigningError(_("{file}: kan niet worden gelezen ({reason})").format(
            file=path, reason=exc.reason)) from None
    try:
        return load_key(data, passphrase)
    except SigningError as exc:
        raise SigningError(f"{path}: {exc}") from None


def _field_box(box: SignatureBox) -> tuple[int, int, int, int]:
    # pyHanko wants whole points; rounding inwards keeps the box inside the reserved room.
    return (math.ceil(box.x1), math.ceil(box.y1), math.floor(box.x2), math.floor(box.y2))


def _writer(data: bytes) -> Any:
    """pyHanko's incremental writer over ``data``, with the Info /Producer set to the one
    pyHanko writes into the XMP metadata. pyHanko appends its name to the Info entry
    ("ReportLab …; pyHanko x") but replaces the XMP one ("pyHanko x"): PDF/A wants the two to
    agree (reports/pdfa.py), so both say pyHanko, which made the last revision."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata.model import VENDOR

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    reference = writer.trailer.raw_get("/Info")
    if isinstance(reference, generic.IndirectObject):
        info = reference.get_object()  # type: ignore[no-untyped-call]
        info["/Producer"] = generic.TextStringObject(VENDOR)
        writer.update_container(info)
    return writer


def sign_pdf(data: bytes, key: SigningKey, *, when: datetime | None = None,
             reason: str = "Aftekening van het zaakoverzicht") -> bytes:
    """Return ``data`` with a visible PAdES B-B signature appended (an incremental update)."""
    require()
    try:
        pdf = read_pdf(data)
    except PdfUnreadable as exc:
        raise SigningError(_("deze PDF kan niet worden ondertekend: {reason}").format(
            reason=exc)) from None
    if pdf.traces:
        raise SigningError(_("deze PDF is al ondertekend; exporteer opnieuw om opnieuw te "
                             "ondertekenen"))
    keywords = {key: value for key, value in own_facts(pdf.info).items()
                if valid_value(key, value)}
    box = SignatureBox.parse(keywords.get(SIGNATURE_BOX_KEY, ""))
    if box is None:
        raise SigningError(_("deze PDF heeft geen plaats voor een digitale handtekening; maak "
                             "het zaakoverzicht opnieuw met ondertekenen"))
    x1, y1, x2, y2 = _field_box(box)
    look = appearance(x2 - x1, y2 - y1, signer=key.name, signed_at=when or now_utc(),
                      case_id=keywords.get(KEY_CASE_ID, ""),
                      revision=int(keywords.get(KEY_REVISION, "0") or 0),
                      fingerprint=keywords.get(KEY_FINGERPRINT, ""))
    # pyHanko reads the clock once for the Info dictionary's /ModDate and once for the XMP's
    # ModifyDate; across a second boundary they differ, which PDF/A forbids: sign again.
    for _attempt in range(3):
        signed = _sign_once(data, key, look, reason, box)
        if _dates_agree(signed):
            break
    if not signed.startswith(data):  # the promise of an incremental update; never rewrite
        raise SigningError(_("ondertekenen zou de PDF herschrijven; afgebroken"))
    return signed


def _dates_agree(signed: bytes) -> bool:
    """Whether the last revision's Info /ModDate and XMP ModifyDate are the same instant."""
    from datetime import datetime as dt

    import pikepdf

    with pikepdf.open(io.BytesIO(signed)) as pdf:
        info = pdf.trailer.get("/Info")
        if info is None or "/ModDate" not in info or "/Metadata" not in pdf.Root:
            return True  # nothing to disagree
        moment = pikepdf.models.metadata.decode_pdf_date(str(info["/ModDate"]))
        xml = pdf.Root.Metadata.read_bytes().decode("utf-8", "replace")
    found = re.search(r"<xmp:ModifyDate>([^<]+)</xmp:ModifyDate>|xmp:ModifyDate=\"([^\"]+)\"", xml)
    if found is None:
        return True
    text = (found.group(1) or found.group(2)).replace("Z", "+00:00")
    try:
        return bool(dt.fromisoformat(text) == moment)
    except ValueError:
        return True  # not ours to judge here; the PDF/A checks say more


def _sign_once(data: bytes, key: SigningKey, look: bytes, reason: str,
               box: SignatureBox) -> bytes:
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    x1, y1, x2, y2 = _field_box(box)
    out = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="chinacheck-sign-") as folder:
        # pyHanko imports an appearance page from a file; it only reads it while signing.
        look_file = Path(folder) / "handtekening.pdf"
        look_file.write_bytes(look)
        style = StaticStampStyle(
            background=ImportedPdfPage(str(look_file)),  # type: ignore[no-untyped-call]
            border_width=0,
            background_opacity=1.0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
                margins=layout.Margins.uniform(0)),  # type: ignore[no-untyped-call]
        )
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES, name=key.name, reason=reason,
        )
        spec = fields.SigFieldSpec(FIELD_NAME, on_page=box.page - 1, box=(x1, y1, x2, y2))
        pdf_signer = signers.PdfSigner(meta, key.signer, stamp_style=style, new_field_spec=spec)
        pdf_signer.sign_pdf(_writer(data), output=out)
    return out.getvalue()
