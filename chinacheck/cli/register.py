"""The ``register`` command: the organisation's register of cases, to XLSX, CSV, PDF or JSON.

Same contract as ``chinacheck/cli/main.py``: exit 0 ok, 1 a bad value or a file that cannot be
written (one line on stderr, nothing written), 2 a usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from chinacheck import i18n
from chinacheck.cli import io as cli_io
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import _

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


def _phase(value: str | None) -> str | None:
    from chinacheck.guidance import workflow

    if value is None:
        return None
    ids = workflow.load().phase_ids
    if value not in ids:
        raise InputError(_("onbekende fase {phase}; kies uit: {choices}").format(
            phase=repr(value), choices=", ".join(ids)))
    return value


def _kind(value: str | None) -> str | None:
    from chinacheck.guidance.content import load

    if value is None:
        return None
    content = load()
    if content.kind(value) is None:
        raise InputError(_("onbekende soort {kind}; kies uit: {choices}").format(
            kind=repr(value), choices=", ".join(content.kind_ids)))
    return value


def cmd_register(args: argparse.Namespace) -> int:
    from chinacheck.reports import register_export
    from chinacheck.storage import paths, register, settings
    from chinacheck.storage.library import list_cases

    fmt = register_export.format_for(args.output, args.format)  # bad input before any work
    if args.delimiter is not None:
        if fmt != "csv":
            raise InputError(_("--delimiter hoort bij CSV"))
        register_export.check_delimiter(args.delimiter)
    filters = register.Filters(due=args.due, phase=_phase(args.phase), kind=_kind(args.kind))
    built = register.build(list_cases(paths.cases_dir()), filters=filters,
                           overrides=settings.load().review_months)
    written = register_export.export(built, args.output, fmt, language=i18n.language(),
                                     delimiter=args.delimiter or ";",
                                     classification=args.classification)
    if built.encrypted or built.broken:
        cli_io.err(_("{encrypted} versleutelde zaken en {broken} onleesbare bestanden staan "
                     "erin met alleen hun bestandsnaam").format(encrypted=built.encrypted,
                                                                broken=built.broken))
    cli_io.out(str(written))
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    p = add("register", cmd_register, _("het register van alle zaken in de zakenmap: fase, "
                                        "besluit, herbeoordeling, open acties (XLSX, CSV, PDF "
                                        "of JSON)"))
    p.add_argument("--due", action="store_true",
                   help=_("alleen zaken waarvan de herbeoordeling binnenkort of te laat is"))
    p.add_argument("--phase", metavar="P", help=_("alleen zaken in deze fase"))
    p.add_argument("--kind", metavar="K", help=_("alleen zaken van deze soort"))
    p.add_argument("--format", metavar="F",
                   help=_("xlsx, csv, pdf of json (standaard: volgens de extensie van -o)"))
    p.add_argument("--delimiter", metavar="D",
                   help=_("scheidingsteken voor CSV (standaard ';', wat Nederlandse Excel "
                          "verwacht; \\t voor een tab)"))
    p.add_argument("--classification", metavar="TEXT",
                   help=_("rubricering in kop- en voettekst van de PDF (standaard: Intern)"))
    p.add_argument("-o", "--output", metavar="FILE", required=True)
