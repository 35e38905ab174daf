"""Overzicht scale: the start view filled from 5 000 listed cases, against a plain Qt floor.

The cases differ in kind, phase, review date, trip dates and open actions, so that every section
of the overview has lines (thousands of open actions among them). Timed from the listed entries
(the library's listing has its own rows) to the painted first screen of the view; the floor is a
QStandardItemModel in a QTreeView with the same sections and the same number of lines of five
plain texts each, filled and painted in the same way.
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

COUNT = 5000
TODAY = date(2027, 3, 1)
PHASES = ["voorbereiding", "besluit", "in-uitvoering", "nazorg", "afgesloten", "beeindigd"]
KINDS = ["stedenband", "delegatie-inkomend", "reis-uitgaand", "kennissamenwerking",
         "economische-samenwerking", "overig"]


def _populate(folder: Path) -> None:
    from chinacheck.case import caseformat
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Action, Ended

    folder.mkdir(parents=True, exist_ok=True)
    case = example_case()
    first_answer = next(iter(case.answers.values()))
    for n in range(COUNT):
        case.id = f"00000000-0000-4000-8000-{n:012d}"
        case.title = f"Zaak {n:04d} gemeente {n % 97}"
        case.kind = KINDS[n % len(KINDS)]
        case.phase = PHASES[n % len(PHASES)]
        case.ended = Ended(TODAY - timedelta(days=30), "Raadsbesluit") \
            if case.phase == "beeindigd" else None
        case.next_review = TODAY + timedelta(days=n % 400 - 100)
        case.start_date = TODAY + timedelta(days=n % 120 - 30)
        case.end_date = case.start_date + timedelta(days=4)
        first_answer.actions = [Action(f"Actie {k} van zaak {n}", "Zoë de Vries",
                                       TODAY + timedelta(days=(n + k) % 90 - 45))
                                for k in range(n % 4)]
        (folder / f"zaak-{n:04d}.chinacheck").write_bytes(caseformat.dumps(case))


def _floor(app: Any, view: Any, sections: list[tuple[str, list[Any]]]) -> None:
    """The same number of lines, five plain texts each, in a plain item model."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel()
    root = model.invisibleRootItem()
    for title, lines in sections:
        section = QStandardItem(f"{title} ({len(lines)})")
        for case in lines:
            section.appendRow([QStandardItem(case.title), QStandardItem(case.kind),
                               QStandardItem(str(case.start_date)), QStandardItem(case.phase),
                               QStandardItem(case.preparer)])
        root.appendRow(section)
    view.setModel(model)
    view.expandToDepth(0)
    app.processEvents()
    view.viewport().grab()


def measure(home: Path, rounds: int) -> dict[str, Any]:
    os.environ["CHINACHECK_HOME"] = str(home)
    from chinacheck.storage import paths

    paths.set_data_dir(home)
    folder = paths.cases_dir()
    _populate(folder)
    from chinacheck.guidance.content import load
    from chinacheck.storage import library, overview
    from chinacheck.ui.app import make_app

    app = make_app()
    from PySide6.QtWidgets import QTreeView

    from chinacheck.ui.overview_panel import OverviewPanel

    library.list_cases(folder)  # the index, as the library has it after its first listing
    entries = library.list_cases(folder)
    assert len(entries) == COUNT
    seen = overview.build(entries, TODAY)
    sections = [("reviews", [r.case for r in seen.reviews]),
                ("trips", [t.case for t in seen.trips]),
                ("actions", [a.case for a in seen.actions]),
                ("debriefs", [d.case for d in seen.debriefs]),
                *((p, cases) for p, cases in seen.by_phase.items())]
    lines = sum(len(s[1]) for s in sections)

    ours, floors = [], []
    for _ in range(rounds):
        panel = OverviewPanel(load())
        panel.today = lambda: TODAY
        panel.resize(1000, 700)
        panel.show()
        app.processEvents()
        started = time.perf_counter()
        panel.show_entries(entries)
        app.processEvents()
        panel.tree.viewport().grab()
        ours.append(time.perf_counter() - started)
        assert panel.model.rowCount() >= 5
        panel.close()
        panel.deleteLater()

        view = QTreeView()
        view.setUniformRowHeights(True)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        started = time.perf_counter()
        _floor(app, view, sections)
        floors.append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        app.processEvents()
    paths.set_data_dir(None)
    return {"ours": statistics.median(ours), "floor": statistics.median(floors),
            "ratio": statistics.median(o / f for o, f in zip(ours, floors, strict=True)),
            "lines": lines}
