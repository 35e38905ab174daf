"""The commands for the life of a case: ``phase``, ``review`` and ``debrief``. Same contract as
``chinacheck/cli/main.py``: exit 0 ok, 1 a bad file or value, 2 a usage error; errors are one
line on stderr, and a refused change leaves the file as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from chinacheck import i18n
from chinacheck.cli import casecheck
from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP, editing, open_case
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import _

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


def parse_day(value: str, option: str) -> date:
    """A date as YYYY-MM-DD (or DD-MM-YYYY, as Dutch users write it), in ChinaCheck's range."""
    from chinacheck.case.daterange import date_ok

    text = value.strip()
    try:
        if len(text) == 10 and text[2] == "-" and text[5] == "-":
            day = date(int(text[6:]), int(text[3:5]), int(text[:2]))
        else:
            day = date.fromisoformat(text)
    except ValueError:
        raise InputError(_("{option}: geen geldige datum {value} (gebruik JJJJ-MM-DD)").format(
            option=option, value=repr(cli_io.safe(value[:40])))) from None
    if not date_ok(day):
        raise InputError(_("{option}: datum {value} valt buiten 1900–9998").format(
            option=option, value=day.isoformat()))
    return day


def _status(loaded_case: object) -> None:
    from chinacheck.case import lifecycle
    from chinacheck.case.model import Case
    from chinacheck.storage import settings

    assert isinstance(loaded_case, Case)
    case, language = loaded_case, i18n.language()
    cli_io.out(_("fase: {phase}").format(phase=lifecycle.phase_label(case.phase, language)))
    if case.ended is not None:
        cli_io.out(_("beëindigd op {date}: {reason}").format(
            date=case.ended.on.isoformat(), reason=cli_io.safe(case.ended.reason)))
    targets = lifecycle.targets(case)
    cli_io.out(_("kan naar: {phases}").format(
        phases=", ".join(targets) if targets else _("(geen; teken eerst definitief af)")
        if case.phase == lifecycle.rules().initial else _("(geen)")))
    review = lifecycle.next_review(case, settings.load().review_months)
    if review is not None:
        state = lifecycle.review_state(review, date.today())
        cli_io.out(_("volgende herbeoordeling: {date}{state}").format(
            date=review.isoformat(), state={
                lifecycle.ReviewState.OVERDUE: _(" (te laat)"),
                lifecycle.ReviewState.DUE: _(" (binnenkort)"),
            }.get(state, "")))
    if lifecycle.debrief_outstanding(case, date.today()):
        cli_io.out(_("nazorg: nog af te ronden"))


def cmd_phase(args: argparse.Namespace) -> int:
    from chinacheck.case import lifecycle
    from chinacheck.storage.store import save_case

    if args.target is None:
        if args.reason or args.date:
            raise InputError(_("--reason en --date horen bij een nieuwe fase"))
        loaded = open_case(args.file, args.passphrase_file)
        _status(loaded.case)
        return ExitCode.OK
    on = parse_day(args.date, "--date") if args.date else None
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        source = loaded.case.phase
        try:
            lifecycle.change_phase(loaded.case, args.target, reason=args.reason or "", on=on)
        except InputError as exc:
            raise InputError(f"{loaded.path}: {exc}") from None
        save_case(loaded.case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    language = i18n.language()
    cli_io.out(_("fase: {old} → {new}").format(old=lifecycle.phase_label(source, language),
                                               new=lifecycle.phase_label(args.target, language)))
    return ExitCode.OK


def cmd_review(args: argparse.Namespace) -> int:
    from chinacheck.case import lifecycle
    from chinacheck.case.signoff import reopen
    from chinacheck.storage import settings
    from chinacheck.storage.store import save_case

    if args.start and (args.date or args.default):
        raise InputError(_("--start gaat niet samen met --date of --default"))
    if args.date and args.default:
        raise InputError(_("kies --date of --default, niet beide"))
    when = parse_day(args.date, "--date") if args.date else None
    if not (args.start or args.date or args.default):
        loaded = open_case(args.file, args.passphrase_file)
        review = lifecycle.next_review(loaded.case, settings.load().review_months)
        cli_io.out(_("volgende herbeoordeling: {date}").format(
            date=review.isoformat() if review else _("geen")))
        return ExitCode.OK
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        try:
            if args.start:
                revision = reopen(loaded.case, args.reason or "", review=True)
            else:
                lifecycle.set_next_review(loaded.case, when)
        except InputError as exc:
            raise InputError(f"{loaded.path}: {exc}") from None
        save_case(loaded.case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    if args.start:
        cli_io.out(_("herbeoordeling begonnen: revisie {revision}; de antwoorden zijn "
                     "overgenomen om te bevestigen of te wijzigen").format(revision=revision))
    else:
        review = lifecycle.next_review(loaded.case, settings.load().review_months)
        cli_io.out(_("volgende herbeoordeling: {date}").format(
            date=review.isoformat() if review else _("geen")))
    return ExitCode.OK


def _debrief_lines(case: object) -> list[str]:
    from chinacheck.case import lifecycle
    from chinacheck.case.model import Case

    assert isinstance(case, Case)
    rules, language = lifecycle.rules(), i18n.language()
    if not case.debrief:
        return [_("nog geen nazorgregels")]
    lines = []
    for n, entry in enumerate(case.debrief, start=1):
        category = rules.category(entry.category)
        handling = rules.handling_of(entry.handling)
        head = "{number}. {category}{day}{electronic}".format(
            number=n, category=category.shown(language) if category else cli_io.safe(
                entry.category),
            day=f" ({entry.on.isoformat()})" if entry.on else "",
            electronic=_(" [elektronisch]") if entry.electronic else "")
        lines.append(head)
        lines.append("   " + cli_io.safe_block(entry.note, "   "))
        if entry.handling:
            lines.append("   " + _("afhandeling: {handling}").format(
                handling=handling.shown(language) if handling else cli_io.safe(entry.handling)))
        for m, action in enumerate(entry.actions, start=1):
            extra = ", ".join(x for x in (cli_io.safe(action.owner),
                                          action.due.isoformat() if action.due else "") if x)
            lines.append("   {ref} {text}{extra}{done}".format(
                ref=f"{n}.{m}", text=cli_io.safe(action.text),
                extra=f" ({extra})" if extra else "",
                done=_(" [afgerond]") if action.done else ""))
    return lines


def cmd_debrief(args: argparse.Namespace) -> int:
    from chinacheck.case import debrief
    from chinacheck.case.model import Action
    from chinacheck.storage.store import save_case

    adding, ticking = args.what == "add", args.what in ("done", "undone")
    if args.what is not None and not (adding or ticking):
        raise InputError(_("kies add, done of undone, niet {what}").format(
            what=repr(cli_io.safe(args.what[:20]))))
    options = (args.category, args.date, args.note, args.handling, args.action, args.owner,
               args.due)
    if not adding and (any(o is not None for o in options) or args.electronic):
        raise InputError(_("--category, --note en de andere opties horen bij 'add'"))
    if ticking and not args.reference:
        raise InputError(_("geef de vervolgactie als NAZORGREGEL.ACTIE, bijvoorbeeld 1.1"))
    if not ticking and args.reference:
        raise InputError(_("onverwacht: {value}").format(
            value=repr(cli_io.safe(args.reference[:20]))))
    if args.what is None:
        loaded = open_case(args.file, args.passphrase_file)
        for line in _debrief_lines(loaded.case):
            cli_io.out(line)
        return ExitCode.OK
    new = None
    if adding:
        if args.category is None or args.note is None:
            raise InputError(_("'debrief add' heeft --category en --note nodig"))
        if (args.owner or args.due) and not args.action:
            raise InputError(_("--owner en --due horen bij --action"))
        action = Action(text=args.action.strip(), owner=(args.owner or "").strip(),
                        due=parse_day(args.due, "--due") if args.due else None) \
            if args.action is not None else None
        new = debrief.entry(args.category, args.note,
                            on=parse_day(args.date, "--date") if args.date else None,
                            electronic=args.electronic, handling=args.handling or "",
                            action=action)
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        try:
            if new is not None:
                number = debrief.add(loaded.case, new)
            else:
                number, sub = debrief.set_action_done(loaded.case, args.reference,
                                                      done=args.what == "done")
        except InputError as exc:
            raise InputError(f"{loaded.path}: {exc}") from None
        save_case(loaded.case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    if new is not None:
        cli_io.out(_("nazorgregel {number} toegevoegd").format(number=number))
    else:
        cli_io.out((_("vervolgactie {reference} afgerond") if args.what == "done" else
                    _("vervolgactie {reference} weer open")).format(reference=f"{number}.{sub}"))
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    passphrase_file_help = i18n.translate(PASSPHRASE_FILE_HELP)
    p = add("phase", cmd_phase, _("toon de fase van een zaak en waarheen zij kan, of zet haar "
                                  "in een volgende fase"))
    p.add_argument("file")
    p.add_argument("target", nargs="?", metavar="PHASE",
                   help=_("de nieuwe fase, zoals 'chinacheck phase BESTAND' die noemt"))
    p.add_argument("--reason", metavar="TEXT", help=_("waarom (verplicht bij beeindigd)"))
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help=_("datum waarop de band of samenwerking eindigde (bij beeindigd)"))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)
    p = add("review", cmd_review, _("toon of plan de volgende herbeoordeling, of begin haar "
                                    "(nieuwe revisie met de antwoorden overgenomen)"))
    p.add_argument("file")
    p.add_argument("--start", action="store_true", help=_("begin de herbeoordeling nu"))
    p.add_argument("--reason", metavar="TEXT", help=_("toelichting bij --start"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=_("plan de volgende herbeoordeling"))
    p.add_argument("--default", action="store_true",
                   help=_("volgende herbeoordeling weer volgens de standaardtermijn"))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)
    p = add("debrief", cmd_debrief, _("toon de nazorg van een reis of bezoek, voeg een regel toe "
                                      "(add) of vink een vervolgactie af (done/undone)"))
    p.add_argument("file")
    p.add_argument("what", nargs="?", metavar="add|done|undone")
    p.add_argument("reference", nargs="?", metavar="ENTRY.ACTION",
                   help=_("bij done/undone: de vervolgactie, bijvoorbeeld 1.1"))
    p.add_argument("--category", metavar="C", help=_("categorie, bijvoorbeeld gift (een "
                                                     "onbekende noemt de keuzes)"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=_("wanneer het gebeurde"))
    p.add_argument("--note", metavar="TEXT", help=_("wat er gebeurde"))
    p.add_argument("--electronic", action="store_true",
                   help=_("het geschenk is elektronisch (USB-stick, powerbank, telefoon)"))
    p.add_argument("--handling", metavar="H", help=_("wat er is gedaan, bijvoorbeeld "
                                                     "handed-in of reported"))
    p.add_argument("--action", metavar="TEXT", help=_("een vervolgactie"))
    p.add_argument("--owner", metavar="NAME", help=_("wie de vervolgactie uitvoert"))
    p.add_argument("--due", metavar="YYYY-MM-DD", help=_("uiterlijk wanneer"))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)

