"""Turn reportlab's PDF into PDF/A-2b (ISO 19005-2, level B), on the bytes.

reportlab draws the pages (fonts embedded, no transparency, no JavaScript); this step adds what
reportlab does not write: XMP metadata carrying the PDF/A identification (``pdfaid:part`` 2,
``pdfaid:conformance`` B) and the document information (title, author, subject, keywords,
creator, producer, dates) as the Info dictionary has it, an sRGB OutputIntent with the ICC
profile in ``resources/icc`` and the document language (``/Lang``). It refuses an encrypted
PDF; JavaScript, actions, transparency and external references are never
written by ChinaCheck (tests/test_pdfa.py checks every document for them).

Signing (chinacheck/signing/pades.py) comes after this step, as an incremental update.
"""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any
from xml.sax.saxutils import escape

from chinacheck.resource_files import file_path

ICC_PROFILE = "icc/sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PART = "2"
CONFORMANCE = "B"

# Info keys that have an XMP counterpart (ISO 19005-2, 6.6.2.3.1 requires them to agree).
_XMP_OF_INFO = {
    "/Title": "dc:title", "/Author": "dc:creator", "/Subject": "dc:description",
    "/Keywords": "pdf:Keywords", "/Creator": "xmp:CreatorTool", "/Producer": "pdf:Producer",
    "/CreationDate": "xmp:CreateDate", "/ModDate": "xmp:ModifyDate",
}
_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def language_tag(language: str) -> str:
    """The document's /Lang for a UI language: 'nl' → 'nl-NL', 'en' → 'en-GB'."""
    return {"nl": "nl-NL", "en": "en-GB"}.get(language, language)


def _text(value: str) -> str:
    # Only what XML 1.0 cannot hold is left out (C0 controls, surrogates, U+FFFE/U+FFFF);
    # ChinaCheck's metadata has none of them, so XMP and Info agree.
    clean = _NOT_XML.sub("", value)
    return escape(clean, {'"': "&quot;"})


def xmp_date(pdf_date: str) -> str:
    """A PDF date ('D:20270203093000+01'00'') as an XMP date ('2027-02-03T09:30:00+01:00')."""
    match = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|([+-]\d\d)'(\d\d)'?)?",
                         pdf_date)
    if match is None:
        raise ValueError(f"not a PDF date: {pdf_date!r}")
    year, month, day, hour, minute, second, zone, hours, minutes = match.groups()
    offset = f"{hours}:{minutes}" if hours else "Z" if zone else ""
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{offset}"


def xmp(info: dict[str, str]) -> bytes:
    """The XMP packet for the Info entries ``info`` (keys as in :data:`_XMP_OF_INFO`) with the
    PDF/A-2b identification. Written here, not with pikepdf's XMP editor, which needs lxml."""
    fields = []
    for key, value in info.items():
        name = _XMP_OF_INFO[key]
        if name in ("dc:title", "dc:description"):
            inner = f'<rdf:Alt><rdf:li xml:lang="x-default">{_text(value)}</rdf:li></rdf:Alt>'
        elif name == "dc:creator":
            inner = f"<rdf:Seq><rdf:li>{_text(value)}</rdf:li></rdf:Seq>"
        elif name.endswith("Date"):
            inner = xmp_date(value)
        else:
            inner = _text(value)
        fields.append(f"   <{name}>{inner}</{name}>")
    fields += [f"   <pdfaid:part>{PART}</pdfaid:part>",
               f"   <pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>"]
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items())
    lines = ['<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
             '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
             ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
             f'  <rdf:Description rdf:about="" {namespaces}>',
             *fields,
             "  </rdf:Description>", " </rdf:RDF>", "</x:xmpmeta>",
             '<?xpacket end="w"?>']
    return "\n".join(lines).encode("utf-8")


def convert(data: bytes, *, lang: str) -> bytes:
    """``data`` (a PDF reportlab wrote) as PDF/A-2b, in the document language ``lang``."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if pdf.is_encrypted:
            raise ValueError("PDF/A forbids encryption")
        pdf.Root.Lang = pikepdf.String(lang)
        info = pdf.docinfo
        for key in list(info.keys()):  # an empty author is no author, in Info and XMP alike
            if key in _XMP_OF_INFO and not str(info[key]):
                del info[key]
        packet = xmp({key: str(info[key]) for key in _XMP_OF_INFO if key in info})
        # Unfiltered, as PDF/A asks of the metadata stream (qpdf never compresses it).
        pdf.Root.Metadata = pdf.make_stream(packet, Type=pikepdf.Name.Metadata,
                                            Subtype=pikepdf.Name.XML)
        unique_subset_tags(pdf)
        profile = pdf.make_stream(file_path(ICC_PROFILE).read_bytes())
        profile.N = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
            Info=pikepdf.String(OUTPUT_CONDITION), DestOutputProfile=profile)])
        out = io.BytesIO()
        # A file identifier is required (6.1.3); pikepdf writes one. No object streams: a
        # plain cross-reference table keeps the file readable by the simplest tools.
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 fix_metadata_version=False)
    return out.getvalue()



def _tag(seed: bytes) -> str:
    return "".join(chr(ord("A") + byte % 26) for byte in hashlib.sha256(seed).digest()[:6])


def _fonts(pdf: Any) -> list[Any]:
    """Every font dictionary the pages and their form XObjects use (each once)."""
    found: dict[tuple[int, int], Any] = {}
    seen: set[tuple[int, int]] = set()

    def walk(resources: Any) -> None:
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            if font.is_indirect:
                found.setdefault(font.objgen, font)
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.is_indirect and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                walk(xobject.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots") or []:
            for look in (annot.get("/AP") or {}).values():
                if look.is_indirect and look.objgen not in seen:
                    seen.add(look.objgen)
                    walk(look.get("/Resources"))
    return list(found.values())


def unique_subset_tags(pdf: Any) -> None:
    """Give every font subset its own tag. reportlab starts each font's subsets at 'AAAAAA+',
    so DejaVu Sans and DejaVu Sans Bold share a tag; a tag is meant to name one subset
    (ISO 32000-1, 9.6.4). The new tag is derived from the embedded font program, so the same
    subset keeps the same tag in every document (the signature box's included)."""
    import pikepdf

    used: set[str] = set()
    for font in _fonts(pdf):
        name = str(font.get("/BaseFont", ""))[1:]
        tag, plus, base = name.partition("+")
        if not plus or len(tag) != 6:
            continue
        descriptor = font.get("/FontDescriptor")
        program = None
        if descriptor is not None:
            program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        seed = program.read_raw_bytes() if program is not None else name.encode()
        new = _tag(seed + base.encode())
        while new in used:
            seed += b"+"
            new = _tag(seed + base.encode())
        used.add(new)
        font.BaseFont = pikepdf.Name("/" + new + "+" + base)
        if descriptor is not None:
            descriptor.FontName = pikepdf.Name("/" + new + "+" + base)
