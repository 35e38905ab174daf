"""Format version 2 to 3 (the audit trail becomes a hash chain), on a file written by the
version 2 writer (tests/data/case-v2.chinacheck): a case signed off, exported, reopened, changed
and finally signed off again at revision 2.

The fixture was produced by ChinaCheck's version 2 writer (the command line) before version 3
existed; it must never be regenerated with a newer writer. The values below that it was checked
against (fingerprint, sign-off digests) were computed by the version 2 code.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from helpers import forge
from helpers.cli import run

from chinacheck.case import auditchain, caseformat, integrity, tamper
from chinacheck.case.caseformat_signoffs import audit_dict
from chinacheck.case.model import AuditEvent
from chinacheck.case.signoff import set_condition_done
from chinacheck.errors import CaseFileError
from chinacheck.storage import store

FIXTURE = Path(__file__).resolve().parent / "data" / "case-v2.chinacheck"
# Computed by the version 2 code on the fixture: what its PDFs carry.
FINGERPRINT = "88b8d77a310d144b4a32e9ca1d9234870bbc1970fcf9ba0eefb954ee077381e7"
CURRENT_SIGNOFFS = "b2eb3facb5338b5d48e4e0401239e43ffd92b7ff088b3854a953ecc4212c16b5"
ALL_SIGNOFFS = "728590bdaa7e32a1736deed2831b4165d5f9b5d7b1c53fbb34d1a671ad047869"
EVENTS = ["created", "answers-changed", "signed", "signed", "exported", "reopened",
          "answers-changed", "signed", "exported"]


@pytest.fixture
def v2_file(tmp_path: Path) -> Path:
    target = tmp_path / "zaak.chinacheck"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_really_version_2() -> None:
    data = json.loads(FIXTURE.read_bytes())
    assert data["schema_version"] == 2 and data["revision"] == 2
    assert [e["event"] for e in data["audit"]] == EVENTS
    assert not any("prev" in e for e in data["audit"])
    assert not any({"audit_head", "parts", "seal"} & set(s) for s in data["signoffs"])


def test_the_step_from_2_to_3_alone() -> None:
    data = json.loads(FIXTURE.read_bytes())
    original = copy.deepcopy(data)
    step = caseformat.MIGRATIONS[2](data)
    assert data == original  # the input is not changed
    assert {k: v for k, v in step.items() if k != "audit"} == \
        {k: v for k, v in data.items() if k != "audit"}
    assert [{k: v for k, v in e.items() if k != "prev"} for e in step["audit"]] == data["audit"]
    # the links are the chain over the entries as the reader sees them
    assert [e["prev"] for e in step["audit"]] == [
        e["prev"] for e in auditchain.chained(data["audit"])]
    assert step["audit"][0]["prev"] == auditchain.GENESIS
    assert caseformat.MIGRATIONS[2](json.loads(FIXTURE.read_bytes())) == step  # deterministic


def test_every_value_survives_and_nothing_is_flagged(v2_file: Path) -> None:
    loaded = store.load_case(v2_file)
    case = loaded.case
    assert loaded.file_version == 2
    assert (case.id, case.revision, case.locked) == ("7b1e4c2a-9d3f-4e6b-8a5c-1f2e3d4c5b6a", 2,
                                                     True)
    assert [e.event.value for e in case.audit] == EVENTS
    assert [(s.name, s.revision, s.final) for s in case.signoffs] == [
        ("Zoë de Vries", 1, False), ("王伟", 1, True), ("王伟", 2, True)]
    assert case.signoffs[1].statement == "Akkoord."
    assert all(s.audit_head is None and s.parts is None and s.seal is None
               for s in case.signoffs)
    assert case.extra == {"x-gemeente-kenmerk": {"zaaknummer": "Z/2027/0031"}}
    # what PDFs exported by version 2 carry still matches
    assert integrity.fingerprint(case) == FINGERPRINT
    assert integrity.signoffs_digest(case.current_signoffs()) == CURRENT_SIGNOFFS
    assert integrity.signoffs_digest(case.signoffs) == ALL_SIGNOFFS
    # a genuine old file is not "changed outside ChinaCheck", and its final fingerprint,
    # sign-offs and revisions were checked
    assert not loaded.finding.tampered
    assert set(loaded.finding.checked) >= {tamper.CHECK_FINGERPRINT, tamper.CHECK_SIGNOFFS,
                                           tamper.CHECK_REVISIONS}


def test_saving_keeps_the_v2_file_and_records_what_was_checked(v2_file: Path) -> None:
    original = v2_file.read_bytes()
    loaded = store.load_case(v2_file)
    set_condition_done(loaded.case, 1)  # still allowed on a locked case
    store.save_case(loaded.case, v2_file, file_version=loaded.file_version)
    assert store.version_backup_path(v2_file, 2).read_bytes() == original
    data = json.loads(v2_file.read_bytes())
    assert data["schema_version"] == caseformat.SCHEMA_VERSION
    assert all(len(e["prev"]) == 64 for e in data["audit"])
    again = store.load_case(v2_file)
    assert again.file_version == caseformat.SCHEMA_VERSION and not again.finding.tampered
    assert [e.event.value for e in again.case.audit] == [*EVENTS, "migrated",
                                                        "conditions-changed"]
    assert again.case.audit[-2].detail == {
        "from_version": 2, "to_version": caseformat.SCHEMA_VERSION,
        "backup": "zaak.chinacheck.v2.bak",
        "chained": len(EVENTS),
        "verified": ["signoffs-match-audit", "revisions-match-audit", "final-fingerprint"]}
    assert integrity.fingerprint(again.case) == FINGERPRINT
    assert integrity.signoffs_digest(again.case.current_signoffs()) == CURRENT_SIGNOFFS
    # the old values are written back as they were
    old = json.loads(original)
    assert again.case.phase == "besluit"  # a locked case: decided (format version 4)
    new_keys = ("phase", "ended", "next_review", "debrief", "woo")  # versions 4 and 5
    assert {k: v for k, v in data.items() if k not in ("schema_version", "audit", "modified",
                                                       "conditions", *new_keys)} == \
        {k: v for k, v in old.items() if k not in ("schema_version", "audit", "modified",
                                                   "conditions")}
    assert [{k: v for k, v in e.items() if k != "prev"} for e in data["audit"][:9]] == \
        old["audit"]


def test_the_chain_made_at_migration_protects_from_then_on(v2_file: Path) -> None:
    loaded = store.load_case(v2_file)
    store.save_case(loaded.case, v2_file, file_version=loaded.file_version)
    forge.edit(v2_file, lambda d: d["audit"][1]["detail"].update(items=["need-own-goals"]))
    finding = store.load_case(v2_file).finding
    assert any("logboek: regel 3 (signed" in d for d in finding.differences), finding


@pytest.mark.parametrize(("change", "fragment"), [
    (lambda d: d["answers"]["visit-programme"].update(note="Anders."),
     "welk deel, is bij een aftekening van vóór formaatversie 3 niet vast te stellen"),
    (lambda d: d["signoffs"][-1].update(name="Iemand Anders"), "naam is 'Iemand Anders'"),
    (lambda d: d["signoffs"][-1].update(signed_at="2027-01-01T00:00:00+00:00"), "tijdstip"),
    (lambda d: (d["signoffs"].pop(), d["signoffs"].pop()), "aftekening verdwenen"),
    (lambda d: d.update(revision=3), "de revisie is buiten ChinaCheck verhoogd"),
])
def test_a_v2_file_edited_by_hand_is_flagged_and_not_upgraded(
        v2_file: Path, change: forge.Change, fragment: str) -> None:
    forge.edit(v2_file, change)
    before = v2_file.read_bytes()
    loaded = store.load_case(v2_file)
    assert any(fragment in d for d in loaded.finding.differences), loaded.finding
    with pytest.raises(CaseFileError, match="buiten ChinaCheck gewijzigd"):
        store.save_case(loaded.case, v2_file, file_version=loaded.file_version)
    assert v2_file.read_bytes() == before
    assert not store.version_backup_path(v2_file, 2).exists()


def test_what_a_legacy_sign_off_cannot_tell(v2_file: Path) -> None:
    """An old sign-off kept no parts, no chain link and no seal: a forgery that recomputes its
    fingerprint and the trail's entry goes unseen. Said here so that nobody believes more."""
    forge.recompute(v2_file, lambda d: d["answers"]["visit-programme"].update(note="Anders."))
    assert not store.load_case(v2_file).finding.tampered


def test_reopening_a_v2_case_from_the_command_line(v2_file: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", str(v2_file))[0] == 0
    assert run(capsys, "reopen", str(v2_file), "--reason", "Nieuwe feiten")[0] == 0
    assert run(capsys, "answer", str(v2_file), "need-investment", "--status", "ja")[0] == 0
    assert run(capsys, "signoff", str(v2_file), "--name", "王伟", "--role",
               "portefeuillehouder", "--decision", "doorgaan", "--final", "--despite",
               "Toets.")[0] == 0
    loaded = store.load_case(v2_file)
    assert loaded.file_version == caseformat.SCHEMA_VERSION
    assert loaded.case.revision == 3 and loaded.case.locked
    assert not loaded.finding.tampered
    final = loaded.case.signoffs[-1]
    assert final.parts == integrity.parts(loaded.case)
    signed = [n for n, e in enumerate(loaded.case.audit) if e.event is AuditEvent.SIGNED][-1]
    assert final.audit_head == auditchain.head(audit_dict(e)
                                               for e in loaded.case.audit[:signed])
    assert run(capsys, "validate", str(v2_file)) == (0, "1 geldig\n", "")
