"""Woo markings in the case: grounds as data, paths, defaults for names, following a moved
text, the file format (version 5) and its migration, outside the fingerprint, in the audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chinacheck.case import caseformat, integrity, tamper, woo
from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Counterpart, Decision, Despite
from chinacheck.case.signoff import sign_off
from chinacheck.errors import CaseFileError, InputError
from chinacheck.guidance import woo_grounds
from chinacheck.reports.audit_words import detail_text
from chinacheck.reports.labels import Labels
from chinacheck.storage.store import load_case, save_case


def test_grounds_cover_the_articles_with_citation_and_source() -> None:
    grounds = woo_grounds.load()
    expected = ([f"5.1.1{c}" for c in "abcde"] + [f"5.1.2{c}" for c in "abcdefghi"]
                + ["5.1.5", "5.2"])
    assert list(grounds.codes) == expected
    privacy = grounds.get("5.1.2e")
    assert privacy is not None
    assert privacy.short == "de eerbiediging van de persoonlijke levenssfeer"
    assert privacy.citation == "art. 5.1, tweede lid, onderdeel e, Woo"
    assert grounds.consulted == "2026-12-02" and "BWBR0045754" in grounds.url
    for ground in grounds.grounds:  # nothing claims to be checked against the official text
        assert not ground.verified and ground.citation.endswith("Woo")
    assert grounds.get("5.1.5") is not None and grounds.get("5.1.5").paraphrase  # type: ignore


def test_names_of_people_are_withheld_by_default_and_nothing_else() -> None:
    case = example_case()
    resolved = {r.path: r for r in woo.resolve(case)}
    assert set(resolved) == {"preparer", "counterparts/0/name", "counterparts/1/name",
                             "intermediaries/0/name",
                             "answers/visit-programme/actions/0/owner"}
    assert all(r.grounds == ("5.1.2e",) and r.how == "default" for r in resolved.values())


def test_mark_and_unmark_are_recorded_in_the_audit_trail_when_saved(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    save_case(case, path)
    assert woo.mark(case, ["counterparts/0/notes", "answers/need-own-goals/note"],
                    ["5.1.2e", "5.1.2a"]) == ["counterparts/0/notes", "answers/need-own-goals/note"]
    assert woo.unmark(case, ["intermediaries/0/name"]) == ["intermediaries/0/name"]
    resolved = {r.path: r.grounds for r in woo.resolve(case)}
    assert resolved["counterparts/0/notes"] == ("5.1.2a", "5.1.2e")  # in the law's order
    assert "intermediaries/0/name" not in resolved
    assert woo.unmark(case, ["intermediaries/0/name"]) == []  # no change
    save_case(case, path)
    entries = [e for e in load_case(path).case.audit if e.event is AuditEvent.WOO_MARKED]
    assert [e.detail for e in entries] == [
        {"paths": ["answers/need-own-goals/note", "counterparts/0/notes"],
         "grounds": ["5.1.2a", "5.1.2e"]},
        {"paths": ["intermediaries/0/name"], "grounds": []}]
    loaded = load_case(path).case
    loaded.woo.clear()  # as an undo in the app does
    save_case(loaded, path)
    last = load_case(path).case.audit[-1]
    assert last.event is AuditEvent.WOO_MARKED and last.detail["default"] is True
    words = detail_text(Labels("nl"), last)
    assert "standaard voor namen" in words


@pytest.mark.parametrize("paths, grounds, message", [
    (["counterparts/9/name"], ["5.1.2e"], "onbekende passage"),
    (["nonsense"], ["5.1.2e"], "onbekende passage"),
    (["title"], ["5.1.2z"], "onbekende Woo-grond"),
    (["title"], [], "minstens één"),
])
def test_bad_marks_are_refused_and_change_nothing(paths: list[str], grounds: list[str],
                                                  message: str) -> None:
    case = example_case()
    before = caseformat.dumps(case)
    with pytest.raises(InputError, match=message):
        woo.mark(case, paths, grounds)
    assert caseformat.dumps(case) == before


def test_a_mark_follows_its_text_when_a_row_above_is_deleted() -> None:
    case = example_case()
    woo.mark(case, ["counterparts/1/role"], ["5.1.2h"])
    woo.unmark(case, ["counterparts/0/name"])
    del case.counterparts[0]
    resolved = {r.path: r for r in woo.resolve(case)}
    assert resolved["counterparts/0/role"].how == "moved"
    assert resolved["counterparts/0/role"].marked_as == "counterparts/1/role"
    # the unmark of the deleted person's name does not carry over to who moved up
    assert resolved["counterparts/0/name"].how == "default"


def test_a_mark_on_an_edited_text_still_withholds_it() -> None:
    case = example_case()
    woo.mark(case, ["measures"], ["5.1.2h"])
    case.measures = "Nieuwe maatregelen"
    resolved = {r.path: r for r in woo.resolve(case)}
    assert resolved["measures"].how == "stale" and resolved["measures"].grounds == ("5.1.2h",)


def test_markings_round_trip_outside_the_fingerprint() -> None:
    case = example_case()
    before = integrity.fingerprint(case)
    woo.mark(case, ["title"], ["5.1.2a"])
    assert integrity.fingerprint(case) == before
    again = caseformat.loads(caseformat.dumps(case))
    assert again.woo == case.woo
    data = json.loads(caseformat.dumps(case))
    assert data["schema_version"] == caseformat.SCHEMA_VERSION
    assert data["woo"] == {"title": {"grounds": ["5.1.2a"], "digest": woo.digest(case.title)}}


def test_marking_a_locked_case_is_allowed_and_not_tampering(tmp_path: Path) -> None:
    case = example_case()
    case.answers.clear()
    sign_off(case, name="Jan Jansen", role="gemeentesecretaris", decision=Decision.DOORGAAN,
             final=True, despite=Despite("ter test"))
    assert case.locked
    path = tmp_path / "zaak.chinacheck"
    save_case(case, path)
    woo.mark(case, ["signoffs/0/despite/reason"], ["5.2"])
    save_case(case, path)
    loaded = load_case(path)
    assert loaded.case.locked and not loaded.finding.tampered
    assert not tamper.examine(loaded.case).tampered
    assert loaded.case.audit[-1].event is AuditEvent.WOO_MARKED


def test_version_4_files_migrate_with_no_explicit_marks() -> None:
    data = json.loads(caseformat.dumps(example_case()))
    data["schema_version"] = 4
    del data["woo"]
    migrated, old = caseformat.migrate(data)
    assert old == 4 and migrated["woo"] == {}
    assert migrated["schema_version"] == caseformat.SCHEMA_VERSION
    case = caseformat.from_dict(data)
    assert case.woo == {} and woo.resolve(case)  # the defaults apply


@pytest.mark.parametrize("value", [
    [], {"title": []}, {"title": {"grounds": ["x"], "digest": "0" * 16}},
    {"title": {"grounds": ["5.1.2e"], "digest": "nothex"}},
    {"ti tle": {"grounds": [], "digest": "0" * 16}},
])
def test_bad_markings_in_a_file_name_the_field(value: object) -> None:
    data = json.loads(caseformat.dumps(example_case()))
    data["woo"] = value
    with pytest.raises(CaseFileError, match="woo"):
        caseformat.from_dict(data)


def test_passages_name_every_record_kind() -> None:
    case = example_case()
    case.counterparts.append(Counterpart("X"))
    paths = {path for path, _ in woo.passages(case)}
    assert {"title", "measures", "decision", "counterparts/2/notes", "topics/0",
            "answers/visit-programme/actions/0/text"} <= paths
