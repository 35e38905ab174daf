"""Digital signatures: PAdES B-B with SHA-256, visible, incremental, checked by pyHanko, by
poppler's pdfsig and by ``chinacheck verify``."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import run
from pdftools import qpdf_check, text

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent
from chinacheck.cli.main import main
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.signing import availability as signing
from chinacheck.signing import selftest as signing_selftest
from chinacheck.signing.pades import load_key, sign_pdf
from chinacheck.signing.pdfread import read_pdf
from chinacheck.storage import store

pytest.importorskip("pyhanko")

SIGNER = "王伟 / Zoë"
PASSPHRASE = "geheim wachtwoord é"


def make_certificate(name: str, passphrase: str) -> tuple[bytes, bytes]:
    """A self-signed certificate and its PKCS#12 archive, made here with cryptography."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False,
                                         False), critical=True)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(
        b"test", key, cert, None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    return p12, cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("cert")
    p12, pem = make_certificate(SIGNER, PASSPHRASE)
    (folder / "zoe.p12").write_bytes(p12)
    (folder / "zoe.pem").write_bytes(pem)
    (folder / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder / "zoe.p12", folder / "zoe.pem", folder / "wachtwoord.txt"


@pytest.fixture(scope="module")
def signed_export(tmp_path_factory: pytest.TempPathFactory,
                  certificate: tuple[Path, Path, Path]) -> tuple[Path, Path]:
    """A signed-off case exported and signed through the command line (once per module)."""
    folder = tmp_path_factory.mktemp("signed")
    case_file, pdf = folder / "zaak.chinacheck", folder / "zaak.pdf"
    store.save_case(example_case(), case_file)
    p12, _, secret = certificate
    assert main(["signoff", str(case_file), "--name", "Zoë de Vries", "--role", "opsteller",
                 "--decision", "doorgaan", "--final", "--despite", "Toets."]) == 0
    assert main(["export", str(case_file), "-o", str(pdf), "--sign", str(p12),
                 "--passphrase-file", str(secret)]) == 0
    return case_file, pdf


def test_signing_is_an_incremental_update(certificate: tuple[Path, Path, Path]) -> None:
    rendered = render_case_summary(example_case(), signature_slot=True)
    key = load_key(certificate[0].read_bytes(), PASSPHRASE)
    signed = sign_pdf(rendered.data, key)
    assert signed.startswith(rendered.data) and len(signed) > len(rendered.data)
    assert qpdf_check(signed).returncode == 0
    with pytest.raises(signing.SigningError, match="al ondertekend"):
        sign_pdf(signed, key)
    with pytest.raises(signing.SigningError, match="geen plaats"):
        sign_pdf(render_case_summary(example_case()).data, key)


def test_pyhanko_validates_a_pades_signature(signed_export: tuple[Path, Path],
                                             certificate: tuple[Path, Path, Path]) -> None:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(signed_export[1].read_bytes()))
    [embedded] = reader.embedded_signatures
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(certificate[1]))])
    status = validate_pdf_signature(embedded, context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.md_algorithm == "sha256"
    assert status.signing_cert.subject.native["common_name"] == SIGNER


def test_pdfsig_reports_the_signature_valid(signed_export: tuple[Path, Path]) -> None:
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig is not installed (poppler-utils)")
    result = subprocess.run([tool, str(signed_export[1])], capture_output=True, text=True,
                            timeout=60)
    assert "Signature is Valid" in result.stdout, result.stdout + result.stderr
    assert "ETSI.CAdES.detached" in result.stdout and "SHA-256" in result.stdout
    assert "Total document signed" in result.stdout


def test_visible_signature_renders_names_with_accents_and_chinese(
        signed_export: tuple[Path, Path]) -> None:
    words = text(signed_export[1].read_bytes())
    assert f"Digitaal ondertekend door {SIGNER}" in words
    assert "Zaak " in words and "revisie 1" in words


def test_verify_reports_intact_valid_and_untrusted(signed_export: tuple[Path, Path],
                                                   certificate: tuple[Path, Path, Path],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = signed_export
    code, out, err = run(capsys, "verify", str(case_file), str(pdf))
    assert (code, err) == (0, "")
    assert f"handtekening van {SIGNER}" in out
    assert "intact, geldig, niet vertrouwd (zelfondertekend certificaat)" in out
    assert "deze PDF staat in het logboek van de zaak" in out
    code, _, err = run(capsys, "verify", str(case_file), str(pdf), "--require-trusted")
    assert code == 1 and "niet vertrouwd (--require-trusted)" in err
    code, out, _ = run(capsys, "verify", str(case_file), str(pdf), "--require-trusted",
                       "--trust", str(certificate[1]))
    assert code == 0 and "intact, geldig, vertrouwd" in out


def test_trusted_certificates_folder(signed_export: tuple[Path, Path],
                                     certificate: tuple[Path, Path, Path], data_home: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = data_home / "trusted-certificates"
    folder.mkdir()
    shutil.copy(certificate[1], folder / "organisatie.pem")
    assert run(capsys, "verify", *map(str, signed_export), "--require-trusted")[0] == 0


def test_export_records_the_signed_pdf(signed_export: tuple[Path, Path]) -> None:
    import hashlib

    case_file, pdf = signed_export
    entry = store.load_case(case_file).case.audit[-1]
    assert entry.event is AuditEvent.EXPORTED
    assert entry.detail["signed"] is True and entry.detail["signed_by"] == SIGNER
    assert entry.detail["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


@pytest.mark.parametrize("where", ["stream", "title"])
def test_a_flipped_byte_breaks_the_signature(signed_export: tuple[Path, Path], tmp_path: Path,
                                             where: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = signed_export
    data = pdf.read_bytes()
    at = data.index(b"stream\n", 2000) + 40 if where == "stream" else data.index(b"/Title") + 9
    broken = tmp_path / "gewijzigd.pdf"
    broken.write_bytes(_flip(data, at))
    code, out, err = run(capsys, "verify", str(case_file), str(broken))
    assert code == 1 and "handtekening verbroken" in err and err.count("\n") == 1
    assert "OK:" not in out


def test_an_addition_after_signing_is_caught(signed_export: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = signed_export
    data = pdf.read_bytes()
    later = tmp_path / "aangevuld.pdf"
    # An update that would otherwise override the keywords verify reads.
    later.write_bytes(data + b"\n5 0 obj\n<< /Keywords (chinacheck-case-id=x) >>\nendobj\n")
    code, _, err = run(capsys, "verify", str(case_file), str(later))
    assert code == 1 and "na het ondertekenen is er iets aan de PDF toegevoegd" in err


def test_wrong_passphrase_writes_nothing(tmp_path: Path, certificate: tuple[Path, Path, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = tmp_path / "zaak.chinacheck", tmp_path / "zaak.pdf"
    store.save_case(example_case(), case_file)
    before = case_file.read_bytes()
    secret = tmp_path / "fout.txt"
    secret.write_text("fout", encoding="utf-8")
    code, out, err = run(capsys, "export", str(case_file), "-o", str(pdf), "--sign",
                         str(certificate[0]), "--passphrase-file", str(secret))
    assert code == 1 and out == "" and "onjuist wachtwoord" in err and err.count("\n") == 1
    assert not pdf.exists() and case_file.read_bytes() == before


def test_passphrase_from_a_pipe(tmp_path: Path, certificate: tuple[Path, Path, Path],
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    case_file, pdf = tmp_path / "zaak.chinacheck", tmp_path / "zaak.pdf"
    store.save_case(example_case(), case_file)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(capsys, "export", str(case_file), "-o", str(pdf), "--sign",
               str(certificate[0]))[0] == 0
    assert read_pdf(pdf.read_bytes()).traces.dictionaries == 1


def test_passphrase_file_needs_sign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_file = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), case_file)
    code, _, err = run(capsys, "export", str(case_file), "-o", str(tmp_path / "x.pdf"),
                       "--passphrase-file", "x")
    assert code == 2 and "--sign" in err


def test_without_the_signing_packages(signed_export: tuple[Path, Path],
                                      certificate: tuple[Path, Path, Path], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(signing, "available", lambda: False)
    case_file, pdf = signed_export
    code, _, err = run(capsys, "export", str(case_file), "-o", str(tmp_path / "x.pdf"),
                       "--sign", str(certificate[0]), "--passphrase-file", str(certificate[2]))
    assert code == 1 and "chinacheck[sign]" in err
    code, _, err = run(capsys, "verify", str(case_file), str(pdf))
    assert code == 1 and "kan hier niet worden gecontroleerd" in err


def test_self_test_signs_and_checks(tmp_path: Path) -> None:
    assert "ondertekend en gecontroleerd" in signing_selftest.self_test(example_case(), tmp_path)
