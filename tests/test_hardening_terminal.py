"""Text from a case file never acts on the terminal: control characters, escape sequences and
bidi overrides are printed as escapes, and a tab or line end in a title adds no column or row to
``list``. ``show --json`` stays the same data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Counterpart, Status
from chinacheck.cli import io as cli_io
from chinacheck.storage import paths
from chinacheck.storage.store import save_case

ESC = "\x1b"
HOSTILE = (f"Bezoek{ESC}]0;pwned\x07{ESC}[2J{ESC}[31mrood\tkolom\nrij\r\x9b31m"
           "\u202eWuhan\u2066x\u2069\u200f\u2028einde")
# What no terminal may receive from case data: C0/C1 controls (tab and line end only where the
# command puts them), bidi embeddings, overrides, isolates and marks, line separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                    "\u202a-\u202e\u2066-\u2069]")


def _hostile_case(tmp_path: Path | None = None) -> Path:
    case = example_case()
    case.title = HOSTILE
    case.organisation = HOSTILE
    case.preparer = HOSTILE
    case.decision = HOSTILE
    case.measures = HOSTILE
    case.topics = [HOSTILE]
    case.counterparts = [Counterpart(HOSTILE, HOSTILE, HOSTILE, HOSTILE)]
    case.answers["need-own-goals"] = Answer(Status.JA, HOSTILE, [Action(HOSTILE, HOSTILE)])
    folder = tmp_path or paths.ensure_dir(paths.cases_dir())
    path = folder / "zaak.chinacheck"
    save_case(case, path)
    return path


def test_safe_escapes_what_acts_on_a_terminal() -> None:
    assert cli_io.safe("a\tb\nc\rd") == "a\\tb\\nc\\rd"
    assert cli_io.safe(f"{ESC}[31mrood") == "\\u001b[31mrood"
    assert cli_io.safe("\x9b2J \u202eabc \u2067x\u2069 \u200e") == \
        "\\u009b2J \\u202eabc \\u2067x\\u2069 \\u200e"
    assert cli_io.safe("name-\udcff") == "name-\\udcff"  # a file name that is not UTF-8
    assert cli_io.safe("王伟 — Zoë, مدينة \\ C:\\zaken") == "王伟 — Zoë, مدينة \\ C:\\zaken"
    assert cli_io.safe("a\tb\nc", keep="\n") == "a\\tb\nc"


def test_list_prints_one_row_of_five_columns_per_case(
        capsys: pytest.CaptureFixture[str]) -> None:
    _hostile_case()
    code, out, err = run(capsys, "list")
    assert code == 0, err
    rows = out.splitlines()
    assert len(rows) == 1 and out.count("\n") == 1
    columns = rows[0].split("\t")
    assert len(columns) == 5
    assert not UNSAFE.search(out)
    assert columns[1] == cli_io.safe(HOSTILE)
    assert "\\u001b[2J" in columns[1] and "\\u202eWuhan" in columns[1]


def test_list_escapes_file_names_of_broken_cases(capsys: pytest.CaptureFixture[str]) -> None:
    folder = paths.ensure_dir(paths.cases_dir())
    (folder / f"kapot{ESC}[2J\tx\ny.chinacheck").write_bytes(b"{")
    code, out, _err = run(capsys, "list")
    assert code == 0
    assert len(out.splitlines()) == 1 and len(out.splitlines()[0].split("\t")) == 5
    assert not UNSAFE.search(out) and "kapot\\u001b[2J\\tx\\ny.chinacheck" in out


def test_show_escapes_every_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _hostile_case(tmp_path)
    code, out, err = run(capsys, "show", str(path))
    assert code == 0, err
    assert not UNSAFE.search(out.replace("\n", "").replace("\t", ""))
    assert "\t" not in out
    assert out.splitlines()[0] == cli_io.safe(HOSTILE)
    # A note keeps its own lines, indented under the item; its other characters are escaped.
    assert "notitie: Bezoek\\u001b]0;pwned\\u0007" in out
    assert "\n" + " " * 24 + "rij\\r\\u009b31m\\u202eWuhan" in out


def test_show_json_is_the_same_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _hostile_case(tmp_path)
    code, out, err = run(capsys, "show", str(path), "--json")
    assert code == 0, err
    assert not UNSAFE.search(out.replace("\n", ""))
    data = json.loads(out)
    assert data == caseformat.to_dict(caseformat.loads(path.read_bytes()))
    assert data["title"] == HOSTILE


def test_errors_and_messages_stay_one_line(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    name = tmp_path / f"zaak{ESC}[2J\n\u202e.chinacheck"
    code, out, err = run(capsys, "show", str(name))
    assert code == 1 and len(err.splitlines()) == 1, err
    assert not UNSAFE.search(err.rstrip("\n")) and "zaak\\u001b[2J\\n\\u202e" in err
    path = _hostile_case(tmp_path)
    code, out, err = run(capsys, "signoff", str(path), "--name", HOSTILE, "--role", "r\nx",
                         "--decision", "doorgaan")
    assert code == 0, err
    assert len(out.splitlines()) == 1 and not UNSAFE.search(out.rstrip("\n"))
    code, out, err = run(capsys, "validate", str(path))
    assert code == 0 and not UNSAFE.search(out.rstrip("\n") + err)
