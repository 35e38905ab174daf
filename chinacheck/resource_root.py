"""Where the bundled ``resources/`` folder is.

Works from a source checkout, an editable install, a regular wheel (where ``resources/`` is
installed as the data package ``chinacheck_resources``) and a PyInstaller bundle. Kept apart from
:mod:`chinacheck.resource_files` so that the message catalogue (:mod:`chinacheck.i18n`) can be read
from it, and the messages about named files can then be translated.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from chinacheck.errors import ContentError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = "chinacheck_resources"
_MARKER = "content/source.json"


def _candidates() -> Iterator[Traversable]:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        yield Path(bundle) / "resources"
    # A source checkout (or an editable install of one): resources/ sits beside the package.
    yield Path(__file__).resolve().parent.parent / "resources"
    import importlib.resources  # a regular install; imported only when needed (start-up time)

    try:
        yield importlib.resources.files(_PACKAGE)
    except (ImportError, OSError, TypeError):
        pass  # not installed, or an editable install's namespace path without a directory yet


@cache
def root() -> Traversable:
    for candidate in _candidates():
        marker = candidate
        for part in _MARKER.split("/"):
            marker = marker / part
        if marker.is_file():
            # A namespace package yields a MultiplexedPath; its files are real paths, so
            # step back up from the marker to get a plain directory.
            if isinstance(marker, Path):
                return marker.parents[len(_MARKER.split("/")) - 1]
            return candidate
    # Not translated: the catalogue is in the folder that is missing.
    raise ContentError("De meegeleverde inhoud (resources/) is niet gevonden; installeer "
                       "ChinaCheck opnieuw.")
