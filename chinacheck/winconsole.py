"""Windows: let the windowed executable print to the console it was started from.

The bundle's ``chinacheck.exe`` is a GUI-subsystem program (no console window flashes up when it
is opened from the Start menu), so Windows gives it no standard output. Started from a command
prompt (``chinacheck.exe --self-test``, ``list``, ``export``…) it attaches to that prompt's console
instead; started from Explorer there is none to attach to and nothing changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO

ATTACH_PARENT_PROCESS = 0xFFFFFFFF  # (DWORD)-1


def attach_parent_console(kernel32: Any = None,
                          opener: Callable[[str], TextIO] | None = None) -> bool:
    """Point stdout/stderr at the parent's console when they are missing; True if attached."""
    if sys.stdout is not None and sys.stderr is not None:
        return False
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False
    # "CONOUT$" opens as a Unicode console stream, so Chinese names print as they are.
    open_console = opener or (lambda name: open(name, "w", encoding="utf-8"))  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = open_console("CONOUT$")
    if sys.stderr is None:
        sys.stderr = open_console("CONOUT$")
    return True
