"""User settings as a small JSON file in the data folder, written atomically."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from chinacheck.case.vocabulary import FourEyes
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
    # Months between reviews per case kind, where the organisation departs from the bundled
    # rules (resources/workflow/lifecycle.json); 0 = no periodic review.
    review_months: dict[str, int] = field(default_factory=dict)
    # The organisation's own security officer, shown with every debrief entry.
    security_officer_name: str = ""
    security_officer_phone: str = ""
    security_officer_email: str = ""
    # The organisation's four-eyes policy (a chinacheck.case.vocabulary.FourEyes value); a case
    # may have its own. An unknown value counts as the default, "geen".
    four_eyes: str = FourEyes.GEEN.value
    # Content packs (chinacheck.storage.pack_store): the national pack for new cases as
    # "id@version" ("" = the bundled brochure), the organisation's own packs layered on it,
    # the fingerprints of the publisher keys the organisation trusts, and whether a pack that
    # is unsigned or signed by another key may be imported (its text is then marked "niet
    # geverifieerd" wherever it appears).
    active_pack: str = ""
    organisation_packs: list[str] = field(default_factory=list)
    trusted_pack_keys: list[str] = field(default_factory=list)
    allow_unverified_packs: bool = False

    def add_recent(self, path: Path | str) -> None:
        name = str(path)
        self.recent_files = [name] + [p for p in self.recent_files if p != name]
        del self.recent_files[MAX_RECENT:]

    def replace_recent(self, old: Path | str, new: Path | str | None) -> bool:
        """Put ``new`` where ``old`` was in the recent files (or drop ``old`` when ``new`` is
        None): a renamed file, or one whose name may not be kept. True when anything changed."""
        before = list(self.recent_files)
        gone = os.path.abspath(old)
        kept = [(str(new) if new is not None else None) if os.path.abspath(p) == gone else p
                for p in self.recent_files]
        self.recent_files = list(dict.fromkeys(p for p in kept if p is not None))[:MAX_RECENT]
        return self.recent_files != before


def four_eyes(settings: Settings | None = None) -> FourEyes:
    """The organisation's four-eyes policy from the settings (read them when not given)."""
    value = (settings or load()).four_eyes
    try:
        return FourEyes(value)
    except ValueError:
        return FourEyes.GEEN


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
            elif isinstance(value, dict):
                value = {k: v for k, v in value.items() if isinstance(k, str)
                         and type(v) is int and 0 <= v <= 120}
            setattr(settings, f.name, value)
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    from chinacheck.storage import atomic  # only when saving: keeps it off the start-up path

    path = path or paths.settings_file()
    paths.ensure_dir(path.parent)
    atomic.write_text(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n")


def replace_recent(old: Path | str, new: Path | str | None) -> None:
    """:meth:`Settings.replace_recent` in the settings file. Never raises: settings are never
    worth a failed command."""
    current = load()
    if current.replace_recent(old, new):
        with contextlib.suppress(OSError):
            save(current)
