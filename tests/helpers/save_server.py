"""A save loop to kill: forks writers on request so each kill costs milliseconds, not a start-up.

Run as ``python save_server.py MODE TARGET HOME`` (MODE is ``case`` or ``recovery``). Commands on
stdin, one per line, answers on stdout:

- ``fork``: start a child that saves version 0 and 1 of a large case in turn, for ever, to
  TARGET with ``store.save_case`` (MODE ``case``) or as the recovery copy with
  ``recovery.write`` (MODE ``recovery``, recovery folder under HOME); answers its pid.
- ``reap PID``: wait for that child and answer ``signal N`` or ``exit N``.

The server is single-threaded and imports everything before forking, so a child is saving
within a millisecond of its birth.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chinacheck.case.model import Case  # noqa: E402
from chinacheck.storage import paths, recovery, store  # noqa: E402
from helpers.cases import large_case  # noqa: E402


def _save_forever(mode: str, target: Path, versions: list[Case], start: int) -> None:
    n = start
    while True:
        case = versions[n % 2]
        if mode == "case":
            store.save_case(case, target, touch=False)
        else:
            recovery.write(case, target)
        n += 1


def main() -> None:
    mode, target, home = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    os.environ[paths.ENV_HOME] = home
    versions = [large_case(0), large_case(1)]
    print("ready", flush=True)
    forks = 0
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    _save_forever(mode, target, versions, forks)
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(3)  # only reached when a save failed: the test reports it
            forks += 1
            print(pid, flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(arg), 0)
            if os.WIFSIGNALED(status):
                print(f"signal {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
        else:
            print(f"unknown {command}", flush=True)


if __name__ == "__main__":
    main()
