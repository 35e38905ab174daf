"""The sign-off commands of the command line: signoff, reopen, export (optionally signed) and
verify. Same contract as ``chinacheck/cli/main.py``: exit 0 ok, 1 a bad file, failed check or bad
value, 2 a usage error; errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from chinacheck import i18n
from chinacheck.boundedfile import (
    MAX_PASSPHRASE_BYTES,
    MAX_PDF_BYTES,
    UnreadableFile,
    read_bounded,
    size_text,
)
from chinacheck.cli import casecheck
from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP, editing, open_case, read_passphrase_file
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import _, translate

TRUST_FOLDER = casecheck.TRUST_FOLDER

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


_out, _err = cli_io.out, cli_io.err


def cmd_signoff(args: argparse.Namespace) -> int:
    from chinacheck.case import foureyes, integrity
    from chinacheck.case.foureyes import FourEyesError
    from chinacheck.case.signoff import CaseLockedError, Sealer, sign_off
    from chinacheck.storage import settings
    from chinacheck.storage.store import save_case

    if args.seal_passphrase_file and not args.seal:
        _err(_("--seal-passphrase-file hoort bij --seal CERT.p12"))
        return ExitCode.USAGE
    if args.seal and not args.final:
        _err(_("--seal hoort bij --final: alleen een definitieve aftekening wordt verzegeld"))
        return ExitCode.USAGE
    if args.despite is not None and not args.final:
        _err(_("--despite hoort bij --final: alleen een definitieve aftekening vraagt een "
               "reden bij ontbrekende punten"))
        return ExitCode.USAGE
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        case = loaded.case
        casecheck.refuse_tampered(loaded)
        sealer: Sealer | None = None
        signer, name, replaced = "", args.name, False
        if args.seal and not case.locked:
            from chinacheck.signing import seal
            from chinacheck.signing.availability import require
            from chinacheck.signing.pades import load_key_file

            require()  # before asking for a passphrase that cannot be used
            key = load_key_file(args.seal, _passphrase(args.seal_passphrase_file))
            sealer, signer = seal.sealer(key), key.name
            # The certificate proves who signs: its name is the sign-off's.
            name, replaced = foureyes.signer_name(args.name, key.name)
        policy = settings.four_eyes()
        try:
            # Refused by the four-eyes policy before anything else is asked; False for the
            # first of two sign-offs, which does not lock and so needs no readiness.
            locking = not case.locked and foureyes.locks(case, name, args.final, policy)
        except FourEyesError as exc:
            raise FourEyesError(f"{loaded.path}: {exc}") from None
        despite = None
        if locking:
            from chinacheck.case import readiness
            from chinacheck.storage.pack_store import case_content

            content = case_content(case)  # the edition the case is answered against
            if (found := readiness.gaps(case, content)) and not (args.despite or "").strip():
                _err(_("{file}: niet klaar voor een definitieve aftekening; nog open:").format(
                    file=loaded.path))
                for line in readiness.bounded(found):
                    cli_io.err_plain(f"- {line}")
                cli_io.err_plain(_("vul dit aan, of teken toch af met --despite \"reden\""))
                return ExitCode.FAILED
            despite = readiness.despite(case, args.despite or "", content) if found else None
        try:
            signed = sign_off(case, name=name, role=args.role, decision=args.decision,
                              conditions=args.conditions or "", statement=args.statement or "",
                              final=args.final, sealer=sealer, despite=despite,
                              four_eyes=policy)
        except (CaseLockedError, FourEyesError) as exc:
            raise type(exc)(f"{loaded.path}: {exc}") from None
        save_case(case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    line = _("afgetekend door {name} ({role}): {decision}, definitief; revisie {revision}, "
             "vingerafdruk {fingerprint} …") if signed.final else \
        _("afgetekend door {name} ({role}): {decision}; revisie {revision}, vingerafdruk "
          "{fingerprint} …")
    _out(line.format(name=cli_io.safe(signed.name), role=cli_io.safe(signed.role),
                     decision=signed.decision.value, revision=signed.revision,
                     fingerprint=integrity.grouped(signed.fingerprint[:16])))
    if signed.despite is not None:
        _out(_("afgetekend ondanks {count} open punten; reden: {reason}").format(
            count=len(signed.despite.gaps), reason=cli_io.safe(signed.despite.reason)))
    if signer:
        _out(_("verzegeld met het certificaat van {name}").format(name=cli_io.safe(signer)))
    if replaced:
        _out(_("de naam van het certificaat is gebruikt, niet de getypte naam {typed}").format(
            typed=cli_io.safe(args.name.strip())))
    if args.final and not signed.final:
        _out(_("functiescheiding (twee aftekeningen): dit is de eerste aftekening; de zaak "
               "wordt vergrendeld bij een definitieve aftekening door een ander"))
    if case.locked:
        _out(_("de zaak is nu vergrendeld; 'chinacheck reopen' begint een nieuwe revisie"))
    return ExitCode.OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from chinacheck.case.signoff import reopen
    from chinacheck.storage.store import save_case

    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        try:
            revision = reopen(loaded.case, args.reason or "")
        except InputError as exc:
            raise InputError(f"{loaded.path}: {exc}") from None
        save_case(loaded.case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    _out(_("heropend: de zaak is nu bij revisie {revision}; eerdere aftekeningen blijven "
           "bewaard").format(revision=revision))
    return ExitCode.OK


def _passphrase(passphrase_file: str | None) -> str:
    """A certificate's passphrase: from the file, asked for in a terminal, or piped in."""
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Wachtwoord van het certificaat: "))
    # Piped in: one line, without getpass's warning that it cannot hide the input.
    # At most one passphrase file's worth: a stream without line ends must not fill the memory.
    line = sys.stdin.readline(MAX_PASSPHRASE_BYTES + 1) if sys.stdin is not None else ""
    if len(line) > MAX_PASSPHRASE_BYTES:
        raise InputError(_("het wachtwoord op de invoer is te lang (hooguit {limit})").format(
            limit=size_text(MAX_PASSPHRASE_BYTES)))
    return line.removesuffix("\n")


def _export_format(args: argparse.Namespace) -> str | None:
    """The format asked for: --format, else the output's extension (.docx), else PDF; None
    (after saying why) when the options do not fit together."""
    suffix = Path(args.output).suffix.lower()
    kind = args.format or ("docx" if suffix == ".docx" else "pdf")
    if args.format and suffix in (".pdf", ".docx") and suffix != f".{kind}":
        _err(_("{file}: de extensie past niet bij --format {format}").format(
            file=args.output, format=kind))
        return None
    if kind != "pdf" and args.sign:
        _err(_("--sign hoort bij een PDF: een Word-document wordt niet digitaal ondertekend"))
        return None
    if kind == "pdf" and args.layout:
        _err(_("--layout hoort bij --format docx"))
        return None
    return kind


def cmd_export(args: argparse.Namespace) -> int:
    from chinacheck.errors import ChinaCheckError
    from chinacheck.signing.export import export_summary, record_export
    from chinacheck.storage.outputs import refuse_case_files
    from chinacheck.storage.store import save_case

    if args.passphrase_file and not args.sign:
        _err(_("--passphrase-file hoort bij --sign CERT.p12 (het wachtwoord van een "
               "versleutelde zaak: --case-passphrase-file)"))
        return ExitCode.USAGE
    kind = _export_format(args)
    if kind is None:
        return ExitCode.USAGE
    refuse_case_files(args.output, case=args.file)  # before any lock, passphrase or PDF
    with editing(args.file):  # the export is recorded in the case's audit trail
        loaded = open_case(args.file, args.case_passphrase_file)
        finding = casecheck.examine(loaded)
        if finding.tampered and not args.allow_tampered:
            raise casecheck.TamperedError(
                f"{loaded.path}: {casecheck.headline(finding)}; "
                + _("exporteren geweigerd (--allow-tampered maakt toch een PDF, met een "
                    "waarschuwing op elke pagina)"))
        key = None
        if args.sign:
            from chinacheck.signing.availability import require
            from chinacheck.signing.pades import load_key_file

            require()  # before asking for a passphrase that cannot be used
            key = load_key_file(args.sign, _passphrase(args.passphrase_file))
        result = export_summary(loaded.case, args.output, classification=args.classification,
                                key=key, language=i18n.language(),
                                warning=finding.differences if finding.tampered else None,
                                format=kind, layout=args.layout or "summary")
        if finding.tampered:  # the file stays exactly as it was found
            _out(str(result.path))
            _err(_("de zaak is buiten ChinaCheck gewijzigd: elke pagina van de PDF zegt dat; "
                   "het logboek van de zaak is niet bijgewerkt") if kind == "pdf" else
                 _("de zaak is buiten ChinaCheck gewijzigd: het Word-document zegt dat; het "
                   "logboek van de zaak is niet bijgewerkt"))
            return ExitCode.OK
        record_export(loaded.case, result)
        try:
            save_case(loaded.case, loaded.path, file_version=loaded.file_version, touch=False,
                      key=loaded.key)
        except ChinaCheckError as exc:
            made = _("PDF gemaakt ({file}), maar het logboek van de zaak kon niet worden "
                     "bijgewerkt: {error}") if kind == "pdf" else \
                _("Word-document gemaakt ({file}), maar het logboek van de zaak kon niet "
                  "worden bijgewerkt: {error}")
            raise ChinaCheckError(made.format(file=result.path, error=exc)) from None
    _out(str(result.path))
    return ExitCode.OK


_trust_roots = casecheck.trust_roots


def cmd_verify(args: argparse.Namespace) -> int:
    from chinacheck.signing.verify import verify

    loaded = open_case(args.file, args.passphrase_file)
    pdf_path = Path(args.pdf)
    try:
        pdf = read_bounded(pdf_path, MAX_PDF_BYTES)
    except UnreadableFile as exc:
        raise InputError(_("{file}: kan niet worden gelezen ({reason})").format(
            file=pdf_path, reason=exc.reason)) from None
    report = verify(loaded.case, pdf, require_trusted=args.require_trusted,
                    trust_roots=_trust_roots(args.trust or []))
    finding = casecheck.examine(loaded, args.trust)
    for note in report.notes:
        _out(note)
    for line in casecheck.seal_lines(finding):
        _out(line)
    for signature in report.signatures:
        _out(signature.summary())
        if signature.intact and signature.valid and not signature.trusted:
            _out(_("  (niet vertrouwd is geen fout: gebruik --require-trusted om dat te eisen)"))
    # The case first: a PDF that matches a case changed outside ChinaCheck proves nothing.
    if problems := casecheck.problems(finding, require_trusted=args.require_trusted):
        _err(f"{loaded.path}: " + "; ".join(problems))
        if report.ok:
            return ExitCode.FAILED
    if report.ok:
        _out(_("OK: {file} hoort bij deze zaak in de huidige revisie en inhoud").format(
            file=pdf_path.name))
        return ExitCode.OK
    _err(f"{pdf_path}: " + "; ".join(report.problems))
    return ExitCode.FAILED


def add_parsers(add: AddCommand) -> None:
    """Register the commands; ``add(name, handler, help)`` is cli.build_parser's helper."""
    passphrase_file_help = translate(PASSPHRASE_FILE_HELP)
    p = add("signoff", cmd_signoff, _("teken een zaak af (met --final definitief: vergrendelt "
                                      "de zaak)"))
    p.add_argument("file")
    p.add_argument("--name", required=True, help=_("naam van wie aftekent"))
    p.add_argument("--role", required=True, help=_("functie of rol, bijvoorbeeld opsteller, "
                                                   "integriteitsadviseur, portefeuillehouder"))
    p.add_argument("--decision", required=True, metavar="D",
                   help=_("'doorgaan', 'doorgaan onder voorwaarden', 'niet doorgaan' of "
                          "'eerst advies vragen (ICP)'"))
    p.add_argument("--conditions", metavar="TEXT",
                   help=_("de voorwaarden, één per regel (alleen bij 'doorgaan onder "
                          "voorwaarden')"))
    p.add_argument("--statement", metavar="TEXT", help=_("een verklaring bij de aftekening"))
    p.add_argument("--final", action="store_true",
                   help=_("definitieve aftekening: vergrendelt de zaak. ChinaCheck staat geen "
                          "wijzigingen toe; wijzigingen buiten ChinaCheck worden herkend, een "
                          "vervalsing met nieuwe vingerafdruk alleen als de zaak digitaal is "
                          "ondertekend (--seal)"))
    p.add_argument("--despite", metavar="REASON",
                   help=_("teken definitief af hoewel de zaak nog open punten heeft (die "
                          "'signoff --final' anders noemt en weigert); de reden wordt bij de "
                          "aftekening bewaard en in het logboek en de PDF getoond"))
    p.add_argument("--seal", metavar="CERT.p12",
                   help=_("verzegel de definitieve aftekening in het zaakbestand met dit "
                          "PKCS#12-certificaat (een digitale handtekening; alleen met --final)"))
    p.add_argument("--seal-passphrase-file", metavar="F",
                   help=_("lees het wachtwoord van het certificaat van --seal uit dit bestand "
                          "(anders wordt erom gevraagd)"))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)
    p = add("reopen", cmd_reopen, _("heropen een definitief afgetekende zaak (nieuwe revisie)"))
    p.add_argument("file")
    p.add_argument("--reason", metavar="TEXT", help=_("waarom de zaak wordt heropend"))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)
    p = add("export", cmd_export, _("maak een zaakoverzicht als PDF (optioneel digitaal "
                                    "ondertekend) of als Word-document"))
    p.add_argument("file")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    p.add_argument("--format", choices=["pdf", "docx"],
                   help=_("pdf (standaard) of docx, een bewerkbaar Word-document; zonder "
                          "--format volgt het de extensie van -o"))
    p.add_argument("--layout", choices=["summary", "collegevoorstel"],
                   help=_("opmaak van het Word-document: summary (het zaakoverzicht, "
                          "standaard) of collegevoorstel (een concept om over te nemen)"))
    p.add_argument("--classification", metavar="TEXT", default="Intern",
                   help=_("rubricering in kop- en voettekst (standaard: Intern)"))
    p.add_argument("--sign", metavar="CERT.p12",
                   help=_("onderteken de PDF (PAdES) met dit PKCS#12-certificaat"))
    p.add_argument("--passphrase-file", metavar="F",
                   help=_("lees het wachtwoord van het certificaat uit dit bestand (anders wordt "
                          "erom gevraagd)"))
    p.add_argument("--case-passphrase-file", metavar="F",
                   help=_("lees het wachtwoord van een versleutelde zaak uit dit bestand (anders "
                          "wordt erom gevraagd als dat kan)"))
    p.add_argument("--allow-tampered", action="store_true",
                   help=_("exporteer ook een zaak die buiten ChinaCheck is gewijzigd; elke "
                          "pagina krijgt dan een waarschuwing en het zaakbestand blijft zoals "
                          "het is"))
    p = add("verify", cmd_verify, _("controleer of een PDF bij de zaak in zijn huidige revisie "
                                    "en inhoud hoort, en de digitale handtekening"))
    p.add_argument("file")
    p.add_argument("pdf", metavar="PDF")
    p.add_argument("--require-trusted", action="store_true",
                   help=_("faal ook als het certificaat niet vertrouwd is (zoals "
                          "zelfondertekend)"))
    p.add_argument("--trust", metavar="CERT", action="append",
                   help=translate(casecheck.TRUST_HELP).format(folder=TRUST_FOLDER))
    p.add_argument("--passphrase-file", metavar="F", help=passphrase_file_help)
