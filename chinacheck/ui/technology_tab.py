"""The Technologie tab: the brochure's table with live search, footnote and caveat."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from chinacheck.guidance.content import Content
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.technology_model import TechnologyFilter, TechnologyModel


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class TechnologyTab(QWidget):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = content.technologies
        self.model = TechnologyModel(content, self)
        self.proxy = TechnologyFilter(content, self)
        self.proxy.setSourceModel(self.model)
        heading = QLabel(f"<h3>{table.title}</h3>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Zoek een sector of technologie, bijvoorbeeld: chips, waterstof, AI"))
        self.search.setAccessibleName(self.tr("Zoek in de technologietabel"))
        self.search.setClearButtonEnabled(True)
        self.view = keyboard_friendly(QTreeView())
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Technologietabel"))
        self.view.setUniformRowHeights(True)
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.search.textChanged.connect(self._filter)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(_plain_label(table.no_match + " " + table.match_advice))
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.caveat = _plain_label(table.caveat)
        self.footnote = _plain_label("¹ " + table.footnote)
        font = self.footnote.font()
        font.setItalic(True)  # set apart by style, not by a low-contrast colour
        self.footnote.setFont(font)
        layout.addWidget(self.caveat)
        layout.addWidget(self.footnote)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()

    def visible_names(self) -> list[str]:
        names = []
        for row in range(self.proxy.rowCount()):
            sector = self.proxy.index(row, 0)
            names.append(str(sector.data()))
            names.extend(str(self.proxy.index(r, 0, sector).data())
                         for r in range(self.proxy.rowCount(sector)))
        return names
