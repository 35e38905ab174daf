"""Slots connected to whichever case document is open: exactly once, and to no other."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance

from chinacheck.ui.document import CaseDocument

Slot = Callable[..., Any]
Connections = Callable[[CaseDocument], list[tuple[SignalInstance, Slot]]]


class DocumentWatch:
    """A second connection would announce every message twice; a forgotten one would let a
    closed window react to a document it no longer shows."""

    def __init__(self, connections: Connections) -> None:
        self._connections = connections
        self._watched: CaseDocument | None = None

    def watch(self, doc: CaseDocument | None) -> None:
        if doc is self._watched:
            return
        self.unwatch()
        if doc is not None:
            for signal, slot in self._connections(doc):
                signal.connect(slot)
        self._watched = doc

    def unwatch(self) -> None:
        doc, self._watched = self._watched, None
        if doc is None:
            return
        for signal, slot in self._connections(doc):
            with contextlib.suppress(RuntimeError):  # the document's objects are gone already
                signal.disconnect(slot)
