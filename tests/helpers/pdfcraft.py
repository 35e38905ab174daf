"""Hostile PDFs made by parsing real exports and changing them, never by editing their bytes.

Two ways, as an attacker would: :func:`rewritten` writes a fresh file with pypdf (no earlier
revisions left in it), :func:`updated` appends an incremental update with pyHanko (the original
bytes stay, the update overrides objects).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject


def rewritten(data: bytes, edit: Callable[[PdfWriter], None]) -> bytes:
    """``data`` written again by pypdf after ``edit`` changed it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_info(data: bytes, change: Callable[[dict[str, str]], dict[str, str]]) -> bytes:
    """``data`` rewritten with the Info dictionary ``change(old)``."""
    def edit(writer: PdfWriter) -> None:
        old = {str(k): str(v) for k, v in (writer.metadata or {}).items()}
        writer.metadata = change(old)  # type: ignore[assignment]

    return rewritten(data, edit)


def info(data: bytes) -> dict[str, str]:
    return {str(k): str(v) for k, v in (PdfReader(io.BytesIO(data)).metadata or {}).items()}


def strip_signature_field(writer: PdfWriter) -> None:
    """Remove every form field and turn the signature widget into a plain annotation that
    still shows its appearance (the signature box)."""
    root = writer.root_object
    if "/AcroForm" in root:
        del root[NameObject("/AcroForm")]
    for page in writer.pages:
        for raw in page.get("/Annots", []):
            annotation = raw.get_object()
            for key in ("/FT", "/V", "/T", "/Parent"):
                if key in annotation:
                    del annotation[NameObject(key)]
            annotation[NameObject("/Subtype")] = NameObject("/Stamp")


def box_drawn_into_the_page(writer: PdfWriter) -> None:
    """Remove every form field and annotation, and draw the signature box's appearance as part
    of the page's own content instead."""
    root = writer.root_object
    del root[NameObject("/AcroForm")]
    for page in writer.pages:
        if "/Annots" not in page:
            continue
        [raw] = page["/Annots"]
        annotation = raw.get_object()
        x, y = (float(v) for v in annotation["/Rect"][:2])
        del page[NameObject("/Annots")]
        resources = page["/Resources"].get_object()
        xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
        xobjects[NameObject("/Box")] = annotation["/AP"].raw_get("/N")
        draw = StreamObject()
        draw.set_data(f"q 1 0 0 1 {x} {y} cm /Box Do Q".encode())
        contents = page.get_contents()
        assert contents is not None
        old = StreamObject()
        old.set_data(contents.get_data())
        page[NameObject("/Contents")] = ArrayObject([writer._add_object(old),
                                                     writer._add_object(draw)])


def signature_dictionary(writer: PdfWriter) -> DictionaryObject:
    [field] = writer.root_object["/AcroForm"]["/Fields"]
    value: DictionaryObject = field.get_object()["/V"].get_object()
    return value


def rename_key(dictionary: DictionaryObject, old: str, new: str) -> None:
    dictionary[NameObject(new)] = dictionary[old]
    del dictionary[NameObject(old)]


def with_xmp(packet: bytes) -> Callable[[PdfWriter], None]:
    """An edit that puts ``packet`` in as the document's XMP metadata."""
    def edit(writer: PdfWriter) -> None:
        xmp = StreamObject()
        xmp.set_data(packet)
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)

    return edit


def without_xmp(writer: PdfWriter) -> None:
    """Drop the document's XMP metadata (as in a PDF of a ChinaCheck before PDF/A)."""
    if "/Metadata" in writer.root_object:
        del writer.root_object[NameObject("/Metadata")]


def xmp(data: bytes) -> bytes:
    """The document's XMP metadata packet."""
    return bytes(PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_object()
                 .get_data())


def with_xmp_title(title: str) -> Callable[[PdfWriter], None]:
    return with_xmp(
        ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
         '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
         '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
         f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt>'
         '</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
        .encode())


def updated(data: bytes, edit: Callable[[Any], None]) -> bytes:
    """``data`` with an incremental update (pyHanko) holding what ``edit`` changed; ``edit``
    gets the IncrementalPdfFileWriter and marks the objects it changed."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    result = out.getvalue()
    assert result.startswith(data)
    return result


def unfill_signature_field(writer: Any) -> None:
    """pyHanko edit: the signature field loses its value (/V), the signature stays in the file."""
    [raw] = writer.root["/AcroForm"]["/Fields"]
    field = raw.get_object()
    del field["/V"]
    writer.mark_update(raw)


def replace_page(writer: Any, number: int, donor: bytes) -> None:
    """pyHanko edit: page ``number`` (1-based) shows the content of that page of ``donor``."""
    from pyhanko.pdf_utils.generic import NameObject as Name
    from pyhanko.pdf_utils.reader import PdfFileReader

    other = PdfFileReader(io.BytesIO(donor))
    source = other.root["/Pages"]["/Kids"][number - 1]
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(number - 1)
    page = page_ref.get_object()
    for key in ("/Contents", "/Resources"):
        page[Name(key)] = writer.import_object(source.raw_get(key))
    writer.mark_update(page_ref)
