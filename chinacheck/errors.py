"""The project's own error types: every expected failure ends in one of these."""

from __future__ import annotations

from pathlib import Path


class ChinaCheckError(Exception):
    """An expected failure with a message fit to show a user (one or two lines)."""


class CaseFileError(ChinaCheckError):
    """A case file that cannot be read, parsed or validated, or cannot be written."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(f"{where}{problem}")


class InputError(ChinaCheckError):
    """A bad value given by the user (unknown item id, status, kind …)."""


class ContentError(ChinaCheckError):
    """The bundled brochure content is missing or inconsistent (a packaging fault)."""
