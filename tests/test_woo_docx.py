"""The Woo version as a Word document: nothing withheld in any part of the package (document,
headers, footers, core and app properties, comments), the boxes and the list of redactions
present, no digest of the case; written and recorded from the command line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from helpers.cli import run
from test_woo_pdf import AT, HOSTILE, NAMES, _hostile_case, _pieces

from chinacheck.case import integrity
from chinacheck.reports.woo_version import render_woo_docx
from chinacheck.storage.store import load_case, save_case


@pytest.fixture(scope="module")
def woo_docx() -> tuple[object, bytes]:
    case = _hostile_case()
    return case, render_woo_docx(case, classification="Openbaar", generated=AT).data


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name).decode("utf-8", "replace")
                for name in package.namelist() if name.endswith((".xml", ".rels"))}


def _unescaped(xml: str) -> str:
    return (xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def test_no_withheld_text_or_piece_of_it_in_any_part(woo_docx: tuple[object, bytes]) -> None:
    case, data = woo_docx
    parts = _parts(data)
    assert {"word/document.xml", "docProps/core.xml"} <= set(parts)
    assert any(name.startswith("word/header") for name in parts)
    for name, xml in parts.items():
        text = _unescaped(xml)
        for hostile in HOSTILE:
            for piece in _pieces(hostile):
                assert piece not in text and piece not in xml, (name, hostile, piece)
        for person in NAMES:
            assert person not in text, (name, person)
    fingerprint = integrity.fingerprint(case)  # type: ignore[arg-type]
    joined = "".join(parts.values())
    assert fingerprint[:16] not in joined and fingerprint[-16:] not in joined


def test_the_document_has_the_boxes_the_identifier_and_the_list_of_redactions(
        woo_docx: tuple[object, bytes]) -> None:
    import docx

    _case, data = woo_docx
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    assert "[gelakt – 5.1.2e]" in text + cells
    assert "Lijst van lakkingen" in text or "lakkingen" in text.lower()
    assert "art. 5.1, tweede lid, onderdeel e, Woo" in cells
    identifier = document.core_properties.identifier
    assert identifier and identifier in text
    assert document.core_properties.author in ("", "[gelakt – 5.1.2a]")


def test_the_collegevoorstel_layout_has_no_woo_version() -> None:
    from chinacheck.reports.docx_summary import render_case_docx
    from chinacheck.reports.woo_inventory import WooInventory

    with pytest.raises(ValueError, match="summary layout only"):
        render_case_docx(_hostile_case(), layout="collegevoorstel",
                         woo=WooInventory(rows=[], revision=1, unverified=True))


def test_cli_writes_the_woo_docx_and_records_it(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    import docx

    path = tmp_path / "zaak.chinacheck"
    save_case(_hostile_case(), path)
    before = load_case(path).case
    out = tmp_path / "woo.docx"
    code, printed, err = run(capsys, "woo", str(path), "-o", str(out))
    assert code == 0, err
    assert printed.strip() == str(out)
    entry = load_case(path).case.audit[-1]
    assert entry.event.value == "exported" and entry.detail["woo"] is True
    assert entry.detail["format"] == "docx"
    assert entry.detail["fingerprint"] == integrity.fingerprint(before)
    assert docx.Document(str(out)).core_properties.identifier == entry.detail["document_id"]
    text = out.read_bytes()
    assert zipfile.is_zipfile(io.BytesIO(text))
