"""The real app (chinacheck.ui.app.run) on a case, made dirty once it is open; prints "dirty"
and then waits to be ended from outside. Used by tests/test_hardening_session_end.py.

Usage: python app_driver.py CASE_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from chinacheck.ui import app as ui_app
from chinacheck.ui.main_window import MainWindow

EDITED_TITLE = "Gewijzigd, niet opgeslagen"


def main() -> int:
    original = ui_app.after_first_paint

    def after_first_paint(window: MainWindow, file: Path | None) -> None:
        original(window, file)
        timer = QTimer(window)

        def edit_once_open() -> None:
            doc = window.session.doc
            if doc is None:
                return
            timer.stop()
            doc.edit("Titel", lambda case: setattr(case, "title", EDITED_TITLE))
            print("dirty", flush=True)

        timer.timeout.connect(edit_once_open)
        timer.start(50)

    ui_app.after_first_paint = after_first_paint
    return ui_app.run(Path(sys.argv[1]))


if __name__ == "__main__":
    raise SystemExit(main())
