"""A save that both edits and signs a case lists the edits before the sign-off in its audit
trail, and the file it writes still adds up (hash chain, the sign-off's audit_head, a seal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck.case import signoff
from chinacheck.case.examples import example_case
from chinacheck.case.model import Answer, AuditEvent, Decision, Status
from chinacheck.storage import store

EDITS = [AuditEvent.DETAILS_CHANGED, AuditEvent.ANSWERS_CHANGED]


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    return path


def _edit(path: Path) -> store.Case:
    case = store.load_case(path).case
    case.topics = [*case.topics, "waterstofbussen"]  # typed just before signing
    case.answers["visit-programme"] = Answer(Status.JA, "Programma ontvangen.")
    return case


def _events(path: Path, since: int) -> list[AuditEvent]:
    return [entry.event for entry in store.load_case(path).case.audit[since:]]


@pytest.mark.parametrize("final", [True, False])
def test_edits_saved_with_a_sign_off_come_before_it(tmp_path: Path, final: bool) -> None:
    path = _saved(tmp_path)
    before = len(store.load_case(path).case.audit)
    case = _edit(path)
    signoff.sign_off(case, name="Zoë de Vries", role="portefeuillehouder",
                     decision=Decision.DOORGAAN, final=final,
                     saved=store.saved_version(case, path))
    store.save_case(case, path)
    loaded = store.load_case(path)
    assert not loaded.finding.tampered, loaded.finding.differences
    # a final sign-off decides the case: the phase follows it (chinacheck.case.lifecycle)
    decided = [AuditEvent.PHASE_CHANGED] if final else []
    assert _events(path, before) == [*EDITS, AuditEvent.SIGNED, *decided]
    details, answers = loaded.case.audit[before:before + 2]
    assert details.detail == {"fields": ["topics"]}
    assert answers.detail == {"items": ["visit-programme"]}
    # the save after it finds nothing left to record, and the file still adds up
    if not final:
        store.save_case(loaded.case, path)
        assert _events(path, before) == [*EDITS, AuditEvent.SIGNED]
        assert not store.load_case(path).finding.tampered


def test_an_edit_after_a_sign_off_in_the_same_save_comes_after_it(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    before = len(store.load_case(path).case.audit)
    case = _edit(path)
    signoff.sign_off(case, name="Zoë", role="opsteller", decision=Decision.DOORGAAN,
                     saved=store.saved_version(case, path))
    case.measures = "Tijdelijke telefoons."  # after signing, before saving
    store.save_case(case, path)
    loaded = store.load_case(path)
    assert not loaded.finding.tampered
    assert _events(path, before) == [*EDITS, AuditEvent.SIGNED, AuditEvent.DETAILS_CHANGED,
                                     AuditEvent.ANSWERS_CHANGED]
    assert loaded.case.audit[-2].detail["fields"] == ["topics", "measures"]  # all since disk


def test_a_failed_seal_leaves_the_trail_as_it_was(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    case = _edit(path)
    trail = list(case.audit)

    def broken(_statement: bytes, _when: object) -> str:
        raise signoff.InputError("kapot")

    with pytest.raises(signoff.InputError):
        signoff.sign_off(case, name="Zoë", role="opsteller", decision=Decision.DOORGAAN,
                         final=True, sealer=broken, saved=store.saved_version(case, path))
    assert case.audit == trail and not case.signoffs


def test_saved_version_is_none_without_a_file_of_this_case(tmp_path: Path) -> None:
    case = example_case()
    assert store.saved_version(case, None) is None
    assert store.saved_version(case, tmp_path / "nergens.chinacheck") is None
    other = tmp_path / "ander.chinacheck"
    store.save_case(example_case(), other)  # another id
    assert store.saved_version(case, other) is None


def test_a_sealed_sign_off_after_edits_keeps_its_seal(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyhanko")
    from chinacheck.signing import seal
    from chinacheck.signing.pades import load_key_file
    from chinacheck.signing.selfsigned import make_pkcs12

    p12, _pem = make_pkcs12("Zoë de Vries", "geheim")
    certificate = tmp_path / "zoe.p12"
    certificate.write_bytes(p12)
    path = _saved(tmp_path)
    before = len(store.load_case(path).case.audit)
    case = _edit(path)
    signoff.sign_off(case, name="Zoë de Vries", role="portefeuillehouder",
                     decision=Decision.DOORGAAN, final=True,
                     sealer=seal.sealer(load_key_file(certificate, "geheim")),
                     saved=store.saved_version(case, path))
    store.save_case(case, path)
    assert _events(path, before) == [*EDITS, AuditEvent.SIGNED, AuditEvent.PHASE_CHANGED]
    code, out, err = run(capsys, "validate", str(path))
    assert code == 0, out + err
    assert "gewijzigd" not in out + err


def test_the_same_change_noticed_twice_within_a_second_is_kept_twice() -> None:
    """A change saved, undone and recorded again at a sign-off in the same second is an entry of
    its own: merging the trails counts entries instead of treating equal ones as one."""
    from chinacheck.case import audit
    from chinacheck.case.model import AuditEntry, now_utc

    at = now_utc()
    first = AuditEntry(at, AuditEvent.DETAILS_CHANGED, 1, {"fields": ["measures"]})
    again = AuditEntry(at, AuditEvent.DETAILS_CHANGED, 1, {"fields": ["measures"]})
    assert audit.merge([first], [first, again]) == [first, again]
    assert audit.merge([first], [first]) == [first]
    assert audit.merge([first, again], [first]) == [first, again]
