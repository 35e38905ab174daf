"""A tab page that builds its real widget the first time it is shown (keeps start-up fast)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTab(QWidget, Generic[W]):
    def __init__(self, factory: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> W:
        if self._widget is None:
            self._widget = self._factory()
            self._layout.addWidget(self._widget)
            self._widget.show()  # a layout would only show it on the next event-loop turn
        return self._widget

    def reset(self) -> None:
        """Drop the built widget: it is built anew when next needed (at once when shown)."""
        if self._widget is None:
            return
        old, self._widget = self._widget, None
        self._layout.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        if self.isVisible():
            self.widget()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.widget()
        super().showEvent(event)
