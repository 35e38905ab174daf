"""``chinacheck export --format docx``: the Word document from the command line, recorded in
the case's audit trail like a PDF; options that do not fit together are refused before
anything is written."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest
from helpers.cli import en_fails, en_ok, run

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent
from chinacheck.reports.audit_words import detail_text
from chinacheck.reports.labels import Labels
from chinacheck.storage.store import load_case, save_case


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    save_case(example_case(), path)
    return path


def _headings(path: Path) -> list[str]:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    return [p.text for p in document.paragraphs
            if p.style is not None and p.style.name == "Heading 1"]


def test_export_docx_writes_it_and_records_it(capsys: pytest.CaptureFixture[str],
                                              case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "zaak.docx"
    code, out, err = run(capsys, "export", str(case_file), "--format", "docx", "-o",
                         str(target), "--classification", "Departementaal vertrouwelijk")
    assert (code, err) == (0, "") and out.strip() == str(target)
    assert _headings(target)[0] == "Besluit (revisie 1)"
    entry = load_case(case_file).case.audit[-1]
    assert entry.event is AuditEvent.EXPORTED
    assert entry.detail["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert entry.detail["format"] == "docx" and "layout" not in entry.detail
    document = docx.Document(str(target))
    assert entry.detail["document_id"] == document.core_properties.identifier
    words = detail_text(Labels(), entry)
    assert "Word-document (DOCX)" in words and "SHA-256 van het bestand" in words


def test_the_format_follows_a_docx_extension(capsys: pytest.CaptureFixture[str],
                                             case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "voorstel.DOCX"
    code, _out, err = run(capsys, "export", str(case_file), "-o", str(target), "--layout",
                          "collegevoorstel")
    assert (code, err) == (0, "")
    assert _headings(target)[0] == "Onderwerp"
    entry = load_case(case_file).case.audit[-1]
    assert entry.detail["format"] == "docx" and entry.detail["layout"] == "collegevoorstel"
    assert "opmaak collegevoorstel" in detail_text(Labels(), entry)


def test_a_pdf_export_is_still_the_default(capsys: pytest.CaptureFixture[str],
                                           case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"%PDF")
    entry = load_case(case_file).case.audit[-1]
    assert "format" not in entry.detail  # as before: verify recognises it by its SHA-256
    assert "PDF" in detail_text(Labels(), entry)


@pytest.mark.parametrize("options", [
    ["--format", "docx", "-o", "x.docx", "--sign", "cert.p12"],
    ["-o", "x.docx", "--sign", "cert.p12"],
    ["-o", "x.pdf", "--layout", "collegevoorstel"],
    ["--format", "docx", "-o", "x.pdf"],
    ["--format", "pdf", "-o", "x.docx"],
])
def test_options_that_do_not_fit_are_refused_in_one_line(
        capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path,
        options: list[str]) -> None:
    before = case_file.read_bytes()
    args = [str(tmp_path / o) if o.startswith(("x.", "cert")) else o for o in options]
    code, out, err = run(capsys, "export", str(case_file), *args)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["zaak.chinacheck"]  # nothing written
    assert case_file.read_bytes() == before


def test_an_unwritable_target_fails_with_nothing_half_written(
        capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    (folder / "zaak.docx").mkdir()  # a folder where the file should go
    before = case_file.read_bytes()
    code, out, err = run(capsys, "export", str(case_file), "-o", str(folder / "zaak.docx"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "map" in err
    assert [p.name for p in folder.iterdir()] == ["zaak.docx"]  # no temp file left
    assert case_file.read_bytes() == before  # nothing recorded


def test_a_case_file_is_never_the_target(capsys: pytest.CaptureFixture[str],
                                         case_file: Path) -> None:
    before = case_file.read_bytes()
    code, _out, err = run(capsys, "export", str(case_file), "--format", "docx", "-o",
                          str(case_file))
    assert code == 1 and err.count("\n") == 1
    assert case_file.read_bytes() == before


def test_export_docx_in_english(capsys: pytest.CaptureFixture[str], case_file: Path,
                                tmp_path: Path) -> None:
    target = tmp_path / "summary.docx"
    en_ok(capsys, "export", str(case_file), "-o", str(target))
    assert _headings(target)[0] == "Decision (revision 1)"
    err = en_fails(capsys, "export", str(case_file), "-o", str(tmp_path / "x.docx"),
                   "--sign", "c.p12", code=2)
    assert "Word document" in err
