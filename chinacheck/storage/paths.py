"""Where ChinaCheck keeps its data: one place, overridable for tests and portable use.

Priority: an explicit override (``--data-dir``), then ``CHINACHECK_HOME``, then the platform's
user data folder from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "CHINACHECK_HOME"
_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("chinacheck", appauthor=False))


def cases_dir() -> Path:
    return data_dir() / "cases"


def trash_dir() -> Path:
    return data_dir() / "trash"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def packs_dir() -> Path:
    """Imported content packs, one folder per id and version (chinacheck.storage.pack_store)."""
    return data_dir() / "packs"


def settings_file() -> Path:
    return data_dir() / "settings.json"


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
