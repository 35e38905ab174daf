"""Paragraphs keep their line breaks per width: the same PDF, with the breaking done once."""

from __future__ import annotations

import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import pdftools
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as rl_paragraph

from chinacheck.case.examples import large_case
from chinacheck.reports import fonts
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.paragraph import Paragraph


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    widths: list[float] = []
    original = rl_paragraph.Paragraph.breakLines

    def breaking(self: rl_paragraph.Paragraph, line_widths: list[float]) -> object:
        widths.append(line_widths[0])
        return original(self, line_widths)

    monkeypatch.setattr(rl_paragraph.Paragraph, "breakLines", breaking)
    return widths


def _para() -> Paragraph:
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.SANS, fontSize=9, leading=11)
    return Paragraph("Een notitie die over meerdere regels loopt. " * 20, style)


def test_the_same_width_is_broken_once(counted: list[float]) -> None:
    para = _para()
    first = para.wrap(200, 1000)
    assert para.wrap(200, 50) == first  # the height offered plays no part
    assert len(counted) == 1
    wider = para.wrap(300, 1000)
    assert len(counted) == 2 and wider[1] < first[1]
    assert para.wrap(200, 1000) == first and len(counted) == 3


def test_breaks_are_worked_out_again_after_split_discards_them(counted: list[float]) -> None:
    para = _para()
    para.wrap(200, 1000)
    assert para.split(200, 5) == []  # no room for a single line: reportlab drops its breaks
    assert not hasattr(para, "blPara")
    para.wrap(200, 1000)
    assert len(counted) == 2
    top, rest = para.split(200, 40)
    assert isinstance(top, Paragraph) and isinstance(rest, Paragraph)


def _pages(pdf: bytes) -> list[bytes]:
    """Every page rendered in grey at a low resolution."""
    pdftools.text(pdf)  # skips the test when poppler-utils is missing
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "doc.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "30", "-gray", str(Path(folder) / "doc.pdf"),
                        str(Path(folder) / "page")], check=True, timeout=120)
        return [p.read_bytes() for p in sorted(Path(folder).glob("page-*.pgm"))]


def test_a_large_summary_looks_the_same_with_and_without_the_cache(
        monkeypatch: pytest.MonkeyPatch, counted: list[float]) -> None:
    case = large_case()
    when, document = datetime(2026, 11, 23, 12, 0), "TEST-0000-0000-0001"  # same QR, same footer
    cached = render_case_summary(case, generated=when, document_id=document)
    breaks_cached = len(counted)
    monkeypatch.setattr(Paragraph, "wrap", rl_paragraph.Paragraph.wrap)
    counted.clear()
    plain = render_case_summary(case, generated=when, document_id=document)
    assert len(counted) > 2 * breaks_cached  # what the cache saves on a long document
    assert cached.page_count == plain.page_count
    assert pdftools.text(cached.data) == pdftools.text(plain.data)
    assert _pages(cached.data) == _pages(plain.data)
