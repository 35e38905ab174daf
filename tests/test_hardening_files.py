"""Files that are not cases are read at a bounded cost: regular files only, each kind with a cap.

A named pipe, a device such as /dev/zero and a huge file are refused with one line before they
are read, wherever a user names a file: the PDF to verify, a passphrase file, a certificate to
trust, the PKCS#12 to sign with, and the case itself. The hostile ones run the real command
line in a child process with a timeout and a memory limit, so that a regression fails the test
instead of hanging it or filling the memory.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck import boundedfile
from chinacheck.case.examples import example_case
from chinacheck.storage import store

FIFO = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
DEV_ZERO = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
CHILD_MEMORY = 2 * 1024**3  # a regression reading /dev/zero stops here instead of the machine
CHILD_TIMEOUT = 60  # generous: a refusal takes about a second, a hang for ever


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def chinacheck(*argv: str, stdin: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``chinacheck ARGV…`` in a child process; a child that hangs fails the test."""
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with open(stdin or os.devnull, "rb") as source:
        try:
            return subprocess.run([sys.executable, "-m", "chinacheck", *argv], stdin=source,
                                  capture_output=True, text=True, env=environ,
                                  timeout=CHILD_TIMEOUT, preexec_fn=_limit_memory)
        except subprocess.TimeoutExpired:
            pytest.fail(f"chinacheck {' '.join(argv)} did not finish in {CHILD_TIMEOUT} s")


def refused_in_one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pijp"
    os.mkfifo(path)  # nobody ever writes to it: opening it for reading would wait for ever
    return path


# --- the helper ------------------------------------------------------------------------------

def test_a_regular_file_within_its_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert boundedfile.read_bounded(path, 100) == b"x" * 100


def test_a_file_over_its_cap_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "f"
    with open(path, "wb") as handle:
        handle.truncate(10 * 1024**3)  # sparse: 10 GiB that take no room and no time
    with pytest.raises(boundedfile.FileTooLarge) as info:
        boundedfile.read_bounded(path, 100)
    assert info.value.size == 10 * 1024**3 and "hooguit 100 bytes" in info.value.reason


@FIFO
def test_a_pipe_is_refused_without_waiting(fifo: Path) -> None:
    # In a child process: a regression would wait for a writer that never comes.
    code = ("import sys\nfrom chinacheck import boundedfile\ntry:\n"
            "    boundedfile.read_bounded(sys.argv[1], 100)\n"
            "except boundedfile.UnreadableFile as exc:\n    print(exc.reason)\n")
    try:
        result = subprocess.run([sys.executable, "-c", code, str(fifo)], capture_output=True,
                                text=True, timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a pipe waited for a writer")
    assert "geen gewoon bestand" in result.stdout, result.stderr


@DEV_ZERO
def test_a_device_is_refused_without_reading() -> None:
    with pytest.raises(boundedfile.UnreadableFile, match="geen gewoon bestand"):
        boundedfile.read_bounded("/dev/zero", 100)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(boundedfile.UnreadableFile, match="is een map"):
        boundedfile.read_bounded(tmp_path, 100)


def test_caps_in_words() -> None:
    assert boundedfile.size_text(64 * 1024 * 1024) == "64 MiB"
    assert boundedfile.size_text(64 * 1024) == "64 KiB"
    assert boundedfile.size_text(1000) == "1000 bytes"


# --- every file the command line reads, from a real process ----------------------------------

@DEV_ZERO
def test_verify_refuses_a_device_as_the_pdf(case_file: Path) -> None:
    refused_in_one_line(chinacheck("verify", str(case_file), "/dev/zero"),
                        "/dev/zero", "geen gewoon bestand")


@FIFO
def test_verify_refuses_a_pipe_as_the_pdf(case_file: Path, fifo: Path) -> None:
    refused_in_one_line(chinacheck("verify", str(case_file), str(fifo)),
                        str(fifo), "geen gewoon bestand")


@DEV_ZERO
@pytest.mark.parametrize("option", ["--trust", "--passphrase-file"])
def test_verify_refuses_a_device_as_certificate_or_passphrase(case_file: Path,
                                                              option: str) -> None:
    pdf = case_file.with_suffix(".pdf")
    pdf.write_bytes(b"%PDF-1.7\n")
    refused_in_one_line(chinacheck("verify", str(case_file), str(pdf), option, "/dev/zero")
                        if option == "--trust" else
                        chinacheck("show", str(_encrypted(case_file)), option, "/dev/zero"),
                        "/dev/zero", "geen gewoon bestand")


@FIFO
def test_a_pipe_as_passphrase_file_is_refused(case_file: Path, fifo: Path) -> None:
    refused_in_one_line(chinacheck("show", str(_encrypted(case_file)), "--passphrase-file",
                                   str(fifo)), "wachtwoordbestand", "geen gewoon bestand")


@DEV_ZERO
def test_export_refuses_a_device_as_the_certificate(case_file: Path) -> None:
    from chinacheck.signing import availability

    if not availability.available():
        pytest.skip("signing packages not installed")
    secret = case_file.with_name("wachtwoord.txt")
    secret.write_text("geheim\n", encoding="utf-8")
    pdf = case_file.with_suffix(".pdf")
    refused_in_one_line(chinacheck("export", str(case_file), "-o", str(pdf), "--sign",
                                   "/dev/zero", "--passphrase-file", str(secret)),
                        "/dev/zero", "geen gewoon bestand")
    assert not pdf.exists()


@DEV_ZERO
def test_a_certificate_passphrase_on_endless_input_is_refused(case_file: Path) -> None:
    from chinacheck.signing import availability

    if not availability.available():
        pytest.skip("signing packages not installed")
    p12 = case_file.with_name("sleutel.p12")
    p12.write_bytes(b"not a certificate")
    pdf = case_file.with_suffix(".pdf")
    refused_in_one_line(chinacheck("export", str(case_file), "-o", str(pdf), "--sign", str(p12),
                                   stdin=Path("/dev/zero")),
                        "te lang", boundedfile.size_text(boundedfile.MAX_PASSPHRASE_BYTES))
    assert not pdf.exists()


def _encrypted(case_file: Path) -> Path:
    from helpers.scrypt import CHEAP

    from chinacheck.case.encryption import CaseKey

    sealed = case_file.with_name("versleuteld.chinacheck")
    store.save_case(example_case(), sealed, key=CaseKey.derive("geheim", CHEAP))
    return sealed


# --- caps per kind, in process (sparse files: no room, no time) ------------------------------

def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def test_a_pdf_over_its_cap_is_refused(case_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    pdf = _sparse(tmp_path / "groot.pdf", boundedfile.MAX_PDF_BYTES + 1)
    code, _, err = run(capsys, "verify", str(case_file), str(pdf))
    assert code == 1 and err.count("\n") == 1
    assert "te groot" in err and boundedfile.size_text(boundedfile.MAX_PDF_BYTES) in err


def test_a_certificate_over_its_cap_is_refused(case_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    cert = _sparse(tmp_path / "groot.pem", boundedfile.MAX_CERTIFICATE_BYTES + 1)
    code, _, err = run(capsys, "verify", str(case_file), str(pdf), "--trust", str(cert))
    assert code == 1 and err.count("\n") == 1 and "certificaat" in err and "te groot" in err


def test_a_passphrase_file_over_its_cap_is_refused(case_file: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    secret = _sparse(tmp_path / "wachtwoord.txt", boundedfile.MAX_PASSPHRASE_BYTES + 1)
    code, _, err = run(capsys, "show", str(_encrypted(case_file)), "--passphrase-file",
                       str(secret))
    assert code == 1 and err.count("\n") == 1
    assert "wachtwoordbestand" in err and "te groot" in err


def test_a_pkcs12_over_its_cap_is_refused(tmp_path: Path) -> None:
    from chinacheck.signing import availability
    from chinacheck.signing.pades import load_key_file

    if not availability.available():
        pytest.skip("signing packages not installed")
    p12 = _sparse(tmp_path / "groot.p12", boundedfile.MAX_PKCS12_BYTES + 1)
    with pytest.raises(availability.SigningError, match="te groot"):
        load_key_file(p12, "geheim")


def test_a_case_over_its_cap_is_refused_by_its_size(tmp_path: Path) -> None:
    from chinacheck.case import caseformat
    from chinacheck.errors import CaseFileError

    path = _sparse(tmp_path / "groot.chinacheck", 10 * caseformat.MAX_FILE_BYTES)
    with pytest.raises(CaseFileError, match="te groot"):
        store.load_case(path)  # 640 MiB are never read


@FIFO
def test_a_pipe_as_a_case_lock_is_a_damaged_lock_not_a_hang(case_file: Path) -> None:
    # Lock files live beside the case, in a folder that may be shared with others.
    os.mkfifo(case_file.with_name(case_file.name + ".lock"))
    refused_in_one_line(chinacheck("answer", str(case_file), "visit-programme", "--status", "ja"),
                        "in gebruik")
