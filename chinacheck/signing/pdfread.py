"""Read what ``chinacheck verify`` needs from a PDF by parsing it with pyHanko's reader, never by
searching its bytes: the document information dictionary, the XMP metadata, and every trace of
a digital signature.

A trace is a signature field (``/FT /Sig``, filled or empty), a signature dictionary (``/Sig``
or ``/DocTimeStamp``) reachable from a field, a widget annotation or the catalogue's ``/Perms``,
or ChinaCheck's visible signature box (its form XObject, ``reports.output.SIGNATURE_FORM``) in
an annotation's appearance or in a page's resources. Earlier revisions of the file (before
incremental updates) are searched as well: a trace that an update removed stays there.

Every walk is bounded (objects visited, revisions, nesting), so a hostile file costs at most a
few seconds. pyHanko is imported only when a PDF is read.
"""

from __future__ import annotations

import contextlib
import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import _
from chinacheck.reports.output import SIGNATURE_FORM

MAX_OBJECTS = 100_000  # objects visited over all revisions
MAX_REVISIONS = 64  # incremental updates; a ChinaCheck PDF has one, or two when signed
MAX_DEPTH = 32  # nesting of fields, page tree nodes, parents and form XObjects
MAX_XMP_BYTES = 1 << 20

_SIGNATURE_TYPES = ("/Sig", "/DocTimeStamp")
_APPEARANCES = ("/N", "/R", "/D")
_NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
       "dc": "http://purl.org/dc/elements/1.1/", "pdf": "http://ns.adobe.com/pdf/1.3/",
       "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}


class PdfUnreadable(ChinaCheckError):
    """The PDF cannot be parsed, or is too complex to check within the bounds."""


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Whatever a PDF library raises on a damaged or hostile file becomes one PdfUnreadable."""
    try:
        yield
    except PdfUnreadable:
        raise
    except RecursionError:
        raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (verwijzingen in een "
                              "kringetje)")) from None
    except Exception as exc:  # the libraries' read errors, and malformed objects
        raise PdfUnreadable(_("PDF onleesbaar ({kind})").format(
            kind=type(exc).__name__)) from None


@dataclass(frozen=True)
class SignatureTraces:
    fields: int = 0  # signature fields, filled or empty
    dictionaries: int = 0  # distinct signature dictionaries
    appearances: int = 0  # places that show ChinaCheck's signature box
    removed: bool = False  # an earlier revision has a trace that the current one lacks

    def __bool__(self) -> bool:
        return bool(self.fields or self.dictionaries or self.appearances or self.removed)


@dataclass(frozen=True)
class PdfFacts:
    info: dict[str, str]  # the text entries of the Info dictionary, keys with their '/'
    traces: SignatureTraces
    page_count: int
    xmp_title: str | None = None  # dc:title of the XMP metadata, if there is one
    xmp_keywords: str | None = None  # pdf:Keywords of the XMP metadata
    # The PDF/A identification of the XMP metadata ('2B' for pdfaid:part 2, conformance B),
    # None without one. Only what the file claims: no validation.
    pdfa: str | None = None


@dataclass
class _Walk:
    """One bounded walk over the objects of one revision."""

    budget: list[int]  # shared by all walks of one read: [objects left]
    seen: set[tuple[int, int]] = field(default_factory=set)
    fields: set[object] = field(default_factory=set)
    signatures: set[object] = field(default_factory=set)
    appearances: set[object] = field(default_factory=set)
    marked: dict[tuple[int, int], bool] = field(default_factory=dict)  # XObject → has the box
    pages: int = 0

    def holds(self, other: _Walk) -> bool:
        """Whether every trace of ``other`` (an earlier revision) is still here."""
        return other.fields <= self.fields and other.signatures <= self.signatures \
            and other.appearances <= self.appearances

    def spend(self) -> None:
        self.budget[0] -= 1
        if self.budget[0] < 0:
            raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (te veel objecten)"))

    def resolve(self, raw: Any) -> Any:
        from pyhanko.pdf_utils import generic

        self.spend()
        if isinstance(raw, generic.IndirectObject):
            reference: Any = raw
            return reference.get_object()
        return raw

    def first_visit(self, raw: Any) -> bool:
        """False for an indirect object this walk has already visited (loops, shared objects)."""
        from pyhanko.pdf_utils import generic

        if not isinstance(raw, generic.IndirectObject):
            return True
        key = (raw.idnum, raw.generation)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def _identity(raw: Any, owner: object) -> object:
    """The same for the same object in every revision: its reference, or for a direct object
    where it sits (``owner``)."""
    from pyhanko.pdf_utils import generic

    if isinstance(raw, generic.IndirectObject):
        return (raw.idnum, raw.generation)
    return ("in", owner)


def _get(walk: _Walk, container: Any, key: str) -> Any:
    """``container[key]`` dereferenced, or None."""
    from pyhanko.pdf_utils import generic

    if not isinstance(container, generic.DictionaryObject) or key not in container:
        return None
    return walk.resolve(container.raw_get(key))


def _dict_entries(walk: _Walk, container: Any) -> Iterator[tuple[str, Any]]:
    from pyhanko.pdf_utils import generic

    if isinstance(container, generic.DictionaryObject):
        for key in list(container.keys()):
            yield str(key), container.raw_get(key)


def _array(walk: _Walk, value: Any) -> list[Any]:
    from pyhanko.pdf_utils import generic

    return list(value) if isinstance(value, generic.ArrayObject) else []


def _is_signature_dictionary(walk: _Walk, value: Any) -> bool:
    from pyhanko.pdf_utils import generic

    if not isinstance(value, generic.DictionaryObject):
        return False
    return (_get(walk, value, "/Type") in _SIGNATURE_TYPES or "/ByteRange" in value
            or ("/Contents" in value and "/SubFilter" in value))


def _note_value(walk: _Walk, raw: Any, signature_field: bool, owner: object) -> None:
    """The /V of a field: a signature dictionary when it looks like one, or when the field is a
    signature field and /V is any dictionary."""
    from pyhanko.pdf_utils import generic

    value = walk.resolve(raw)
    if _is_signature_dictionary(walk, value) or (
            signature_field and isinstance(value, generic.DictionaryObject)):
        walk.signatures.add(_identity(raw, ("/V", owner)))


def _field_type(walk: _Walk, node: Any) -> Any:
    """A field's /FT, inherited from its parents when it has none."""
    for _step in range(MAX_DEPTH):
        kind = _get(walk, node, "/FT")
        if kind is not None:
            return kind
        node = _get(walk, node, "/Parent")
        if node is None:
            return None
    return None


def _value(walk: _Walk, node: Any) -> Any:
    """The raw /V of a field or widget, inherited from its parents."""
    from pyhanko.pdf_utils import generic

    for _step in range(MAX_DEPTH):
        if isinstance(node, generic.DictionaryObject) and "/V" in node:
            return node.raw_get("/V")
        node = _get(walk, node, "/Parent")
        if node is None:
            return None
    return None


def _walk_fields(walk: _Walk, raws: list[Any], inherited: Any, owner: object,
                 depth: int) -> None:
    if depth > MAX_DEPTH:
        raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (formuliervelden te diep)"))
    for index, raw in enumerate(raws):
        if not walk.first_visit(raw):
            continue
        node = walk.resolve(raw)
        identity = _identity(raw, (owner, index))
        kind = _get(walk, node, "/FT") or inherited
        if kind == "/Sig":
            walk.fields.add(identity)
        value = _value(walk, node)
        if value is not None:
            _note_value(walk, value, kind == "/Sig", identity)
        _walk_fields(walk, _array(walk, _get(walk, node, "/Kids")), kind, identity, depth + 1)


def _marked(walk: _Walk, resources: Any, depth: int) -> bool:
    """Whether these resources (or a form XObject they use, at any depth) hold ChinaCheck's
    signature form."""
    if depth > MAX_DEPTH:
        raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (XObjects te diep)"))
    from pyhanko.pdf_utils import generic

    for name, raw in _dict_entries(walk, _get(walk, resources, "/XObject")):
        if name.endswith(SIGNATURE_FORM):
            return True
        if not isinstance(raw, generic.IndirectObject):
            found = _marked(walk, _get(walk, raw, "/Resources"), depth + 1)
        else:
            key = (raw.idnum, raw.generation)
            if key not in walk.marked:
                walk.marked[key] = False  # a form that draws itself adds nothing
                walk.marked[key] = _marked(walk, _get(walk, walk.resolve(raw), "/Resources"),
                                           depth + 1)
            found = walk.marked[key]
        if found:
            return True
    return False


def _appearance_marked(walk: _Walk, annotation: Any) -> bool:
    from pyhanko.pdf_utils import generic

    looks = _get(walk, annotation, "/AP")
    for kind in _APPEARANCES:
        raw = looks.raw_get(kind) if isinstance(looks, generic.DictionaryObject) and \
            kind in looks else None
        if raw is None:
            continue
        look = walk.resolve(raw)
        streams = [look] if isinstance(look, generic.StreamObject) else \
            [walk.resolve(v) for _name, v in _dict_entries(walk, look)]
        for stream in streams:
            if _marked(walk, _get(walk, stream, "/Resources"), 0):
                return True
    return False


def _walk_annotations(walk: _Walk, page: Any, owner: object) -> None:
    for index, raw in enumerate(_array(walk, _get(walk, page, "/Annots"))):
        annotation = walk.resolve(raw)
        identity = _identity(raw, (owner, index))
        kind = _field_type(walk, annotation)
        if kind == "/Sig":
            walk.fields.add(identity)
        value = _value(walk, annotation)
        if value is not None:
            _note_value(walk, value, kind == "/Sig", identity)
        if _appearance_marked(walk, annotation):
            walk.appearances.add(identity)


def _walk_pages(walk: _Walk, raw: Any, resources: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (paginaboom te diep)"))
    if not walk.first_visit(raw):
        return
    node = walk.resolve(raw)
    resources = _get(walk, node, "/Resources") or resources
    kids = _get(walk, node, "/Kids")
    if kids is not None and _get(walk, node, "/Type") != "/Page":
        for kid in _array(walk, kids):
            _walk_pages(walk, kid, resources, depth + 1)
        return
    walk.pages += 1
    identity = _identity(raw, ("page", walk.pages))
    _walk_annotations(walk, node, identity)
    if _marked(walk, resources, 0):
        walk.appearances.add(identity)


def _walk_root(walk: _Walk, root: Any) -> None:
    form = _get(walk, root, "/AcroForm")
    _walk_fields(walk, _array(walk, _get(walk, form, "/Fields")), None, "/Fields", 0)
    for name, raw in _dict_entries(walk, _get(walk, root, "/Perms")):
        if _is_signature_dictionary(walk, walk.resolve(raw)):
            walk.signatures.add(_identity(raw, ("/Perms", name)))
    pages = root.raw_get("/Pages") if "/Pages" in root else None
    if pages is not None:
        _walk_pages(walk, pages, None, 0)


def _traces(reader: Any, budget: list[int]) -> tuple[SignatureTraces, int]:
    latest = _Walk(budget)
    _walk_root(latest, reader.root)
    removed = False
    revisions = reader.total_revisions
    if revisions > MAX_REVISIONS:
        raise PdfUnreadable(_("PDF te ingewikkeld om te controleren (meer dan {count} "
                              "revisies)").format(count=MAX_REVISIONS))
    for revision in reversed(range(revisions - 1)):
        walk = _Walk(budget)
        _walk_root(walk, reader.get_historical_root(revision))
        if not latest.holds(walk):
            removed = True
            break
    traces = SignatureTraces(len(latest.fields), len(latest.signatures),
                             len(latest.appearances), removed)
    return traces, latest.pages


def _info(reader: Any) -> dict[str, str]:
    from pyhanko.pdf_utils import generic

    trailer = reader.trailer_view
    if "/Info" not in trailer:
        return {}
    info = trailer["/Info"]
    if not isinstance(info, generic.DictionaryObject):
        return {}
    result = {}
    for key in list(info.keys())[:1000]:
        value = info[key]
        if isinstance(value, generic.TextStringObject):
            result[str(key)] = str(value)
        elif isinstance(value, generic.ByteStringObject):
            # Bytes outside PDFDocEncoding (reportlab writes a soft hyphen as 0xAD).
            result[str(key)] = bytes(value).decode("latin-1")
    return result


def _xmp_text(element: ElementTree.Element | None) -> str | None:
    if element is None:
        return None
    items = element.findall(".//rdf:li", _NS)
    if items:
        return "".join(items[0].itertext())
    return "".join(element.itertext()).strip() or None


def _xmp_value(tree: ElementTree.Element, prefix: str, name: str) -> str | None:
    """An XMP simple property, written as an element or as an attribute of a Description."""
    value = _xmp_text(tree.find(f".//{prefix}:{name}", _NS))
    if value is None:
        for description in tree.iter(f"{{{_NS['rdf']}}}Description"):
            value = description.get(f"{{{_NS[prefix]}}}{name}", value)
    return value


def _pdfa(tree: ElementTree.Element) -> str | None:
    part = _xmp_value(tree, "pdfaid", "part")
    conformance = _xmp_value(tree, "pdfaid", "conformance")
    if part is None or not re.fullmatch(r"[1-4]", part.strip(), flags=re.ASCII):
        return None
    level = (conformance or "").strip().upper()
    return part.strip() + (level if re.fullmatch(r"[ABU]", level, flags=re.ASCII) else "")


def _xmp(reader: Any) -> tuple[str | None, str | None, str | None]:
    """dc:title, pdf:Keywords and the PDF/A identification of the catalogue's XMP metadata
    (None where absent)."""
    from pyhanko.pdf_utils import generic

    root = reader.root
    if "/Metadata" not in root:
        return None, None, None
    stream = root["/Metadata"]
    if not isinstance(stream, generic.StreamObject):
        raise PdfUnreadable(_("XMP-metadata onleesbaar"))
    data = stream.data
    # XMP never needs a document type declaration: refusing one keeps entities out entirely.
    if len(data) > MAX_XMP_BYTES or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise PdfUnreadable(_("XMP-metadata onleesbaar"))
    try:
        tree = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise PdfUnreadable(_("XMP-metadata onleesbaar")) from None
    title = _xmp_text(tree.find(".//dc:title", _NS))
    return title, _xmp_value(tree, "pdf", "Keywords"), _pdfa(tree)


def open_reader(data: bytes) -> Any:
    """pyHanko's reader over ``data``; PdfUnreadable when it cannot be opened."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            raise PdfUnreadable(_("versleutelde PDF: kan niet worden gecontroleerd"))
        reader.root  # noqa: B018 (reading the catalogue is the test)
    except PdfUnreadable:
        raise
    except Exception as exc:  # any parse failure of a damaged file
        raise PdfUnreadable(_("PDF onleesbaar ({kind})").format(
            kind=type(exc).__name__)) from None
    return reader


def read_pdf(data: bytes) -> PdfFacts:
    """Parse ``data``; raises PdfUnreadable for a file that cannot be read within the bounds."""
    reader = open_reader(data)
    with reading():
        traces, pages = _traces(reader, [MAX_OBJECTS])
        title, keywords, pdfa = _xmp(reader)
        return PdfFacts(_info(reader), traces, pages, title, keywords, pdfa)
