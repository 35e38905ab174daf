"""Child process of the hostile-input benchmark: export the worst case file the limits allow.

    python bench/hostile_export.py CASE OUT.pdf

Runs ``chinacheck export CASE -o OUT.pdf`` in process, as the command line does (open, render,
write the PDF, record the export in the case's audit trail, save), after one export of a small
case has loaded the modules and fonts, so that start-up is not counted. Prints ``EXPORTED
<seconds>``; the parent reads the peak RSS of the whole process.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chinacheck.cli.main import main  # noqa: E402
from chinacheck.storage import store  # noqa: E402


def _warm_up() -> None:
    from chinacheck.case.examples import example_case

    with tempfile.TemporaryDirectory(prefix="chinacheck-warm-") as folder:
        case_file = Path(folder) / "klein.chinacheck"
        store.save_case(example_case(), case_file)
        if main(["export", str(case_file), "-o", str(Path(folder) / "klein.pdf")]) != 0:
            raise SystemExit("the warm-up export failed")


def run(case_file: str, pdf: str) -> float:
    _warm_up()
    started = time.perf_counter()
    status = main(["export", case_file, "-o", pdf])
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"the export failed with status {status}")
    return elapsed


if __name__ == "__main__":
    print(f"EXPORTED {run(sys.argv[1], sys.argv[2]):.3f}")
