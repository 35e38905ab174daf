"""Register of 5 000 cases to XLSX, CSV and PDF, each against a plain-library floor that writes
the same rows in the same run.

ChinaCheck: ``chinacheck register`` in process: the library listing (warm index), the
register's rows, the format and the atomic write. Floors, from the same listing's rows:

- CSV: :mod:`csv` writing the same values (already as text) to a file;
- XLSX: XlsxWriter's ``write_row`` of the same values, one sheet, no formats;
- PDF: one plain reportlab table per kind of case on landscape A4 with the same fonts and the
  same cells (the title as a paragraph, so that Chinese names print; the rest as strings),
  header row repeated, no page furniture and no PDF/A step.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from typing import Any

from bench.library_scale import COUNT, _populate


def _plain_rows(folder: Path) -> list[list[Any]]:
    from chinacheck.storage.library import CaseSummary, list_cases

    rows: list[list[Any]] = []
    for s in list_cases(folder):
        if isinstance(s, CaseSummary):
            rows.append([s.kind, s.title, s.organisation, s.phase, s.decision,
                         s.decided_on, s.start_date, s.end_date, s.risk.value,
                         s.next_review(), "", s.open_actions, s.answered, s.total, s.revision,
                         s.ended_on, s.ended_reason, s.preparer,
                         s.modified.replace(tzinfo=None), s.id, s.path.name])
    rows.sort(key=lambda row: (row[0], row[1]))
    return rows


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def csv_floor(rows: list[list[Any]], target: Path) -> Callable[[], None]:
    def run() -> None:
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            for row in rows:
                writer.writerow([_text(v) for v in row])
    return run


def xlsx_floor(rows: list[list[Any]], target: Path) -> Callable[[], None]:
    import xlsxwriter

    def run() -> None:
        book = xlsxwriter.Workbook(str(target), {"remove_timezone": True})
        sheet = book.add_worksheet()
        for n, row in enumerate(rows):
            sheet.write_row(n, 0, [_text(v) if not isinstance(v, int) else v for v in row])
        book.close()
    return run


def pdf_floor(rows: list[list[Any]], target: Path) -> Callable[[], None]:
    from html import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

    from chinacheck.reports import fonts

    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=8, leading=10)
    cjk = ParagraphStyle("cjk", parent=body, fontName=fonts.CJK)

    def run() -> None:
        story: list[Flowable] = []
        for _kind, group in groupby(rows, key=lambda row: row[0]):
            data: list[list[Any]] = [["Titel", "Fase", "Besluit", "Periode", "Risico",
                                      "Herbeoordeling", "Acties"]]
            for r in group:
                data.append([Paragraph(f"{escape(r[1])}<br/>{escape(r[2])}", cjk), r[3],
                             f"{r[4]}\n{_text(r[5])}", f"{_text(r[6])} – {_text(r[7])}", r[8],
                             _text(r[9]), str(r[11])])
            story.append(Table(data, repeatRows=1, hAlign="LEFT",
                               colWidths=[200, 70, 110, 140, 60, 80, 40]))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=landscape(A4), initialFontName=fonts.SANS).build(story)
        target.write_bytes(out.getvalue())
    return run


def prepare(home: Path) -> Path:
    """5 000 case files in ``home``'s case folder, listed once (the index warm)."""
    os.environ["CHINACHECK_HOME"] = str(home)
    from chinacheck.storage import paths
    from chinacheck.storage.library import list_cases

    paths.set_data_dir(home)
    folder = paths.cases_dir()
    _populate(folder)
    assert len(list_cases(folder)) == COUNT
    return folder


def ours(fmt: str, target: Path) -> Callable[[], None]:
    from chinacheck.cli.main import main

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()):  # the path it prints
            code = main(["register", "-o", str(target), "--format", fmt])
        if code != 0:
            raise SystemExit(f"register --format {fmt} failed")
    return run


def floors(folder: Path, out: Path) -> dict[str, Callable[[], None]]:
    rows = _plain_rows(folder)
    return {"csv": csv_floor(rows, out / "floor.csv"), "xlsx": xlsx_floor(rows, out / "floor.xlsx"),
            "pdf": pdf_floor(rows, out / "floor.pdf")}
