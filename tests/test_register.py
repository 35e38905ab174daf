"""The register out of the app: rows and filters from the library, and each format read back
the way its readers read it (openpyxl for XLSX, the csv module as Dutch Excel reads a .csv,
the PDF's text, JSON), with hostile text kept inert in every one."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from helpers.scrypt import CHEAP
from pdftools import pages_text, text

from chinacheck.case import encryption, lifecycle
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Case, Status
from chinacheck.case.signoff import sign_off
from chinacheck.case.vocabulary import RiskLevel
from chinacheck.storage import register, store
from chinacheck.storage.library import CaseSummary, list_cases
from chinacheck.storage.register import Filters, RowKind

TODAY = date(2027, 6, 1)
MADE = datetime(2027, 6, 1, 10, 0, tzinfo=UTC)
HOSTILE_TITLES = [
    "=HYPERLINK(\"http://evil.example/\",\"klik\")",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    "  =1+1",
    "\t=1+1",
    "\r=1+1",
    "<b>vet</b> &amp; <img src=\"x\"/>",
    "abc\u202edcba",
    "W" * 400,
    "北京友好城市 王伟",
    "nul\x00bel\x07esc\x1b[31m",
]


def _save(folder: Path, name: str, case: Case) -> Path:
    path = folder / name
    store.save_case(case, path)
    return path


def _decided(kind: str, title: str, at: datetime) -> Case:
    case = example_case()
    case.kind, case.title = kind, title
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True, at=at)
    return case


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A case folder: a standing tie with its review overdue, one due soon, a trip, an
    encrypted case and a broken file."""
    cases = tmp_path / "zaken"
    cases.mkdir()
    _save(cases, "a.chinacheck", _decided("stedenband", "Band met Xi'an",
                                          datetime(2026, 5, 1, tzinfo=UTC)))  # review 2027-05-01
    _save(cases, "b.chinacheck", _decided("kennissamenwerking", "Universiteit",
                                          datetime(2026, 6, 20, tzinfo=UTC)))  # 2027-06-20
    trip = example_case()
    trip.kind, trip.title = "reis-uitgaand", "Handelsmissie"
    _save(cases, "c.chinacheck", trip)
    (cases / "zaak-0123abcd.chinacheck").write_bytes(
        encryption.encrypt(b'{"format": "chinacheck-case"}', "pw", cost=CHEAP))
    (cases / "kapot.chinacheck").write_text("{niet af", encoding="utf-8")
    return cases


def _register(folder: Path, **options: object) -> register.Register:
    return register.build(list_cases(folder, index=folder.parent / "index.json"),
                          today=TODAY, made=MADE, **options)  # type: ignore[arg-type]


# --- rows and filters ------------------------------------------------------------------------

def test_rows_carry_the_life_of_each_case_and_the_unreadable_files_come_last(
        folder: Path) -> None:
    reg = _register(folder)
    assert [row.row_kind for row in reg.rows] == [RowKind.CASE] * 3 + [RowKind.ENCRYPTED,
                                                                       RowKind.BROKEN]
    by_title = {row.summary.title: row for row in reg.cases if row.summary}
    tie = by_title["Band met Xi'an"]
    assert tie.summary is not None and tie.summary.phase == "besluit"
    assert tie.summary.decision == "doorgaan" and tie.summary.decided_on == date(2026, 5, 1)
    assert tie.next_review == date(2027, 5, 1)
    assert tie.review is lifecycle.ReviewState.OVERDUE
    assert by_title["Universiteit"].review is lifecycle.ReviewState.DUE
    assert by_title["Handelsmissie"].next_review is None
    encrypted, broken = reg.rows[3:]
    assert encrypted.file == "zaak-0123abcd.chinacheck" and encrypted.summary is None
    assert encrypted.file_modified is not None
    assert broken.file == "kapot.chinacheck" and broken.reason
    assert (reg.encrypted, reg.broken) == (1, 1)


def test_review_months_from_the_settings_move_the_next_review(folder: Path) -> None:
    reg = _register(folder, overrides={"stedenband": 24})
    tie = next(r for r in reg.cases if r.summary and r.summary.kind == "stedenband")
    assert tie.next_review == date(2028, 5, 1)
    assert tie.review is lifecycle.ReviewState.SCHEDULED


def test_filters_keep_what_matches_and_every_file_they_cannot_look_into(folder: Path) -> None:
    def titles(**filters: object) -> list[str]:
        reg = _register(folder, filters=Filters(**filters))  # type: ignore[arg-type]
        return [row.summary.title if row.summary else row.row_kind.value for row in reg.rows]

    assert titles(due=True) == ["Band met Xi'an", "Universiteit", "encrypted", "broken"]
    assert titles(kind="reis-uitgaand") == ["Handelsmissie", "encrypted", "broken"]
    assert titles(phase="besluit", kind="stedenband") == ["Band met Xi'an", "encrypted",
                                                           "broken"]
    assert titles(phase="nazorg") == ["encrypted", "broken"]


def test_an_encrypted_case_the_app_has_unlocked_is_shown_whole(folder: Path) -> None:
    path = folder / "zaak-0123abcd.chinacheck"
    summary = CaseSummary(path=path, id="x", title="Geheime reis", kind="reis-uitgaand",
                          organisation="", answered=0, total=1, open_actions=0,
                          risk=RiskLevel.HOOG, modified=MADE)
    reg = _register(folder, unlocked=[summary])
    assert reg.encrypted == 0
    assert "Geheime reis" in [row.summary.title for row in reg.cases if row.summary]


def test_open_actions_of_all_cases_sorted_by_due_date(folder: Path) -> None:
    case = example_case()
    case.title = "Met acties"
    answer = case.answer("visit-programme")
    case.set_answer("visit-programme", Answer(Status.JA, "", [
        *answer.actions, Action("Later", owner="Piet", due=date(2027, 9, 1)),
        Action("Zonder datum", owner="Jan")]))
    _save(folder, "d.chinacheck", case)
    actions = [(row.summary.title if row.summary else "", a.text, a.due)
               for row, a in _register(folder).open_actions()]
    dated = [a for a in actions if a[2] is not None]
    assert dated == sorted(dated, key=lambda a: a[2] or date.min)
    assert actions[-1][1] == "Zonder datum"


# --- hostile text ----------------------------------------------------------------------------

def _hostile_register(tmp_path: Path) -> register.Register:
    folder = tmp_path / "vijandig"
    folder.mkdir()
    for n, title in enumerate(HOSTILE_TITLES):
        case = example_case()
        case.title = title
        case.organisation = "=1+1" if n % 2 else "-@org"
        answer = case.answer("visit-programme")
        case.set_answer("visit-programme", Answer(Status.JA, "", [
            Action(f"=WEBSERVICE(\"http://x/{n}\")", owner="+31 6 1234")]))
        del answer
        _save(folder, f"{n:02d}.chinacheck", case)
    return _register(folder)


def _expected(title: str) -> str:
    """What a spreadsheet cell shows of a title: acting characters as code points."""
    from chinacheck.reports.register_table import shown

    return shown(title)


def test_xlsx_reads_back_typed_frozen_filtered_and_every_text_a_string(folder: Path) -> None:
    from chinacheck.reports.register_xlsx import render_xlsx

    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_register(folder))))
    cases, actions = book.worksheets
    assert cases.title == "Zaken" and actions.title == "Open acties"
    assert cases.freeze_panes == "A2" and actions.freeze_panes == "A2"
    assert cases.auto_filter.ref is not None and cases.auto_filter.ref.startswith("A1:")
    header = [cell.value for cell in cases[1]]
    assert header[:4] == ["Soort", "Titel", "Organisatie", "Fase"]
    rows = {row[1].value: row for row in cases.iter_rows(min_row=2)}
    tie = rows["Band met Xi'an"]
    column = {name: n for n, name in enumerate(header)}
    assert tie[column["Besloten op"]].value == datetime(2026, 5, 1)
    assert tie[column["Besloten op"]].is_date
    assert tie[column["Volgende herbeoordeling"]].value == datetime(2027, 5, 1)
    assert tie[column["Herbeoordeling"]].value == "te laat"
    assert tie[column["Punten"]].data_type == "n" and isinstance(tie[column["Punten"]].value,
                                                                 int)
    assert tie[column["Fase"]].value == "Besluit"
    assert rows["versleutelde zaak"][column["Bestand"]].value == "zaak-0123abcd.chinacheck"
    assert rows["versleutelde zaak"][column["Soort"]].value is None
    assert any(str(title).startswith("onleesbaar bestand: ") for title in rows)
    assert cases.column_dimensions["B"].width and cases.column_dimensions["B"].width >= 30
    header = [cell.value for cell in actions[1]]
    assert header == ["Zaak", "Actie", "Eigenaar", "Uiterlijk", "Te laat", "Zaak-id"]
    first = next(actions.iter_rows(min_row=2))
    assert first[3].is_date and first[4].value in ("ja", "nee")


def test_xlsx_keeps_hostile_text_as_text(tmp_path: Path) -> None:
    from chinacheck.reports.register_xlsx import render_xlsx

    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_hostile_register(tmp_path))))
    seen = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                assert cell.hyperlink is None
                if isinstance(cell.value, str):
                    seen.append(cell.value)
    for title in HOSTILE_TITLES:
        assert _expected(title) in seen, title
    assert "=1+1" in seen and "-@org" in seen and "+31 6 1234" in seen
    assert "abc[U+202E]dcba" in seen  # the override is shown, not obeyed
    assert not any("\x00" in value or "\x1b" in value or "\u202e" in value for value in seen)


def _read_csv(data: bytes, delimiter: str = ";") -> list[list[str]]:
    """As Dutch Excel reads a .csv: UTF-8 when it starts with a byte order mark, cells split
    on ';', quoted cells may hold the separator and line ends."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""),
                           delimiter=delimiter))


def test_csv_is_utf8_with_bom_and_semicolons_and_reads_back(folder: Path) -> None:
    from chinacheck.reports.register_table import render_csv

    data = render_csv(_register(folder))
    rows = _read_csv(data)
    header = rows[0]
    assert header[:3] == ["Soort", "Titel", "Organisatie"] and len(set(map(len, rows))) == 1
    tie = next(r for r in rows if r[1] == "Band met Xi'an")
    assert tie[header.index("Besloten op")] == "2026-05-01"
    assert tie[header.index("Volgende herbeoordeling")] == "2027-05-01"
    assert tie[header.index("Punten")].isdigit()
    comma = _read_csv(render_csv(_register(folder), delimiter=","), ",")
    assert comma == rows


def test_csv_guards_every_cell_a_spreadsheet_would_take_for_a_formula(tmp_path: Path) -> None:
    from chinacheck.reports.register_table import render_csv

    rows = _read_csv(render_csv(_hostile_register(tmp_path)))
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:
        # Excel starts a formula at =, +, - or @ (also after blanks), or at a tab or CR.
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    titles = [row[1] for row in rows[1:]]
    assert "'=HYPERLINK(\"http://evil.example/\",\"klik\")" in titles
    assert "'  =1+1" in titles and "'-2+3" in titles and "'@SUM(A1)" in titles
    assert "<b>vet</b> &amp; <img src=\"x\"/>" in titles and "北京友好城市 王伟" in titles
    assert "W" * 400 in titles


def test_json_has_stable_keys_and_the_exact_texts(tmp_path: Path, folder: Path) -> None:
    from chinacheck.reports.register_table import JSON_FORMAT, JSON_VERSION, render_json

    data = json.loads(render_json(_register(folder)))
    assert data["format"] == JSON_FORMAT and data["version"] == JSON_VERSION == 1
    assert data["today"] == "2027-06-01" and data["filters"] == {"due": False, "phase": None,
                                                                 "kind": None}
    keys = {frozenset(entry) for entry in data["cases"]}
    assert len(keys) == 1  # every entry has every key, whatever it is
    tie = next(e for e in data["cases"] if e["title"] == "Band met Xi'an")
    assert tie["kind"] == "stedenband" and tie["phase"] == "besluit"
    assert tie["decision"] == "doorgaan" and tie["next_review"] == "2027-05-01"
    assert tie["review_state"] == "overdue" and isinstance(tie["open_actions"], int)
    assert tie["actions"][0].keys() == {"text", "owner", "due", "overdue", "source"}
    encrypted = next(e for e in data["cases"] if e["status"] == "encrypted")
    assert encrypted["title"] is None and encrypted["file"] == "zaak-0123abcd.chinacheck"
    hostile = json.loads(render_json(_hostile_register(tmp_path)))
    assert sorted(e["title"] for e in hostile["cases"]) == sorted(HOSTILE_TITLES)


def test_pdf_groups_by_kind_and_shows_decision_phase_and_review(folder: Path) -> None:
    from chinacheck.reports.register_pdf import render_register

    rendered = render_register(_register(folder), classification="Departementaal vertrouwelijk")
    words = text(rendered.data)
    assert "Overzicht contacten met China" in words
    assert "Departementaal vertrouwelijk" in words
    assert "Stedenband of vriendschapsband (1)" in words
    assert "Band met Xi'an" in words and "Doorgaan" in words and "1 mei 2026" in words
    assert "1 mei 2027 te laat" in words and "20 juni 2027 binnenkort" in words
    assert "versleutelde zaak zaak-0123abcd.chinacheck" in words
    assert "Versleutelde zaken: 1; onleesbare bestanden: 1" in words


def test_pdf_repeats_the_header_row_on_every_page_of_a_long_table(tmp_path: Path) -> None:
    from chinacheck.reports.register_pdf import render_register

    base = CaseSummary(path=tmp_path / "x.chinacheck", id="x", title="", kind="stedenband",
                       organisation="Gemeente", answered=1, total=2, open_actions=3,
                       risk=RiskLevel.LAAG, modified=MADE)
    entries = [replace(base, path=tmp_path / f"{n}.chinacheck", title=f"Zaak {n:03d}")
               for n in range(120)]
    reg = register.build(entries, today=TODAY, made=MADE)
    pages = pages_text(render_register(reg).data)
    assert len(pages) >= 3
    for page in pages:
        assert "Titel Fase Besluit Periode Totaalrisico" in page
    assert sum(page.count("Zaak ") for page in pages) == 120


def test_pdf_prints_hostile_text_as_text(tmp_path: Path) -> None:
    from chinacheck.reports.register_pdf import render_register

    words = text(render_register(_hostile_register(tmp_path)).data)
    assert "<b>vet</b> &amp; <img src=\"x\"/>" in words
    assert "=HYPERLINK" in words and "北京友好城市" in words



def test_plain_latin_titles_skip_the_paragraph_and_others_keep_it() -> None:
    from chinacheck.reports.register_pdf import PlainLines, _plain_cell
    from chinacheck.reports.styles import styles

    st = styles(0.95)
    cell = _plain_cell("Stedenband Zwolle–Xi'an, één “lang” verhaal " * 3, "Gemeente Zwolle",
                       200, st)
    assert isinstance(cell, PlainLines) and len(cell.bold) >= 2 and cell.regular
    for title in ["北京友好城市", "W" * 400, "سلام", "abc\u202edcba", "<b>x</b>\x07"]:
        assert _plain_cell(title, "", 200, st) is None, title
    assert _plain_cell("Stedenband", "王伟", 200, st) is None


def test_a_text_longer_than_a_spreadsheet_cell_is_cut_and_says_so(tmp_path: Path) -> None:
    from chinacheck.reports.register_table import render_csv
    from chinacheck.reports.register_xlsx import render_xlsx

    summary = CaseSummary(path=tmp_path / "x.chinacheck", id="x", title="Beëindigd",
                          kind="stedenband", organisation="", answered=0, total=1,
                          open_actions=0, risk=RiskLevel.LAAG, modified=MADE,
                          phase="beeindigd", ended_on=date(2027, 1, 1),
                          ended_reason="=reden " * 15_000)
    reg = register.build([summary], today=TODAY, made=MADE)
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(reg))).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    reason = sheet.cell(2, header.index("Reden van beëindigen") + 1)
    assert reason.data_type == "s" and len(reason.value) <= 32_767
    assert reason.value.startswith("=reden ") and reason.value.endswith("…")
    row = _read_csv(render_csv(reg))[1]
    assert row[header.index("Reden van beëindigen")].startswith("'=reden ")
