"""The three PDFs as files: embedded fonts only, structurally valid, the blank checklist and the
travel card complete, and a very large case still exports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from pdftools import BASE_FONTS, fonts, page_count, qpdf_check, text

from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Counterpart, Status
from chinacheck.errors import InputError
from chinacheck.guidance.content import load
from chinacheck.reports.blank_checklist import render_blank_checklist
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.travel_card import render_travel_card


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return {
        "summary": render_case_summary(example_case()).data,
        "checklist": render_blank_checklist("stedenband").data,
        "card": render_travel_card().data,
    }


@pytest.mark.parametrize("name", ["summary", "checklist", "card"])
def test_every_font_is_embedded_and_none_is_a_base_font(documents: dict[str, bytes],
                                                        name: str) -> None:
    found = fonts(documents[name])
    assert found, "no fonts listed"
    for font, embedded in found:
        assert embedded, font
        assert not any(base in font for base in BASE_FONTS), font


def test_chinese_names_use_the_cjk_font(documents: dict[str, bytes]) -> None:
    names = [font for font, _ in fonts(documents["summary"])]
    assert any("WenQuanYi" in font for font in names)
    assert "王伟 (Wang Wei)" in text(documents["summary"])


@pytest.mark.parametrize("name", ["summary", "checklist", "card"])
def test_qpdf_finds_no_errors(documents: dict[str, bytes], name: str) -> None:
    result = qpdf_check(documents[name])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.parametrize("kind", [k.id for k in load().kinds])
def test_blank_checklist_has_every_applicable_item(kind: str) -> None:
    content = load()
    rendered = render_blank_checklist(kind)
    words = text(rendered.data)
    assert rendered.page_count <= 3
    applicable = content.items_for_kind(kind)
    for item in applicable:
        assert f"{content.number(item.id)} · {item.label}" in words and item.id not in words
        assert " ".join(item.text.split()) in words
    for item in content.items():
        if item not in applicable:
            assert f"{content.number(item.id)} · {item.label}" not in words
    assert words.count("Ja Nee Deels N.v.t. Onbekend") == len(applicable)
    for field in ("Zaak", "Datum", "Deelnemers", "Rubricering"):
        assert field in words
    assert "pagina 1 van" in words


def test_blank_checklist_refuses_an_unknown_kind() -> None:
    with pytest.raises(InputError, match="onbekende soort"):
        render_blank_checklist("ruimtereis")


def test_travel_card_is_one_page_of_brochure_text(documents: dict[str, bytes]) -> None:
    content = load()
    data = documents["card"]
    assert page_count(data) == 1
    words = text(data)
    groups = {group.id: group for group in content.checklist.groups}
    for item in groups["group-espionage"].items:
        assert item.id.startswith("espionage-")
        assert " ".join(item.text.split()) in words
    visit = groups["group-visit"]
    assert visit.title == "Komt uw Chinese counterpart echt voor u?"
    assert visit.title in words
    for paragraph in visit.guidance:
        assert " ".join(paragraph.split()) in words
    for contact_id in ("icp", "nctv"):
        contact = content.contact(contact_id)
        assert contact is not None and contact.email in words
    assert "Postbus 20301, 2500 EH Den Haag" in words
    assert "Toelichting ChinaCheck" in words  # our own wording, visibly marked


def test_a_very_large_case_exports() -> None:
    case = example_case()
    case.counterparts = [
        Counterpart(f"王伟{n} 李娜 (Wang Wei {n})", "Organisatie " * 6, "Rol " * 8,
                    "Lange notitie over deze persoon. " * 12)
        for n in range(50)
    ]
    count = 0
    for item in load().items():
        actions = []
        for _ in range(7):
            actions.append(Action(f"Actie nummer {count}", "Zoë", date(2027, 1, 1)))
            count += 1
        case.answers[item.id] = Answer(Status.DEELS, ("Notitie met 中文 & <b>tekst</b>. " * 40)
                                       [:1024], actions)
    # one note far longer than a page must flow on, not abort the export
    case.answers["need-own-goals"].note = "Heel lange notitie. " * 1200
    assert count >= 100
    rendered = render_case_summary(case)
    assert rendered.page_count > 10
    words = text(rendered.data)
    assert "王伟49 李娜 (Wang Wei 49)" in words
    assert f"Actie nummer {count - 1}" in words
    assert qpdf_check(rendered.data).returncode == 0


def test_start_up_does_not_import_reportlab() -> None:
    code = ("import sys, chinacheck.cli.main, chinacheck.storage.store, chinacheck.cli.summary\n"
            "chinacheck.cli.main.build_parser()\n"
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_characters_no_bundled_font_has_do_not_break_the_export() -> None:
    case = example_case()
    case.title = "Bezoek 🙂 ﷽ 𝕏 \u200b\u202e עברית العربية"
    case.organisation = "x" * 3000  # one word far wider than its cell
    case.answers["need-own-goals"] = Answer(Status.JA, "🙂" * 300 + " 中" * 800)
    rendered = render_case_summary(case)
    assert qpdf_check(rendered.data).returncode == 0
    assert "Bezoek" in text(rendered.data)
