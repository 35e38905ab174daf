"""Content packs: importing a pack (checked, verified, parsed, stored) against copying and
parsing the same files plainly; refusing a zip bomb."""

from __future__ import annotations

import json
import shutil
import statistics
import time
import zipfile
from pathlib import Path

from chinacheck.guidance.pack_manifest import PackRef
from chinacheck.storage import pack_store, paths, settings

ROOT = Path(__file__).resolve().parent.parent
LATER = ROOT / "tests" / "data" / "packs" / "later-edition"
LATER_REF = PackRef("nctv-decentrale-contacten-china", "2026.01-1")
PUBLISHER = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"


def _trusting(home: Path) -> None:
    paths.set_data_dir(home)
    current = settings.Settings(trusted_pack_keys=[PUBLISHER])
    settings.save(current)
    pack_store.clear_caches()


def import_rounds(rounds: int, base: Path) -> tuple[list[float], list[float]]:
    ours, floor = [], []
    for n in range(rounds):
        _trusting(base / f"home-{n}")
        started = time.perf_counter()
        pack_store.import_pack(LATER)
        pack_store.content_from([LATER_REF])
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        target = base / f"plain-{n}"
        shutil.copytree(LATER, target)
        for path in sorted(target.glob("*.json")):
            json.loads(path.read_text(encoding="utf-8"))
        floor.append(time.perf_counter() - started)
    paths.set_data_dir(None)
    return ours, floor


def bomb_refusal(rounds: int, base: Path) -> float:
    bomb = base / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(LATER.iterdir()):
            archive.write(path, path.name)
        with archive.open("extra.json", "w", force_zip64=True) as handle:
            chunk = b" " * (1024 * 1024)
            for _ in range(100):
                handle.write(chunk)
    _trusting(base / "home-bomb")
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        try:
            pack_store.import_pack(bomb)
        except Exception:  # noqa: BLE001 - refused, as it must be
            pass
        else:
            raise AssertionError("a 100 MB entry was imported")
        times.append(time.perf_counter() - started)
    paths.set_data_dir(None)
    return statistics.median(times)
