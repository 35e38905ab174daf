"""User journeys through the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from chinacheck.ui import new_case_dialog as new_case_dialog_module
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.new_case_dialog import NewCaseDialog


def new_case_via_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, title: str,
                      kind: str) -> None:
    """File → New, with the dialog filled in as a user would."""

    class FilledDialog(NewCaseDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.title.setText(title)
            self.kind.setCurrentIndex(self.kind.findData(kind))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(new_case_dialog_module, "NewCaseDialog", FilledDialog)
    window.new_action.trigger()
