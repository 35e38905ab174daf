"""The sign-off block, fingerprint, QR code and audit appendix of the case summary PDF."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pdftools import fonts, metadata, pages_text, text

from chinacheck.case import integrity
from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Case, Decision
from chinacheck.case.signoff import reopen, sign_off
from chinacheck.i18n import LANGUAGES
from chinacheck.reports.audit_appendix import detail_text
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.labels import Labels
from chinacheck.reports.output import SignatureBox, parse_keywords

AT = datetime(2027, 2, 3, 9, 30, tzinfo=UTC)


def _signed_case() -> Case:
    case = example_case()
    case.audit.clear()
    sign_off(case, name="Zoë de Vries", role="opsteller", decision=Decision.VOORWAARDEN,
             conditions="Programma vooraf delen met het ICP\nGeen werklaptops mee", at=AT)
    sign_off(case, name="王伟 (Wang Wei)", role="portefeuillehouder",
             decision=Decision.VOORWAARDEN, conditions="Programma vooraf delen met het ICP",
             statement="Akkoord, mits het ICP vooraf is geïnformeerd.", final=True, at=AT)
    return case


@pytest.fixture(scope="module")
def signed() -> tuple[Case, bytes]:
    case = _signed_case()
    return case, render_case_summary(case, generated=AT).data


@pytest.fixture(scope="module")
def unsigned() -> tuple[Case, bytes]:
    case = example_case()
    return case, render_case_summary(case, generated=AT).data


def test_sign_offs_of_the_current_revision_are_printed(signed: tuple[Case, bytes]) -> None:
    case, pdf = signed
    words = text(pdf)
    for value in ("Aftekening", "Revisie 1. Definitief afgetekend.", "Zoë de Vries", "opsteller",
                  "王伟 (Wang Wei)", "portefeuillehouder", "Doorgaan onder voorwaarden",
                  "(definitief)", "Programma vooraf delen met het ICP", "Geen werklaptops mee",
                  "Akkoord, mits het ICP vooraf is geïnformeerd.", "3 februari 2027"):
        assert value in words, value
    assert "Definitief afgetekend door 王伟 (Wang Wei) op 3 februari 2027" in words  # cover


def test_fingerprint_is_printed_grouped_and_in_the_metadata(signed: tuple[Case, bytes]) -> None:
    case, pdf = signed
    value = integrity.fingerprint(case)
    words = text(pdf)
    assert integrity.grouped(value[:32]) in words and integrity.grouped(value[32:]) in words
    assert "chinacheck verify ZAAK.chinacheck DEZE.pdf" in words
    fields = parse_keywords(metadata(pdf)["/Keywords"])
    assert fields["chinacheck-case-fingerprint"] == value
    assert fields["chinacheck-case-revision"] == "1"
    assert fields["chinacheck-signoffs-sha256"] == integrity.signoffs_digest(case.signoffs)
    assert "chinacheck-signature-box" not in fields  # no room reserved unless signing


def test_qr_code_is_drawn_without_an_unembedded_font(signed: tuple[Case, bytes]) -> None:
    assert all(embedded for _, embedded in fonts(signed[1]))


def test_wet_signature_lines_only_without_a_final_sign_off(
        signed: tuple[Case, bytes], unsigned: tuple[Case, bytes]) -> None:
    assert "Voor akkoord:" in text(unsigned[1]) and "Handtekening" in text(unsigned[1])
    assert "Voor deze revisie is nog niet afgetekend." in text(unsigned[1])
    assert "Voor akkoord:" not in text(signed[1])


def test_conditions_show_in_the_open_actions_table(signed: tuple[Case, bytes]) -> None:
    words = text(signed[1])
    assert "Geen werklaptops mee — — voorwaarde bij aftekening (revisie 1)" in words


def test_audit_appendix_lists_every_entry(signed: tuple[Case, bytes]) -> None:
    case, pdf = signed
    last = pages_text(pdf)[-1]
    assert "Bijlage: logboek" in last
    assert last.count("Afgetekend") >= 2
    assert "Zoë de Vries (opsteller): Doorgaan onder voorwaarden" in last
    assert "王伟 (Wang Wei) (portefeuillehouder): Doorgaan onder voorwaarden; definitief" in last


def test_a_reopened_case_prints_only_the_new_revision_and_mentions_the_earlier() -> None:
    case = _signed_case()
    reopen(case, "Nieuw programma")
    words = text(render_case_summary(case).data)
    assert "Revisie 2. Voor deze revisie is nog niet afgetekend." in words
    assert "Eerdere revisies: revisie 1: Zoë de Vries, doorgaan onder voorwaarden" in words
    assert "Voor akkoord:" in words
    assert "Heropend" in words and "van revisie 1; reden: Nieuw programma" in words


def test_a_sign_off_on_earlier_content_is_marked() -> None:
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan")
    case.measures = "Gewijzigd na de aftekening"
    assert "Afgetekend bij een eerdere inhoud" in text(render_case_summary(case).data)


def test_signature_slot_is_reserved_and_recorded() -> None:
    rendered = render_case_summary(_signed_case(), signature_slot=True)
    box = rendered.signature_box
    assert box is not None and 1 <= box.page <= rendered.page_count
    fields = parse_keywords(metadata(rendered.data)["/Keywords"])
    assert SignatureBox.parse(fields["chinacheck-signature-box"]) == box
    assert box.x2 - box.x1 > 200 and box.y2 - box.y1 > 60


def test_every_decision_and_event_has_a_label() -> None:
    for language in LANGUAGES:
        t = Labels(language)
        for decision in Decision:
            assert t(f"decision-{decision.value}")
        for event in AuditEvent:
            assert t(f"event-{event.value}")


def test_unknown_detail_keys_are_shown_not_lost() -> None:
    from chinacheck.case.model import AuditEntry

    entry = AuditEntry(AT, AuditEvent.EXPORTED, 1, {"sha256": "ab" * 32, "tool": "x"})
    assert detail_text(Labels(), entry) == f"SHA-256 van de PDF: {'ab' * 32}; tool: x"
