"""Every PDF ChinaCheck writes is PDF/A-2b: each clause checked structurally, with pikepdf,
qpdf --check and pdffonts, for the case summary, the blank meeting checklist and the travel
card, and for the signed case summary (docs/documents.md lists the clauses)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pikepdf
import pytest
from pdftools import fonts, qpdf_check

from chinacheck.case.examples import example_case
from chinacheck.case.model import Decision
from chinacheck.case.signoff import sign_off
from chinacheck.reports import pdfa
from chinacheck.reports.blank_checklist import render_blank_checklist
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.travel_card import render_travel_card
from chinacheck.resource_files import file_path

AT = datetime(2027, 2, 3, 9, 30, tzinfo=UTC)


def _key() -> Any:
    pytest.importorskip("pyhanko")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from chinacheck.signing.pades import load_key

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Zoë de Vries")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=2))
            .sign(key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"t", key, cert, None,
                                                serialization.NoEncryption())
    return load_key(p12, None)


def _summary(language: str, *, slot: bool) -> bytes:
    case = example_case()
    sign_off(case, name="Zoë de Vries", role="opsteller", decision=Decision.DOORGAAN,
             final=True, at=AT)
    return render_case_summary(case, generated=AT, language=language,
                               signature_slot=slot).data


def _signed(language: str) -> bytes:
    from chinacheck.signing.pades import sign_pdf

    unsigned = _summary(language, slot=True)
    signed = sign_pdf(unsigned, _key(), when=AT)
    assert signed.startswith(unsigned)  # signed after conversion, as an incremental update
    return signed


def _woo(language: str) -> bytes:
    from chinacheck.case import woo
    from chinacheck.reports.woo_version import render_woo_version

    case = example_case()
    woo.mark(case, ["title", "counterparts/0/notes"], ["5.1.2a"])
    return render_woo_version(case, classification="Openbaar", generated=AT,
                              language=language).rendered.data


def _register(language: str) -> bytes:
    from pathlib import Path

    from chinacheck.case.examples import example_case as example
    from chinacheck.guidance.content import load
    from chinacheck.reports.register_pdf import render_register
    from chinacheck.storage import register
    from chinacheck.storage.library import summarise

    entries = [summarise(Path("zaak.chinacheck"), example(), load())]
    return render_register(register.build(entries, made=AT), generated=AT,
                           language=language).data


DOCUMENTS = {
    "summary": lambda language: _summary(language, slot=False),
    "register": _register,
    "checklist": lambda language: render_blank_checklist(language=language).data,
    "travel-card": lambda language: render_travel_card(language=language).data,
    "signed-summary": _signed,
    "woo-version": lambda language: _woo(language),
}


@pytest.fixture(scope="module", params=[(name, language) for name in DOCUMENTS
                                        for language in ("nl", "en")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def document(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    name, language = request.param
    return language, DOCUMENTS[name](language)


def _objects(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary | pikepdf.Stream]:
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            yield obj


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def test_xmp_identifies_pdfa_2b(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf, pdf.open_metadata() as meta:
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"


def _xmp_date(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_info_and_xmp_agree(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        info = pdf.docinfo
        with pdf.open_metadata() as meta:
            assert meta["dc:title"] == str(info["/Title"])
            assert meta["dc:description"] == str(info["/Subject"])
            assert meta["pdf:Keywords"] == str(info["/Keywords"])
            assert meta["xmp:CreatorTool"] == str(info["/Creator"])
            assert meta["pdf:Producer"] == str(info["/Producer"])
            if "/Author" in info:
                assert meta["dc:creator"] == [str(info["/Author"])]
            else:
                assert "dc:creator" not in meta
            for key, xmp in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
                assert pikepdf.models.metadata.decode_pdf_date(str(info[key])) == \
                    _xmp_date(meta[xmp])


def test_srgb_output_intent_with_the_shipped_profile(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.Type == "/OutputIntent" and intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        icc = profile.read_bytes()
        assert icc == file_path(pdfa.ICC_PROFILE).read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "  # an ICC profile, for RGB


def test_document_language(document: tuple[str, bytes]) -> None:
    language, data = document
    with _open(data) as pdf:
        assert str(pdf.Root.Lang) == {"nl": "nl-NL", "en": "en-GB"}[language]


FORBIDDEN_KEYS = {"/JS", "/JavaScript", "/AA", "/OpenAction", "/Encrypt", "/EmbeddedFiles",
                  "/Launch", "/GoToR", "/ImportData", "/Ref", "/OPI", "/XFA"}
FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/GoToR", "/GoToE", "/ImportData", "/ResetForm",
                     "/SubmitForm", "/Sound", "/Movie", "/Hide", "/SetOCGState", "/Rendition",
                     "/Trans", "/GoTo3DView"}


def test_no_javascript_encryption_or_external_references(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
        for obj in _objects(pdf):
            assert not FORBIDDEN_KEYS & set(obj.keys()), obj.keys()
            if obj.get("/Type") == "/Action" or "/S" in obj and "/URI" in obj:
                assert obj.get("/S") not in FORBIDDEN_ACTIONS
            if obj.get("/Type") == "/Filespec" or "/F" in obj and obj.get("/Type") == "/XObject":
                pytest.fail(f"external file reference: {obj!r}")


def test_no_transparency(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        for obj in _objects(pdf):
            if obj.get("/Type") == "/ExtGState" or "/SMask" in obj or "/CA" in obj:
                assert obj.get("/SMask", pikepdf.Name.None_) == pikepdf.Name.None_
                assert float(obj.get("/CA", 1)) == 1 and float(obj.get("/ca", 1)) == 1
                assert obj.get("/BM", pikepdf.Name.Normal) in (pikepdf.Name.Normal,
                                                               pikepdf.Name.Compatible)
            group = obj.get("/Group")
            assert group is None or group.get("/S") != "/Transparency"


def _font_dicts(pdf: pikepdf.Pdf) -> list[Any]:
    return [obj for obj in _objects(pdf) if obj.get("/Type") == "/Font"]


def test_every_font_is_embedded_with_a_unique_subset_tag(document: tuple[str, bytes]) -> None:
    data = document[1]
    with _open(data) as pdf:
        tags: dict[str, bytes] = {}
        found = _font_dicts(pdf)
        assert found
        for font in found:
            if font.Subtype == "/Type0":
                font = font.DescendantFonts[0]
            assert font.Subtype in ("/TrueType", "/CIDFontType2"), font.Subtype
            descriptor = font.FontDescriptor
            program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
            assert program is not None, font.BaseFont
            tag, plus, _ = str(font.BaseFont)[1:].partition("+")
            assert plus and len(tag) == 6 and tag.isupper()
            assert str(descriptor.FontName) == str(font.BaseFont)
            content = program.read_bytes()
            # one tag, one subset: two different font programs never share a tag
            assert tags.setdefault(tag, content) == content, f"{tag} names two subsets"
    assert all(embedded for _, embedded in fonts(data))


def test_annotations_are_printed(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        for page in pdf.pages:
            for annot in page.obj.get("/Annots") or []:
                if annot.Subtype != "/Popup":
                    flags = int(annot.get("/F", 0))
                    assert flags & 4 and not flags & (1 | 2 | 32)  # print; not hidden/invisible
        acroform = pdf.Root.get("/AcroForm")
        assert acroform is None or not acroform.get("/NeedAppearances", False)


def test_qpdf_finds_no_errors(document: tuple[str, bytes]) -> None:
    result = qpdf_check(document[1])
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_encrypted_pdf_is_refused() -> None:
    with _open(render_travel_card().data) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user=""))
    with pytest.raises(ValueError, match="encryption"):
        pdfa.convert(out.getvalue(), lang="nl-NL")


def test_the_signature_box_uses_no_font_of_the_document_s_tags() -> None:
    """The box's own subsets get tags of their own, so the signed file has no tag twice."""
    data = _signed("nl")
    names = [name for name, _ in fonts(data)]
    assert len(names) == len(set(names)), names


def test_metadata_stream_is_unfiltered_xmp(document: tuple[str, bytes]) -> None:
    with _open(document[1]) as pdf:
        stream = pdf.Root.Metadata
        assert stream.Type == "/Metadata" and stream.Subtype == "/XML"
        assert "/Filter" not in stream


@pytest.mark.parametrize(("pdf_date", "xmp"), [
    ("D:20270203093000+01'00'", "2027-02-03T09:30:00+01:00"),
    ("D:20270203093000Z", "2027-02-03T09:30:00Z"),
    ("D:20270203093000-05'30", "2027-02-03T09:30:00-05:30"),
    ("D:20270203093000", "2027-02-03T09:30:00"),
])
def test_pdf_dates_become_xmp_dates(pdf_date: str, xmp: str) -> None:
    assert pdfa.xmp_date(pdf_date) == xmp


def test_conversion_needs_no_lxml() -> None:
    """The step writes its XMP itself: PDFs need no lxml (only the Word export does)."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['lxml'] = None; sys.modules['lxml.etree'] = None\n"
            "from chinacheck.reports.travel_card import render_travel_card\n"
            "assert render_travel_card().data.startswith(b'%PDF')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


def test_verify_reports_the_pdfa_identification() -> None:
    pytest.importorskip("pyhanko")
    from helpers import pdfcraft

    from chinacheck.signing.verify import verify

    case = example_case()
    pdf = render_case_summary(case, generated=AT).data
    assert "PDF/A-identificatie aanwezig: PDF/A-2b (niet gevalideerd; zie docs/documents.md)" \
        in verify(case, pdf).notes
    stripped = pdfcraft.rewritten(pdf, pdfcraft.with_xmp_title(f"{case.title} – Zaakoverzicht"))
    notes = verify(case, stripped).notes
    assert "geen PDF/A-identificatie (geen archiefformaat volgens de PDF zelf)" in notes
    assert not any("PDF/A-2b" in note for note in notes)


def test_verify_reads_the_identification_written_as_attributes() -> None:
    pytest.importorskip("pyhanko")
    from helpers import pdfcraft

    from chinacheck.signing.pdfread import read_pdf

    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
              b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
              b'rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="3" '
              b'pdfaid:conformance="u"/></rdf:RDF></x:xmpmeta>')
    pdf = pdfcraft.rewritten(render_travel_card().data, pdfcraft.with_xmp(packet))
    assert read_pdf(pdf).pdfa == "3U"
    assert read_pdf(render_travel_card().data).pdfa == "2B"


def test_xmp_keeps_every_character_xml_can_hold() -> None:
    packet = pdfa.xmp({"/Title": "Bezoek\u00a0Wuhan <&> “王伟”\x07"}).decode()
    assert "Bezoek\u00a0Wuhan &lt;&amp;&gt; “王伟”</rdf:li>" in packet


def test_signing_again_when_pyhanko_s_two_clock_readings_straddle_a_second(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.signing import pades

    signed = _signed("nl")
    assert pades._dates_agree(signed)
    with _open(signed) as pdf:  # the same file with the Info date a second off
        pdf.docinfo["/ModDate"] = "D:19991231235959Z"
        skewed = io.BytesIO()
        pdf.save(skewed)
    assert not pades._dates_agree(skewed.getvalue())

    checks: list[bool] = []
    real = pades._dates_agree

    def first_disagrees(data: bytes) -> bool:
        checks.append(real(data))
        return len(checks) > 1 and checks[-1]

    monkeypatch.setattr(pades, "_dates_agree", first_disagrees)
    again = _signed("nl")
    assert len(checks) == 2 and pades._dates_agree(again)
