"""Writing the register in one of its formats: XLSX, CSV, PDF or JSON.

The whole file is made in memory and then written atomically (``output.write_document``):
a failed export leaves nothing behind, not even part of a file.
"""

from __future__ import annotations

from pathlib import Path

from chinacheck.errors import InputError
from chinacheck.i18n import _
from chinacheck.storage.register import Register

FORMATS = ("xlsx", "csv", "pdf", "json")


def format_for(path: Path | str, chosen: str | None = None) -> str:
    """The format asked for, else the one the file name's extension names; InputError when
    neither names one of :data:`FORMATS`."""
    if chosen is not None:
        if chosen.lower() not in FORMATS:
            raise InputError(_("onbekend formaat {format}; kies uit: {choices}").format(
                format=repr(chosen), choices=", ".join(FORMATS)))
        return chosen.lower()
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(_("{file}: kies het formaat met --format ({choices}) of geef het "
                           "bestand een van die extensies").format(file=path,
                                                                  choices=", ".join(FORMATS)))
    return suffix


def check_delimiter(delimiter: str) -> str:
    """One character that can separate cells; ``\\t`` or ``tab`` for a tab."""
    if delimiter in ("\\t", "tab"):
        return "\t"
    if len(delimiter) != 1 or delimiter in "\"'\r\n" or not delimiter.isprintable() \
            and delimiter != "\t":
        raise InputError(_("--delimiter: één teken, geen aanhalingsteken of regeleinde; "
                           "niet {value}").format(value=repr(delimiter)))
    return delimiter


def render(register: Register, fmt: str, *, language: str = "nl", delimiter: str = ";",
           classification: str | None = None) -> bytes:
    if fmt == "csv":
        from chinacheck.reports.register_table import render_csv

        return render_csv(register, language=language, delimiter=check_delimiter(delimiter))
    if fmt == "json":
        from chinacheck.reports.register_table import render_json

        return render_json(register)
    if fmt == "xlsx":
        from chinacheck.reports.register_xlsx import render_xlsx

        return render_xlsx(register, language=language)
    if fmt == "pdf":
        from chinacheck.reports.case_summary import DEFAULT_CLASSIFICATION
        from chinacheck.reports.register_pdf import render_register

        return render_register(register, language=language,
                               classification=classification or DEFAULT_CLASSIFICATION).data
    raise InputError(_("onbekend formaat {format}; kies uit: {choices}").format(
        format=repr(fmt), choices=", ".join(FORMATS)))


def export(register: Register, target: Path | str, fmt: str | None = None, *,
           language: str = "nl", delimiter: str = ";",
           classification: str | None = None) -> Path:
    """Write the register to ``target``; returns the path. InputError or ChinaCheckError
    (one line) on a bad format or a file that cannot be written, and then nothing is written."""
    from chinacheck.reports.output import write_document
    from chinacheck.storage.outputs import refuse_case_files

    fmt = format_for(target, fmt)
    refuse_case_files(target)  # before the work: never over a case, its backups or its lock
    data = render(register, fmt, language=language, delimiter=delimiter,
                  classification=classification)
    return write_document(data, target)
