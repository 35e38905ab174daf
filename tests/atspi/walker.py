"""Walk ChinaCheck through the Linux accessibility bus (AT-SPI), the interface Orca reads.

Runs with the *system* python3 and its python3-pyatspi, inside a private D-Bus session under
Xvfb (tests/test_atspi.py starts it so). It starts the AT-SPI bus and the app, gives the app's
window the keyboard focus, and for every scene (the main window with each tab shown, the new
case dialog, the sign-off dialog) presses Tab until the focus comes back where it started,
logging every focus change and every control shown. It also reads the brochure with the arrow
keys (caret events), changes a checklist answer and saves (announcements), and closes the case
(the case tabs' states). It prints one JSON report on stdout; the test judges it.

Not part of ChinaCheck: it never imports chinacheck, only talks to the bus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from atspi_bus import X11, Bus, BusError

# Roles whose focused object is a part of a bigger widget: the widget owns the focus.
PART_ROLES = {"table cell", "list item", "tree item", "page tab"}
STUCK = 3         # this many Tab presses on one widget (or with no focus change) is a trap
MAX_PRESSES = 150  # a whole window's tab chain is well below this


def describe(obj: Any) -> dict[str, Any]:
    try:
        relations = [r.getRelationType() for r in obj.getRelationSet()]
        return {
            "role": obj.getRoleName(),
            "value": text_of(obj),
            "name": obj.name or "",
            "description": obj.description or "",
            "labelled": pyatspi.RELATION_LABELLED_BY in relations,
            "described": pyatspi.RELATION_DESCRIBED_BY in relations,
            "owner": describe_owner(obj),
        }
    except Exception as error:  # an object that went away while we looked
        return {"role": "gone", "name": str(error), "description": "", "labelled": False,
                "described": False, "owner": ""}


def text_of(obj: Any) -> str:
    """What a combo box shows (Qt names an unlabelled combo box by it)."""
    try:
        text = obj.queryText()
        return str(text.getText(0, text.characterCount))
    except Exception:
        return ""


def owner_of(obj: Any) -> Any:
    """The widget that owns a focused part: a table for its cell, a tab list for its tab."""
    if obj.getRoleName() in PART_ROLES and obj.parent is not None:
        return obj.parent
    return obj


def describe_owner(obj: Any) -> str:
    owner = owner_of(obj)
    return f"{owner.getRoleName()} '{owner.name}'"


def same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) or (a.path == b.path)
    except Exception:
        return False


def walk_tabs(bus: Bus) -> dict[str, Any]:
    """Press Tab until the focus is back on the widget it started on."""
    start = bus.focused[-1] if bus.focused else None
    if start is None:
        start = bus.press_and_wait("Tab")
    if start is None:
        return {"focus": [], "trap": "no focus at all", "cycle": False}
    start_owner = owner_of(start)
    visited = [describe(start)]
    last_owner, on_same = start_owner, 0
    for _ in range(MAX_PRESSES):
        now = bus.press_and_wait("Tab")
        if now is None:
            on_same += 1
            if on_same >= STUCK:
                return {"focus": visited, "cycle": False,
                        "trap": f"Tab does not move from {describe_owner(last_owner)}"}
            continue
        visited.append(describe(now))
        owner = owner_of(now)
        if same(owner, last_owner):
            on_same += 1
            if on_same >= STUCK:
                return {"focus": visited, "cycle": False,
                        "trap": f"Tab cycles inside {describe_owner(owner)}"}
            continue
        on_same = 0
        last_owner = owner
        if same(owner, start_owner):
            return {"focus": visited, "cycle": True, "trap": None}
    return {"focus": visited, "cycle": False, "trap": f"no way back after {MAX_PRESSES} presses"}


def find_app(name: str, seconds: float) -> Any:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.2)
    raise BusError(f"{name} did not appear on the accessibility bus")


def active_window(app: Any) -> Any | None:
    for window in app:
        if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
            return window
    return None


def page_tabs(window: Any) -> list[Any]:
    """The case's tabs: the tab bar inside the tab widget with the given name."""
    widget = pyatspi.findDescendant(window, lambda o: o.name == ARGS.tabs_name)
    if widget is None:
        return []
    tab_list = pyatspi.findDescendant(widget, lambda o: o.getRoleName() == "page tab list")
    if tab_list is None:
        return []
    return [tab for tab in tab_list if tab.getRoleName() == "page tab"]


def shown_controls(root: Any) -> list[dict[str, Any]]:
    """Every control shown in a window that can take the focus, whether or not Tab reaches it
    (a trap may end the walk early). Item views are not entered: their cells are data."""
    found: list[dict[str, Any]] = []

    def visit(obj: Any, depth: int) -> None:
        if obj is None or depth > 40:
            return
        state = obj.getState()
        if not state.contains(pyatspi.STATE_SHOWING):
            return
        if state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SENSITIVE):
            found.append(describe(obj))
        if obj.getRoleName() in ("table", "tree table", "list", "tree", "text", "combo box",
                                 "page tab list", "scroll bar"):
            return
        for child in obj:
            visit(child, depth + 1)

    visit(root, 0)
    return found


def wait_for_window(bus: Bus, app: Any, role: str, seconds: float = 5.0) -> Any | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        window = active_window(app)
        if window is not None and window.getRoleName() == role:
            return window
        bus.pump(0.05)
    return None


def dialog_scene(bus: Bus, app: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    bus.keys(*keys)
    dialog = wait_for_window(bus, app, "dialog", 15.0)
    if dialog is None:
        active = active_window(app)
        seen = f"{active.getRoleName()} '{active.name}'" if active is not None else "none"
        return {"focus": [], "trap": None, "cycle": False,
                "error": f"the dialog did not open; active window: {seen}"}
    bus.pump(0.3)
    scene = walk_tabs(bus)
    scene["window"] = dialog.name
    scene["modal"] = dialog.getState().contains(pyatspi.STATE_MODAL)
    scene["shown"] = shown_controls(dialog)
    bus.keys("Escape")
    bus.pump(0.3)
    bus.x11.focus_top_window()  # no window manager gives the focus back
    wait_for_window(bus, app, "frame")
    bus.pump(0.3)
    return scene


def reading_scene(bus: Bus, frame: Any, tab_name: str, text_name: str) -> dict[str, Any]:
    """Read a text as a screen reader user does: focus it, arrow down by line; where the caret
    goes (text-caret-moved events) and what the text holds."""
    tabs = {tab.name: tab for tab in page_tabs(frame)}
    tabs[tab_name].queryAction().doAction(0)
    bus.pump(0.3)
    text = pyatspi.findDescendant(frame, lambda o: o.name == text_name)
    if text is None:
        return {"error": f"no text named {text_name}"}
    text.queryComponent().grabFocus()
    bus.pump(0.3)
    before = len(bus.carets)
    for _ in range(3):
        bus.keys("Down")
        bus.pump(0.15)
    content = text.queryText()
    whole = str(content.getText(0, content.characterCount))
    return {"role": text.getRoleName(), "carets": bus.carets[before:],
            "characters": content.characterCount,
            "markers": sum(whole.count(marker) for marker in ("\ufdd0", "\ufdd1"))}


def labelled(obj: Any, label: str) -> bool:
    for relation in obj.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and any(
                relation.getTarget(n).name == label for n in range(relation.getNTargets())):
            return True
    return False


def status_scene(bus: Bus, frame: Any) -> dict[str, Any]:
    """Change a checklist answer with the keyboard: what is heard (the new progress)."""
    tabs = {tab.name: tab for tab in page_tabs(frame)}
    tabs["Checklist"].queryAction().doAction(0)
    bus.pump(0.3)
    status = pyatspi.findDescendant(
        frame, lambda o: o.getRoleName() == "combo box" and labelled(o, "Status"))
    if status is None:
        return {"error": "no combo box labelled Status"}
    before = len(bus.announcements)
    status.queryAction().doAction(0)  # opens the list, as Alt+Down would
    bus.pump(0.5)
    bus.keys("Down")
    bus.pump(0.2)
    bus.keys("Return")
    return {"heard": bus.heard_after(before, 3.0)}


def locales(frame: Any, names: list[str]) -> dict[str, str]:
    """The language each named object reports (AT-SPI GetLocale), as a screen reader asks."""
    found = {}
    for name in names:
        obj = pyatspi.findDescendant(frame, lambda o, n=name: o.name == n)
        found[name] = str(obj.get_object_locale()) if obj is not None else ""
    return found


def run(args: argparse.Namespace) -> dict[str, Any]:
    x11 = X11()
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_QPA_PLATFORM="xcb")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    command = [args.app_python, "-m", "chinacheck", "--data-dir", args.data_dir]
    if args.lang:
        command += ["--lang", args.lang]
    command += ["gui", *([args.case] if args.case else [])]
    app_process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    try:
        bus = Bus(x11)
        app = find_app("ChinaCheck", 20)
        report: dict[str, Any] = {"scenes": {}}
        end = time.monotonic() + 10
        while active_window(app) is None and time.monotonic() < end:
            x11.focus_top_window()
            bus.pump(0.3)
        frame = active_window(app)
        if frame is None:
            raise RuntimeError("the main window never became active")
        bus.pump(0.5)
        if args.locales:
            return {"locales": locales(frame, args.locales.split("|"))}
        for tab in page_tabs(frame):
            name = tab.name
            if not tab.getState().contains(pyatspi.STATE_SENSITIVE):
                report["scenes"][f"tab {name}"] = {
                    "disabled": True, "description": tab.description or ""}
                continue
            tab.queryAction().doAction(0)
            bus.pump(0.15)
            tab.parent.queryComponent().grabFocus()  # start on the tab bar
            bus.pump(0.15)
            report["scenes"][f"tab {name}"] = walk_tabs(bus)
            report["scenes"][f"tab {name}"]["shown"] = shown_controls(frame)
        report["brochure"] = reading_scene(bus, frame, "Brochure", "Tekst van de brochure")
        report["status change"] = status_scene(bus, frame)
        report["scenes"]["new case dialog"] = dialog_scene(bus, app, ("Control_L", "n"))
        report["scenes"]["sign-off dialog"] = dialog_scene(
            bus, app, ("Control_L", "Shift_L", "a"))
        # Saving is announced with the case's title; closing the case disables its tabs.
        bus.keys("Control_L", "s")
        bus.heard_after(len(bus.announcements), 3.0)
        bus.keys("Control_L", "w")
        bus.pump(0.5)
        report["closed tabs"] = [
            {"name": tab.name, "description": tab.description or "",
             "enabled": tab.getState().contains(pyatspi.STATE_SENSITIVE)}
            for tab in page_tabs(frame)]
        report["announcements"] = list(bus.announcements)
        return report
    finally:
        app_process.terminate()
        try:
            app_process.wait(5)
        except subprocess.TimeoutExpired:
            app_process.kill()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-python", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--case", default="")
    parser.add_argument("--locales", default="",
                        help="only report the language of these objects (names, '|' between)")
    parser.add_argument("--lang", default="")
    parser.add_argument("--tabs-name", default="Onderdelen")
    parser.add_argument("--launcher", default="/usr/libexec/at-spi-bus-launcher")
    global ARGS
    ARGS = parser.parse_args()
    if not os.path.exists(ARGS.launcher):
        print(json.dumps({"error": f"{ARGS.launcher} is missing"}))
        return 3
    launcher = subprocess.Popen([ARGS.launcher, "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        report = run(ARGS)
    except BusError as error:
        print(json.dumps({"error": str(error)}))
        return 3
    except RuntimeError as error:
        print(json.dumps({"error": str(error)}))
        return 1
    finally:
        launcher.terminate()
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


ARGS = argparse.Namespace()

if __name__ == "__main__":
    sys.exit(main())
