"""Running the command line in-process and capturing what it printed, in Dutch or English."""

from __future__ import annotations

import pytest

from chinacheck.cli.main import main
from helpers.dutch import assert_english


def run(capsys: pytest.CaptureFixture[str], *argv: str,
        lang: str | None = None) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``chinacheck [--lang LANG] ARGV…``."""
    code = main([*(["--lang", lang] if lang else []), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def en_ok(capsys: pytest.CaptureFixture[str], *argv: str,
               allowed: tuple[str, ...] = ()) -> str:
    """Run a command in English that succeeds; its stdout and stderr are English (but for
    ``allowed``). Returns stdout."""
    code, out, err = run(capsys, *argv, lang="en")
    assert code == 0, err
    assert_english(out + err, *allowed)
    return out


def en_fails(capsys: pytest.CaptureFixture[str], *argv: str,
                  allowed: tuple[str, ...] = (), code: int = 1) -> str:
    """Run a command in English that fails: English on stderr, no traceback. Returns stderr,
    stripped."""
    got, out, err = run(capsys, *argv, lang="en")
    assert got == code, (out, err)
    assert "Traceback" not in err and err.strip(), err
    assert_english(out + err, *allowed)
    return err.strip()
