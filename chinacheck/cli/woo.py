"""The ``woo`` command: Woo markings of a case and its Woo version.

    chinacheck woo CASE [list]                 the passages withheld, with their grounds
    chinacheck woo CASE mark PATH GROUND…      withhold a passage on these grounds
    chinacheck woo CASE unmark PATH            withhold nothing there (also no default)
    chinacheck woo CASE grounds                the grounds ChinaCheck knows
    chinacheck woo CASE -o OUT.pdf             write the Woo version (also: export -o OUT.pdf)

Same contract as ``chinacheck/cli/main.py``: exit 0 ok, 1 a bad file or value, 2 a usage
error; a refused change leaves the file as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from chinacheck import i18n
from chinacheck.cli import casecheck
from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP, editing, open_case
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import ChinaCheckError, InputError
from chinacheck.i18n import _

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]
ACTIONS = ("list", "mark", "unmark", "grounds", "export")


def _list(args: argparse.Namespace) -> int:
    from chinacheck.case import woo

    loaded = open_case(args.file, args.passphrase_file)
    resolved = woo.resolve(loaded.case)
    how = {"default": _("standaard (naam)"), "marked": _("gemarkeerd"),
           "moved": _("gemarkeerd, meebewogen"), "stale": _("gemarkeerd; tekst sindsdien "
                                                            "gewijzigd: controleer")}
    for r in resolved:
        cli_io.out(f"{cli_io.safe(r.path)}\t{', '.join(r.grounds)}\t{how[r.how]}")
    unmarked = sorted(p for p, m in loaded.case.woo.items() if not m.grounds)
    for path in unmarked:
        cli_io.out(f"{cli_io.safe(path)}\t-\t{_('niet gelakt (standaard opgeheven)')}")
    if not resolved:
        cli_io.out(_("niets gelakt"))
    return ExitCode.OK


def _grounds() -> int:
    from chinacheck.guidance import woo_grounds

    for ground in woo_grounds.load().grounds:
        cli_io.out(f"{ground.code}\t{ground.citation}\t{ground.short}")
    return ExitCode.OK


def _change(args: argparse.Namespace) -> int:
    from chinacheck.case import woo
    from chinacheck.storage.store import save_case

    if not args.rest:
        raise InputError(_("noem de passage, zoals counterparts/0/name ('chinacheck woo BESTAND "
                           "list' toont de paden)"))
    if args.action == "unmark" and len(args.rest) != 1:
        raise InputError(_("unmark neemt één passage"))
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        try:
            if args.action == "mark":
                woo.mark(loaded.case, [args.rest[0]], args.rest[1:])
            else:
                woo.unmark(loaded.case, args.rest)
        except InputError as exc:
            raise InputError(f"{loaded.path}: {exc}") from None
        save_case(loaded.case, loaded.path, file_version=loaded.file_version, touch=False,
                  key=loaded.key)
    return _list(args)


def _export(args: argparse.Namespace) -> int:
    from chinacheck.signing.export import export_woo, record_woo_export
    from chinacheck.storage.outputs import refuse_case_files
    from chinacheck.storage.store import save_case

    if args.rest:
        raise InputError(_("export neemt geen passages; gebruik -o OUT.pdf"))
    refuse_case_files(args.output, case=args.file)
    with editing(args.file):  # the export is recorded in the case's audit trail
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        result = export_woo(loaded.case, args.output, classification=args.classification,
                            language=i18n.language(),
                            format="docx" if Path(args.output).suffix.lower() == ".docx"
                            else "pdf")
        record_woo_export(loaded.case, result)
        try:
            save_case(loaded.case, loaded.path, file_version=loaded.file_version, touch=False,
                      key=loaded.key)
        except ChinaCheckError as exc:
            raise ChinaCheckError(_("Woo-versie gemaakt ({file}), maar het logboek van de zaak "
                                    "kon niet worden bijgewerkt: {error}").format(
                file=result.path, error=exc)) from None
    cli_io.out(str(result.path))
    return ExitCode.OK


def cmd_woo(args: argparse.Namespace) -> int:
    action = args.action or ("export" if args.output else "list")
    args.action = action
    if action not in ACTIONS:
        raise InputError(_("onbekende actie {action}; kies uit: {choices}").format(
            action=repr(cli_io.safe(action[:40])), choices=", ".join(ACTIONS)))
    if (action == "export") != (args.output is not None):
        raise InputError(_("-o OUT.pdf hoort bij het maken van de Woo-versie (export)"))
    if action == "list":
        return _list(args)
    if action == "grounds":
        return _grounds()
    if action in ("mark", "unmark"):
        return _change(args)
    return _export(args)


def add_parsers(add: AddCommand) -> None:
    p = add("woo", cmd_woo, _("Woo-markeringen van een zaak tonen en wijzigen, en de Woo-versie "
                              "(gelakt zaakoverzicht) maken"))
    p.add_argument("file")
    p.add_argument("action", nargs="?", metavar="ACTION",
                   help=_("list (standaard), mark PAD GROND…, unmark PAD, grounds, of export "
                          "-o OUT.pdf"))
    p.add_argument("rest", nargs="*", metavar="PATH/GROUND")
    p.add_argument("-o", "--output", metavar="OUT.pdf",
                   help=_("schrijf de Woo-versie naar dit bestand: PDF, of een Word-document "
                          "als de naam op .docx eindigt"))
    p.add_argument("--classification", metavar="TEXT", default="Openbaar",
                   help=_("rubricering in kop- en voettekst (standaard: Openbaar)"))
    p.add_argument("--passphrase-file", metavar="F", help=i18n.translate(PASSPHRASE_FILE_HELP))
