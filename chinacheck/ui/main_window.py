"""The main window: wires the tabs together. Kept small on purpose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from chinacheck import APP_NAME


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget()
        for label in (self.tr("Brochure"), self.tr("Checklist"), self.tr("Technologie"),
                      self.tr("Contacten")):
            self.tabs.addTab(QLabel(label), label)
        self.setCentralWidget(self.tabs)

    def open_path(self, path: Path) -> None:
        self.statusBar().showMessage(str(path))
