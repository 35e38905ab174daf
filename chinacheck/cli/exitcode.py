"""The exit statuses of ``chinacheck``: part of the command line's promise (see README)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # a bad file, a failed check, a bad input value, a refusal
    USAGE = 2  # the arguments themselves are wrong (argparse says so)
    INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT
