"""The project's own error types: every expected failure ends in one of these."""

from __future__ import annotations

from pathlib import Path

# A message names a field and shows a value; neither may run on for pages.
MAX_PROBLEM_CHARS = 300


def one_line(text: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    """``text`` on one line, every control, bidi or other invisible character escaped (a file's
    text must not break or reverse a message), cut to ``limit`` characters."""
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ChinaCheckError(Exception):
    """An expected failure with a message fit to show a user (one or two lines)."""


class CaseFileError(ChinaCheckError):
    """A case file that cannot be read, parsed or validated, or cannot be written."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = one_line(problem)
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(f"{where}{problem}")


class InputError(ChinaCheckError):
    """A bad value given by the user (unknown item id, status, kind …)."""


class ContentError(ChinaCheckError):
    """The bundled brochure content is missing or inconsistent (a packaging fault)."""
