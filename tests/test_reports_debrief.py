"""The case summary PDF shows the life of the case: phase and next review among the details,
and a "Nazorg" section with the debrief; checked on the text pypdf extracts."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from chinacheck.case import lifecycle
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Case, DebriefEntry
from chinacheck.case.signoff import sign_off
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.debrief_section import lifecycle_rows
from chinacheck.reports.labels import Labels

HOSTILE = "<b>vet</b> &amp; <script>alert(1)</script> <img src=http://x>"


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _trip() -> Case:
    case = example_case()
    case.kind = "reis-uitgaand"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    lifecycle.change_phase(case, "in-uitvoering")
    lifecycle.change_phase(case, "nazorg")
    case.debrief = [
        DebriefEntry("gift", "Powerbank van de gastheer " + HOSTILE, date(2026, 5, 2),
                     electronic=True, handling="handed-in",
                     actions=[Action("Laten onderzoeken", "IT-beveiliging", date(2026, 6, 1)),
                              Action("Melden bij het ICP", done=True)]),
        DebriefEntry("approach", "Vraag naar het havenproject", handling="reported"),
    ]
    return case


def test_the_summary_lists_the_debrief_and_the_phase() -> None:
    text = _text(render_case_summary(_trip()).data)
    assert "Fase Nazorg" in text
    assert "Nazorg Wat er tijdens de reis of het bezoek is gebeurd" in text
    assert "geen advies van de NCTV" in text
    assert "Geschenk ontvangen (elektronisch)" in text and "2 mei 2026" in text
    assert "Apparaat ingeleverd" in text and "Gemeld" in text
    assert "Laten onderzoeken (door IT-beveiliging, uiterlijk 1 juni 2026)" in text
    assert "Melden bij het ICP (afgerond)" in text
    assert HOSTILE in text  # printed as text: no markup, no tag swallowed


def test_a_standing_tie_shows_its_next_review_and_no_debrief() -> None:
    case = example_case()
    case.kind = "stedenband"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True,
             at=datetime(2026, 1, 5, tzinfo=UTC))
    text = _text(render_case_summary(case).data)
    assert "Fase Besluit" in text and "Volgende herbeoordeling 5 januari 2027" in text
    assert "Nazorg" not in text
    rows = lifecycle_rows(Labels("nl"), case, {}, today=date(2027, 2, 1))
    assert rows[1] == ("Volgende herbeoordeling", "5 januari 2027 (te laat)")
    rows = lifecycle_rows(Labels("en"), case, {}, today=date(2026, 12, 20))
    assert rows == [("Phase", "Decision"), ("Next review", "5 January 2027 (due soon)")]


def test_an_ended_tie_shows_when_and_why() -> None:
    case = example_case()
    case.kind = "stedenband"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    lifecycle.change_phase(case, "beeindigd", on=date(2026, 6, 1), reason="Raadsbesluit <i>")
    text = _text(render_case_summary(case).data)
    assert "Beëindigd: op 1 juni 2026, reden: Raadsbesluit <i>" in text
    assert "herbeoordeling" not in text.lower().replace("herbeoordeling gepland", "")


def test_the_summary_in_english() -> None:
    text = _text(render_case_summary(_trip(), language="en").data)
    assert "Phase Debrief" in text and "Gift received (electronic)" in text
    assert "Device handed in" in text and "not advice from the NCTV" in text
    assert "Follow-up" in text


def test_the_summary_with_a_debrief_stays_pdfa_2b() -> None:
    import pikepdf
    from pdftools import qpdf_check

    data = render_case_summary(_trip(), language="en").data
    with pikepdf.open(io.BytesIO(data)) as pdf, pdf.open_metadata() as meta:
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
    result = qpdf_check(data)
    assert result.returncode == 0, result.stdout + result.stderr
