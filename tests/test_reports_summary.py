"""The case summary PDF says everything the case holds: checked on the extracted text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from pdftools import metadata, page_count, pages_text, text

from chinacheck import __version__
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Case, Counterpart, Intermediary, RiskLevel, Status
from chinacheck.guidance.content import load
from chinacheck.guidance.screening import screen
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.labels import Labels
from chinacheck.reports.output import parse_keywords

HOSTILE = ["<b>x</b>", "&amp;", "<script>alert(1)</script>", "]]>", "<img src=http://x>"]
NAMES = ["王伟 (Wang Wei)", "Zoë de Vries", "Stichting coöperatie Oost"]
STATUSES = [Status.JA, Status.NEE, Status.DEELS, Status.NVT, Status.ONBEKEND]
CLASSIFICATION = "Departementaal vertrouwelijk"


def _case() -> Case:
    content = load()
    # The example case, with names, topics and notes that exercise the PDF's text handling.
    case = replace(
        example_case(),
        counterparts=[
            Counterpart(NAMES[0], "Gemeente Wuhan", "Adjunct-directeur; partijlid",
                        "Eerder op bezoek in 2019"),
            Counterpart(NAMES[1], "Zoë's bureau", "Tolk"),
        ],
        intermediaries=[Intermediary(NAMES[2], "Rotterdam", "Adviseert over handelsmissies")],
        topics=["halfgeleiders", "kwantumcomputers"],
        measures="Tijdelijke telefoons voor de hele delegatie.",
        overall_risk=RiskLevel.HOOG,
        answers={},
    )
    items = content.items_for_kind(case.kind)
    # every item but the last two answered; the last two stay open
    for n, item in enumerate(items[:-2]):
        actions = [Action(f"Actie {n} voor {item.id}", f"Eigenaar {n}",
                          date(2027, 1, 1 + n % 28), done=(n % 5 == 4))]
        note = f"Notitie {n} bij {item.id}: {HOSTILE[n % len(HOSTILE)]}"
        case.answers[item.id] = Answer(STATUSES[n % len(STATUSES)], note, actions)
    case.answers["retired-item"] = Answer(Status.JA, "Antwoord op een verdwenen punt",
                                          [Action("Actie op verdwenen punt")])
    return case


@pytest.fixture(scope="module")
def case() -> Case:
    return _case()


@pytest.fixture(scope="module")
def pdf(case: Case) -> bytes:
    rendered = render_case_summary(case, classification=CLASSIFICATION,
                                   generated=datetime(2027, 2, 3, 10, 30),
                                   document_id="ABCD-1234-EF56-7890")
    assert rendered.document_id == "ABCD-1234-EF56-7890"
    assert rendered.page_count == page_count(rendered.data)
    return rendered.data


def test_cover_block(pdf: bytes, case: Case) -> None:
    words = text(pdf)
    for value in (case.title, "Stedenband of vriendschapsband", "Gemeente Zwolle",
                  "Zoë de Vries", "14 maart 2027 t/m 18 maart 2027", "Hoog",
                  "Doorgaan onder voorwaarden", case.id):
        assert value in words


def test_counterparts_and_intermediaries_render_every_name(pdf: bytes) -> None:
    words = text(pdf)
    for value in (*NAMES, "Adjunct-directeur; partijlid", "Eerder op bezoek in 2019",
                  "Zoë's bureau", "Adviseert over handelsmissies"):
        assert value in words


def test_every_answer_note_and_action_is_printed(pdf: bytes, case: Case) -> None:
    t = Labels()
    words = text(pdf)
    content = load()
    for item_id, answer in case.answers.items():
        assert answer.note in words
        for action in answer.actions:
            assert action.text in words
        item = content.item(item_id)
        if item is not None:
            # the status cell is drawn right before the item it belongs to
            number = content.number(item_id)
            assert f"{t('status-' + answer.status.value)} {number} {item.label}" in words


def test_unanswered_items_are_visibly_unanswered(pdf: bytes, case: Case) -> None:
    words = text(pdf)
    open_items = [item for item in load().items_for_kind(case.kind)
                  if not case.answer(item.id).is_answered]
    assert len(open_items) == 2
    content = load()
    for item in open_items:
        assert f"Nog niet beantwoord {content.number(item.id)} {item.label}" in words
    # "Open punten" names the questions as the app does, never by internal id
    named = "; ".join(f"{content.number(item.id)} {item.label}" for item in open_items)
    assert f"Nog niet beantwoord ({len(open_items)}): {named}" in words
    assert not any(item.id in words for item in open_items)


def test_open_actions_table_has_owner_due_date_and_item(pdf: bytes, case: Case) -> None:
    words = text(pdf)
    assert "Actie Eigenaar Uiterlijk Punt" in words
    for item_id, action in case.open_actions():
        due = Labels().date(action.due) if action.due else "—"
        owner = action.owner or "—"
        item = load().item(item_id)
        # a question by its number and label; an id this content lacks is all there is
        point = f"{load().number(item_id)} {item.label}" if item else item_id
        assert f"{action.text} {owner} {due} {point}" in words


def test_hostile_notes_print_literally(pdf: bytes) -> None:
    words = text(pdf)
    for fragment in HOSTILE:
        assert fragment in words


def test_screening_flags_and_advice(pdf: bytes) -> None:
    content = load()
    words = text(pdf)
    for topic in ("halfgeleiders", "kwantumcomputers"):
        for match in screen(topic).matches:
            assert match.sector.name in words
    assert "niet vermeld" in words  # Kwantumtechnologie's empty cells, never "Nee"
    assert content.technologies.columns["sleuteltechnologie"] in words
    assert " ".join(content.technologies.match_advice.split()) in words


def test_no_match_uses_the_brochure_wording() -> None:
    case = Case(title="Scholen", topics=["culturele uitwisseling van scholen"])
    words = text(render_case_summary(case).data)
    assert " ".join(load().technologies.no_match.split()) in words
    assert "geen treffer in de tabel" in words


def test_measures_signoff_source_and_other_answers(pdf: bytes) -> None:
    words = text(pdf)
    assert "Tijdelijke telefoons voor de hele delegatie." in words
    for label in ("Aftekening", "Naam", "Functie", "Datum", "Handtekening"):
        assert label in words
    assert "NCTV, Decentrale contacten met China, mei 2023, openbare versie" in words
    assert f"ChinaCheck {__version__}" in words
    assert "retired-item" in words and "Antwoord op een verdwenen punt" in words


def test_footer_on_every_page(pdf: bytes, case: Case) -> None:
    pages = pages_text(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert case.title in page
        assert CLASSIFICATION in page
        assert "ABCD-1234-EF56-7890" in page
        assert "3 februari 2027 10:30" in page


def test_metadata_names_case_document_and_version(pdf: bytes, case: Case) -> None:
    info = metadata(pdf)
    assert case.title in info["/Title"]
    assert info["/Creator"] == f"ChinaCheck {__version__}"
    fields = parse_keywords(info["/Keywords"])
    assert fields["chinacheck-case-id"] == case.id
    assert fields["chinacheck-document-id"] == "ABCD-1234-EF56-7890"
    assert fields["chinacheck-version"] == __version__
    assert len(fields["chinacheck-case-sha256"]) == 64


def test_answers_outside_the_kind_go_to_the_other_answers_section() -> None:
    case = Case(title="Reis", kind="reis-uitgaand")
    case.answers["visit-programme"] = Answer(Status.JA, "Programma bekend")
    words = text(render_case_summary(case).data)
    assert f"{load().number('visit-programme')} Programma van de delegatie bekend" in words
    assert "Programma bekend" in words and "visit-programme" not in words


def test_empty_case_and_no_classification() -> None:
    rendered = render_case_summary(Case(title="Leeg"), classification="")
    words = text(rendered.data)
    assert "Geen gesprekspartners vastgelegd." in words
    assert "Rubricering" not in words
    assert "Nog niet beantwoord" in words
