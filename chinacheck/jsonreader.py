"""Typed access to untrusted JSON: every failure is a CaseFileError that names the field."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from chinacheck.errors import CaseFileError
from chinacheck.i18n import N_, _, translate

E = TypeVar("E", bound=StrEnum)
SHOWN_CHARS = 60


def shown(value: Any, limit: int = SHOWN_CHARS) -> str:
    """A value or key from a file as a message shows it: quoted, on one line (control and bidi
    characters escaped by repr) and at most ``limit`` characters of it."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit] + "…")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return _("een getal van {digits} cijfers").format(digits=len(str(abs(value))))
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


_TYPE_NAMES = {
    dict: N_("een object"), list: N_("een lijst"), str: N_("tekst"), int: N_("een getal"),
    float: N_("een getal"), bool: N_("waar/onwaar"), type(None): "null",
}


def typename(value: Any) -> str:
    """What a value in a file is, in words: "een lijst"."""
    name = _TYPE_NAMES.get(type(value))
    return translate(name) if name is not None else type(value).__name__


class Reader:
    """Reads values out of a parsed document; ``where`` is the path shown to the user."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> CaseFileError:
        if not where:
            return CaseFileError(self.path, problem)
        return CaseFileError(self.path, _("veld '{field}': {problem}").format(field=where,
                                                                             problem=problem))

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, _("verwacht een object, gevonden {found}").format(
                found=typename(value)))
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, _("verwacht een lijst, gevonden {found}").format(
                found=typename(value)))
        return value

    def text(self, data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        if key not in data:
            if required:
                raise self.fail(f"{where}{key}", _("ontbreekt"))
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}{key}", _("verwacht tekst, gevonden {found}").format(
                found=typename(value)))
        return value

    def flag(self, data: dict[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}{key}", _("verwacht waar/onwaar, gevonden {found}").format(
                found=typename(value)))
        return value

    def positive(self, data: dict[str, Any], key: str, where: str,
                 default: int | None = None) -> int:
        """A whole number ≥ 1 (booleans are not numbers here, although Python says they are)."""
        if key not in data and default is not None:
            return default
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.fail(f"{where}{key}", _("ontbreekt of is geen positief geheel getal"))
        return value

    def date(self, data: dict[str, Any], key: str, where: str) -> date | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}{key}", _("verwacht een datum (JJJJ-MM-DD), gevonden "
                                               "{found}").format(found=typename(value)))
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{where}{key}", _("geen geldige datum: {value}").format(
                value=shown(value))) from None

    def timestamp(self, data: dict[str, Any], key: str, where: str = "") -> datetime:
        value = data.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{where}{key}", _("ontbreekt of is geen tijdstip"))
        try:
            stamp = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{where}{key}", _("geen geldig tijdstip: {value}").format(
                value=shown(value))) from None
        if stamp.tzinfo is None:
            raise self.fail(f"{where}{key}", _("tijdstip zonder tijdzone"))
        return stamp

    def enum(self, data: dict[str, Any], key: str, where: str, kind: type[E]) -> E:
        value = data.get(key)
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise self.fail(f"{where}{key}", _("{value} is geen van: {allowed}").format(
                value=shown(value), allowed=allowed)) from None
