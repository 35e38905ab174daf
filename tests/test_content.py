"""The bundled content against the brochure's public text (the seed file)."""

from __future__ import annotations

import html
import json
import re

from chinacheck.guidance.content import load, load_raw
from chinacheck.resource_files import resource

# Spelling slips in the source that the content corrects (documented in resources/README.md).
CORRECTIONS = {
    "Terrorisbestrijding": "Terrorismebestrijding",
    "ordegrrootte": "ordegrootte",
    "Falung Gong": "Falun Gong",
    "Wat bent bereid u": "Wat bent u bereid",
    "de juist persoon": "de juiste persoon",
}


def _norm(text: str) -> str:
    for wrong, right in CORRECTIONS.items():
        text = text.replace(wrong, right)
    text = html.unescape(text).replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def _all_text() -> str:
    return _norm(" ".join(_strings(load_raw())))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_sector_and_sub_technology_of_the_seed_is_present(brochure_seed: str) -> None:
    content = load()
    sectors = [html.unescape(s) for s in re.findall(r"<b>(.*?)</b>", brochure_seed)]
    subs = [html.unescape(s).strip() for s in re.findall(r"<li>•\s*(.*?)</li>", brochure_seed)]
    assert len(sectors) == 12 and len(subs) > 50
    names = [s.name for s in content.technologies.sectors]
    assert names == sectors
    bundled_subs = [t.name for s in content.technologies.sectors for t in s.subtechnologies]
    assert bundled_subs == subs


def test_flags_match_the_table_including_the_empty_quantum_row(brochure_seed: str) -> None:
    rows = re.findall(r"<b>(.*?)</b>.*?</ul>\t?([^\t\n]*)\t?([^\t\n]*)$", brochure_seed, re.M)
    assert len(rows) == 12
    expected = {html.unescape(name): tuple({"Ja": True, "Nee": False}.get(v.strip()) for v in flags)
                for name, *flags in rows}
    bundled = {s.name: (s.topsector, s.sleuteltechnologie) for s in load().technologies.sectors}
    assert bundled == expected
    assert bundled["Kwantumtechnologie"] == (None, None)


def test_every_question_of_the_seed_is_an_answerable_item(brochure_seed: str) -> None:
    chapter = brochure_seed.split("## Hoe kunt u met deze risico's omgaan?")[1]
    chapter = chapter.split("### Naar welke kennis")[0]
    body = "\n".join(line for line in chapter.splitlines() if not line.startswith("#"))
    questions = [_norm(q) for q in re.findall(r"[^.?!:]*\?", _norm(body))]
    assert len(questions) == 8
    item_texts = " ".join(_norm(item.text) for item in load().items())
    missing = [q for q in questions if q.strip() not in item_texts]
    assert missing == []


def test_espionage_advice_items_are_separate() -> None:
    content = load()
    ids = {"espionage-hardware-received", "espionage-hardware-partners",
           "espionage-passwords-updates", "espionage-public-wifi"}
    assert ids <= content.item_ids
    wifi = content.item("espionage-public-wifi")
    assert wifi is not None and wifi.text == "Maak geen gebruik van openbare wifi-netwerken."
    assert all(content.item(i).type == "advice" for i in ids)  # type: ignore[union-attr]


def test_contacts_and_publisher_details(brochure_seed: str) -> None:
    text = _all_text()
    for email in set(re.findall(r"[\w.-]+@[\w.-]+\.nl", brochure_seed)):
        assert email in text
    for fact in ("Postbus 20301, 2500 EH Den Haag", "Turfmarkt 147, 2511 DP Den Haag",
                 "070 751 5050", "www.nctv.nl", "doorgeleiden aan AAN China-team",
                 "@nctv_nl"):
        assert fact in text
    content = load()
    assert {c.id for c in content.contacts.contacts} >= {"icp", "nctv-frontoffice", "nctv"}


def test_source_metadata() -> None:
    src = load().source
    assert src.title == "Decentrale contacten met China"
    assert "NCTV" in src.publisher and src.ministry == "Ministerie van Justitie en Veiligheid"
    assert src.date_label == "mei 2023"
    assert "openbare" in src.edition
    assert src.full_version_email == "frontoffice-ncc@nctv.minjenv.nl"


def test_verbatim_paragraphs_from_the_seed(brochure_seed: str) -> None:
    text = _all_text()
    for marker in ("De beslissing om wel of niet", "Niet alle contacten met Chinese",
                   "De AIVD noemt China in zijn jaarverslag 2020",
                   "Dit overzicht is gebaseerd op Made in China 2025",
                   "Het overzicht in de tabel is niet uitputtend",
                   "waarschijnlijk niet gevoelig"):
        paragraph = _norm(next(p for p in brochure_seed.split("\n\n") if marker in p))
        sentence = re.split(r"(?<=[.?!])\s", paragraph[paragraph.index(marker):])[0]
        assert sentence in text


def test_risks_are_separate_items_with_headings() -> None:
    risks = load().risks.items
    assert len(risks) >= 4
    assert all(r.heading and r.paragraphs for r in risks)
    assert any("AIVD" in " ".join(r.paragraphs) for r in risks)


def test_chapters_overview_is_honest_about_the_public_version() -> None:
    intro = load().introduction
    assert [c.number for c in intro.chapters] == [1, 2, 3, 4, 5, 6]
    assert {c.in_public_version for c in intro.chapters} <= {"summary", "partial", "no"}
    assert intro.chapters_note.text


def test_case_kinds_and_applicability() -> None:
    content = load()
    assert set(content.kind_ids) == {"stedenband", "delegatie-inkomend", "reis-uitgaand",
                                     "kennissamenwerking", "economische-samenwerking", "overig"}
    assert len(content.items_for_kind("overig")) == len(list(content.items()))
    trip = {i.id for i in content.items_for_kind("reis-uitgaand")}
    assert "visit-programme" not in trip and "espionage-public-wifi" in trip
    assert "visit-programme" in content.kind("delegatie-inkomend").emphasis  # type: ignore[union-attr]
    core = {i.id for g in content.checklist.groups if g.id != "group-visit" for i in g.items}
    for kind in content.kind_ids:
        assert core <= {i.id for i in content.items_for_kind(kind)}, kind


def test_every_item_has_our_short_label_in_both_languages() -> None:
    raw = json.loads(resource("content/checklist.json").read_text(encoding="utf-8"))
    for group in raw["groups"]:
        for item in group["items"]:
            assert item["label"] and item["label_en"], item["id"]
            assert item["label_origin"] == "chinacheck", item["id"]  # ours, not the brochure's
    item = next(i for i in load().items() if i.id == "espionage-public-wifi")
    assert item.short_label("nl") == "Geen openbare wifi"
    assert item.short_label("en") == "No public Wi-Fi"
    assert item.text == "Maak geen gebruik van openbare wifi-netwerken."  # the brochure's words


def test_background_note_names_its_source() -> None:
    bg = load().background
    assert bg.source_publisher == "NOS" and bg.source_date == "2019-05-03"
    assert bg.source_url == "https://nos.nl/l/2283086"
    assert load_raw()["background"]["origin"] == "chinacheck"


def test_resource_helper_refuses_escapes() -> None:
    import pytest

    for bad in ("../pyproject.toml", "/etc/passwd", "content/../../x", ""):
        with pytest.raises(ValueError):
            resource(bad)


def test_item_numbers_follow_the_content_order_per_group() -> None:
    content = load()
    numbers = [content.number(item.id) for item in content.items()]
    assert len(set(numbers)) == len(numbers)
    for g, group in enumerate(content.checklist.groups, start=1):
        assert [content.number(item.id) for item in group.items] == \
            [f"{g}.{n}" for n in range(1, len(group.items) + 1)]
    assert content.item_by_number("1.1") == next(content.items())
    assert content.number("no-such-item") == "" and content.item_by_number("0.0") is None
