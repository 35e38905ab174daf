"""Re-filtering a proxy model the way the running Qt version wants it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to the filter state and re-filter.

    Qt ≥ 6.10 deprecates invalidateFilter.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:  # pragma: no cover - older Qt
        change()
        proxy.invalidateFilter()
