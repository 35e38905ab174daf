"""The ``four-eyes`` command: the organisation's four-eyes policy (a setting) and a case's own
policy (kept in its file, recorded in its audit trail). See chinacheck.case.foureyes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from chinacheck.cli import casecheck
from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP, editing, open_case
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import _, translate

if TYPE_CHECKING:
    from chinacheck.case.model import Case, FourEyes

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]

FOLLOW = "organisatie"  # --set organisatie: the case follows the organisation's policy again


def cmd_four_eyes(args: argparse.Namespace) -> int:
    from chinacheck.case import foureyes
    from chinacheck.storage import settings

    if args.file is None:
        return _organisation(args.set)
    organisation = settings.four_eyes()
    if args.set is None:
        case = open_case(args.file, args.passphrase_file).case
        _show(case, organisation)
        return ExitCode.OK
    policy = None if args.set.strip().casefold() == FOLLOW else foureyes.parse(args.set)
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        from chinacheck.case.signoff import CaseLockedError, set_four_eyes
        from chinacheck.storage.store import save_case

        try:
            changed = set_four_eyes(loaded.case, policy)
        except CaseLockedError as exc:
            raise CaseLockedError(f"{loaded.path}: {exc}") from None
        if changed:
            save_case(loaded.case, loaded.path, file_version=loaded.file_version,
                      key=loaded.key)
    _show(loaded.case, organisation)
    return ExitCode.OK


def _organisation(value: str | None) -> int:
    from chinacheck.case import foureyes
    from chinacheck.storage import settings

    if value is not None:
        policy = foureyes.parse(value)
        current = settings.load()
        current.four_eyes = policy.value
        try:
            settings.save(current)
        except OSError as exc:
            raise InputError(_("de instellingen kunnen niet worden bewaard: {error}").format(
                error=exc.strerror or exc)) from None
    cli_io.out(_("functiescheiding van de organisatie: {policy}").format(
        policy=foureyes.describe(settings.four_eyes())))
    return ExitCode.OK


def _show(case: Case, organisation: FourEyes) -> None:
    from chinacheck.case import foureyes

    policy = foureyes.in_effect(case, organisation)
    if case.four_eyes is None:
        cli_io.out(_("functiescheiding (die van de organisatie): {policy}").format(
            policy=foureyes.describe(policy)))
    else:
        cli_io.out(_("functiescheiding (eigen keuze voor deze zaak): {policy}").format(
            policy=foureyes.describe(policy)))


def add_parsers(add: AddCommand) -> None:
    p = add("four-eyes", cmd_four_eyes, _(
        "toon of kies de functiescheiding: zonder bestand die van de organisatie (een "
        "instelling), met een bestand die van de zaak (vastgelegd in het logboek)"))
    p.add_argument("file", nargs="?", help=_("een .chinacheck-bestand"))
    p.add_argument("--set", metavar="POLICY", help=_(
        "'geen', 'andere aftekenaar' of 'twee aftekeningen'; bij een zaak ook 'organisatie' "
        "(volg weer de instelling van de organisatie)"))
    p.add_argument("--passphrase-file", metavar="F", help=translate(PASSPHRASE_FILE_HELP))
