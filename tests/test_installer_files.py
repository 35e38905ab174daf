"""Files the installer writes next to the bundle: desktop entry, MIME type, Inno Setup script."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import build_installer  # noqa: E402
from chinacheck import winconsole  # noqa: E402


def _desktop_exec(line: str) -> list[str]:
    """Split an Exec value the way the desktop-entry spec says.

    First the escapes of every string value (``\\\\`` is one backslash), then the Exec key's
    quoting: arguments split at spaces; inside "…" a backslash escapes " ` $ and itself.
    """
    value = re.sub(r"\\([\\sntr])", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}
                   .get(m.group(1), "\\"), line.split("=", 1)[1])
    args: list[str] = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        args.append(re.sub(r'\\([\\"`$])', r"\1", quoted) if quoted else plain)
    return args


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_desktop_entry_installs_and_removes_for_an_awkward_folder_name(tmp_path: Path) -> None:
    bundle = tmp_path / 'Chinacheck & co $HOME "test"|x\\y`z'
    bundle.mkdir()
    build_installer.write_desktop_files(bundle)
    data = tmp_path / "xdg"
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    subprocess.run(["sh", str(bundle / "install-desktop.sh")], check=True, env=env)
    entry = (data / "applications" / "chinacheck.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert _desktop_exec(exec_line) == [str(bundle / "chinacheck"), "gui", "%f"]
    assert "MimeType=application/x-chinacheck;" in entry
    mime = ET.parse(data / "mime" / "packages" / "chinacheck-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-chinacheck"
    assert kind.find("m:glob", ns).get("pattern") == "*.chinacheck"  # type: ignore[union-attr]
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "chinacheck.png").is_file()

    subprocess.run(["sh", str(bundle / "install-desktop.sh"), "--remove"], check=True, env=env)
    assert not (data / "applications" / "chinacheck.desktop").exists()
    assert not (data / "mime" / "packages" / "chinacheck-mime.xml").exists()


def _inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_inno_setup_script_installs_per_user_and_associates_cases(tmp_path: Path) -> None:
    bundle = tmp_path / "ChinaCheck-1.2.3-windows-amd64"
    bundle.mkdir()
    script = build_installer.write_inno_setup(bundle, "1.2.3")
    raw = script.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup recognises UTF-8 by its BOM
    sections = _inno_sections(raw.decode("utf-8-sig"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == "1.2.3"
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights needed
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"].startswith("{autopf}")  # per user when not elevated
    assert setup["ChangesAssociations"] == "yes"
    assert any("Dutch.isl" in line for line in sections["Languages"])
    assert sections["Files"] == [f'Source: "{bundle.name}\\*"; DestDir: "{{app}}"; '
                                 "Flags: recursesubdirs ignoreversion"]
    registry = "\n".join(sections["Registry"])
    assert 'Subkey: "Software\\Classes\\.chinacheck"' in registry
    assert 'ValueData: "ChinaCheck.Case"' in registry
    assert "Root: HKA" in registry  # HKCU for a per-user install, HKLM for all users
    command = next(line for line in sections["Registry"] if "shell\\open\\command" in line)
    assert command.endswith('ValueData: """{app}\\chinacheck.exe"" gui ""%1"""')


class _Kernel32:
    def __init__(self, attaches: bool) -> None:
        self.attaches = attaches
        self.calls: list[int] = []

    def AttachConsole(self, pid: int) -> int:  # noqa: N802 (the Windows API's name)
        self.calls.append(pid)
        return 1 if self.attaches else 0


def test_windowed_exe_prints_to_the_console_it_was_started_from(
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def opener(name: str) -> io.StringIO:
        opened.append(name)
        return io.StringIO()

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    started_from_explorer = _Kernel32(attaches=False)
    assert not winconsole.attach_parent_console(started_from_explorer, opener)
    assert started_from_explorer.calls == [winconsole.ATTACH_PARENT_PROCESS]
    assert sys.stdout is None and opened == []

    from_a_prompt = _Kernel32(attaches=True)
    assert winconsole.attach_parent_console(from_a_prompt, opener)
    assert opened == ["CONOUT$", "CONOUT$"]
    assert isinstance(sys.stdout, io.StringIO) and isinstance(sys.stderr, io.StringIO)


def test_a_console_program_keeps_its_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = _Kernel32(attaches=True)
    stdout = sys.stdout
    assert not winconsole.attach_parent_console(kernel32, lambda name: io.StringIO())
    assert kernel32.calls == [] and sys.stdout is stdout
