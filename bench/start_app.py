"""Start-up of ChinaCheck: the main window with the library and the brochure tab, painted."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from PySide6.QtCore import QTimer

    from chinacheck.ui.app import make_app

    app = make_app()
    from chinacheck.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.grab()
    if window.library.model.rowCount() < 0 or window.tabs.currentIndex() != 0:
        return 1  # the brochure tab must be the one on screen
    print(f"PAINTED {time.time()!r}", flush=True)  # the moment that counts, before teardown
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
