"""Library scale: 5 000 case files in the case folder, listed, filtered and opened in the app."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

COUNT = 5000


def _populate(folder: Path) -> Path:
    from chinacheck.case import caseformat
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import RiskLevel

    folder.mkdir(parents=True, exist_ok=True)
    base = caseformat.to_dict(example_case())
    kinds = ["stedenband", "delegatie-inkomend", "reis-uitgaand", "kennissamenwerking",
             "economische-samenwerking", "overig"]
    risks = [r.value for r in RiskLevel]
    first = None
    for n in range(COUNT):
        data = dict(base)
        data.update(id=f"00000000-0000-4000-8000-{n:012d}", title=f"Zaak {n:04d} gemeente {n % 97}",
                    kind=kinds[n % 6], overall_risk=risks[n % 4],
                    organisation=f"Gemeente {n % 350}")
        path = folder / f"zaak-{n:04d}.chinacheck"
        path.write_bytes(caseformat.dumps(caseformat.from_dict(data)))
        first = first or path
    assert first is not None
    return first


def measure(home: Path, rounds: int) -> dict[str, float]:
    os.environ["CHINACHECK_HOME"] = str(home)
    from chinacheck.storage import paths

    paths.set_data_dir(home)
    one = _populate(paths.cases_dir())
    from chinacheck.ui.app import make_app

    app = make_app()
    from chinacheck.ui.main_window import MainWindow

    def list_once() -> float:
        started = time.perf_counter()
        win = MainWindow()  # builds the library (model filled) ...
        win.resize(1280, 800)
        win.show()
        app.processEvents()
        win.library.table.viewport().grab()  # ... and paints the first screen of it
        elapsed = time.perf_counter() - started
        assert win.library.model.rowCount() == COUNT
        win.close()
        return elapsed

    cold = list_once()
    warm = statistics.median(list_once() for _ in range(rounds))
    window = MainWindow()
    window.show()
    app.processEvents()
    filters, opens = [], []
    for n in range(rounds):
        started = time.perf_counter()
        window.library.search.setText(f"gemeente {n + 3}")
        app.processEvents()
        filters.append(time.perf_counter() - started)
        window.library.search.clear()
        app.processEvents()
        started = time.perf_counter()
        window.open_path(one)
        app.processEvents()
        opens.append(time.perf_counter() - started)
        window.session.maybe_close()
    window.close()
    paths.set_data_dir(None)
    return {"cold": cold, "warm": warm, "filter": statistics.median(filters),
            "open": statistics.median(opens)}
