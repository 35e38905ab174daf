"""Two ChinaCheck processes building the library index of one case folder at once (a team on a
file share, or two windows): both listings are complete and the index stays valid."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.storage import library, paths

COUNT = 500
REPO = Path(__file__).resolve().parent.parent

# Waits for the gate file, then lists the folder a few times (the first time without an index,
# so both processes read all files and write the index at about the same moment).
LISTER = """
import os, sys, time
from pathlib import Path
gate = Path(sys.argv[1])
from chinacheck.storage import library, paths
print("READY", flush=True)
while not gate.exists():
    time.sleep(0.005)
for _ in range(int(sys.argv[2])):
    entries = library.list_cases(paths.cases_dir())
    summaries = sum(isinstance(e, library.CaseSummary) for e in entries)
    print("LISTED", len(entries), summaries, len({e.path for e in entries}), flush=True)
"""


def _populate(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    case = example_case()
    old = time.time() - 60  # older than the index's racy window: the index is trusted after
    for n in range(COUNT):
        case.id = f"00000000-0000-4000-8000-{n:012d}"
        case.title = f"Zaak {n:03d}"
        path = folder / f"zaak-{n:03d}.chinacheck"
        path.write_bytes(caseformat.dumps(case))
        os.utime(path, (old, old))


def _run_two(home: Path, gate: Path, rounds: int) -> list[str]:
    env = {**os.environ, paths.ENV_HOME: str(home), "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", LISTER, str(gate), str(rounds)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for proc in procs:  # both imported and waiting: then both start at once
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    gate.touch()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs.append(out)
    return outputs


@pytest.mark.parametrize("rounds", [3])
def test_two_processes_listing_500_cases_at_once_both_complete_index_valid(
        data_home: Path, tmp_path: Path, rounds: int, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = paths.cases_dir()
    _populate(folder)
    for attempt in range(2):  # the second time over an index another process wrote
        gate = tmp_path / f"go-{attempt}"
        for out in _run_two(data_home, gate, rounds):
            listed = [line.split() for line in out.splitlines() if line.startswith("LISTED")]
            assert listed == [["LISTED", str(COUNT), str(COUNT), str(COUNT)]] * rounds
        if attempt == 0:
            library.index_file().unlink()
            # Half the files changed meanwhile: both processes rewrite the index again.
            for n in range(0, COUNT, 2):
                path = folder / f"zaak-{n:03d}.chinacheck"
                os.utime(path, (time.time() - 30, time.time() - 30))

    index = library.index_file()
    data = json.loads(index.read_bytes())
    assert data["format"] == library.INDEX_FORMAT and data["version"] == library.INDEX_VERSION
    assert sorted(data["files"]) == [f"zaak-{n:03d}.chinacheck" for n in range(COUNT)]
    assert not [p for p in index.parent.iterdir() if p.name.endswith(".tmp")]

    # The index alone now serves a listing: not one case file is read again.
    def no_reading(path: Path, content: object) -> library.LibraryEntry:
        raise AssertionError(f"read {path.name} again: the index was not valid")

    monkeypatch.setattr(library, "read_entry", no_reading)
    entries = library.list_cases(folder)
    assert len(entries) == COUNT and all(isinstance(e, library.CaseSummary) for e in entries)
    assert {e.title for e in entries if isinstance(e, library.CaseSummary)} == {
        f"Zaak {n:03d}" for n in range(COUNT)}
