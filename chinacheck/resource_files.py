"""One way to reach the bundled ``resources/`` folder (found by :mod:`chinacheck.resource_root`)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from chinacheck.errors import ContentError
from chinacheck.i18n import _
from chinacheck.resource_root import root

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["file_path", "read_text", "resource", "root"]


def resource(relative: str) -> Traversable:
    """Return a bundled file by its path relative to ``resources/``; refuses escapes."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or "\\" in relative or not pure.parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative!r}")
    node = root()
    for part in pure.parts:
        node = node / part
    return node


def _missing(relative: str) -> ContentError:
    return ContentError(_("Meegeleverd bestand ontbreekt: resources/{file}").format(file=relative))


def read_text(relative: str) -> str:
    node = resource(relative)
    if not node.is_file():
        raise _missing(relative)
    return node.read_text(encoding="utf-8")


def file_path(relative: str) -> Path:
    """A real filesystem path (fonts need one); bundled resources are always unpacked files."""
    node = resource(relative)
    if not isinstance(node, Path):
        node = Path(str(node))
    if not node.is_file():
        raise _missing(relative)
    return node
