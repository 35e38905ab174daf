"""User settings as a small JSON file in the data folder, written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from chinacheck.storage import paths

MAX_RECENT = 8


@dataclass
class Settings:
    window_geometry: str = ""  # base64 of Qt's saveGeometry()
    window_state: str = ""
    last_folder: str = ""
    recent_files: list[str] = field(default_factory=list)
    language: str = ""  # "" = follow the system on first start
    log_level: str = ""  # "" = INFO; --log-level and --debug override it for one run

    def add_recent(self, path: Path | str) -> None:
        name = str(path)
        self.recent_files = [name] + [p for p in self.recent_files if p != name]
        del self.recent_files[MAX_RECENT:]


def load(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives defaults (never worth a crash)."""
    path = path or paths.settings_file()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    for f in fields(Settings):
        value = raw.get(f.name)
        if isinstance(value, type(getattr(settings, f.name))):
            if isinstance(value, list):
                value = [v for v in value if isinstance(v, str)]
            setattr(settings, f.name, value)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    from chinacheck.storage import atomic  # only when saving: keeps it off the start-up path

    path = path or paths.settings_file()
    paths.ensure_dir(path.parent)
    atomic.write_text(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n")
