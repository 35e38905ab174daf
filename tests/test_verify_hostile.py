"""``chinacheck verify`` against crafted PDFs: a stripped or renamed signature never verifies as
OK, what the pages show must be the case the PDF claims, and no title can hijack the metadata
verify trusts. Every PDF here is made by parsing a real export and changing it (pypdf or
pyHanko, tests/helpers/pdfcraft.py); each of these passed the old byte-searching verify."""

from __future__ import annotations

import binascii
import time
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import pdfcraft
from helpers.cli import run
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, NameObject, StreamObject

from chinacheck.case import integrity
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.signing import pagetext, pdfread
from chinacheck.signing.pades import load_key, sign_pdf
from chinacheck.signing.selfsigned import make_pkcs12
from chinacheck.storage import store

pytest.importorskip("pyhanko")

DAMAGED = "ondertekening beschadigd of verwijderd"


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("certificaat")
    p12, pem = make_pkcs12("Zoë de Vries", "geheim")
    (folder / "zoe.p12").write_bytes(p12)
    (folder / "zoe.pem").write_bytes(pem)
    (folder / "wachtwoord.txt").write_text("geheim\n", encoding="utf-8")
    return folder / "zoe.p12", folder / "zoe.pem", folder / "wachtwoord.txt"


@pytest.fixture(scope="module")
def case_and_pdfs(tmp_path_factory: pytest.TempPathFactory,
                  signer: tuple[Path, Path, Path]) -> tuple[Case, bytes, bytes]:
    """A signed-off case and its summary, unsigned and signed (rendered once per module)."""
    case = example_case()
    rendered = render_case_summary(case, signature_slot=True)
    key = load_key(signer[0].read_bytes(), "geheim")
    return case, rendered.data, sign_pdf(rendered.data, key)


def _verify(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: Case, pdf: bytes,
            *extra: str) -> tuple[int, str, str]:
    case_file, pdf_file = tmp_path / "zaak.chinacheck", tmp_path / "zaak.pdf"
    if not case_file.exists():
        store.save_case(case, case_file)
    pdf_file.write_bytes(pdf)
    return run(capsys, "verify", str(case_file), str(pdf_file), *extra)


def _fails(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: Case, pdf: bytes,
           *extra: str) -> str:
    code, out, err = _verify(capsys, tmp_path, case, pdf, *extra)
    assert code == 1 and "OK:" not in out, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_genuine_exports_pass(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                              signer: tuple[Path, Path, Path],
                              capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, signed = case_and_pdfs
    code, out, err = _verify(capsys, tmp_path, case, unsigned)
    assert (code, err) == (0, "") and "niet digitaal ondertekend" in out
    code, out, err = _verify(capsys, tmp_path, case, signed, "--require-trusted",
                             "--trust", str(signer[1]))
    assert (code, err) == (0, "") and "intact, geldig, vertrouwd" in out


# --- 1. a stripped or renamed signature -----------------------------------------------------

def test_a_renamed_byte_range_is_damage(case_and_pdfs: tuple[Case, bytes, bytes],
                                        tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    case, _, signed = case_and_pdfs

    def rename(writer: PdfWriter) -> None:
        signature = pdfcraft.signature_dictionary(writer)
        pdfcraft.rename_key(signature, "/ByteRange", "/ByteRangX")

    renamed = pdfcraft.rewritten(signed, rename)
    for extra in ((), ("--require-trusted",)):
        err = _fails(capsys, tmp_path, case, renamed, *extra)
        assert DAMAGED in err


def test_an_unknown_subfilter_is_damage(case_and_pdfs: tuple[Case, bytes, bytes],
                                        tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """pyHanko skips a signature whose /SubFilter it does not know; verify does not."""
    case, _, signed = case_and_pdfs

    def rename(writer: PdfWriter) -> None:
        signature = pdfcraft.signature_dictionary(writer)
        signature[NameObject("/SubFilter")] = NameObject("/x.unknown")

    assert DAMAGED in _fails(capsys, tmp_path, case, pdfcraft.rewritten(signed, rename))


def test_an_update_that_empties_the_field_and_changes_the_text(
        case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    case, _, signed = case_and_pdfs
    other = render_case_summary(replace(case, title="Een heel ander bezoek"),
                                signature_slot=True).data

    def strip(writer: object) -> None:
        pdfcraft.unfill_signature_field(writer)
        pdfcraft.replace_page(writer, 1, other)

    err = _fails(capsys, tmp_path, case, pdfcraft.updated(signed, strip), "--require-trusted")
    assert DAMAGED in err and "andere titel: de PDF toont een andere titel dan de zaak" in err


def test_an_update_that_only_empties_the_field(case_and_pdfs: tuple[Case, bytes, bytes],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    case, _, signed = case_and_pdfs
    stripped = pdfcraft.updated(signed, pdfcraft.unfill_signature_field)
    assert pdfread.read_pdf(stripped).traces.removed
    assert DAMAGED in _fails(capsys, tmp_path, case, stripped)


def test_the_field_deleted_but_the_box_kept(case_and_pdfs: tuple[Case, bytes, bytes],
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh file (no earlier revision) without any form field or signature dictionary still
    shows ChinaCheck's signature box: that alone is damage."""
    case, _, signed = case_and_pdfs
    stripped = pdfcraft.rewritten(signed, pdfcraft.strip_signature_field)
    traces = pdfread.read_pdf(stripped).traces
    assert (traces.fields, traces.dictionaries, traces.removed) == (0, 0, False)
    assert traces.appearances == 1
    assert DAMAGED in _fails(capsys, tmp_path, case, stripped)


def test_the_box_drawn_into_the_page(case_and_pdfs: tuple[Case, bytes, bytes],
                                     tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """No field, no annotation, no signature dictionary: the box is part of the page."""
    case, _, signed = case_and_pdfs
    drawn = pdfcraft.rewritten(signed, pdfcraft.box_drawn_into_the_page)
    traces = pdfread.read_pdf(drawn).traces
    assert (traces.fields, traces.dictionaries, traces.appearances) == (0, 0, 1)
    assert DAMAGED in _fails(capsys, tmp_path, case, drawn)


def test_require_trusted_fails_without_a_trusted_signature(
        case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, signed = case_and_pdfs
    err = _fails(capsys, tmp_path, case, unsigned, "--require-trusted")
    assert "niet digitaal ondertekend (--require-trusted)" in err
    err = _fails(capsys, tmp_path, case, signed, "--require-trusted")  # self-signed
    assert "niet vertrouwd (--require-trusted)" in err
    stripped = pdfcraft.rewritten(signed, pdfcraft.strip_signature_field)
    assert DAMAGED in _fails(capsys, tmp_path, case, stripped, "--require-trusted")


def test_signing_refuses_a_pdf_with_a_stripped_signature(
        case_and_pdfs: tuple[Case, bytes, bytes], signer: tuple[Path, Path, Path]) -> None:
    from chinacheck.signing.availability import SigningError

    _, _, signed = case_and_pdfs
    key = load_key(signer[0].read_bytes(), "geheim")
    with pytest.raises(SigningError, match="al ondertekend"):
        sign_pdf(pdfcraft.rewritten(signed, pdfcraft.strip_signature_field), key)


# --- the pages show the case the PDF claims -------------------------------------------------

def _dressed_as(donor: bytes, genuine: bytes) -> bytes:
    """``donor``'s pages with ``genuine``'s properties (Info dictionary and XMP metadata)."""
    properties = pdfcraft.info(genuine)
    return pdfcraft.rewritten(pdfcraft.with_info(donor, lambda _: properties),
                              pdfcraft.with_xmp(pdfcraft.xmp(genuine)))


def test_pages_with_another_title(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs
    donor = render_case_summary(replace(case, title="Een heel ander bezoek"),
                                signature_slot=True).data
    err = _fails(capsys, tmp_path, case, _dressed_as(donor, unsigned))
    assert "andere titel: de PDF toont een andere titel dan de zaak" in err
    assert "zichtbare inhoud wijkt af: de PDF toont zaak" in err  # its fingerprint, too
    assert "pagina 1 toont document" in err


def test_pages_with_another_revision(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs
    later = replace(case, revision=case.revision + 1)
    donor = render_case_summary(later, signature_slot=True).data
    err = _fails(capsys, tmp_path, case, _dressed_as(donor, unsigned))
    assert f"revisie {later.revision}, vingerafdruk " \
           f"{integrity.fingerprint(later)[:16]}…, maar de gegevens in de PDF zeggen zaak " \
           f"{case.id}, revisie {case.revision}" in err


def test_a_title_in_the_xmp_metadata(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs
    relabelled = pdfcraft.rewritten(unsigned, pdfcraft.with_xmp_title("Een ander bezoek"))
    assert "andere titel: de eigenschappen van de PDF" in _fails(capsys, tmp_path, case,
                                                                relabelled)
    same = pdfcraft.rewritten(unsigned, pdfcraft.with_xmp_title(
        f"{case.title} – Zaakoverzicht"))
    assert _verify(capsys, tmp_path, case, same)[0] == 0


def test_contradicting_keywords(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs
    forged = pdfcraft.with_info(unsigned, lambda info: info | {
        "/Keywords": info["/Keywords"].replace(case.id, "een-andere-zaak")})
    assert "tegenstrijdige gegevens" in _fails(capsys, tmp_path, case, forged)


def test_a_pdf_of_an_older_chinacheck_still_verifies(
        case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Only Keywords, no own properties, no record of the fingerprint block's page."""
    case, unsigned, _ = case_and_pdfs
    older = pdfcraft.with_info(unsigned, lambda info: {
        key: value for key, value in info.items() if not key.startswith("/ChinaCheck")})
    code, out, err = _verify(capsys, tmp_path, case, older)
    assert (code, err) == (0, ""), out


# --- 4. metadata that user text cannot hijack -----------------------------------------------

def _save(case: Case, path: Path) -> Path:
    store.save_case(case, path)
    return path


def test_a_title_that_names_keywords_exports_and_verifies(
        tmp_path: Path, signer: tuple[Path, Path, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    case_file = _save(replace(example_case(), title="Bezoek /Keywords <00>"),
                      tmp_path / "zaak.chinacheck")
    pdf = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(pdf), "--sign", str(signer[0]),
               "--passphrase-file", str(signer[2]))[0] == 0
    code, out, err = run(capsys, "verify", str(case_file), str(pdf))
    assert (code, err) == (0, "") and "OK: zaak.pdf" in out


def test_a_title_cannot_pass_for_another_case(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    other = example_case()
    forged = ", ".join([f"chinacheck-case-id={other.id}",
                        f"chinacheck-case-revision={other.revision}",
                        f"chinacheck-case-fingerprint={integrity.fingerprint(other)}",
                        "chinacheck-signoffs-sha256="
                        + integrity.signoffs_digest(other.current_signoffs())])
    title = "Bezoek /Keywords <" + binascii.hexlify(forged.encode()).decode().upper() + ">"
    case_file = _save(replace(example_case(), title=title), tmp_path / "zaak.chinacheck")
    other_file = _save(other, tmp_path / "ander.chinacheck")
    pdf = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(pdf))[0] == 0
    code, out, err = run(capsys, "verify", str(other_file), str(pdf))
    assert code == 1 and "andere zaak" in err and "OK:" not in out
    assert run(capsys, "verify", str(case_file), str(pdf))[0] == 0


# --- bounded cost ---------------------------------------------------------------------------

def test_a_page_with_too_much_content_is_refused_quickly(
        case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs

    def bloat(writer: PdfWriter) -> None:
        page = writer.pages[0]
        stream = StreamObject()
        stream.set_data(b"0 0 m 1 1 l S\n" * (pagetext.MAX_CONTENT_BYTES // 14 + 1))
        page[NameObject("/Contents")] = writer._add_object(stream)

    start = time.monotonic()
    err = _fails(capsys, tmp_path, case, pdfcraft.rewritten(unsigned, bloat))
    assert "PDF te groot om te controleren (pagina 1 heeft te veel inhoud)" in err
    assert time.monotonic() - start < 5


def test_a_page_with_too_many_operations_is_refused(case_and_pdfs: tuple[Case, bytes, bytes],
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    case, unsigned, _ = case_and_pdfs

    def busy(writer: PdfWriter) -> None:
        stream = StreamObject()
        stream.set_data(b"n\n" * (pagetext.MAX_OPERATIONS + 1))
        assert len(stream.get_data()) < pagetext.MAX_CONTENT_BYTES
        writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)

    err = _fails(capsys, tmp_path, case, pdfcraft.rewritten(unsigned, busy))
    assert "PDF te groot om te controleren (pagina 1 heeft te veel inhoud)" in err


def test_a_field_that_is_its_own_kid(case_and_pdfs: tuple[Case, bytes, bytes],
                                     tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    case, _, signed = case_and_pdfs

    def loop(writer: PdfWriter) -> None:
        [raw] = writer.root_object["/AcroForm"]["/Fields"]
        field = raw.get_object()
        field[NameObject("/Kids")] = ArrayObject([raw])
        del field[NameObject("/V")]

    assert DAMAGED in _fails(capsys, tmp_path, case, pdfcraft.rewritten(signed, loop))


# --- the sign extra -------------------------------------------------------------------------

def test_verify_loads_no_pdf_library_until_it_reads_a_pdf() -> None:
    import subprocess
    import sys

    code = ("import sys, chinacheck.signing.verify\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pyhanko', 'pypdf', 'reportlab', 'cryptography'}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_without_pypdf_verify_says_so(case_and_pdfs: tuple[Case, bytes, bytes], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name == "pypdf" else real(name, *args))
    case, unsigned, _ = case_and_pdfs
    err = _fails(capsys, tmp_path, case, unsigned)
    assert "kan hier niet worden gecontroleerd: controleren vraagt de extra 'sign'" in err


# --- titles as the cover shows them ---------------------------------------------------------

@pytest.mark.parametrize("title", [
    "王伟 访问 武汉 2027", "Bezoek القاهرة 2027 en ירושלים", "Bezoek 🎉🇨🇳 Wuhan",
    "<b>Bezoek</b> &amp; <img src=x>", "Bezoek " * 400, "Regel1\nRegel2\tTab\x01",
    "\u202eBezoek Wuhan\u202c", "नमस्ते दिल्ली", "x\u00adsoft", "???",
])
def test_awkward_titles_verify_against_their_own_case(title: str) -> None:
    from chinacheck.signing.verify import verify

    case = replace(example_case(), title=title)
    report = verify(case, render_case_summary(case).data)
    assert report.ok, report.problems


def test_the_title_may_follow_a_warning_box() -> None:
    from chinacheck.signing.shown import title_on_cover

    cover = "Gewijzigd buiten ChinaCheck: let op Bezoek Wuhan Zaakoverzicht Soort Stedenband"
    assert title_on_cover("Bezoek Wuhan", cover)
    footer_only = ("Let op Bezoek Peking Zaakoverzicht Soort ChinaCheck Zaakoverzicht Intern "
                   "pagina 1 van 3 Bezoek Wuhan gemaakt op 1 december 2026")
    assert not title_on_cover("Bezoek Wuhan", footer_only)
    assert title_on_cover("ไทย Bangkok", "\x00\x00\x00 Bangkok Zaakoverzicht")
    assert not title_on_cover("ไทย Bangkok", "\x00\x00\x00 Zaakoverzicht")
