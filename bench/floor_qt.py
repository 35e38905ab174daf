"""Start-up floor: a bare Qt window with five tabs of ~20 KB HTML each, shown and painted."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.first_paint import run_until_painted  # noqa: E402

PARAGRAPH = ("<p>" + "Decentrale contacten met China vragen om een zorgvuldige afweging. " * 6
             + "</p>")


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    html = "<h1>Floor</h1>" + PARAGRAPH * 50  # ~20 KB
    for n in range(5):
        browser = QTextBrowser()
        browser.setHtml(html)
        tabs.addTab(browser, f"Tab {n}")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    if not run_until_painted(app):
        return 1
    print(f"PAINTED {time.time()!r}", flush=True)  # the moment that counts, before teardown
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
