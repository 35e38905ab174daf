"""Whether everything the installer ships may go out beside ChinaCheck's own EUPL-1.2 code.

Every bundled distribution (and every wheel in the wheelhouse) names its licence in its
metadata: an SPDX expression in ``License-Expression`` (PEP 639), often one in the older
``License`` field, else trove classifiers. The licence must be on :data:`COMPATIBLE`; an
unknown, unreadable or missing licence counts as incompatible, so a dependency under a licence
nobody has judged cannot slip into a release. The fonts and the parts without package metadata
of their own (Python, PyInstaller's bootloader) are checked from the tables below.

Not covered: the system shared libraries PyInstaller copies from the build machine (X11, xcb,
fontconfig, ...), which carry no Python metadata.
"""

from __future__ import annotations

import email.parser
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeAlias

PROJECT_LICENCE = "EUPL-1.2"

# SPDX licences under which a component may ship in the bundle: each leaves ChinaCheck's code
# under EUPL-1.2 and asks for nothing the bundle does not do. GPL without an exception is absent
# on purpose: the bundle would then have to go out under the GPL instead.
COMPATIBLE: dict[str, str] = {
    "MIT": "permissive; its notice ships in licences/",
    "MIT-0": "permissive, not even a notice required",
    "MIT-CMU": "permissive (Pillow); its notice ships in licences/",
    "BSD-2-Clause": "permissive; its notice ships in licences/",
    "BSD-3-Clause": "permissive; its notice ships in licences/, no endorsement is claimed",
    "ISC": "permissive, MIT-like",
    "Apache-2.0": "permissive with a patent grant; licence and NOTICE files ship in licences/",
    "PSF-2.0": "Python's permissive licence; its notice ships in licences/",
    "Python-2.0": "the interpreter's licence stack (PSF and predecessors); permissive",
    "MPL-2.0": "copyleft per file (certifi): its files ship unmodified under MPL-2.0 with the "
               "licence, their source is the published release; named compatible in the "
               "EUPL-1.2 appendix",
    "LGPL-3.0-only": "Qt and PySide6: separate, unmodified shared libraries the user can "
                     "replace, with the LGPL notice (LGPL-3.0 section 4); named compatible "
                     "in the EUPL-1.2 appendix",
    "LGPL-3.0-or-later": "as LGPL-3.0-only",
    "Bitstream-Vera": "DejaVu Sans: may ship inside a larger software package, not be sold "
                      "by itself; the notice ships in licences/",
    "GPL-2.0-or-later WITH Bootloader-exception": "PyInstaller's bootloader: the exception "
                                                  "allows it in programs under any licence",
    "EUPL-1.2": "ChinaCheck's own licence (its wheel in the wheelhouse)",
    "Zlib": "permissive (the sRGB colour profile); its notice ships in licences/",
}

# Distributions whose metadata is too vague to check, with the licence a person read in their
# licence file. Keys are normalised names (PEP 503).
REVIEWED: dict[str, str] = {
    # metadata: "BSD license (see license.txt ...)" and the bare "BSD License" classifier;
    # reportlab/license.txt is the three-clause text
    "reportlab": "BSD-3-Clause",
    # metadata: only the versionless "GNU Library or Lesser General Public License (LGPL)"
    # classifier; COPYING.LESSER is the LGPL 3 and every source file says "version 3 of the
    # License, or (at your option) any later version" (its Rust part, unicode-bidi, is MIT or
    # Apache-2.0). Shipped as separate, unmodified files the user can replace, like PySide6.
    "python-bidi": "LGPL-3.0-or-later",
}

# Trove classifiers that name one licence unambiguously. The bare "BSD License" says neither
# two nor three clauses; "Apache Software License" names no version, but 2.0 is the only one
# still in use.
CLASSIFIERS: dict[str, str] = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: ISC License (ISCL)": "ISC",
    "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)": "GPL-2.0-only",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
}

# The fonts in resources/fonts (their notices: resources/fonts/LICENSE-*.txt).
FONTS: dict[str, str] = {
    "DejaVuSans.ttf": "Bitstream-Vera",
    "DejaVuSans-Bold.ttf": "Bitstream-Vera",
    # dual-licensed; ChinaCheck takes the Apache-2.0 option
    "wqy-microhei.ttc": "Apache-2.0",
}
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

# The colour profiles in resources/icc (their notices: resources/icc/LICENSE-*.txt); sRGB.icc is
# the PDF/A OutputIntent, from Debian's icc-profiles-free.
PROFILES: dict[str, str] = {
    "sRGB.icc": "Zlib",
}
PROFILE_SUFFIXES = (".icc", ".icm")

# Shipped in every bundle without package metadata of their own.
RUNTIME: dict[str, str] = {
    "Python": "Python-2.0",
    "PyInstaller bootloader": "GPL-2.0-or-later WITH Bootloader-exception",
}


class LicenceError(Exception):
    """Something to ship has a licence not on the allow-list; one line per component."""


class _Metadata(Protocol):
    def get_all(self, name: str, failobj: Any = ...) -> Any: ...


@dataclass(frozen=True)
class Component:
    """Something the installer ships and what its metadata says about its licence."""

    name: str
    version: str = ""
    expression: str | None = None  # License-Expression (PEP 639)
    licence: str | None = None  # the older free-text License field
    classifiers: tuple[str, ...] = ()

    @classmethod
    def from_metadata(cls, meta: _Metadata) -> Component:
        # get_all, not meta[...]: a missing field is None in email messages and in
        # importlib.metadata without the deprecation warning of the latter's indexing.
        def first(field: str) -> str | None:
            values = meta.get_all(field) or []
            return str(values[0]) if values else None

        return cls(first("Name") or "?", first("Version") or "", first("License-Expression"),
                   first("License"), tuple(str(c) for c in meta.get_all("Classifier") or []))

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}" if self.version else self.name


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(component: Component) -> tuple[str | None, str]:
    """The component's licence as an SPDX expression, and where that was found."""
    if normalise(component.name) in REVIEWED:
        return REVIEWED[normalise(component.name)], "reviewed in installer/licences.py"
    if component.expression:
        return component.expression, "License-Expression"
    if component.licence:
        try:
            _parse(component.licence)
        except ValueError:
            pass  # free text such as "Apache 2.0": the classifiers may say it properly
        else:
            return component.licence, "License"
    named = [c for c in component.classifiers if c.startswith("License ::")]
    if not named:
        return None, "none declared"
    unknown = [c for c in named if c not in CLASSIFIERS]
    if unknown:
        return None, f"classifier {unknown[0]!r}"
    # Two licence classifiers may mean a choice or parts under each: require every one.
    return " AND ".join(sorted({CLASSIFIERS[c] for c in named})), "classifiers"


def problem(component: Component) -> str | None:
    """None when the component may ship beside EUPL-1.2 code, else one line saying why not."""
    expression, source = declared(component)
    where = "installer/licences.py"
    if expression is None:
        return (f"{component.label}: licence unknown ({source}); name it in {where} "
                f"once it is known to be compatible with {PROJECT_LICENCE}")
    try:
        allowed = _allowed(_parse(expression))
    except ValueError as exc:
        return f"{component.label}: unreadable licence {expression!r} ({source}: {exc})"
    if not allowed:
        return (f"{component.label}: {expression!r} ({source}) is not on the allow-list of "
                f"licences compatible with {PROJECT_LICENCE} in {where}")
    return None


def check(components: Iterable[Component]) -> None:
    """Raise LicenceError naming every component whose licence is not on the allow-list."""
    # dict: the same distribution may be found twice (an editable install and its egg-info)
    problems = list(dict.fromkeys(line for line in map(problem, components) if line))
    if problems:
        raise LicenceError("\n".join(f"licence check: {line}" for line in problems))


def font_components(folder: Path) -> list[Component]:
    """Every font file in the folder; one missing from FONTS has an unknown licence."""
    return [Component(path.name, expression=FONTS.get(path.name))
            for path in sorted(folder.iterdir()) if path.suffix.lower() in FONT_SUFFIXES]


def profile_components(folder: Path) -> list[Component]:
    """Every colour profile in the folder; one missing from PROFILES has an unknown licence."""
    return [Component(path.name, expression=PROFILES.get(path.name))
            for path in sorted(folder.iterdir()) if path.suffix.lower() in PROFILE_SUFFIXES]


def runtime_components() -> list[Component]:
    return [Component(name, expression=licence) for name, licence in RUNTIME.items()]


def wheel_component(wheel: Path) -> Component:
    """The licence metadata of a wheel file, read without installing it."""
    with zipfile.ZipFile(wheel) as archive:
        name = next((n for n in archive.namelist()
                     if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
        if name is None:
            return Component(wheel.name)
        return Component.from_metadata(email.parser.BytesParser().parsebytes(archive.read(name)))


# --- SPDX license expressions ---------------------------------------------------------------
# expression := term ("OR" term)* ; term := factor ("AND" factor)* ;
# factor := "(" expression ")" | id ["WITH" exception-id]
# A parsed expression is a licence id (with its exception, if any) or (operator, operands).

_Node: TypeAlias = "str | tuple[str, list[_Node]]"
_Rule: TypeAlias = Callable[[list[str]], "tuple[_Node, list[str]]"]
_TOKEN = re.compile(r"\(|\)|[A-Za-z0-9.+:-]+")
_OPERATORS = {"AND", "OR", "WITH"}


def _parse(expression: str) -> _Node:
    tokens = _TOKEN.findall(expression)
    if "".join(tokens) != re.sub(r"\s+", "", expression):
        raise ValueError("characters outside an SPDX expression")
    node, rest = _or(tokens)
    if rest:
        raise ValueError(f"unexpected {rest[0]!r}")
    return node


def _or(tokens: list[str]) -> tuple[_Node, list[str]]:
    return _joined(tokens, "OR", _and)


def _and(tokens: list[str]) -> tuple[_Node, list[str]]:
    return _joined(tokens, "AND", _factor)


def _joined(tokens: list[str], operator: str, operand: _Rule) -> tuple[_Node, list[str]]:
    first, rest = operand(tokens)
    parts: list[_Node] = [first]
    while rest and rest[0].upper() == operator:
        part, rest = operand(rest[1:])
        parts.append(part)
    return (parts[0] if len(parts) == 1 else (operator, parts)), rest


def _factor(tokens: list[str]) -> tuple[_Node, list[str]]:
    if not tokens:
        raise ValueError("expression ends early")
    head, rest = tokens[0], tokens[1:]
    if head == "(":
        node, rest = _or(rest)
        if not rest or rest[0] != ")":
            raise ValueError("missing ')'")
        return node, rest[1:]
    if head == ")" or head.upper() in _OPERATORS:
        raise ValueError(f"unexpected {head!r}")
    if rest and rest[0].upper() == "WITH":
        if len(rest) < 2 or rest[1] in ("(", ")") or rest[1].upper() in _OPERATORS:
            raise ValueError("WITH needs an exception")
        return f"{head} WITH {rest[1]}", rest[2:]
    return head, rest


_ALLOWED = {licence.casefold() for licence in COMPATIBLE}  # SPDX ids are case-insensitive


def _allowed(node: _Node) -> bool:
    if isinstance(node, str):
        return node.casefold() in _ALLOWED
    operator, operands = node
    results = [_allowed(operand) for operand in operands]
    return any(results) if operator == "OR" else all(results)
