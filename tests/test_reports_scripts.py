"""Scripts and symbols in the PDFs: Arabic joined, right-to-left text in the order it is read,
and a visible stand-in for every character the embedded fonts lack (a colour emoji), never a
blank. The PDFs are parsed (pypdf): what each text operator draws, decoded with the font's own
ToUnicode map, in drawing order (left to right within a line)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from helpers.cli import run
from pypdf import PdfReader
from pypdf.generic import ContentStream

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.reports import fonts, markup

# "مدينة الرياض" (the city of Riyadh), shaped: each letter in the form for its place in the word
# (initial meem, final dal, initial yeh, medial noon, final teh marbuta; …).
MADINA = "\ufee3\ufeaa\ufef3\ufee8\ufe94"
RIYADH = "\ufe8d\ufedf\ufeae\ufef3\ufe8e\ufebd"
HEBREW = "שלום עולם"
_CMAP_LINE = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    if "/ToUnicode" not in font:  # a standard font (the "ChinaCheck" in the header)
        return {code: chr(code) for code in range(256)}
    data = font["/ToUnicode"].get_object().get_data()
    mapping = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.DOTALL):
        for code, target in _CMAP_LINE.findall(block):
            mapping[int(code, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return mapping


def _raw(string: Any) -> bytes:
    """The bytes of a PDF string operand (pypdf may have decoded it to text already)."""
    original = getattr(string, "get_original_bytes", None)
    return bytes(original() if original is not None else string)


def drawn(pdf: bytes) -> list[str]:
    """Per page, the text of every text-showing operator in drawing order, joined."""
    pages = []
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts_ = page["/Resources"]["/Font"]
        maps = {name: _to_unicode(fonts_[name]) for name in fonts_}
        current: dict[int, str] = {}
        out: list[str] = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = maps[operands[0]]
            elif operator in (b"Tj", b"'", b'"'):
                out.append("".join(current[b] for b in _raw(operands[-1])))
            elif operator == b"TJ":
                out.append("".join(current[b] for part in operands[0]
                                   if not isinstance(part, (int, float)) for b in _raw(part)))
        pages.append("\n".join(out))
    return pages


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str], **fields: Any) -> list[str]:
    case = example_case()
    for name, value in fields.items():
        setattr(case, name, value)
    path = tmp_path / "zaak.chinacheck"
    path.write_bytes(caseformat.dumps(case))
    code, _out, err = run(capsys, "export", str(path), "-o", str(tmp_path / "zaak.pdf"))
    assert code == 0, err
    return drawn((tmp_path / "zaak.pdf").read_bytes())


def test_arabic_is_joined_and_drawn_right_to_left(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    pages = _export(tmp_path, capsys, title="Bezoek مدينة الرياض 2027",
                    measures="مرحبا\nEen regel ernaast: مدينة")
    text = "\n".join(pages)
    # Typed order, right to left: "Bezoek", then مدينة, then الرياض and 2027 to its left.
    # Drawn left to right that is: Bezoek, 2027, الرياض reversed, مدينة reversed.
    assert f"Bezoek 2027 {RIYADH[::-1]} {MADINA[::-1]}" in text
    assert f"Een regel ernaast: {MADINA[::-1]}" in text  # one line of a note
    assert not re.search("[\u0621-\u064a]", text), "an Arabic letter drawn unjoined"
    assert MADINA not in text  # never in typing order


def test_hebrew_is_drawn_right_to_left(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    text = "\n".join(_export(tmp_path, capsys, organisation=HEBREW))
    assert "םלוע םולש" in text and HEBREW not in text


def test_characters_the_fonts_lack_are_drawn_as_their_code_point(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not fonts.drawable("🦄") == "🦄"
    pages = _export(tmp_path, capsys, title="Nieuwjaar 🧧 met 🦄 en 😀 🇨🇳",
                    organisation="Gemeente 👍🏽 ❤️")
    text = "\n".join(pages)
    assert "Nieuwjaar [U+1F9E7] met [U+1F984] en 😀 [U+1F1E8][U+1F1F3]" in text
    assert "Gemeente [U+1F44D][U+1F3FD] ❤" in text
    # Every character drawn has a glyph in the font it is drawn with: nothing comes out blank.
    missing = {ch for ch in text if not ch.isspace() and not fonts._can_draw(ch)}
    assert missing == set()


def test_a_character_beyond_u_ffff_keeps_its_text(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """reportlab writes such characters into the ToUnicode map in a form readers reject."""
    text = "\n".join(_export(tmp_path, capsys, title="Blij 😀"))
    assert "Blij 😀" in text
    reader = PdfReader(tmp_path / "zaak.pdf")
    assert "Blij 😀" in reader.pages[0].extract_text()


def test_the_steps_on_their_own() -> None:
    from chinacheck.reports import rtl

    assert rtl.visual("Bezoek Wuhan") == "Bezoek Wuhan"
    assert rtl.shape("Zoë 王伟") == "Zoë 王伟"
    assert markup.glyphs("مدينة") == MADINA
    assert rtl.visual("שלום (עולם)") == "(םלוע) םולש"  # brackets mirrored
    assert markup.para("שלום\nעולם") == "שלום<br/>עולם"  # a paragraph orders its broken lines
    # A presentation form neither font has falls back to its plain letters, not to a code point.
    assert fonts.drawable("\ufdfa") != "[U+FDFA]" or not fonts._can_draw("\u0635")
    assert fonts.drawable("a\u200d\ufe0fb\n") in ("a\u200d\ufe0fb\n", "ab\n", "a\u200db\n",
                                                  "a\ufe0fb\n")


def test_a_right_to_left_paragraph_wraps_in_reading_order(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Lines are broken in typing order and each drawn right to left: the first words on the
    first line, at its right end."""
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    words = [letters[n % 22] + letters[n // 22] + "ו" for n in range(150)]
    page = next(p for p in _export(tmp_path, capsys, measures=" ".join(words))
                if words[0][::-1] in p)
    lines = [line for line in page.split("\n") if any(w[::-1] in line for w in words)]
    assert len(lines) > 2, "the paragraph should wrap"
    placed = [next(n for n, line in enumerate(lines) if f" {word[::-1]} " in f" {line} ")
              for word in words]
    assert placed == sorted(placed) and placed[0] == 0  # first words on the first line
    for line in lines:
        shown = [word for word in words if f" {word[::-1]} " in f" {line} "]
        visual = [token[::-1] for token in line.split()]
        assert visual == shown[::-1]  # right to left within the line
