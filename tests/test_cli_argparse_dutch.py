"""In Dutch mode argparse's own words are Dutch too; in English mode they stay English."""

from __future__ import annotations

import pytest
from helpers.cli import run


def test_usage_errors_are_dutch_in_dutch_mode(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "answer", lang="nl")
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: chinacheck answer")
    assert "fout: de volgende argumenten zijn verplicht: file, ITEM_ID, --status" in err
    with pytest.raises(SystemExit):
        run(capsys, "--log-level", "veel", "items", lang="nl")
    assert "ongeldige keuze: 'VEEL' (kies uit" in capsys.readouterr().err


def test_help_headings_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "--help", lang="nl")
    out = capsys.readouterr().out
    assert out.startswith("gebruik: chinacheck") and "\nargumenten:\n" in out
    assert "\nopties:\n" in out and "toon deze hulptekst en stop" in out


def test_english_mode_keeps_argparse_english(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "items", lang="nl")  # Dutch first: switching back must undo it
    with pytest.raises(SystemExit):
        run(capsys, "answer", lang="en")
    err = capsys.readouterr().err
    assert err.startswith("usage: chinacheck answer")
    assert "error: the following arguments are required" in err
