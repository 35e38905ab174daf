"""Render every tab of the main window with a realistic example case to docs/screenshots/.

Usage: python scripts/screenshots.py [OUTPUT_DIR] [--lang en] [--scale 2] [--dark] [--prefix P]
(runs offscreen; writes 1280×800 PNGs, larger with --scale)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _example_library(folder: Path) -> Path:
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import RiskLevel
    from chinacheck.storage import store

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
        case.title, case.kind = title, kind
        case.organisation, case.overall_risk = organisation, risk
        case.answers = dict(list(case.answers.items())[: n + 1])
        store.save_case(case, folder / f"voorbeeld-{n}.chinacheck")
    _register_examples(folder)
    return folder / "stedenband-zwolle-wuhan.chinacheck"


def _debrief_example(folder: Path) -> Path:
    """The trade mission after its return: decided, in nazorg, with a debrief."""
    from datetime import date

    from chinacheck.case import lifecycle
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Action, DebriefEntry
    from chinacheck.case.signoff import sign_off
    from chinacheck.storage import store

    case = example_case()
    case.id = "00000000-0000-4000-8000-0000000000a1"
    case.title, case.kind = "Handelsmissie Wuxi 2027", "reis-uitgaand"
    case.organisation = "Regio Eindhoven"
    sign_off(case, name="Zoë de Vries", role="portefeuillehouder", decision="doorgaan",
             final=True)
    lifecycle.change_phase(case, "in-uitvoering")
    lifecycle.change_phase(case, "nazorg")
    case.debrief = [
        DebriefEntry("gift", "Powerbank met logo van de gastheer, bij het diner", date(2027, 3, 15),
                     electronic=True, handling="handed-in",
                     actions=[Action("Laten onderzoeken door IT-beveiliging", "F. el Amrani",
                                     date(2027, 3, 31))]),
        DebriefEntry("approach", "Vraag naar contactgegevens van de havenbeheerder",
                     date(2027, 3, 16), handling="reported"),
        DebriefEntry("device-unattended", "Laptop een uur in de hotelkamer", date(2027, 3, 17)),
    ]
    path = folder / "handelsmissie-wuxi.chinacheck"
    store.save_case(case, path)
    return path


def _register_examples(folder: Path) -> None:
    """Cases in later phases, dated relative to today, so the Overzicht has something in every
    section: an overdue review, a trip ahead, a visit awaiting its debrief, actions due."""
    from datetime import UTC, date, datetime, timedelta

    from chinacheck.case import lifecycle
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Action, Answer, Case, Status
    from chinacheck.case.signoff import sign_off
    from chinacheck.storage import store

    today = date.today()

    def decided(title: str, kind: str, organisation: str, days_ago: int) -> Case:
        case = example_case()
        case.title, case.kind, case.organisation = title, kind, organisation
        case.answers["visit-programme"] = Answer(Status.DEELS, "", [Action(
            "Programma delen met het ICP", "Piet Jansen", today - timedelta(days=5))])
        sign_off(case, name="Zoë de Vries", role="opsteller", decision="doorgaan", final=True,
                 at=datetime.combine(today - timedelta(days=days_ago), datetime.min.time(),
                                     tzinfo=UTC))
        return case

    tie = decided("Stedenband Delft – Tianjin", "stedenband", "Gemeente Delft", 400)
    lifecycle.change_phase(tie, "in-uitvoering")
    store.save_case(tie, folder / "stedenband-delft-tianjin.chinacheck")
    trip = decided("Handelsmissie Chongqing", "reis-uitgaand", "Provincie Utrecht", 20)
    trip.start_date, trip.end_date = (today + timedelta(days=24),
                                      today + timedelta(days=29))
    store.save_case(trip, folder / "handelsmissie-chongqing.chinacheck")
    visit = decided("Ontvangst delegatie Xi'an", "delegatie-inkomend", "Gemeente Groningen", 40)
    visit.start_date, visit.end_date = (today - timedelta(days=14),
                                        today - timedelta(days=12))
    lifecycle.change_phase(visit, "in-uitvoering")
    store.save_case(visit, folder / "delegatie-xian.chinacheck")


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#f0f0f0"),
                         (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#2d2d2d"),
                         (roles.Text, "#f0f0f0"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#f0f0f0"), (roles.Highlight, "#3d6fb6"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#1e1e1e"),
                         (roles.ToolTipText, "#f0f0f0"), (roles.PlaceholderText, "#a8a8a8"),
                         (roles.Link, "#8ab4f8")):
        palette.setColor(role, QColor(colour))
    return palette


def main(out: Path, language: str = "nl", dark: bool = False, prefix: str = "") -> int:
    home = Path(tempfile.mkdtemp(prefix="chinacheck-screens-"))
    os.environ["CHINACHECK_HOME"] = str(home)
    from chinacheck.storage import paths, settings
    from chinacheck.ui.app import make_app

    app = make_app()
    if dark:
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())  # type: ignore[arg-type]
    from chinacheck.ui import translation

    settings.save(settings.Settings(language=language,
                                    security_officer_name="Fatima el Amrani",
                                    security_officer_phone="+31 40 238 0000",
                                    security_officer_email="beveiliging@regio.example"))
    translation.install(language)
    from chinacheck.ui.main_window import MainWindow

    case_path = _example_library(paths.ensure_dir(paths.cases_dir()))
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.library.refresh()
    out.mkdir(parents=True, exist_ok=True)
    window.tabs.setCurrentWidget(window.overview)  # the start view, before a case is open
    app.processEvents()
    window.grab().save(str(out / f"{prefix}overzicht.png"))
    window.open_path(case_path)
    window.checklist_tab.select_item("visit-programme")
    out.mkdir(parents=True, exist_ok=True)
    names = ["overzicht", "brochure", "zaak", "checklist", "technologie", "contacten"]
    for index, name in enumerate(names):
        if name == "overzicht":
            continue
        window.tabs.setCurrentIndex(index)
        if name == "technologie":
            window.technology_tab.search.setText("")
        app.processEvents()
        window.grab().save(str(out / f"{prefix}{name}.png"))
    window.technology_tab.search.setText("waterstof")
    window.tabs.setCurrentIndex(names.index("technologie"))
    app.processEvents()
    window.grab().save(str(out / f"{prefix}technologie-zoeken.png"))
    trip = _debrief_example(paths.cases_dir())
    window.library.refresh()
    window.open_path(trip)
    window.tabs.setCurrentWidget(window._debrief)
    window.debrief_tab.select(0)
    app.processEvents()
    window.grab().save(str(out / f"{prefix}nazorg.png"))
    window.session.doc.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, e.g. 2 for 200 %%")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--prefix", default="", help="prefix for the file names")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    raise SystemExit(main(args.out, args.lang, args.dark, args.prefix))
