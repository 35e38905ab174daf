"""The app as a screen reader meets it: a walk over the Linux accessibility bus (AT-SPI).

One run of tests/atspi/walker.py (system python3 with python3-pyatspi, a private D-Bus session
and the AT-SPI bus, under Xvfb) presses Tab through the main window with each tab shown and
through the new case and sign-off dialogs, logging every focus change. Each scene then fails on
a keyboard trap (the focus stays inside one widget or does not move), an unnamed focusable
object, or an input with no label linked to it. Skipped, with the reason, where the bus cannot
start; scripts/setup.sh installs what it needs (at-spi2-core, dbus, python3-pyatspi, xvfb).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

WALKER = Path(__file__).resolve().parent / "atspi" / "walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
BUS_EXIT = 3
TITLE = "Handelsmissie Suzhou"  # the walker's exit status when the bus or the display cannot start

TABS = ["Overzicht", "Brochure", "Zaak", "Checklist", "Technologie", "Contacten", "Nazorg"]
SCENES = [f"tab {name}" for name in TABS] + ["new case dialog", "sign-off dialog"]
PARTS = {"table cell", "list item", "tree item"}   # data in a view, named by their content
TEXT_INPUTS = {"text", "password text", "spin button", "date editor", "entry"}

pytestmark = pytest.mark.slow


def _missing() -> str | None:
    for tool in ("xvfb-run", "Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/setup.sh installs xvfb and dbus)"
    if not Path(LAUNCHER).exists():
        return "at-spi2-core is not installed (no at-spi-bus-launcher)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "the system python3 has no pyatspi (install python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("atspi-home")
    made = subprocess.run(
        [sys.executable, "-m", "chinacheck", "--data-dir", str(home), "new",
         "--title", TITLE, "--kind", "reis-uitgaand"],
        capture_output=True, text=True, check=True)
    case = made.stdout.strip()
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "dbus-run-session", "--",
         SYSTEM_PYTHON, str(WALKER), "--app-python", sys.executable, "--data-dir", str(home),
         "--case", case, "--launcher", LAUNCHER],
        capture_output=True, text=True, timeout=120, check=False)
    if run.returncode == BUS_EXIT:
        pytest.skip(f"the accessibility bus did not start: {run.stdout.strip()[-300:]}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def unnamed(scene: dict[str, Any]) -> list[str]:
    """Focused controls a screen reader can only call by their role (or, for a combo box with
    no label linked to it, by its current value: Qt ignores its accessible name on Linux)."""
    found = []
    for item in [*scene["focus"], *scene.get("shown", [])]:
        if item["role"] in PARTS:
            continue
        if not item["name"].strip() or (item["role"] == "combo box" and not item["labelled"]):
            found.append(f"{item['role']} '{item['name']}'")
    return sorted(set(found))


def unlabelled(scene: dict[str, Any]) -> list[str]:
    """Text inputs with no label linked to them and no description saying what to type."""
    return sorted({f"{item['role']} '{item['name']}'"
                   for item in [*scene["focus"], *scene.get("shown", [])]
                   if item["role"] in TEXT_INPUTS and not item["labelled"]
                   and not item["description"].strip()})


@pytest.mark.parametrize("name", SCENES)
def test_tab_walks_round_without_a_trap(report: dict[str, Any], name: str) -> None:
    scene = report["scenes"][name]
    assert scene.get("error") is None, scene.get("error")
    assert scene["trap"] is None, scene["trap"]
    assert scene["cycle"], [f"{f['role']} '{f['name']}'" for f in scene["focus"]]


@pytest.mark.parametrize("name", SCENES)
def test_every_focused_control_is_named_and_labelled(report: dict[str, Any], name: str) -> None:
    scene = report["scenes"][name]
    assert scene["focus"], "nothing took the focus"
    assert unnamed(scene) == []
    assert unlabelled(scene) == []


@pytest.mark.parametrize("name", ["new case dialog", "sign-off dialog"])
def test_dialogs_are_modal(report: dict[str, Any], name: str) -> None:
    assert report["scenes"][name]["modal"]


def test_every_tab_was_walked(report: dict[str, Any]) -> None:
    assert [name for name in report["scenes"] if name.startswith("tab ")] == \
        [f"tab {name}" for name in TABS]


def test_every_scene_was_seen_whole(report: dict[str, Any]) -> None:
    """Names and labels are checked on every control shown, also those a trap hid from Tab."""
    for name in SCENES:
        assert report["scenes"][name].get("shown"), name


def test_saving_is_heard_with_the_title_not_the_path(report: dict[str, Any]) -> None:
    heard = report["announcements"]
    assert f"“{TITLE}” opgeslagen" in heard, heard
    assert not any("opgeslagen" in text and ".chinacheck" in text for text in heard)


def test_case_tabs_say_why_they_cannot_be_used_without_a_case(report: dict[str, Any]) -> None:
    tabs = {tab["name"]: tab for tab in report["closed tabs"]}
    for name in ("Zaak", "Checklist"):
        tab = tabs[name]
        # Qt reports a disabled tab as enabled on the bus: the description says it instead
        assert not tab["enabled"] or "Niet beschikbaar" in tab["description"], tab


def test_the_brochure_is_read_by_line_with_a_caret(report: dict[str, Any]) -> None:
    """Arrow Down in the brochure moves a caret line by line (text-caret-moved events, which
    Orca follows), and the text carries no frame markers (U+FDD0, U+FDD1)."""
    brochure = report["brochure"]
    carets = brochure["carets"]
    assert len(carets) >= 2 and carets == sorted(carets) and carets[0] > 0, brochure
    assert brochure["markers"] == 0
    assert brochure["characters"] > 5000


def test_in_english_mode_the_brochure_text_says_it_is_dutch(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The brochure is never translated: in English mode its text reports Dutch as its language
    (so a screen reader can read it with a Dutch voice) while the controls report English."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("atspi-english")
    (home / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    text, search = "Brochure text", "Search the brochure"
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "dbus-run-session", "--",
         SYSTEM_PYTHON, str(WALKER), "--app-python", sys.executable, "--data-dir", str(home),
         "--launcher", LAUNCHER, "--locales", f"{text}|{search}"],
        capture_output=True, text=True, timeout=120, check=False)
    if run.returncode == BUS_EXIT:
        pytest.skip(f"the accessibility bus did not start: {run.stdout.strip()[-300:]}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    found = json.loads(run.stdout)["locales"]
    assert found[text].startswith("nl"), found
    assert found[search].startswith("en"), found


def test_dialog_fields_carry_their_visible_label_and_help_text(report: dict[str, Any]) -> None:
    signoff = report["scenes"]["sign-off dialog"]["shown"]
    final = [c for c in signoff if c["role"] == "check box" and c["name"].startswith("Definitief")]
    # the name is the visible label, its warning included (WCAG 2.5.3)
    assert final and "geen wijzigingen" in final[0]["name"], signoff
    new_case = report["scenes"]["new case dialog"]["shown"]
    kind = [c for c in new_case if c["role"] == "combo box"]
    assert kind and kind[0]["labelled"] and kind[0]["description"].strip(), new_case


def test_a_status_change_is_heard_as_the_new_progress(report: dict[str, Any]) -> None:
    import re

    heard = report["status change"].get("heard")
    assert heard and any(re.fullmatch(r"\d+ van \d+ beantwoord", text) for text in heard), \
        report["status change"]
