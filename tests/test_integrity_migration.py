"""Format version 1 to 2 (and on to the current version), on a file written by the version 1
writer (tests/data/case-v1.chinacheck). Version 2 to 3: tests/test_integrity_migration_v2.py.

The fixture was produced by ChinaCheck's version 1 writer before version 2 existed; it must
never be regenerated with a newer writer.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from chinacheck.case import caseformat, integrity
from chinacheck.case.model import Action, AuditEvent, RiskLevel, Status
from chinacheck.cli.main import main
from chinacheck.storage import store

FIXTURE = Path(__file__).resolve().parent / "data" / "case-v1.chinacheck"


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    target = tmp_path / "zaak.chinacheck"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_really_version_1() -> None:
    data = json.loads(FIXTURE.read_bytes())
    assert data["schema_version"] == 1
    assert not {"revision", "signoffs", "conditions", "audit"} & set(data)


def test_every_value_survives_the_migration(v1_file: Path) -> None:
    loaded = store.load_case(v1_file)
    case = loaded.case
    assert loaded.file_version == 1
    assert loaded.unknown_items == ["retired-item"]
    assert case.id == "5f0c2a4e-3d1b-4c1e-9f5e-8a1d2c3b4a59"
    assert case.title == "Stedenband Zwolle – Wuhan: bezoek 2027"
    assert case.kind == "stedenband"
    assert (case.organisation, case.preparer) == ("Gemeente Zwolle", "Zoë de Vries")
    assert (case.start_date, case.end_date) == (date(2027, 3, 14), date(2027, 3, 18))
    assert [c.name for c in case.counterparts] == ["王伟 (Wang Wei)", "李娜 (Li Na)"]
    assert case.counterparts[0].role == "Adjunct-directeur; partijlid"
    assert case.counterparts[0].notes == "Eerder op bezoek in 2019"
    assert case.intermediaries[0].background == "Adviseert al tien jaar over handelsmissies"
    assert case.topics[1] == "waterstof voor het stadsvervoer"
    assert sorted(case.answers) == ["espionage-public-wifi", "need-own-goals", "retired-item",
                                    "visit-programme"]
    visit = case.answers["visit-programme"]
    assert visit.status is Status.DEELS
    assert visit.actions == [
        Action("Namen van alle gesprekspartners opvragen", "Zoë de Vries", date(2027, 2, 1)),
        Action("Programma delen met het ICP", "王伟", None, True),
    ]
    assert case.answers["retired-item"].status is Status.NEE
    assert case.measures.endswith("delen met het ICP.") and "\n" in case.measures
    assert case.overall_risk is RiskLevel.MIDDEN
    assert case.decision == "Doorgaan onder voorwaarden"
    assert case.created == datetime(2026, 11, 2, 9, 15, tzinfo=UTC)
    assert case.modified == datetime(2026, 11, 20, 16, 45, 30, tzinfo=UTC)
    assert case.content_version == "2023.05-1"
    assert case.extra == {"x-gemeente-kenmerk": {"zaaknummer": "Z/2026/0412",
                                                 "labels": ["China", "stedenband"]}}
    # what version 2 adds
    assert (case.revision, case.signoffs, case.conditions, case.locked) == (1, [], [], False)
    assert [(e.event, e.at, e.revision) for e in case.audit] == [
        (AuditEvent.CREATED, case.created, 1)]
    assert case.audit[0].detail == {"derived_from_version": 1}


def test_the_step_from_1_to_2_alone(v1_file: Path) -> None:
    data = json.loads(v1_file.read_bytes())
    step = caseformat.MIGRATIONS[1](data)
    assert {k: v for k, v in step.items() if k in data} == data  # the step adds, changes nothing
    assert (step["revision"], step["signoffs"], step["conditions"]) == (1, [], [])
    assert step["audit"] == [{"at": data["created"], "event": "created", "revision": 1,
                              "detail": {"derived_from_version": 1}}]


def test_v1_values_are_written_back_unchanged(v1_file: Path) -> None:
    old = json.loads(v1_file.read_bytes())
    loaded = store.load_case(v1_file)
    store.save_case(loaded.case, v1_file, file_version=loaded.file_version, touch=False)
    new = json.loads(v1_file.read_bytes())
    assert new["schema_version"] == caseformat.SCHEMA_VERSION
    assert {k: v for k, v in new.items() if k in old and k != "schema_version"} == \
        {k: v for k, v in old.items() if k != "schema_version"}


def test_saving_keeps_the_v1_file_and_records_the_migration(v1_file: Path) -> None:
    original = v1_file.read_bytes()
    loaded = store.load_case(v1_file)
    store.save_case(loaded.case, v1_file, file_version=loaded.file_version)
    assert store.version_backup_path(v1_file, 1).read_bytes() == original
    again = store.load_case(v1_file)
    assert again.file_version == caseformat.SCHEMA_VERSION
    assert not again.finding.tampered
    events = [e.event for e in again.case.audit]
    assert events == [AuditEvent.CREATED, AuditEvent.MIGRATED]
    # One upgrade, straight to the current version; what the chain could not vouch for (the
    # one entry made from the file's own "created" time) and what was checked, recorded.
    assert again.case.audit[1].detail == {
        "from_version": 1, "to_version": caseformat.SCHEMA_VERSION,
        "backup": "zaak.chinacheck.v1.bak", "chained": 1,
        "verified": ["revisions-match-audit"]}
    # a second save is an ordinary one: no second migration entry, the v1 backup stays
    store.save_case(again.case, v1_file, file_version=again.file_version)
    assert [e.event for e in store.load_case(v1_file).case.audit] == events
    assert store.version_backup_path(v1_file, 1).read_bytes() == original


def test_migration_is_deterministic_and_keeps_the_fingerprint(v1_file: Path) -> None:
    data = json.loads(v1_file.read_bytes())
    first = caseformat.from_dict(json.loads(json.dumps(data)))
    second = caseformat.from_dict(json.loads(json.dumps(data)))
    assert first == second
    loaded = store.load_case(v1_file)
    before = integrity.fingerprint(loaded.case)
    store.save_case(loaded.case, v1_file, file_version=loaded.file_version)
    assert integrity.fingerprint(store.load_case(v1_file).case) == before


def test_cli_answer_on_a_v1_file_upgrades_it(v1_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer", str(v1_file), "need-investment", "--status", "ja"]) == 0
    capsys.readouterr()
    case = store.load_case(v1_file).case
    assert [e.event for e in case.audit] == [AuditEvent.CREATED, AuditEvent.MIGRATED,
                                            AuditEvent.ANSWERS_CHANGED]
    assert case.audit[-1].detail == {"items": ["need-investment"]}
    assert store.version_backup_path(v1_file, 1).exists()
