"""Encrypted cases through the store and the recovery copies: opened with a passphrase, saved
with the key, and never a byte of them in clear text on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.scrypt import CHEAP

from chinacheck.case import caseformat, encryption, signoff
from chinacheck.case.encryption import CaseKey, TamperedFile
from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import atomic, library, paths, recovery, store

pytest.importorskip("cryptography")

PASSPHRASE = "reis naar 武汉"
TITLE = "Geheime handelsmissie"  # must never be found in clear text


@pytest.fixture
def key() -> CaseKey:
    return CaseKey.derive(PASSPHRASE, CHEAP)


def _case() -> Case:
    case = example_case()
    case.title = TITLE
    return case


def _in_clear(path: Path) -> bool:
    return TITLE.encode() in path.read_bytes()


@pytest.fixture
def sealed(tmp_path: Path, key: CaseKey) -> Path:
    path = tmp_path / "reis.chinacheck"
    store.save_case(_case(), path, key=key)
    return path


def test_encrypted_save_and_load(sealed: Path, key: CaseKey) -> None:
    assert encryption.is_encrypted(sealed.read_bytes()) and not _in_clear(sealed)
    loaded = store.load_case(sealed, PASSPHRASE)
    assert loaded.case.title == TITLE
    assert loaded.key is not None and loaded.key.salt == key.salt
    assert store.load_case(sealed, key=key).case == loaded.case  # no scrypt, same case


def test_plain_case_loads_without_key(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(_case(), path)
    assert store.load_case(path).key is None
    assert store.load_case(path, "genegeerd").key is None


def test_without_passphrase_the_caller_is_asked_to_ask(sealed: Path) -> None:
    before = sealed.read_bytes()
    with pytest.raises(store.PassphraseRequired) as info:
        store.load_case(sealed)
    assert isinstance(info.value, CaseFileError) and info.value.path == sealed
    assert "wachtwoord" in info.value.problem
    with pytest.raises(store.WrongPassphrase):
        store.load_case(sealed, "fout")
    assert sealed.read_bytes() == before


def test_damaged_encrypted_file_is_not_a_question_of_passphrase(sealed: Path) -> None:
    raw = bytearray(sealed.read_bytes())
    raw[raw.index(b'"n": ') + 5] = ord("7")  # a scrypt factor that is no power of two
    sealed.write_bytes(bytes(raw))
    with pytest.raises(TamperedFile):
        store.load_case(sealed)


def test_encrypted_case_keeps_its_audit_trail(sealed: Path) -> None:
    loaded = store.load_case(sealed, PASSPHRASE)
    case = loaded.case
    case.answers.pop(next(iter(case.answers)))
    case.title = TITLE + " 2"
    store.save_case(case, sealed, key=loaded.key)
    again = store.load_case(sealed, PASSPHRASE).case
    events = [entry.event for entry in again.audit]
    assert AuditEvent.DETAILS_CHANGED in events and AuditEvent.ANSWERS_CHANGED in events
    # The trail of the file on disk survives an undo to an older snapshot, also encrypted.
    store.save_case(_case_with_id(again.id), sealed, key=loaded.key)
    assert len(store.load_case(sealed, PASSPHRASE).case.audit) >= len(again.audit)


def _case_with_id(case_id: str) -> Case:
    case = _case()
    case.id = case_id
    return case


def test_locked_encrypted_case_refuses_changes(sealed: Path) -> None:
    loaded = store.load_case(sealed, PASSPHRASE)
    signoff.sign_off(loaded.case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(loaded.case, sealed, key=loaded.key)
    stale = store.load_case(sealed, PASSPHRASE)
    stale.case.measures = "stiekem gewijzigd"
    with pytest.raises(CaseFileError, match="opslaan geweigerd"):
        store.save_case(stale.case, sealed, key=stale.key)
    lost = _case_with_id(loaded.case.id)  # a copy without the sign-off
    with pytest.raises(CaseFileError, match="aftekeningen"):
        store.save_case(lost, sealed, key=loaded.key)


def test_backups_of_an_encrypted_case_are_encrypted(sealed: Path) -> None:
    loaded = store.load_case(sealed, PASSPHRASE)
    loaded.case.measures = "nieuw"
    store.save_case(loaded.case, sealed, key=loaded.key)
    backup = store.backup_path(sealed)
    assert encryption.is_encrypted(backup.read_bytes()) and not _in_clear(backup)
    assert store.load_case(backup, PASSPHRASE).case.measures != "nieuw"


def test_version_backup_of_an_encrypted_old_file_is_encrypted(tmp_path: Path,
                                                              key: CaseKey) -> None:
    v1 = json.loads((Path(__file__).parent / "data" / "case-v1.chinacheck").read_bytes())
    path = tmp_path / "oud.chinacheck"
    path.write_bytes(key.encrypt(json.dumps(v1).encode()))
    loaded = store.load_case(path, PASSPHRASE)
    assert loaded.file_version == 1
    store.save_case(loaded.case, path, file_version=loaded.file_version, key=loaded.key)
    old = store.version_backup_path(path, 1)
    assert encryption.is_encrypted(old.read_bytes())
    assert store.load_case(old, PASSPHRASE).file_version == 1
    assert encryption.is_encrypted(path.read_bytes())


def test_encrypting_a_plain_case_leaves_no_plain_copy(tmp_path: Path, key: CaseKey) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = _case()
    store.save_case(case, path)
    store.save_case(case, path)  # now with a plain <name>.bak
    store.version_backup_path(path, 1).write_bytes(b"plain old version " + TITLE.encode())
    recovery.write(case, path)
    store.save_case(case, path, key=key)
    assert not _in_clear(path)
    assert not store.backup_path(path).exists()
    assert not store.version_backup_path(path, 1).exists()
    assert recovery.pending() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zaak.chinacheck"]


def test_plain_save_over_an_encrypted_file_is_refused(sealed: Path) -> None:
    case = store.load_case(sealed, PASSPHRASE).case
    before = sealed.read_bytes()
    with pytest.raises(CaseFileError, match="versleuteld"):
        store.save_case(case, sealed)
    assert sealed.read_bytes() == before
    store.save_case(case, sealed, replace_encrypted=True)  # meant: decrypting
    assert _in_clear(sealed)


def test_save_refused_when_the_file_was_encrypted_anew_meanwhile(sealed: Path,
                                                                 key: CaseKey) -> None:
    loaded = store.load_case(sealed, PASSPHRASE)
    other = CaseKey.derive("een ander wachtwoord", CHEAP)
    sealed.write_bytes(other.encrypt(caseformat.dumps(loaded.case)))
    loaded.case.measures = "mijn wijziging"
    with pytest.raises(CaseFileError, match="ander wachtwoord"):
        store.save_case(loaded.case, sealed, key=key)


def test_duplicate_of_an_encrypted_case_is_encrypted(sealed: Path, tmp_path: Path) -> None:
    with pytest.raises(store.PassphraseRequired):
        store.duplicate_case(sealed, tmp_path)
    copy = store.duplicate_case(sealed, tmp_path, PASSPHRASE)
    assert encryption.is_encrypted(copy.read_bytes())
    assert store.load_case(copy, PASSPHRASE).case.title == f"Kopie van {TITLE}"


# --- recovery copies -----------------------------------------------------------------------

def test_recovery_copy_of_an_encrypted_case(sealed: Path, key: CaseKey) -> None:
    case = store.load_case(sealed, PASSPHRASE).case
    case.measures = "niet opgeslagen"
    copy = recovery.write(case, sealed, key)
    assert encryption.is_encrypted(copy.read_bytes()) and not _in_clear(copy)
    note = copy.with_suffix(".json")
    assert TITLE.encode() not in note.read_bytes()
    assert json.loads(note.read_bytes()) == {"original": str(sealed), "encrypted": True}
    [item] = recovery.pending()
    assert item.encrypted and item.original == sealed and item.title == sealed.name
    with pytest.raises(store.PassphraseRequired):
        recovery.restore(item)
    assert recovery.restore(item, PASSPHRASE).measures == "niet opgeslagen"
    loaded = recovery.load(item, PASSPHRASE)
    assert loaded.key is not None and loaded.key.salt == key.salt


def test_plain_recovery_copy_is_offered_with_its_title(data_home: Path) -> None:
    case = _case()
    recovery.write(case, None)
    [item] = recovery.pending()
    assert not item.encrypted and item.title == TITLE and item.original is None
    assert recovery.restore(item) == case


def test_recovery_copy_turns_encrypted_with_its_case(sealed: Path, key: CaseKey) -> None:
    case = _case()
    copy = recovery.write(case, sealed)
    recovery.write(case, sealed, key)
    assert not _in_clear(copy) and not _in_clear(copy.with_suffix(".json"))


def test_recovery_copy_that_cannot_be_written_is_a_case_file_error(data_home: Path) -> None:
    case = _case()
    case.title = "kapot \ud800"
    with pytest.raises(CaseFileError, match="herstelkopie niet geschreven"):
        recovery.write(case, None)


# --- encrypt and decrypt a file --------------------------------------------------------------

def test_encrypt_file_in_place(tmp_path: Path, key: CaseKey) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = _case()
    store.save_case(case, path)
    store.save_case(case, path)
    plain = path.read_bytes()
    recovery.write(case, path)
    removed = store.encrypt_file(path, key)
    assert sorted(p.name for p in removed) == [f"{case.id}.chinacheck", f"{case.id}.json",
                                               "zaak.chinacheck.bak"]
    assert encryption.decrypt(path.read_bytes(), PASSPHRASE) == plain  # exactly as it was
    assert os.listdir(tmp_path) == ["zaak.chinacheck"]
    with pytest.raises(CaseFileError, match="al versleuteld"):
        store.encrypt_file(path, key)


def test_encrypt_file_refuses_a_broken_case(tmp_path: Path, key: CaseKey) -> None:
    path = tmp_path / "kapot.chinacheck"
    path.write_bytes(b"{")
    with pytest.raises(CaseFileError, match="JSON"):
        store.encrypt_file(path, key)
    assert path.read_bytes() == b"{"


def test_decrypt_file(sealed: Path, tmp_path: Path) -> None:
    out = tmp_path / "open.chinacheck"
    assert store.decrypt_file(sealed, PASSPHRASE, out) == out
    assert store.load_case(out).case.title == TITLE
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(CaseFileError, match="bestaat al"):
        store.decrypt_file(sealed, PASSPHRASE, out)
    with pytest.raises(CaseFileError, match="niet versleuteld"):
        store.decrypt_file(out, PASSPHRASE, tmp_path / "x.chinacheck")
    with pytest.raises(store.WrongPassphrase):
        store.decrypt_file(sealed, "fout", tmp_path / "y.chinacheck")
    assert not (tmp_path / "y.chinacheck").exists()
    store.decrypt_file(sealed, PASSPHRASE, sealed)  # in place, when asked for explicitly
    assert store.load_case(sealed).case.title == TITLE


# --- files that are not files, and start-up ---------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp.chinacheck"
    os.mkfifo(pipe)
    with pytest.raises(CaseFileError, match="geen gewoon bestand"):
        store.load_case(pipe)  # would block for ever on open() or read() if it tried
    assert [e.path.name for e in library.list_cases(tmp_path)] == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="is een map"):
        store.load_case(tmp_path)


def test_clean_stale_files_at_start_up(data_home: Path) -> None:
    folders = [paths.data_dir(), paths.cases_dir(), paths.recovery_dir(), paths.trash_dir()]
    stale, live = [], []
    for folder in folders:
        paths.ensure_dir(folder)
        old = atomic.temp_path(folder / "zaak.chinacheck")
        old.write_bytes(b"half")
        os.utime(old, (1, 1))
        stale.append(old)
        mine = atomic.temp_path(folder / "zaak.chinacheck")  # this process: still writing
        mine.write_bytes(b"bezig")
        live.append(mine)
    assert sorted(store.clean_stale_files()) == sorted(stale)
    assert all(not p.exists() for p in stale) and all(p.exists() for p in live)


def test_clean_stale_files_without_any_folder(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path / "bestaat-niet")
    assert store.clean_stale_files() == []
