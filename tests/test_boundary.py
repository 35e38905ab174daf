"""The core never imports Qt, nor any network client: checked on the source, and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "chinacheck"
NETWORK = {"urllib.request", "http.client", "requests", "httpx", "aiohttp", "socket",
           "urllib3", "ftplib", "smtplib", "PySide6.QtNetwork"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def test_core_modules_do_not_import_qt() -> None:
    offenders = [
        str(p.relative_to(CORE.parent)) for p in _modules()
        if "ui" not in p.relative_to(CORE).parts
        and any(name.split(".")[0] == "PySide6" for name in _imports(p))
    ]
    assert offenders == []


def test_no_network_clients_anywhere() -> None:
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imports(p) & NETWORK) for p in _modules()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    core = [
        "chinacheck." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in _modules()
        if "ui" not in p.relative_to(CORE).parts and p.name not in ("__init__.py", "__main__.py")
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
