"""The debrief of a trip or visit in the core and on the command line: adding entries, ticking
off their follow-up actions, also on a locked case; refusals leave the file as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.cli import en_fails, en_ok, run

from chinacheck.case import debrief
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, AuditEvent
from chinacheck.case.signoff import sign_off
from chinacheck.errors import InputError
from chinacheck.storage import store


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    """A decided (locked) outgoing trip."""
    path = tmp_path / "reis.chinacheck"
    case = example_case()
    case.kind = "reis-uitgaand"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(case, path)
    return path


def test_entries_are_checked_against_the_categories_and_handling() -> None:
    with pytest.raises(InputError, match="onbekende categorie 'cadeau'; kies uit: gift"):
        debrief.entry("cadeau", "x")
    with pytest.raises(InputError, match="'elektronisch' hoort niet bij categorie approach"):
        debrief.entry("approach", "x", electronic=True)
    with pytest.raises(InputError, match="onbekende afhandeling 'weg'"):
        debrief.entry("gift", "x", handling="weg")
    with pytest.raises(InputError, match="toelichting"):
        debrief.entry("gift", "  ")
    entry = debrief.entry("gift", " USB-stick ", electronic=True, handling="handed-in",
                          action=Action("Onderzoeken", owner="IT"))
    assert entry.note == "USB-stick" and entry.actions[0].owner == "IT"


def test_a_kind_without_a_debrief_refuses_entries() -> None:
    case = example_case()
    case.kind = "stedenband"
    with pytest.raises(InputError, match="geen nazorg"):
        debrief.add(case, debrief.entry("other", "x"))
    assert case.debrief == []


def test_cli_debrief_journey_on_a_locked_case(trip: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "debrief", str(trip))
    assert code == 0 and out.strip() == "nog geen nazorgregels"
    code, out, err = run(capsys, "debrief", str(trip), "add", "--category", "gift",
                         "--date", "02-05-2026", "--note", "USB-stick van de gastheer",
                         "--electronic", "--handling", "handed-in", "--action",
                         "Laten onderzoeken", "--owner", "IT-beveiliging", "--due", "2026-06-01")
    assert code == 0 and out.strip() == "nazorgregel 1 toegevoegd", err
    case = store.load_case(trip).case
    assert case.locked and len(case.debrief) == 1
    entry = case.debrief[0]
    assert (entry.category, entry.on, entry.electronic, entry.handling) == (
        "gift", date(2026, 5, 2), True, "handed-in")
    assert entry.actions == [Action("Laten onderzoeken", "IT-beveiliging", date(2026, 6, 1))]
    assert case.audit[-1].event is AuditEvent.DEBRIEF_CHANGED
    assert case.audit[-1].detail == {"entries": [1]}
    code, out, _ = run(capsys, "debrief", str(trip), "done", "1.1")
    assert code == 0 and out.strip() == "vervolgactie 1.1 afgerond"
    code, out, _ = run(capsys, "debrief", str(trip))
    assert out.splitlines() == [
        "1. Geschenk ontvangen (2026-05-02) [elektronisch]",
        "   USB-stick van de gastheer",
        "   afhandeling: Apparaat ingeleverd",
        "   1.1 Laten onderzoeken (IT-beveiliging, 2026-06-01) [afgerond]"]
    assert run(capsys, "debrief", str(trip), "undone", "1.1")[0] == 0
    assert not store.load_case(trip).case.debrief[0].actions[0].done


@pytest.mark.parametrize("argv, message", [
    (["add", "--category", "approach", "--note", "x", "--electronic"], "elektronisch"),
    (["add", "--category", "nope", "--note", "x"], "onbekende categorie"),
    (["add", "--category", "gift"], "--note"),
    (["add", "--category", "gift", "--note", "x", "--due", "2026-13-01", "--action", "a"],
     "--due"),
    (["add", "--category", "gift", "--note", "x", "--owner", "IT"], "--action"),
    (["add", "--category", "gift", "--note", "x", "--handling", "kwijt"], "afhandeling"),
    (["done", "2.1"], "nazorgregel 2 bestaat niet"),
    (["done", "één"], "NAZORGREGEL.ACTIE"),
    (["done"], "NAZORGREGEL.ACTIE"),
    (["wis"], "kies add, done of undone"),
    (["--note", "x"], "horen bij 'add'"),
])
def test_cli_debrief_refusals_are_one_line_and_leave_the_file(
        trip: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    before = trip.read_bytes()
    code, out, err = run(capsys, "debrief", str(trip), *argv)
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err, err
    assert trip.read_bytes() == before


def test_cli_debrief_refused_for_a_kind_without_one(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "band.chinacheck"
    case = example_case()
    case.kind = "stedenband"
    store.save_case(case, path)
    before = path.read_bytes()
    code, _, err = run(capsys, "debrief", str(path), "add", "--category", "other", "--note", "x")
    assert code == 1 and "geen nazorg" in err and path.read_bytes() == before


def test_cli_debrief_hostile_text_is_shown_inert(trip: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "debrief", str(trip), "add", "--category", "other",
               "--note", "x\x1b[2Jy")[0] == 0
    out = run(capsys, "debrief", str(trip))[1]
    assert "\x1b" not in out


def test_cli_debrief_in_english(trip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = en_ok(capsys, "debrief", str(trip), "add", "--category", "gift", "--note",
                "Power bank", "--electronic")
    assert out.strip() == "debrief entry 1 added"
    out = en_ok(capsys, "debrief", str(trip), allowed=("Power",))
    assert "Gift received [electronic]" in out
    err = en_fails(capsys, "debrief", str(trip), "done", "1.1")
    assert "has no follow-up action 1" in err


def test_a_phase_put_back_by_undo_is_recorded_and_read_in_words() -> None:
    from chinacheck.case import lifecycle, tamper
    from chinacheck.reports.audit_words import detail_text
    from chinacheck.reports.labels import Labels

    case = example_case()
    case.kind = "reis-uitgaand"
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    lifecycle.change_phase(case, "in-uitvoering")
    lifecycle.after_restore(case)  # nothing put back: nothing recorded
    assert case.audit[-1].detail["to"] == "in-uitvoering"
    case.phase = "besluit"  # what an undo restores
    lifecycle.after_restore(case)
    assert case.audit[-1].detail == {"from": "in-uitvoering", "to": "besluit", "by": "undo"}
    assert lifecycle.expected_phase(case) == "besluit"
    assert not [d for d in tamper.examine(case).differences if "fase" in d]
    assert detail_text(Labels("nl"), case.audit[-1]) == (
        "fase: In uitvoering → Besluit; door ongedaan maken of opnieuw doen in de app")


def test_cli_ticks_an_action_of_a_kind_whose_debrief_came_before_a_kind_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    case.kind = "stedenband"
    case.debrief = [debrief.entry("other", "x", action=Action("Nagaan"))]
    store.save_case(case, path)
    assert run(capsys, "debrief", str(path), "done", "1.1")[0] == 0
    assert store.load_case(path).case.debrief[0].actions[0].done
