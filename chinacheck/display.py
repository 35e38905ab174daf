"""Whether a graphical session is available, checked before Qt is loaded.

Without a display Qt aborts the process (exit 134) and hides why; we say it plainly instead.
"""

from __future__ import annotations

import os
import sys

from chinacheck.i18n import _


def display_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return _("geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet); de "
             "desktoptoepassing kan niet starten.")
