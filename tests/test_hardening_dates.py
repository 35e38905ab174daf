"""Dates and times at the ends of the calendar: refused on load with one line, never an
OverflowError in a command, a PDF or the app (docs/case-format.md, "Dates and times")."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.cli import run

from chinacheck.case import caseformat, daterange
from chinacheck.case.examples import example_case
from chinacheck.case.model import Condition, Decision, SignOff
from chinacheck.errors import CaseFileError
from chinacheck.storage import paths
from chinacheck.storage.store import save_case

LATE = "9999-12-31T23:59:59-23:59"  # parses; overflows once converted to UTC
EARLY = "0001-01-01T00:00:00+23:59"
Doc = dict[str, Any]


def _doc() -> Doc:
    """A case with a value in every date and time field."""
    case = example_case()
    case.signoffs.append(SignOff("Zoë de Vries", "opsteller", Decision.VOORWAARDEN,
                                 datetime(2027, 3, 1, 9, tzinfo=UTC), 1, "0" * 64, "x"))
    case.conditions.append(Condition("Programma delen", due=date(2027, 3, 10)))
    from chinacheck.case import audit
    from chinacheck.case.model import AuditEvent

    audit.record(case, AuditEvent.CREATED)
    return caseformat.to_dict(case)


def _set(path: str, value: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[last] = value
    return change


TIMES = ["created", "modified", "signoffs.0.signed_at", "audit.0.at"]
DATES = ["start_date", "end_date", "answers.visit-programme.actions.0.due", "conditions.0.due"]
CASES = [(field, value) for field in TIMES for value in (LATE, EARLY)] + \
        [(field, value) for field in DATES for value in ("9999-12-31", "0001-01-01")]


def _write(tmp_path: Path, field: str, value: str) -> Path:
    doc = _doc()
    _set(field, value)(doc)
    path = tmp_path / "zaak.chinacheck"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(("field", "value"), CASES)
def test_extreme_dates_are_refused_on_load(tmp_path: Path, field: str, value: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, field, value)
    with pytest.raises(CaseFileError, match="buiten het bereik 1900–9998"):
        caseformat.loads(path.read_bytes(), path)
    code, _out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and value[:10] in err, err
    code, _out, err = run(capsys, "export", str(path), "-o", str(tmp_path / "zaak.pdf"))
    assert code == 1 and "interne fout" not in err and "Overflow" not in err, err
    assert not (tmp_path / "zaak.pdf").exists()


@pytest.mark.parametrize("zone", ["Etc/GMT-14", "Etc/GMT+12", "UTC"])
@pytest.mark.parametrize("moment", ["1900-01-01T00:00:00+00:00", "9998-12-31T23:59:59+00:00",
                                    "1900-01-01T23:00:00+23:00", "9998-12-31T00:30:00-23:29"])
def test_dates_at_the_ends_of_the_range_render_everywhere(
        tmp_path: Path, moment: str, zone: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        doc = _doc()
        for field in TIMES:
            _set(field, moment)(doc)
        for field in DATES:
            _set(field, moment[:10])(doc)
        path = tmp_path / "zaak.chinacheck"
        # A file as ChinaCheck would write it with these times: the sign-off's entry in the
        # audit trail agrees with it, and the trail's chain is made anew (else the file would be
        # "changed outside ChinaCheck", which is not what this test is about).
        doc["audit"].append({"at": moment, "event": "signed", "revision": 1, "prev": "0" * 64,
                             "detail": {"name": "Zoë de Vries", "role": "opsteller",
                                        "decision": "doorgaan onder voorwaarden",
                                        "final": False, "fingerprint": "0" * 64}})
        path.write_bytes(caseformat.dumps(caseformat.from_dict(doc)))
        assert run(capsys, "validate", str(path)) == (0, "1 geldig\n", "")
        code, out, err = run(capsys, "show", str(path))
        assert code == 0 and moment[:4] in out, err
        code, out, err = run(capsys, "export", str(path), "-o", str(tmp_path / "zaak.pdf"))
        assert code == 0, err
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_range_is_checked_in_utc() -> None:
    plus = timezone(timedelta(hours=23, minutes=59))
    minus = timezone(-timedelta(hours=23, minutes=59))
    assert daterange.moment_ok(datetime(1900, 1, 1, 23, 59, tzinfo=plus))
    assert not daterange.moment_ok(datetime(1900, 1, 1, 23, 58, tzinfo=plus))
    assert not daterange.moment_ok(datetime(1, 1, 1, tzinfo=plus))
    assert not daterange.moment_ok(datetime(9999, 12, 31, 23, 59, tzinfo=minus))
    assert daterange.moment_ok(datetime(9998, 12, 31, 23, 59, 59, tzinfo=UTC))
    assert not daterange.moment_ok(datetime(9998, 12, 31, 23, 0, tzinfo=minus))
    assert not daterange.moment_ok(datetime(2027, 1, 1))  # no time zone


def test_local_time_falls_back_to_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = datetime(2027, 3, 14, 10, tzinfo=UTC)

    class Windows(datetime):  # local time fails there outside 1970–3000
        def astimezone(self, tz: Any = None) -> datetime:
            if tz is None:
                raise OSError(22, "Invalid argument")
            return super().astimezone(tz)

    stamp = Windows(2027, 3, 14, 10, tzinfo=UTC)
    assert daterange.local(stamp) == moment and daterange.local(stamp).utcoffset() == timedelta(0)
    assert daterange.local(moment) == moment
    late = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(-timedelta(hours=23)))
    assert daterange.local(late) is late  # not even UTC can hold it: shown as it is


def test_a_library_index_from_before_the_check_is_read_again(
        capsys: pytest.CaptureFixture[str]) -> None:
    from chinacheck.storage import library

    folder = paths.ensure_dir(paths.cases_dir())
    path = folder / "zaak.chinacheck"
    save_case(example_case(), path)
    library.list_cases(folder)
    index = paths.data_dir() / library.INDEX_NAME
    data = json.loads(index.read_text(encoding="utf-8"))
    (record,) = data["files"].values()
    record["case"]["modified"] = LATE
    index.write_text(json.dumps(data), encoding="utf-8")
    (entry,) = library.list_cases(folder)
    assert isinstance(entry, library.CaseSummary) and entry.modified.year == datetime.now().year
    code, out, _err = run(capsys, "list")
    assert code == 0 and "9999" not in out


def test_the_app_writes_no_date_it_could_not_read(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, Qt

    from chinacheck.ui.document import CaseDocument
    from chinacheck.ui.fields import date_edit

    edit = date_edit("Datum")
    qtbot.addWidget(edit)
    assert edit.maximumDate() == QDate(daterange.MAX_YEAR, 12, 31)

    from chinacheck.ui.record_model import Column, RecordTableModel

    doc = CaseDocument(example_case(), tmp_path / "zaak.chinacheck")
    model = RecordTableModel(doc, lambda case, create: case.answers["visit-programme"].actions,
                             [Column("Uiterlijk", "due", "date")], None, "Actie")
    index = model.index(0, 0)
    assert not model.setData(index, "9999-12-31", Qt.ItemDataRole.EditRole)
    assert model.setData(index, "9998-12-31", Qt.ItemDataRole.EditRole)
    doc.save()
    saved = caseformat.loads((tmp_path / "zaak.chinacheck").read_bytes())
    assert saved.answers["visit-programme"].actions[0].due == date(9998, 12, 31)
