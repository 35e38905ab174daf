"""``chinacheck verify CASE PDF``: a PDF of the case as it is now passes; every kind of
difference fails with a line that says what differs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import pdfcraft
from helpers.cli import run

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.storage import store


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    case_file = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), case_file)
    assert run(capsys, "signoff", str(case_file), "--name", "Zoë", "--role", "opsteller",
               "--decision", "doorgaan")[0] == 0
    pdf = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(pdf)) == (0, f"{pdf}\n", "")
    return case_file, pdf


def test_export_records_the_pdf_in_the_audit_trail(exported: tuple[Path, Path]) -> None:
    import hashlib

    case_file, pdf = exported
    entry = store.load_case(case_file).case.audit[-1]
    assert entry.event is AuditEvent.EXPORTED
    assert entry.detail["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", entry.detail["document_id"])


def test_the_pdf_of_the_current_case_passes(exported: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "verify", *map(str, exported))
    assert (code, err) == (0, "")
    assert "OK: zaak.pdf hoort bij deze zaak" in out
    assert "deze PDF staat in het logboek van de zaak" in out
    assert "niet digitaal ondertekend" in out


def _fails(capsys: pytest.CaptureFixture[str], case_file: Path, pdf: Path) -> str:
    code, out, err = run(capsys, "verify", str(case_file), str(pdf))
    assert code == 1 and "OK:" not in out
    assert err.startswith(f"chinacheck: {pdf}: ") and err.count("\n") == 1
    return err


def test_other_case(exported: tuple[Path, Path], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.chinacheck"
    store.save_case(example_case(), other)
    err = _fails(capsys, other, exported[1])
    assert "andere zaak" in err and "gewijzigde zaak" not in err


def test_edited_case(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = exported
    assert run(capsys, "answer", str(case_file), "need-investment", "--status", "nee")[0] == 0
    err = _fails(capsys, case_file, pdf)
    assert "gewijzigde zaak: de inhoud is veranderd" in err and "andere revisie" not in err


def test_other_revision(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = exported
    run(capsys, "signoff", str(case_file), "--name", "王伟", "--role", "portefeuillehouder",
        "--decision", "doorgaan", "--final", "--despite", "Toets.")
    run(capsys, "reopen", str(case_file))
    err = _fails(capsys, case_file, pdf)
    assert "andere revisie: de PDF toont revisie 1, de zaak is nu bij revisie 2" in err
    assert "gewijzigde zaak" not in err  # only the revision moved on
    run(capsys, "answer", str(case_file), "need-investment", "--status", "nee")
    assert "ook de inhoud is veranderd" in _fails(capsys, case_file, pdf)


def test_other_sign_offs(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = exported
    run(capsys, "signoff", str(case_file), "--name", "王伟", "--role", "portefeuillehouder",
        "--decision", "doorgaan", "--final", "--despite", "Toets.")
    err = _fails(capsys, case_file, pdf)
    assert "andere aftekeningen" in err and "gewijzigde zaak" not in err


def test_a_pdf_of_an_older_chinacheck_and_a_foreign_pdf(
        exported: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    case_file, _ = exported
    case = store.load_case(case_file).case
    travel = tmp_path / "kaart.pdf"
    assert run(capsys, "travel-card", "-o", str(travel))[0] == 0
    assert "geen zaakoverzicht van ChinaCheck" in _fails(capsys, case_file, travel)
    plain = tmp_path / "tekst.pdf"
    plain.write_bytes(b"geen pdf")
    assert "geen PDF-bestand" in _fails(capsys, case_file, plain)
    older = tmp_path / "oud.pdf"
    # ChinaCheck wrote no XMP metadata before its PDFs were PDF/A
    older.write_bytes(pdfcraft.rewritten(
        pdfcraft.with_info(render_case_summary(case).data, _without_fingerprint),
        pdfcraft.without_xmp))
    assert "zonder vingerafdruk" in _fails(capsys, case_file, older)


def _without_fingerprint(info: dict[str, str]) -> dict[str, str]:
    """The properties of a PDF from before ChinaCheck recorded the fingerprint."""
    keywords = ", ".join(piece for piece in info["/Keywords"].split(", ")
                         if not piece.startswith("chinacheck-case-fingerprint="))
    return {key: value for key, value in info.items()
            if not key.startswith("/ChinaCheck")} | {"/Keywords": keywords}


def test_missing_pdf_and_bad_case_file_exit_1(exported: tuple[Path, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = exported
    code, _, err = run(capsys, "verify", str(case_file), str(tmp_path / "weg.pdf"))
    assert code == 1 and "kan niet worden gelezen" in err
    broken = tmp_path / "kapot.chinacheck"
    broken.write_text(json.dumps({"format": "chinacheck-case"}), encoding="utf-8")
    assert run(capsys, "verify", str(broken), str(pdf))[0] == 1
