"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from chinacheck import APP_NAME, __version__


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("chinacheck")
    from PySide6.QtGui import QIcon

    from chinacheck.resource_files import file_path

    app.setWindowIcon(QIcon(str(file_path("icons/chinacheck-256.png"))))
    return app


def run(file: Path | None = None) -> int:
    app = make_app()
    from chinacheck.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if file is not None:
        window.open_path(file)
    return app.exec()
