"""Start-up of ChinaCheck as ``chinacheck`` does it: the command line, then the main window with
the library and the brochure tab, painted."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _gui_until_painted(args: argparse.Namespace) -> int:
    """cli.cmd_gui, except that the event loop stops once the window has painted."""
    from chinacheck.display import display_problem

    if display_problem():
        return 1
    from bench.first_paint import run_until_painted
    from chinacheck.ui.app import start

    app, controller = start()
    window = controller.window
    if not run_until_painted(app) or window.tabs.currentIndex() != 0:
        return 1  # the window must have painted, with the brochure tab on screen
    print(f"PAINTED {time.time()!r}", flush=True)  # the moment that counts, before teardown
    os._exit(0)


def main() -> int:
    from chinacheck.cli import main as cli

    cli.cmd_gui = _gui_until_painted  # the real command line picks the GUI handler
    return cli.main([])


if __name__ == "__main__":
    raise SystemExit(main())
