"""The ``chinacheck`` command line. Its commands, options and exit statuses are a contract.

Exit status: 0 success; 1 a bad file, a failed check or a bad input value; 2 a usage error.
Errors are one or two lines on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from chinacheck import __version__, i18n, log
from chinacheck.cli import argparse_nl, casecheck
from chinacheck.cli import case as cli_case
from chinacheck.cli import details as cli_details
from chinacheck.cli import foureyes as cli_foureyes
from chinacheck.cli import io as cli_io
from chinacheck.cli import lifecycle as cli_lifecycle
from chinacheck.cli import packs as cli_packs
from chinacheck.cli import register as cli_register
from chinacheck.cli import signoff as cli_signoff
from chinacheck.cli import tokens as cli_tokens
from chinacheck.cli import woo as cli_woo
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import ChinaCheckError, InputError
from chinacheck.i18n import _
from chinacheck.storage import paths

Handler = Callable[[argparse.Namespace], int]


_out, _err = cli_io.out, cli_io.err
_logger = log.get("cli")


# --- commands ----------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    from chinacheck.display import display_problem

    problem = display_problem()
    if problem:
        _err(problem)
        _err(_("Zonder beeldscherm werkt de opdrachtregel: chinacheck new, list, show, answer, "
               "validate, items, content, sectors, signoff, reopen, export, verify, encrypt, "
               "decrypt, phase, review, register, checklist, travel-card (zie chinacheck --help)."))
        return ExitCode.FAILED
    from chinacheck.ui.app import run

    return run(Path(args.file) if args.file else None, language=getattr(args, "lang", None))


def _kind(value: str | None) -> str:
    from chinacheck.storage.pack_store import active_content

    content = active_content()
    if value is None:
        return "overig"
    if content.kind(value) is None:
        raise InputError(_("onbekende soort {kind}; kies uit: {choices}").format(
            kind=repr(value), choices=", ".join(content.kind_ids)))
    return value


def cmd_new(args: argparse.Namespace) -> int:
    from chinacheck.case.model import Case
    from chinacheck.case.packs import record_packs
    from chinacheck.storage.pack_store import active_content
    from chinacheck.storage.store import new_case_path, save_case

    if not args.title.strip():
        raise InputError(_("de titel mag niet leeg zijn"))
    case = Case(title=args.title.strip(), kind=_kind(args.kind))
    record_packs(case, active_content())
    if args.output:
        target = Path(args.output)
        if target.exists():
            raise InputError(_("{file}: bestaat al; kies een andere naam").format(file=target))
        from chinacheck.storage.outputs import refuse_case_files

        refuse_case_files(target, case_name_ok=True)  # not the name of a backup or a lock
    else:
        target = new_case_path(paths.ensure_dir(paths.cases_dir()), case.title)
    save_case(case, target, touch=False)
    _out(str(target))
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    from chinacheck.storage.library import BrokenCase, EncryptedCase, list_cases

    safe = cli_io.safe  # a tab or line end in a field would add a column or a row
    for entry in list_cases(paths.cases_dir()):
        if isinstance(entry, BrokenCase):
            _out("\t".join(["-", safe(entry.path.name), "-",
                            _("onleesbaar: {reason}").format(reason=safe(entry.reason)), "-"]))
        elif isinstance(entry, EncryptedCase):
            _out("\t".join(["-", safe(entry.path.name), "-", _("versleuteld"), "-"]))
        else:  # a row of data: only the status word is a message
            _out("\t".join([
                safe(entry.id), safe(entry.title), safe(entry.kind),
                f"{i18n.translate(entry.status)} {entry.answered}/{entry.total}",
                entry.modified.isoformat(),
            ]))
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> int:
    from chinacheck.case import caseformat
    from chinacheck.cli.summary import case_text
    from chinacheck.storage.pack_store import case_content_for_reading

    loaded = cli_case.open_case(args.file, args.passphrase_file)
    finding = casecheck.examine(loaded, args.trust)
    if args.json:
        if finding.tampered:  # the data stays data; the warning goes beside it
            _err(f"{loaded.path}: {casecheck.headline(finding)}")
        _out(json.dumps(caseformat.to_dict(loaded.case), ensure_ascii=False, indent=2))
    else:
        content, missing = case_content_for_reading(loaded.case)
        if missing:
            _err(_("{file}: {problem}; getoond met de actieve inhoud").format(
                file=loaded.path, problem=missing))
        _out(case_text(loaded.case, content, loaded.unknown_items, finding))
    return ExitCode.OK


def cmd_items(args: argparse.Namespace) -> int:
    from chinacheck.storage.pack_store import active_content

    content = active_content()
    items = content.items_for_kind(_kind(args.kind)) if args.kind else list(content.items())
    for item in items:
        _out(f"{content.number(item.id)}\t{item.id}\t{item.text}")  # the brochure's words
    return ExitCode.OK


def cmd_answer(args: argparse.Namespace) -> int:
    from chinacheck.case.model import Answer, Status
    from chinacheck.case.signoff import CaseLockedError, ensure_editable
    from chinacheck.storage.pack_store import case_content
    from chinacheck.storage.store import save_case

    try:
        status = Status(args.status)
    except ValueError:
        raise InputError(_("onbekende status {status}; kies uit: {choices}").format(
            status=repr(args.status), choices=", ".join(s.value for s in Status))) from None
    with cli_case.editing(args.file):
        loaded = cli_case.open_case(args.file, args.passphrase_file)
        case = loaded.case
        content = case_content(case)  # the edition the case is answered against
        numbered = content.item_by_number(args.item_id)  # "1.2", as on the printed checklist
        if numbered is not None:
            args.item_id = numbered.id
        if args.item_id not in content.item_ids:
            raise InputError(_("onbekend punt {item}; zie 'chinacheck items'").format(
                item=repr(args.item_id)))
        casecheck.refuse_tampered(loaded)
        try:
            ensure_editable(case)
        except CaseLockedError as exc:
            raise CaseLockedError(f"{loaded.path}: {exc}") from None
        old = case.answer(args.item_id)
        note = args.note if args.note is not None else old.note
        case.set_answer(args.item_id, Answer(status, note, old.actions))
        save_case(case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    _out(f"{args.item_id}: {status.value}")
    return ExitCode.OK


def cmd_validate(args: argparse.Namespace) -> int:
    from chinacheck.errors import CaseFileError
    from chinacheck.jsonreader import listed

    bad = 0
    for name in args.files:
        try:
            loaded = cli_case.open_case(name, args.passphrase_file)
        except (CaseFileError, InputError) as exc:
            bad += 1
            problem = exc.problem if isinstance(exc, CaseFileError) else str(exc)
            cli_io.err_plain(f"{name}: {problem.removeprefix(f'{name}: ')}")
            continue
        finding = casecheck.examine(loaded, args.trust)
        for line in casecheck.seal_lines(finding):
            _out(f"{name}: {line}")
        if problems := casecheck.problems(finding, require_trusted=args.require_trusted):
            bad += 1
            cli_io.err_plain(f"{name}: " + "; ".join(problems))
            continue
        if loaded.unknown_items:
            cli_io.err_plain(_("{file}: geldig; antwoorden op onbekende punten bewaard: "
                               "{items}").format(file=name,
                                                 items=listed(loaded.unknown_items)))
    if not bad:
        _out(_("{count} geldig").format(count=len(args.files)))
    return ExitCode.FAILED if bad else ExitCode.OK


def cmd_content(args: argparse.Namespace) -> int:
    from chinacheck.cli.summary import content_text
    from chinacheck.storage.pack_store import active_content

    content = active_content()  # the edition new cases are answered against
    if args.json:
        _out(json.dumps(content.raw, ensure_ascii=False, indent=2))
    else:
        _out(content_text(content))
    return ExitCode.OK


def cmd_sectors(args: argparse.Namespace) -> int:
    from chinacheck.cli.summary import screening_text
    from chinacheck.guidance.screening import screen

    text = " ".join(args.text)
    if not text.strip():
        raise InputError(_("geef een onderwerp om te toetsen, bijvoorbeeld: chinacheck "
                           "sectors chips"))
    from chinacheck.storage.pack_store import active_content

    _out("\n".join(screening_text(screen(text, active_content()))))
    return ExitCode.OK


def cmd_checklist(args: argparse.Namespace) -> int:
    from chinacheck.reports.blank_checklist import render_blank_checklist
    from chinacheck.reports.output import write_pdf
    from chinacheck.storage.pack_store import active_content

    rendered = render_blank_checklist(_kind(args.kind), language=i18n.language(),
                                      content=active_content())
    _out(str(write_pdf(rendered.data, args.output)))
    return ExitCode.OK


def cmd_travel_card(args: argparse.Namespace) -> int:
    from chinacheck.reports.output import write_pdf
    from chinacheck.reports.travel_card import render_travel_card
    from chinacheck.storage.pack_store import active_content

    rendered = render_travel_card(language=i18n.language(), content=active_content())
    _out(str(write_pdf(rendered.data, args.output)))
    return ExitCode.OK


# --- parser ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chinacheck",
        description=_("ChinaCheck: afwegingen bij decentrale contacten met China (NCTV, mei "
                      "2023). Werkt volledig offline."),
    )
    parser.add_argument("--version", action="version", version=f"chinacheck {__version__}")
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help=_("taal van meldingen en PDF's: nl of en (standaard: de instelling "
                               "van de toepassing, anders nl)"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("controleer deze installatie (offline, laat niets achter) en "
                               "stop"))
    parser.add_argument("--data-dir", metavar="DIR", help=_("map met de gegevens (standaard: "
                        "$CHINACHECK_HOME of de gebruikersmap van het platform)"))
    parser.add_argument("--log-level", choices=log.LEVELS, type=str.upper,
                        help=_("hoeveel het logboek (logs/ in de gegevensmap) vastlegt "
                               "(standaard: de instelling, anders INFO)"))
    parser.add_argument("--debug", action="store_true",
                        help=_("leg alles vast, ook foutmeldingen in detail, en toon bij een "
                               "interne fout de volledige traceback"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("gui", cmd_gui, _("start de desktoptoepassing (standaard)"))
    p.add_argument("file", nargs="?", help=_("een .chinacheck-bestand om te openen"))
    p = add("new", cmd_new, _("maak een nieuwe zaak en toon het pad"))
    p.add_argument("--title", required=True)
    p.add_argument("--kind", help=_("soort zaak (zie 'chinacheck content')"))
    p.add_argument("-o", "--output", metavar="FILE", help=_("pad voor het nieuwe bestand"))
    add("list", cmd_list, _("toon de zaken in de zakenmap"))
    p = add("show", cmd_show, _("toon een zaak"))
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help=_("de zaak als JSON"))
    p.add_argument("--passphrase-file", metavar="F",
                   help=i18n.translate(cli_case.PASSPHRASE_FILE_HELP))
    p.add_argument("--trust", metavar="CERT", action="append",
                   help=i18n.translate(casecheck.TRUST_HELP).format(
                       folder=casecheck.TRUST_FOLDER))
    p = add("items", cmd_items, _("toon de checklistpunten: NUMMER<TAB>ID<TAB>vraag"))
    p.add_argument("--kind")
    p = add("answer", cmd_answer, _("leg één antwoord vast en sla op"))
    p.add_argument("file")
    p.add_argument("item_id", metavar="ITEM_ID",
                   help=_("het id of nummer van het punt (zoals 1.2 op de papieren checklist)"))
    p.add_argument("--status", required=True, help=_("open, ja, nee, deels, n.v.t. of onbekend"))
    p.add_argument("--note")
    p.add_argument("--passphrase-file", metavar="F",
                   help=i18n.translate(cli_case.PASSPHRASE_FILE_HELP))
    p = add("validate", cmd_validate, _("controleer zaakbestanden: geldig, niet buiten "
                                        "ChinaCheck gewijzigd, verzegeling intact"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="F",
                   help=_("lees het wachtwoord van de versleutelde zaken uit dit bestand"))
    p.add_argument("--require-trusted", action="store_true",
                   help=_("faal ook als een verzegeling niet vertrouwd is (zoals "
                          "zelfondertekend)"))
    p.add_argument("--trust", metavar="CERT", action="append",
                   help=i18n.translate(casecheck.TRUST_HELP).format(
                       folder=casecheck.TRUST_FOLDER))
    p = add("content", cmd_content, _("toon de meegeleverde inhoud van de brochure"))
    p.add_argument("--json", action="store_true", help=_("alle inhoud als JSON"))
    p = add("sectors", cmd_sectors, _("toets een onderwerp aan de technologietabel"))
    p.add_argument("text", nargs="+", metavar="TEXT")
    cli_signoff.add_parsers(add)  # signoff, reopen, export, verify
    cli_tokens.add_parsers(add)  # tokens
    cli_case.add_parsers(add)  # encrypt, decrypt
    cli_lifecycle.add_parsers(add)  # phase, review
    cli_details.add_parsers(add)  # details
    cli_foureyes.add_parsers(add)  # four-eyes
    cli_register.add_parsers(add)  # register
    cli_woo.add_parsers(add)  # woo
    cli_packs.add_parsers(add)  # packs
    p = add("checklist", cmd_checklist, _("maak een lege checklist (PDF) voor een gesprek"))
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    p.add_argument("--kind", help=_("soort zaak (standaard: overig)"))
    p = add("travel-card", cmd_travel_card,
            _("maak de reiskaart (PDF, één A4, te vouwen tot A5)"))
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    return parser


def _global_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """--lang and --data-dir, read before the full parser is built; and the rest."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=i18n.LANGUAGES)
    pre.add_argument("--data-dir")
    pre.add_argument("--log-level", type=str.upper)
    pre.add_argument("--debug", action="store_true")
    return pre.parse_known_args(argv)


def _preferences(argv: Sequence[str]) -> tuple[str, str, bool]:
    """Language, log level and debug mode: the options, else the app's settings (in --data-dir
    if given), else Dutch and INFO. CHINACHECK_DEBUG=1 still means --debug."""
    from chinacheck.storage import settings

    known, _rest = _global_options(argv)
    if known.data_dir:
        paths.set_data_dir(known.data_dir)
    saved = settings.load()
    language = known.lang or (saved.language if saved.language in i18n.LANGUAGES else "nl")
    level = known.log_level if known.log_level in log.LEVELS else \
        (saved.log_level if saved.log_level in log.LEVELS else log.DEFAULT_LEVEL)
    debug = bool(known.debug or os.environ.get("CHINACHECK_DEBUG"))
    return str(language), str(level), debug


def desktop_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of ``chinacheck`` and ``chinacheck gui [FILE]`` (what menus and file
    managers run), read without building the parser of every command: it is the start-up path.
    None for anything else, which the full parser reads."""
    start = 0  # the global options come first, as the full parser wants them
    while start < len(argv):
        if argv[start] in ("--lang", "--data-dir", "--log-level"):
            start += 2
        elif argv[start].startswith(("--lang=", "--data-dir=", "--log-level=")) or \
                argv[start] == "--debug":
            start += 1
        else:
            break
    if start > len(argv):
        return None  # an option without its value: the full parser says so
    rest = list(argv[start:])
    if rest[:1] not in ([], ["gui"]) or len(rest) > 2 or any(a.startswith("-") for a in rest):
        return None
    known, unknown = _global_options(argv[:start])
    if unknown:
        return None
    if known.log_level is not None and known.log_level not in log.LEVELS:
        return None  # the full parser names the choices
    return argparse.Namespace(lang=known.lang, self_test=False, data_dir=known.data_dir,
                              log_level=known.log_level, debug=known.debug,
                              command=rest[0] if rest else None, handler=cmd_gui,
                              file=rest[1] if len(rest) == 2 else None)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language, level, debug = _preferences(arguments)
    i18n.set_language(language)  # before the parser: its help follows --lang
    argparse_nl.use(language)  # argparse's own words (usage, error) too
    args = desktop_start(arguments)
    if args is None:
        args = build_parser().parse_args(arguments)
    if args.self_test:
        from chinacheck.cli import selftest

        ok, line = selftest.run()
        (cli_io.out if ok else cli_io.err_plain)(line)
        return ExitCode.OK if ok else ExitCode.FAILED
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    handler: Handler = getattr(args, "handler", None) or cmd_gui
    if not hasattr(args, "file") and handler is cmd_gui:
        args.file = None
    gui = handler is cmd_gui
    log.configure(paths.data_dir(), level, origin="app" if gui else "cli", debug=debug)
    command = "gui" if gui else str(args.command)
    if not gui:
        log.startup(paths.data_dir())
    try:
        code = handler(args)
    except ChinaCheckError as exc:
        log.event(_logger, "command", result="refused", level=logging.WARNING,
                  command=command, error=type(exc).__name__)
        _err(_("fout: {error}").format(error=exc))
        return ExitCode.FAILED
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:  # last line of defence: one line, never a traceback
        log.event(_logger, "command", result="error", level=logging.ERROR, command=command,
                  error=log.describe_exception(type(exc), exc, exc.__traceback__))
        if debug:
            raise
        _err(_("interne fout: {kind}: {detail} (--debug toont details; logboek: {log})")
             .format(kind=type(exc).__name__, detail=exc, log=log.log_file() or "-"))
        return ExitCode.FAILED
    log.event(_logger, "command", result="ok" if code == ExitCode.OK else f"exit-{code}",
              command=command)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
