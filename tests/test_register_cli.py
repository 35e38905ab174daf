"""``chinacheck register``: the case folder's register in each format, its filters, and bad
input refused in one line with nothing written."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from helpers.cli import en_fails, en_ok, run
from helpers.scrypt import CHEAP
from pdftools import text

from chinacheck.case import encryption
from chinacheck.case.examples import example_case
from chinacheck.case.signoff import sign_off
from chinacheck.storage import paths, store


@pytest.fixture
def cases() -> Path:
    folder = paths.ensure_dir(paths.cases_dir())
    tie = example_case()
    tie.title = "=Band met Xi'an"
    sign_off(tie, name="Zoë", role="opsteller", decision="doorgaan", final=True,
             at=datetime(2020, 1, 1, tzinfo=UTC))  # review long overdue
    store.save_case(tie, folder / "band.chinacheck")
    trip = example_case()
    trip.kind, trip.title = "reis-uitgaand", "Handelsmissie 王伟"
    store.save_case(trip, folder / "reis.chinacheck")
    (folder / "zaak-00c0ffee.chinacheck").write_bytes(
        encryption.encrypt(b'{"format": "chinacheck-case"}', "pw", cost=CHEAP))
    return folder


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "pdf", "json"])
def test_each_format_from_the_extension(capsys: pytest.CaptureFixture[str], cases: Path,
                                        tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"register.{suffix}"
    code, out, err = run(capsys, "register", "-o", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    assert "1 versleutelde zaken en 0 onleesbare bestanden" in err
    data = target.read_bytes()
    if suffix == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        assert {c.value for c in sheet["B"]} >= {"=Band met Xi'an", "Handelsmissie 王伟",
                                                 "versleutelde zaak"}
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    elif suffix == "csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
        assert [r[1] for r in rows[1:]] == ["Handelsmissie 王伟", "'=Band met Xi'an",
                                            "versleutelde zaak"] or \
            {r[1] for r in rows[1:]} == {"Handelsmissie 王伟", "'=Band met Xi'an",
                                         "versleutelde zaak"}
    elif suffix == "pdf":
        assert "Overzicht contacten met China" in text(data) and "Intern" in text(data)
    else:
        assert json.loads(data)["format"] == "chinacheck-register"
    assert oct(os.stat(target).st_mode & 0o777) == oct(0o600)


def test_format_option_wins_over_the_extension_and_filters_apply(
        capsys: pytest.CaptureFixture[str], cases: Path, tmp_path: Path) -> None:
    target = tmp_path / "register.txt"
    code, _out, err = run(capsys, "register", "--due", "--format", "JSON", "-o", str(target))
    assert code == 0, err
    titles = [c["title"] for c in json.loads(target.read_text("utf-8"))["cases"]]
    assert titles == ["=Band met Xi'an", None]  # the encrypted case stays: it may be due
    code, _out, err = run(capsys, "register", "--kind", "reis-uitgaand", "--phase",
                          "voorbereiding", "-o", str(target), "--format", "json")
    assert code == 0, err
    data = json.loads(target.read_text("utf-8"))
    assert [c["title"] for c in data["cases"]] == ["Handelsmissie 王伟", None]
    assert data["filters"] == {"due": False, "phase": "voorbereiding", "kind": "reis-uitgaand"}


def test_delimiter_and_classification(capsys: pytest.CaptureFixture[str], cases: Path,
                                      tmp_path: Path) -> None:
    target = tmp_path / "r.csv"
    assert run(capsys, "register", "--delimiter", "\\t", "-o", str(target))[0] == 0
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter="\t"))
    assert rows[0][:2] == ["Soort", "Titel"]
    pdf = tmp_path / "r.pdf"
    assert run(capsys, "register", "--classification", "Stg. Confidentieel", "-o",
               str(pdf))[0] == 0
    assert "Stg. Confidentieel" in text(pdf.read_bytes())


@pytest.mark.parametrize("argv, message", [
    (["--format", "docx"], "onbekend formaat 'docx'"),
    (["--phase", "klaar"], "onbekende fase 'klaar'"),
    (["--kind", "feest"], "onbekende soort 'feest'"),
    (["--delimiter", ";;"], "--delimiter: één teken"),
    (["--delimiter", "'"], "--delimiter: één teken"),
    (["--delimiter", ",", "--format", "json"], "--delimiter hoort bij CSV"),
])
def test_bad_values_are_one_line_and_write_nothing(capsys: pytest.CaptureFixture[str],
                                                   cases: Path, tmp_path: Path,
                                                   argv: list[str], message: str) -> None:
    target = tmp_path / "r.csv"
    code, out, err = run(capsys, "register", *argv, "-o", str(target))
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists()


def test_unknown_extension_unwritable_folder_and_case_files_are_refused(
        capsys: pytest.CaptureFixture[str], cases: Path, tmp_path: Path) -> None:
    for target, message in [
        (tmp_path / "register.docx", "kies het formaat met --format"),
        (tmp_path / "geen-map" / "register.xlsx", "kan niet schrijven naar"),
        (cases / "band.chinacheck", "is een zaakbestand"),
    ]:
        before = sorted(p.name for p in target.parent.iterdir()) if target.parent.exists() \
            else None
        code, out, err = run(capsys, "register", "-o", str(target), "--format", "csv") \
            if target.suffix == ".chinacheck" else run(capsys, "register", "-o", str(target))
        assert code == 1 and out == "" and message in err, err
        assert err.count("\n") == 1
        after = sorted(p.name for p in target.parent.iterdir()) if target.parent.exists() \
            else None
        assert after == before  # nothing written, no temp file left


def test_a_read_only_folder_leaves_no_partial_file(capsys: pytest.CaptureFixture[str],
                                                   cases: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        from chinacheck.storage import atomic

        def refuse(*_args: object, **_kwargs: object) -> bool:
            raise PermissionError(13, "Permission denied")

        mp = pytest.MonkeyPatch()
        mp.setattr(atomic, "write_bytes", refuse)
    else:
        mp = None
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _out, err = run(capsys, "register", "-o", str(folder / "r.xlsx"))
    finally:
        folder.chmod(0o700)
        if mp is not None:
            mp.undo()
    assert code == 1 and "kan niet schrijven naar" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_in_english(capsys: pytest.CaptureFixture[str], cases: Path, tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    en_ok(capsys, "register", "-o", str(target),
          allowed=("Handelsmissie", "Xi'an", "Band", "met"))
    header = target.read_text("utf-8-sig").splitlines()[0].split(";")
    assert header[:4] == ["Kind", "Title", "Organisation", "Phase"]
    err = en_fails(capsys, "register", "--format", "docx", "-o", str(target))
    assert "unknown format 'docx'" in err
