"""Running the command line in-process and capturing what it printed."""

from __future__ import annotations

import pytest

from chinacheck.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``chinacheck ARGV…``."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
