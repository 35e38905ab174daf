"""The ``details`` command: a case's own details (organisation, drafter, period, people, topics,
overall risk, measures) from the command line, so that a case made there can be ready for a
final sign-off as one made in the app. Same contract as ``chinacheck/cli/main.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from chinacheck import i18n
from chinacheck.cli import casecheck
from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP, editing, open_case
from chinacheck.cli.exitcode import ExitCode
from chinacheck.cli.lifecycle import parse_day
from chinacheck.errors import InputError
from chinacheck.i18n import _

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]
_TEXTS = ("title", "organisation", "preparer", "measures")


def _counterpart(value: str) -> tuple[str, str, str]:
    """'Name; organisation; role' (the last two optional)."""
    parts = [part.strip() for part in value.split(";")]
    if not parts[0] or len(parts) > 3:
        raise InputError(_("--counterpart: verwacht 'naam; organisatie; rol' (organisatie en "
                           "rol mogen ontbreken), gevonden {value}").format(
            value=repr(cli_io.safe(value[:80]))))
    organisation = parts[1] if len(parts) > 1 else ""
    role = parts[2] if len(parts) > 2 else ""
    return parts[0], organisation, role


def cmd_details(args: argparse.Namespace) -> int:
    from chinacheck.case.model import Counterpart, RiskLevel
    from chinacheck.case.signoff import CaseLockedError, ensure_editable
    from chinacheck.storage.store import save_case

    risk = None
    if args.risk is not None:
        try:
            risk = RiskLevel(args.risk)
        except ValueError:
            raise InputError(_("onbekend risico {value}; kies uit: {choices}").format(
                value=repr(args.risk), choices=", ".join(r.value for r in RiskLevel))) from None
    start = parse_day(args.start, "--start") if args.start else None
    end = parse_day(args.end, "--end") if args.end else None
    people = [_counterpart(value) for value in args.counterpart or []]
    if args.title is not None and not args.title.strip():
        raise InputError(_("--title mag niet leeg zijn"))
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        case = loaded.case
        try:
            ensure_editable(case)
        except CaseLockedError as exc:
            raise CaseLockedError(f"{loaded.path}: {exc}") from None
        for name in _TEXTS:
            value = getattr(args, name)
            if value is not None:
                setattr(case, name, value.strip() if name != "measures" else value)
        if start is not None:
            case.start_date = start
        if end is not None:
            case.end_date = end
        if case.start_date and case.end_date and case.end_date < case.start_date:
            raise InputError(_("{file}: de periode eindigt vóór zij begint").format(
                file=loaded.path))
        case.counterparts += [Counterpart(name, organisation, role)
                              for name, organisation, role in people]
        case.topics += [topic.strip() for topic in args.topic or [] if topic.strip()]
        if risk is not None:
            case.overall_risk = risk
        save_case(case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    cli_io.out(_("gegevens bijgewerkt: {file}").format(file=cli_io.safe(str(loaded.path))))
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    p = add("details", cmd_details, _("vul de gegevens van een zaak in: organisatie, opsteller, "
                                      "periode, gesprekspartners, onderwerpen, risico"))
    p.add_argument("file")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--organisation", metavar="TEXT")
    p.add_argument("--preparer", metavar="NAME", help=_("wie de zaak opstelt"))
    p.add_argument("--start", metavar="YYYY-MM-DD", help=_("begin van de periode"))
    p.add_argument("--end", metavar="YYYY-MM-DD", help=_("einde van de periode"))
    p.add_argument("--counterpart", metavar="'NAAM; ORG; ROL'", action="append",
                   help=_("voeg een gesprekspartner toe (mag vaker)"))
    p.add_argument("--topic", metavar="TEXT", action="append",
                   help=_("voeg een onderwerp toe (mag vaker)"))
    p.add_argument("--risk", metavar="RISK", help=_("totaalrisico: laag, midden of hoog"))
    p.add_argument("--measures", metavar="TEXT", help=_("maatregelen"))
    p.add_argument("--passphrase-file", metavar="F", help=i18n.translate(PASSPHRASE_FILE_HELP))
