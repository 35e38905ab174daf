"""Render the content-pack windows to docs/screenshots/: Help → Inhoudspakketten…, the "Wat is
er veranderd" offered when an open case of an older edition is opened, and the checklist after
the move (an answer to confirm again, a withdrawn question).

Usage: python scripts/pack_screenshots.py [OUTPUT_DIR]
(runs offscreen with the test packs of tests/data/packs; writes PNGs)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
PACKS = REPO / "tests" / "data" / "packs"
PUBLISHER = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"
LATER = "nctv-decentrale-contacten-china@2026.01-1"


def main(out: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="chinacheck-packs-shots-"))
    os.environ["CHINACHECK_HOME"] = str(home)
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication, QDockWidget

    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Answer, Status
    from chinacheck.storage import pack_store, paths, store
    from chinacheck.ui import changes_dialog
    from chinacheck.ui.main_window import MainWindow
    from chinacheck.ui.packs_dialog import PacksDialog

    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.settings.trusted_pack_keys = [PUBLISHER]
    window.settings.allow_unverified_packs = True
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    pack_store.import_pack(PACKS / "organisation", window.settings)
    window.settings.active_pack = LATER

    dialog = PacksDialog(window.settings, lambda: None, str(paths.data_dir()), window)
    dialog.select(LATER)
    dialog.say(f"Actief voor nieuwe zaken: {LATER}")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "inhoudspakketten.png"))
    dialog.close()

    case = example_case()
    case.answers["need-investment"] = Answer(Status.JA, "Tijd van twee beleidsmedewerkers.")
    case.answers["espionage-public-wifi"] = Answer(Status.JA, "Alleen via de eigen hotspot.")
    path = paths.ensure_dir(paths.cases_dir()) / "stedenband-zwolle-wuhan.chinacheck"
    store.save_case(case, path)

    def ask(shown: changes_dialog.ChangesDialog) -> bool:
        shown.show()
        app.processEvents()
        shown.grab().save(str(out / "wat-is-er-veranderd.png"))
        return True

    changes_dialog.ask = ask  # type: ignore[assignment]
    window.resize(1280, 800)
    window.show()
    window.open_path(path)
    window.tabs.setCurrentWidget(window._checklist)
    window.checklist_tab.select_item("need-investment")
    for dock in window.findChildren(QDockWidget):  # the checklist at its full width
        dock.hide()
    app.processEvents()
    window.grab().save(str(out / "checklist-opnieuw-bevestigen.png"))
    window.session.doc.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots")
