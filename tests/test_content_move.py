"""Cases across editions: the packs a case records, moving an open case, and signed revisions
that keep their own text."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.packs import BUNDLED_REF, LATER_REF, ORGANISATION_REF, activate, install_later
from pypdf import PdfReader

from chinacheck.case import caseformat, integrity, tamper
from chinacheck.case.examples import example_case
from chinacheck.case.model import Answer, AuditEvent, Case, Status
from chinacheck.case.packs import case_refs, confirm, move, record_packs, same_packs
from chinacheck.case.readiness import gaps
from chinacheck.case.signoff import CaseLockedError, sign_off
from chinacheck.guidance import content as bundled
from chinacheck.guidance.content import Content
from chinacheck.guidance.pack_manifest import ChangeKind, ItemChange
from chinacheck.storage import pack_store
from chinacheck.storage.store import load_case, save_case


def _case() -> Case:
    case = Case(title="Handelsmissie Chengdu", kind="reis-uitgaand")
    record_packs(case, bundled.load())
    case.answers = {
        "need-own-goals": Answer(Status.JA, "Export van kennis"),
        "need-investment": Answer(Status.DEELS, "Twee reisdagen"),
        "contact-intermediary": Answer(Status.NEE, "Geen tussenpersoon"),
        "espionage-public-wifi": Answer(Status.JA, "Alleen eigen hotspot"),
    }
    return case


def _later() -> Content:
    install_later(with_organisation=True)
    return pack_store.content_from([LATER_REF, ORGANISATION_REF])


def test_a_case_on_the_bundled_brochure_records_no_packs_and_keeps_its_fingerprint() -> None:
    case = _case()
    assert case.content_packs == [] and case_refs(case) == [BUNDLED_REF]
    data = json.loads(caseformat.dumps(case))
    assert not {"content_packs", "reconfirm", "withdrawn"} & set(data)
    before = integrity.fingerprint(case)
    data["schema_version"] = 5  # a version-5 file: nothing to migrate, same fingerprint
    assert integrity.fingerprint(caseformat.from_dict(data)) == before


def test_moving_carries_answers_over_by_stable_id() -> None:
    case, new = _case(), _later()
    result = move(case, bundled.load(), new)
    assert case.content_packs == [str(LATER_REF), str(ORGANISATION_REF)]
    assert case.content_version == "2026.01-1" and same_packs(case, new)
    assert case.answers["need-own-goals"] == Answer(Status.JA, "Export van kennis")
    assert case.answers["contact-intermediary-background"].note == "Geen tussenpersoon"
    assert "contact-intermediary" not in case.answers
    assert case.reconfirm == ["need-investment"]  # reworded
    assert result.reconfirm == ("need-investment",) and result.moved == 1
    gone = case.withdrawn["espionage-public-wifi"]
    assert (gone.number, gone.text) == ("5.4", "Maak geen gebruik van openbare wifi-netwerken.")
    assert case.answers["espionage-public-wifi"].note == "Alleen eigen hotspot"  # kept
    again = caseformat.loads(caseformat.dumps(case))
    assert (again.content_packs, again.reconfirm, again.withdrawn) == (
        case.content_packs, case.reconfirm, case.withdrawn)


def test_the_move_is_one_audit_entry_and_the_file_stays_untampered(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = _case()
    save_case(case, path, touch=False)
    loaded = load_case(path)
    move(loaded.case, bundled.load(), _later())
    save_case(loaded.case, path, file_version=loaded.file_version)
    reread = load_case(path).case
    events = [e.event for e in reread.audit]
    assert events.count(AuditEvent.CONTENT_MOVED) == 1
    assert AuditEvent.ANSWERS_CHANGED not in events and AuditEvent.DETAILS_CHANGED not in events
    entry = next(e for e in reread.audit if e.event is AuditEvent.CONTENT_MOVED)
    assert entry.detail["from"] == [str(BUNDLED_REF)]
    assert entry.detail["counts"]["withdrawn"] == 1
    assert not tamper.examine(reread).tampered
    from chinacheck.reports.audit_words import detail_text
    from chinacheck.reports.labels import Labels

    text = detail_text(Labels("nl"), entry, _later())
    assert "opnieuw bevestigen: 1.2" in text and "1 vervallen" in text


def test_setting_an_answer_confirms_it_and_readiness_asks_until_then() -> None:
    case, new = _case(), _later()
    move(case, bundled.load(), new)
    assert any(g.code == "reconfirm:need-investment" for g in gaps(case, new))
    case.set_answer("need-investment", Answer(Status.DEELS, "Twee reisdagen"))
    assert case.reconfirm == [] and not confirm(case, "need-investment")
    assert not any(g.code.startswith("reconfirm") for g in gaps(case, new))


def test_a_locked_case_is_never_moved() -> None:
    case = _case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    with pytest.raises(CaseLockedError):
        move(case, bundled.load(), _later())
    assert case.content_packs == []


def test_merged_and_split_items_take_the_answers_and_ask_to_confirm() -> None:
    old = bundled.load()
    checklist = old.checklist
    groups = list(checklist.groups)
    need = groups[0]
    merged = need.items[0]._replace(id="need-goals-and-investment", text="Samengevoegd?")
    split_a = need.items[2]._replace(id="need-partner-a", text="Deel a?")
    split_b = need.items[2]._replace(id="need-partner-b", text="Deel b?")
    groups[0] = need._replace(items=(merged, split_a, split_b))
    new = replace(old, checklist=checklist._replace(groups=tuple(groups)), packs=old.packs)
    changes = (ItemChange(ChangeKind.MERGED, ("need-own-goals", "need-investment"),
                          ("need-goals-and-investment",)),
               ItemChange(ChangeKind.SPLIT, ("need-right-partner",),
                          ("need-partner-a", "need-partner-b")))
    new = replace(new, packs=(new.packs[0]._replace(changes=changes),))
    case = _case()
    case.answers["need-right-partner"] = Answer(Status.JA, "Bekend")
    move(case, old, new)
    joined = case.answers["need-goals-and-investment"]
    assert joined.status is Status.ONBEKEND  # ja and deels: someone must decide again
    assert joined.note == "Export van kennis\n\nTwee reisdagen"
    assert case.answers["need-partner-a"] == case.answers["need-partner-b"] == \
        Answer(Status.JA, "Bekend")
    assert set(case.reconfirm) == {"need-goals-and-investment", "need-partner-a",
                                   "need-partner-b"}
    assert not {"need-own-goals", "need-investment", "need-right-partner"} & set(case.answers)


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_signed_revision_keeps_its_own_text_when_another_edition_becomes_active(
        tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from chinacheck.reports.case_summary import render_case_summary

    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    install_later(with_organisation=True)
    activate(LATER_REF, ORGANISATION_REF)
    case = Case(title="Stedenband Wuhan", kind="stedenband")
    record_packs(case, pack_store.active_content())
    case.set_answer("need-investment", Answer(Status.JA, "Zie begroting"))
    case.set_answer("org-integrity-screening", Answer(Status.JA, "Gedaan"))
    sign_off(case, name="Zoë", role="burgemeester", decision="doorgaan", final=True)
    path = tmp_path / "wuhan.chinacheck"
    save_case(case, path, touch=False)
    first = _pdf_text(render_case_summary(load_case(path).case, generated=at,
                                          document_id="DOC-1").data)
    assert "in geld, tijd en kennis" in first and "(Gemeente Voorbeeld)" in first
    activate(BUNDLED_REF)  # the organisation goes back to the bundled brochure
    later = _pdf_text(render_case_summary(load_case(path).case, generated=at,
                                          document_id="DOC-1").data)
    assert later == first
    activate(BUNDLED_REF)
    pack_store.clear_caches()
    from helpers.packs import trust

    trust()  # the keys are no longer trusted: the text stays, now marked as not verified
    marked = _pdf_text(render_case_summary(load_case(path).case, generated=at,
                                           document_id="DOC-1").data)
    assert "(Gemeente Voorbeeld, niet geverifieerd)" in marked


def test_exporting_a_case_whose_pack_is_missing_is_refused(tmp_path: Path) -> None:
    from chinacheck.reports.case_summary import render_case_summary

    case = _case()
    case.content_packs = [str(LATER_REF)]
    with pytest.raises(pack_store.MissingPackError, match="niet geïmporteerd"):
        render_case_summary(case)
    content, problem = pack_store.case_content_for_reading(case)
    assert content.packs[0].ref == BUNDLED_REF and problem and str(LATER_REF) in problem


@pytest.mark.parametrize(("key", "value", "message"), [
    ("content_packs", ["../x"], "content_packs[0]"),
    ("content_packs", "x@1", "verwacht een lijst"),
    ("reconfirm", ["a", "a"], "twee keer"),
    ("withdrawn", {"x": {"number": "1.1"}}, "text"),
    ("withdrawn", {"x": {"text": "t", "pack": "no ref"}}, "pakketaanduiding"),
])
def test_bad_pack_fields_in_a_case_file_are_refused(key: str, value: object,
                                                     message: str) -> None:
    from chinacheck.errors import CaseFileError

    data = json.loads(caseformat.dumps(example_case()))
    data[key] = value
    with pytest.raises(CaseFileError) as caught:
        caseformat.from_dict(data)
    assert message in str(caught.value)


def test_the_summary_and_word_document_say_which_packs_the_screening_used() -> None:
    from docx import Document

    from chinacheck.reports.case_summary import render_case_summary
    from chinacheck.reports.docx_summary import render_case_docx

    install_later(with_organisation=True)
    case = _case()
    case.topics = ["havenkraan", "koelketens"]
    move(case, bundled.load(), pack_store.content_from([LATER_REF, ORGANISATION_REF]))
    text = " ".join(_pdf_text(render_case_summary(case).data).split())
    assert "Getoetst aan: NCTV, Decentrale contacten met China (fictieve testeditie) " \
           "(2026.01-1); Gemeente Voorbeeld" in text
    assert "Inhoudspakketten: NCTV" in text
    assert "Vragen die een nieuwere editie van de inhoud heeft laten vervallen" in text
    document = Document(io.BytesIO(render_case_docx(case).data))
    paragraphs = [p.text for p in document.paragraphs]
    assert any(p.startswith("Getoetst aan: NCTV") for p in paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any("Maak geen gebruik van openbare wifi-netwerken." in c for c in cells)
    assert any(c.startswith("Tekst van: Gemeente Voorbeeld") or
               "Tekst van: Gemeente Voorbeeld" in c for c in cells)
