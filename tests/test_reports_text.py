"""User text to paragraph markup, the label tables, and writing a PDF to disk."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from chinacheck import i18n
from chinacheck.errors import ChinaCheckError
from chinacheck.reports import fonts, markup, rtl
from chinacheck.reports.labels import NL, Labels
from chinacheck.reports.output import keywords, new_document_id, parse_keywords, write_pdf
from chinacheck.reports.styles import styles

REPORTS = Path(__file__).resolve().parent.parent / "chinacheck" / "reports"

# Letters, digits, punctuation and symbols from anywhere in Unicode (Chinese included), plus the
# characters that mean something to reportlab's paragraph parser.
_TEXT = st.text(
    st.one_of(
        st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x00"),
        st.sampled_from(list("<>&;\"'/= ]")),
    ),
    max_size=60,
)


@given(_TEXT)
def test_any_text_prints_exactly_as_typed(value: str) -> None:
    """As typed, but for characters the fonts lack, which print as their code point
    (right-to-left text is shaped and reordered: tests/test_reports_scripts.py)."""
    assume(not rtl.has_rtl(value))
    paragraph = Paragraph(markup.para(value), styles().body)
    assert paragraph.getPlainText() == " ".join(fonts.drawable(value).split())


@pytest.mark.parametrize("hostile", ["<b>x</b>", "&amp;", "<script>alert(1)</script>", "]]>",
                                     "<img src=http://x>", "<font name=Helvetica>x</font>",
                                     "<para>", "&nbsp;", "<br/>"])
def test_markup_is_escaped(hostile: str) -> None:
    assert Paragraph(markup.para(hostile), styles().body).getPlainText() == hostile


def test_newlines_become_line_breaks_and_control_characters_go() -> None:
    assert markup.para("a\r\nb\nc") == "a<br/>b<br/>c"
    assert markup.para("x\x00\x07y\tz") == "xy    z"


def test_chinese_runs_get_the_cjk_font_and_latin_stays_dejavu() -> None:
    assert markup.para("王伟 (Wang Wei)") == f'<font name="{fonts.CJK}">王伟</font> (Wang Wei)'
    assert list(fonts.runs("Zoë 李娜")) == [(fonts.SANS, "Zoë "), (fonts.CJK, "李娜")]
    assert fonts.font_for("ö") == fonts.SANS


def test_fit_cuts_long_titles_with_an_ellipsis() -> None:
    title = "Stedenband 王伟 " * 20
    cut = markup.fit(title, 8, 100)
    assert cut.endswith("…") and fonts.string_width(cut, 8) <= 100
    assert markup.fit("Kort", 8, 100) == "Kort"


def test_every_label_has_english_in_the_catalogue() -> None:
    english = i18n.load_catalogue("en")
    assert [key for key, dutch in NL.items() if (None, dutch) not in english] == []
    assert Labels("en")("page-of", page=2, total=5) == "page 2 of 5"


def test_every_label_the_code_asks_for_exists() -> None:
    used: set[str] = set()
    for path in REPORTS.glob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9.-]+)["']""", path.read_text("utf-8")))
    assert used, "no label look-ups found"
    assert used <= set(NL)


def test_labels_format_dates_in_dutch() -> None:
    from datetime import date

    t = Labels("nl")
    assert t.date(date(2027, 3, 14)) == "14 maart 2027"
    assert t.date(None) == "—"
    assert t("page-of", page=2, total=5) == "pagina 2 van 5"
    with pytest.raises(ValueError):
        Labels("fr")


def test_document_ids_are_fresh_and_readable() -> None:
    ids = {new_document_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", i) for i in ids)


def test_keywords_round_trip() -> None:
    fields = {"chinacheck-case-id": "5f0c", "chinacheck-version": "0.1.0"}
    assert parse_keywords(", ".join(keywords(fields))) == fields


def test_write_pdf_is_atomic_and_private(tmp_path: Path) -> None:
    target = tmp_path / "zaak.pdf"
    assert write_pdf(b"%PDF-1.4 test", target) == target
    assert target.read_bytes() == b"%PDF-1.4 test"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zaak.pdf"]


@pytest.mark.parametrize("where", ["missing/zaak.pdf", "file.txt/zaak.pdf", "."])
def test_write_pdf_explains_an_unwritable_path(tmp_path: Path, where: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ChinaCheckError, match="kan niet schrijven naar") as info:
        write_pdf(b"%PDF", tmp_path / where)
    assert "\n" not in str(info.value)
