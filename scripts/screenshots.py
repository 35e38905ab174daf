"""Render every tab of the main window with a realistic example case to docs/screenshots/.

Usage: python scripts/screenshots.py [OUTPUT_DIR]   (runs offscreen; writes 1280×800 PNGs)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _example_library(folder: Path) -> Path:
    from chinacheck import store
    from chinacheck.examples import example_case
    from chinacheck.model import RiskLevel

    main = example_case()
    store.save_case(main, folder / "stedenband-zwolle-wuhan.chinacheck")
    others = [
        ("Kennissamenwerking batterijonderzoek", "kennissamenwerking", "Provincie Gelderland",
         RiskLevel.HOOG),
        ("Handelsmissie Shenzhen 2027", "reis-uitgaand", "Regio Eindhoven", RiskLevel.UNDETERMINED),
        ("Bezoek delegatie Chengdu", "delegatie-inkomend", "Gemeente Leeuwarden", RiskLevel.LAAG),
    ]
    for n, (title, kind, organisation, risk) in enumerate(others):
        case = example_case()
        case.id = f"00000000-0000-4000-8000-00000000000{n}"
        case.title, case.kind, case.organisation, case.overall_risk = title, kind, organisation, risk
        case.answers = dict(list(case.answers.items())[: n + 1])
        store.save_case(case, folder / f"voorbeeld-{n}.chinacheck")
    return folder / "stedenband-zwolle-wuhan.chinacheck"


def main(out: Path) -> int:
    home = Path(tempfile.mkdtemp(prefix="chinacheck-screens-"))
    os.environ["CHINACHECK_HOME"] = str(home)
    from chinacheck import paths
    from chinacheck.ui.app import make_app

    app = make_app()
    from chinacheck.ui.main_window import MainWindow

    case_path = _example_library(paths.ensure_dir(paths.cases_dir()))
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.library.refresh()
    window.open_path(case_path)
    window.checklist_tab.select_item("visit-programme")
    out.mkdir(parents=True, exist_ok=True)
    names = ["brochure", "zaak", "checklist", "technologie", "contacten"]
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        if name == "technologie":
            window.technology_tab.search.setText("")
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
    window.technology_tab.search.setText("waterstof")
    window.tabs.setCurrentIndex(names.index("technologie"))
    app.processEvents()
    window.grab().save(str(out / "technologie-zoeken.png"))
    window.session.doc.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    raise SystemExit(main(target))
