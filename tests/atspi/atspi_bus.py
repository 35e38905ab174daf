"""The two ends the walker works with: the X display (no window manager runs under Xvfb, so
the walker gives the app's window the focus itself and finds keycodes) and the AT-SPI event
stream (focus changes, announcements, caret moves), pumped from GLib's main context.

Runs with the system python3 and its python3-pyatspi, beside tests/atspi/walker.py.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]


class BusError(RuntimeError):
    """The display or the accessibility bus cannot start: the test skips."""


class X11:
    """Just enough Xlib to give a window the input focus and find keycodes (no window manager
    runs under Xvfb, so nothing else would)."""

    def __init__(self) -> None:
        lib = ctypes.util.find_library("X11")
        if lib is None:
            raise BusError("libX11 not found")
        self.x = x = ctypes.CDLL(lib)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        ulong_p = ctypes.POINTER(ctypes.c_ulong)
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ulong_p, ulong_p,
                                 ctypes.POINTER(ulong_p), ctypes.POINTER(ctypes.c_uint)]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int,
                                     ctypes.c_ulong]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XStringToKeysym.restype = ctypes.c_ulong
        x.XStringToKeysym.argtypes = [ctypes.c_char_p]
        x.XKeysymToKeycode.restype = ctypes.c_ubyte
        x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        # A window not yet viewable answers BadMatch: ignore it and try again later, rather
        # than let Xlib's default handler end the process.
        handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler(lambda display, event: 0)
        x.XSetErrorHandler.argtypes = [handler]
        x.XSetErrorHandler(self._ignore)
        self.display = x.XOpenDisplay(None)
        if not self.display:
            raise BusError("cannot open the X display")

    def keycode(self, name: str) -> int:
        return int(self.x.XKeysymToKeycode(self.display, self.x.XStringToKeysym(name.encode())))

    def focus_top_window(self) -> None:
        """Give the input focus to the app's shown top-level window. Its title may not be
        Latin-1 (XFetchName cannot read it), so every top-level window is tried: hidden ones
        refuse (BadMatch, ignored)."""
        root = self.x.XDefaultRootWindow(self.display)
        parent, top = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        self.x.XQueryTree(self.display, root, ctypes.byref(top), ctypes.byref(parent),
                          ctypes.byref(children), ctypes.byref(count))
        for n in range(count.value):
            self.x.XSetInputFocus(self.display, children[n], 1, 0)  # RevertToPointerRoot
        self.x.XFlush(self.display)


class Bus:
    """The focus and announcement events of the app, pumped from GLib's main context."""

    def __init__(self, x11: X11) -> None:
        self.x11 = x11
        self.focused: list[Any] = []
        self.announcements: list[str] = []
        self.carets: list[int] = []
        pyatspi.Registry.registerEventListener(self._focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._announce, "object:announcement")
        pyatspi.Registry.registerEventListener(self._caret, "object:text-caret-moved")

    def _focus(self, event: Any) -> None:
        if event.detail1 == 1:
            self.focused.append(event.source)

    def _caret(self, event: Any) -> None:
        self.carets.append(int(event.detail1))

    def _announce(self, event: Any) -> None:
        self.announcements.append(str(event.any_data))

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not context.iteration(False):
                time.sleep(0.005)

    def heard_after(self, before: int, seconds: float) -> list[str]:
        """The announcements after the first ``before``, waiting up to ``seconds`` for one."""
        end = time.monotonic() + seconds
        while len(self.announcements) <= before and time.monotonic() < end:
            self.pump(0.05)
        self.pump(0.1)
        return self.announcements[before:]

    def keys(self, *names: str) -> None:
        """Press the keys in order (modifiers first) and release them in reverse."""
        codes = [self.x11.keycode(name) for name in names]
        for code in codes:
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESS)
        for code in reversed(codes):
            pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_RELEASE)

    def press_and_wait(self, *names: str, timeout: float = 1.0) -> Any | None:
        """Press keys; the object that got the focus, or None when nothing moved."""
        before = len(self.focused)
        self.keys(*names)
        end = time.monotonic() + timeout
        context = GLib.MainContext.default()
        while time.monotonic() < end and len(self.focused) == before:
            if not context.iteration(False):
                time.sleep(0.005)
        self.pump(0.02)  # a focus change comes as a pair of events: settle
        return self.focused[-1] if len(self.focused) > before else None
