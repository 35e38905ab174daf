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


# The layers of the core, lowest first. A module may import its own layer and those below it,
# never one above; no two modules may import each other, directly or round a loop. Imports
# inside functions and under TYPE_CHECKING count too: a lazy import upward is still upward.
FOUNDATION = {"chinacheck", "chinacheck.display", "chinacheck.errors", "chinacheck.i18n",
              "chinacheck.jsonreader", "chinacheck.liveness", "chinacheck.log",
              "chinacheck.oserrors", "chinacheck.pofile", "chinacheck.resource_files",
              "chinacheck.resource_root", "chinacheck.textnorm", "chinacheck.winconsole"}
# The command line is the program's entry: besides its commands it starts the app (lazily, so
# that the commands never load Qt); the app never calls the command line.
LAYERS = ["guidance", "case", "storage", "reports", "signing", "ui", "cli"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    if module in FOUNDATION:
        return 0
    if module == "chinacheck.__main__":
        return len(LAYERS) + 1
    package = module.split(".")[1]
    assert package in LAYERS, f"{module}: a top-level module outside the foundation; " \
                              "put it in a layer package or add it to FOUNDATION"
    return LAYERS.index(package) + 1


def _internal_imports() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in _modules()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            # "from chinacheck.case import model" names chinacheck.case.model; else the module.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def test_every_core_module_belongs_to_a_layer() -> None:
    for name in _internal_imports():
        _layer(name)


def test_layers_import_only_downward() -> None:
    upward = sorted(
        f"{name} -> {target}"
        for name, targets in _internal_imports().items() for target in targets
        if _layer(target) > _layer(name)
    )
    assert upward == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles() -> None:
    assert _cycles(_internal_imports()) == []


def test_cycle_finder_finds_a_loop() -> None:
    """The check above can fail: a three-module loop and a package importing its own child."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "p": {"p.x"}, "p.x": {"p"}}
    assert sorted(_cycles(graph)) == [["a", "b", "c"], ["p", "p.x"]]


def test_checking_a_pdf_loads_no_renderer() -> None:
    """verify reads PDFs; it must not pay for (or expose) reportlab and every renderer."""
    code = ("import sys, chinacheck.signing.verify\n"
            "print(sorted(m for m in sys.modules if m.startswith(('reportlab', "
            "'chinacheck.reports.case_summary', 'chinacheck.reports.blocks'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
