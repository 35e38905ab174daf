"""Readiness before a final sign-off: the gaps of a case, the refusal on the command line and
the reason for signing off despite them, stored, shown, in the audit trail and in the PDF."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from helpers.cli import run
from pypdf import PdfReader

from chinacheck.case import readiness, tamper
from chinacheck.case.examples import example_case
from chinacheck.case.model import (
    Action,
    Answer,
    Case,
    Condition,
    Counterpart,
    Despite,
    RiskLevel,
    Status,
)
from chinacheck.case.signoff import sign_off
from chinacheck.errors import InputError
from chinacheck.guidance.content import load
from chinacheck.storage import store


def _ready_case() -> Case:
    """The example case with every point of its kind answered: no gaps at all."""
    case = example_case()
    for item in load().items_for_kind(case.kind):
        if not case.answer(item.id).is_answered:
            case.set_answer(item.id, Answer(Status.NVT))
    for answer in case.answers.values():
        for action in answer.actions:
            action.done = True
    return case


def _codes(case: Case) -> list[str]:
    return [g.code for g in readiness.gaps(case)]


def test_a_complete_case_has_no_gaps() -> None:
    assert readiness.gaps(_ready_case()) == []
    assert readiness.despite(_ready_case(), "reden") is None


def test_unanswered_and_unknown_questions_are_named_by_label_starred_first() -> None:
    case = _ready_case()
    content = load()
    kind = content.kind(case.kind)
    assert kind is not None
    starred = "contact-role"
    plain = next(i.id for i in content.items_for_kind(case.kind) if i.id not in kind.emphasis)
    assert starred in kind.emphasis
    case.answers.pop(plain)
    case.set_answer(starred, Answer(Status.ONBEKEND))
    found = readiness.gaps(case)
    assert [g.code for g in found] == [f"onbekend:{starred}", f"unanswered:{plain}"]
    item = content.item(plain)
    assert item is not None
    assert f"'{item.label}' is niet beantwoord" in found[1].message
    assert "aandachtspunt" in found[0].message
    assert all(plain not in g.message and starred not in g.message for g in found)


def test_topics_on_the_technology_table_need_a_recorded_icp_consultation() -> None:
    case = _ready_case()
    case.measures = "Tijdelijke telefoons."  # the example's measures mention the ICP
    assert _codes(case) == ["icp"]
    assert "ICP" in readiness.gaps(case)[0].message
    case.answers["visit-programme"].actions.append(Action("Advies vragen aan het icp"))
    assert _codes(case) == []
    case.answers["visit-programme"].actions.pop()
    case.set_answer(readiness.ICP_ITEM, Answer(Status.JA))
    assert _codes(case) == []
    case.set_answer(readiness.ICP_ITEM, Answer(Status.NEE))
    case.topics = ["culturele uitwisseling van scholen"]  # not on the table
    assert _codes(case) == []


def test_details_the_kind_needs_and_the_overall_risk() -> None:
    case = _ready_case()
    case.organisation, case.counterparts, case.start_date = " ", [], None
    case.overall_risk = RiskLevel.UNDETERMINED
    # A stedenband needs an organisation and counterparts, not a period.
    assert _codes(case) == ["organisation", "counterparts", "risk"]
    case.kind = "reis-uitgaand"
    assert {"organisation", "period", "counterparts", "risk"} <= set(_codes(case))
    case.kind = "overig"
    case.counterparts = [Counterpart("n")]
    assert [c for c in _codes(case) if ":" not in c] == ["organisation", "risk"]


def test_needs_in_the_content_are_checked() -> None:
    assert all(kind.needs for kind in load().kinds)
    assert "period" in (load().kind("delegatie-inkomend") or load().kinds[0]).needs


def test_open_actions_due_before_the_trip() -> None:
    case = _ready_case()
    assert case.start_date == date(2027, 3, 14)
    actions = case.answers["visit-programme"].actions
    actions[0].done = False  # due 2027-02-01
    actions.append(Action("Na afloop verslag maken", due=date(2027, 4, 1)))
    actions.append(Action("Zonder datum"))
    case.conditions.append(Condition("Programma delen", due=date(2027, 3, 14)))
    found = readiness.gaps(case)
    assert [g.code for g in found] == ["action-due:1", "action-due:4"]
    assert "Namen van alle gesprekspartners opvragen" in found[0].message
    assert "2027-02-01" in found[0].message and "visit-programme" not in found[0].message
    assert "voorwaarde" in found[1].message
    case.start_date = None  # no period: nothing to be due before (a kind needing it says so)
    assert _codes(case) == []


def test_bounded_lists_say_how_many_more() -> None:
    found = [readiness.Gap(f"c{n}", f"punt {n}") for n in range(15)]
    lines = readiness.bounded(found, limit=5)
    assert lines == ["punt 0", "punt 1", "punt 2", "punt 3", "… en 11 meer"]
    assert readiness.bounded(found[:5], limit=5) == [f"punt {n}" for n in range(5)]


def test_despite_is_stored_with_the_sign_off_and_in_its_digest() -> None:
    from chinacheck.case import auditchain
    from chinacheck.case.caseformat_signoffs import signoff_dict

    case = example_case()
    record = readiness.despite(case, " Besluit kon niet wachten. ")
    assert record is not None and record.reason == "Besluit kon niet wachten."
    assert record.gaps and all(code and text for code, text in record.gaps)
    signed = sign_off(case, name="n", role="r", decision="doorgaan", final=True,
                      despite=record)
    detail = case.audit[-2].detail
    assert case.audit[-2].event.value == "signed"
    assert detail["reason"] == "Besluit kon niet wachten." and detail["gaps"] == len(record.gaps)
    assert detail["signoff"] == auditchain.sha256(signoff_dict(signed))
    assert signoff_dict(signed)["despite"]["gaps"][0] == {"code": record.gaps[0][0],
                                                          "text": record.gaps[0][1]}


@pytest.mark.parametrize(("final", "reason", "fragment"), [
    (False, "reden", "definitieve"), (True, "  ", "niet leeg")])
def test_despite_needs_a_final_sign_off_and_a_reason(final: bool, reason: str,
                                                     fragment: str) -> None:
    case = example_case()
    with pytest.raises(InputError, match=fragment):
        sign_off(case, name="n", role="r", decision="doorgaan", final=final,
                 despite=Despite(reason, [("risk", "x")]))
    assert not case.signoffs and not case.audit


def test_despite_survives_a_save_and_an_old_sign_off_keeps_its_form(tmp_path: Path) -> None:
    case = example_case()
    sign_off(case, name="n", role="r", decision="doorgaan")
    sign_off(case, name="m", role="r", decision="doorgaan", final=True,
             despite=readiness.despite(case, "Spoed."))
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert "despite" not in raw["signoffs"][0]
    loaded = store.load_case(path).case
    assert loaded.signoffs[0].despite is None
    assert loaded.signoffs[1].despite == case.signoffs[1].despite


def _sign(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "signoff", str(path), "--name", "Zoë", "--role", "beslisser",
               "--decision", "doorgaan", *extra)


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    return path


def test_cli_refuses_a_final_sign_off_with_gaps_and_lists_them(
        capsys: pytest.CaptureFixture[str], case_file: Path) -> None:
    before = case_file.read_bytes()
    code, out, err = _sign(capsys, case_file, "--final")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert "niet klaar voor een definitieve aftekening" in lines[0]
    assert lines[1].startswith("- vraag '") and "need-right-partner" not in err
    assert any(line.startswith("- … en ") and line.endswith(" meer") for line in lines)
    assert len(lines) == 1 + 10 + 1 and "--despite" in lines[-1]
    assert case_file.read_bytes() == before
    # Not final: no readiness asked. --despite alone is a usage error.
    assert _sign(capsys, case_file, "--despite", "x")[0] == 2
    assert case_file.read_bytes() == before


def test_cli_despite_is_stored_shown_and_printed(capsys: pytest.CaptureFixture[str],
                                                 case_file: Path, tmp_path: Path) -> None:
    code, out, _err = _sign(capsys, case_file, "--final", "--despite", "Raad besloot al.")
    assert code == 0 and "ondanks" in out and "Raad besloot al." in out
    signed = store.load_case(case_file).case.signoffs[-1]
    assert signed.despite is not None and signed.despite.reason == "Raad besloot al."
    assert len(signed.despite.gaps) == len(readiness.gaps(example_case()))
    code, out, _err = run(capsys, "show", str(case_file))
    assert code == 0 and "reden: Raad besloot al." in out
    assert not tamper.examine(store.load_case(case_file).case).tampered
    pdf = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(pdf))[0] == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Besloten ondanks {len(signed.despite.gaps)} open punten, reden: Raad besloot al." \
        in text
    assert "reden: Raad besloot al." in text.split("Besloten ondanks", 1)[1]  # audit trail


def test_cli_a_ready_case_signs_off_without_a_reason(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    path = tmp_path / "klaar.chinacheck"
    store.save_case(_ready_case(), path)
    code, out, _err = _sign(capsys, path, "--final")
    assert code == 0 and "ondanks" not in out
    assert store.load_case(path).case.signoffs[-1].despite is None


def test_an_unknown_need_in_the_content_is_refused() -> None:
    from chinacheck.errors import ContentError
    from chinacheck.guidance import content as content_module

    raw = content_module.load_raw()
    raw["case_kinds"]["kinds"][0]["needs"] = ["organisation", "budget"]
    with pytest.raises(ContentError, match="budget"):
        content_module._check(content_module._parse(raw))
