"""Asks for the title and kind of a new case."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from chinacheck.guidance.content import Content
from chinacheck.ui.accessibility import describe_by
from chinacheck.ui.labels import kind_label


class NewCaseDialog(QDialog):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe zaak"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel van de nieuwe zaak"))
        self.title.setPlaceholderText(self.tr("bijv. Handelsmissie Shenzhen 2027"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort zaak"))
        for kind in content.kinds:
            self.kind.addItem(kind_label(kind), kind.id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self._content = content
        self.kind.currentIndexChanged.connect(self._describe)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Aanmaken"))
        ok.setEnabled(False)
        self.title.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Soort"), self.kind)
        form.addRow(self.description)
        form.addRow(self.buttons)
        self._describe()
        self.resize(480, self.sizeHint().height())

    def _describe(self) -> None:
        kind = self._content.kind(self.kind.currentData())
        self.description.setText(kind.description if kind else "")
        describe_by(self.kind, self.description)

    def values(self) -> tuple[str, str]:
        return self.title.text().strip(), str(self.kind.currentData())
