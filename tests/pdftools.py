"""Look inside generated PDFs with poppler-utils and qpdf (installed by scripts/test.sh).

Tests skip, rather than fail, only when these tools are missing from the machine.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

BASE_FONTS = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/test.sh installs poppler-utils and qpdf)")
    return path


def _with_file(data: bytes, *command: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        args = [part if part != "{pdf}" else str(path) for part in command]
        return subprocess.run(args, capture_output=True, text=True, timeout=120)


def text(data: bytes) -> str:
    """The text in drawing order (``-raw``), whitespace collapsed to single spaces, so that a
    note wrapped over several lines still reads as one string."""
    result = _with_file(data, _tool("pdftotext"), "-raw", "-enc", "UTF-8", "{pdf}", "-")
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


def pages_text(data: bytes) -> list[str]:
    result = _with_file(data, _tool("pdftotext"), "-raw", "-enc", "UTF-8", "{pdf}", "-")
    assert result.returncode == 0, result.stderr
    return [" ".join(page.split()) for page in result.stdout.split("\f") if page.strip()]


def fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font in the PDF, from pdffonts."""
    result = _with_file(data, _tool("pdffonts"), "{pdf}")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[2:]
    found = []
    for row in rows:
        parts = row.split()
        # name type [subtype…] encoding emb sub uni object-id generation: emb is 5th from last
        found.append((parts[0], parts[-5] == "yes"))
    return found


def qpdf_check(data: bytes) -> subprocess.CompletedProcess[str]:
    return _with_file(data, _tool("qpdf"), "--check", "{pdf}")


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def metadata(data: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(data)).metadata or {}
    return {str(key): str(value) for key, value in info.items()}
