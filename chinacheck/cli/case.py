"""Opening and changing case files from the command line: passphrases of encrypted cases,
the case lock for every command that writes, and the ``encrypt`` and ``decrypt`` commands.

Same contract as ``chinacheck/cli/main.py``: exit 0 ok, 1 a bad file, failed check or bad value,
2 a usage error; errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from chinacheck.boundedfile import MAX_PASSPHRASE_BYTES, UnreadableFile, read_bounded
from chinacheck.cli import io as cli_io
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import N_, _, translate

if TYPE_CHECKING:
    from chinacheck.storage.store import LoadedCase


Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]

PASSPHRASE_FILE_HELP = N_("lees het wachtwoord van een versleutelde zaak uit dit bestand (de "
                          "eerste regel); anders wordt erom gevraagd als dat kan")


_out = cli_io.out


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(name: str, unreadable: str) -> str:
    """A secret in a file (a passphrase, a PIN): its text without the final line end, read
    within a bound. ``unreadable`` is the message for a file that cannot be read, with
    ``{file}`` and ``{reason}``."""
    try:
        text = read_bounded(name, MAX_PASSPHRASE_BYTES).decode("utf-8")
    except (UnreadableFile, UnicodeDecodeError) as exc:
        reason = exc.reason if isinstance(exc, UnreadableFile) \
            else _("geen geldige UTF-8-tekst")
        raise InputError(unreadable.format(file=name, reason=reason)) from None
    return text.removesuffix("\n").removesuffix("\r")


def read_passphrase_file(name: str) -> str:
    """The passphrase in a file: its text without the final line end."""
    return read_secret_file(name, _("{file}: wachtwoordbestand kan niet worden gelezen "
                                    "({reason})"))


def case_passphrase(path: Path, passphrase_file: str | None) -> str:
    """The passphrase of the encrypted case ``path``: from the file, else asked for in a
    terminal; without either, an InputError saying how to give it."""
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if _interactive():
        return getpass.getpass(_("Wachtwoord van {file}: ").format(
            file=cli_io.safe(path.name)))
    raise InputError(_("{file}: de zaak is versleuteld; geef het wachtwoord met "
                       "--passphrase-file F, of start de opdracht in een terminal")
                     .format(file=path))


def open_case(path: Path | str, passphrase_file: str | None = None) -> LoadedCase:
    """Load a case, asking for (or reading) the passphrase only when it is encrypted."""
    from chinacheck.storage.store import PassphraseRequired, load_case

    path = Path(path)
    try:
        return load_case(path)
    except PassphraseRequired:
        return load_case(path, case_passphrase(path, passphrase_file))


@contextmanager
def editing(path: Path | str) -> Iterator[None]:
    """Hold the case's lock while a command changes it; a LockedError (exit 1) says who has
    it since when.

    A symbolic link is refused: ChinaCheck never writes through one. A lock whose holder is
    provably gone (a process of this computer that no longer runs) is
    taken over, and the command says so on stderr; any other stale lock is left to the app,
    which asks before it takes one over.
    """
    from chinacheck.storage import locking
    from chinacheck.storage.store import read_bytes, refuse_symlink

    path = Path(path)
    if not path.is_file():
        read_bytes(path)  # the reason it cannot be opened: missing, a folder, a pipe
    refuse_symlink(path)  # before a lock or a passphrase: the save would be refused
    try:
        lock = locking.acquire(path)
    except locking.LockedError as exc:
        if exc.stale and locking.holder_gone(exc.info):
            lock = locking.take_over(path, expected=exc.info)  # refused if it changed
            cli_io.err(_("slot overgenomen van {holder}: dat proces ({pid}) draait niet meer op "
                         "deze computer").format(holder=exc.info.describe(), pid=exc.info.pid))
        elif exc.stale:  # another computer's, or unreadable: the app asks before it takes one
            raise locking.LockError(_("{locked}; het slot lijkt verlaten: open de zaak in de "
                                      "app om het over te nemen").format(locked=exc)) from None
        else:
            raise
    with lock:
        yield


# --- encrypt and decrypt ---------------------------------------------------------------------

def _new_passphrase(path: Path, passphrase_file: str | None) -> str:
    if passphrase_file:
        passphrase = read_passphrase_file(passphrase_file)
    elif _interactive():
        passphrase = getpass.getpass(_("Nieuw wachtwoord voor {file}: ").format(
            file=cli_io.safe(path.name)))
        repeat = _("Herhaal het wachtwoord: ")
        if passphrase and getpass.getpass(repeat) != passphrase:
            raise InputError(_("de wachtwoorden zijn niet gelijk; er is niets versleuteld"))
    else:
        raise InputError(_("geef het wachtwoord met --passphrase-file F, of start de opdracht "
                           "in een terminal"))
    if not passphrase:
        raise InputError(_("het wachtwoord is leeg; er is niets versleuteld"))
    return passphrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from chinacheck.case import caseformat, encryption
    from chinacheck.errors import CaseFileError, ChinaCheckError
    from chinacheck.storage.neutral_name import give_neutral_name
    from chinacheck.storage.store import encrypt_file, read_bytes

    path = Path(args.file)
    with editing(path):
        raw = read_bytes(path)  # refuse before asking for a passphrase that cannot be used
        if encryption.is_encrypted(raw):
            raise CaseFileError(path, _("is al versleuteld"))
        caseformat.loads(raw, path)
        key = encryption.CaseKey.derive(_new_passphrase(path, args.passphrase_file),
                                        encryption.DEFAULT_COST)
        removed = encrypt_file(path, key)
        try:  # the title stays in the ciphertext only, not in the file's name
            renamed = path if args.keep_name else give_neutral_name(path)[0]
        except CaseFileError as exc:
            raise ChinaCheckError(_("versleuteld, maar niet hernoemd: {error}").format(
                error=exc)) from None
    _out(_("versleuteld: {file}").format(file=renamed))
    if renamed != path:
        _out(_("nieuwe naam, zonder de titel: {name} (was {old})").format(name=renamed.name,
                                                                         old=path.name))
    for copy in removed:
        _out(_("onversleutelde kopie verwijderd: {file}").format(file=copy))
    return ExitCode.OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from chinacheck.case import encryption
    from chinacheck.errors import CaseFileError
    from chinacheck.storage.outputs import refuse_case_files
    from chinacheck.storage.store import decrypt_file, read_bytes

    path, output = Path(args.file), Path(args.output)
    raw = read_bytes(path)
    if not encryption.is_encrypted(raw):
        raise CaseFileError(path, _("is niet versleuteld"))
    in_place = output.exists() and os.path.samefile(path, output)
    if output.exists() and not in_place:
        raise InputError(_("{output}: bestaat al; kies een andere naam (alleen -o {file} zelf "
                           "ontsleutelt het bestand ter plaatse)").format(output=output,
                                                                        file=args.file))
    if not in_place:
        refuse_case_files(output, case=path, case_name_ok=True)
    encryption.check_container(raw, path)
    passphrase = case_passphrase(path, args.passphrase_file)
    if in_place:
        with editing(path):
            decrypt_file(path, passphrase, output)
    else:
        decrypt_file(path, passphrase, output)
    _out(str(output))
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    """Register encrypt and decrypt; ``add(name, handler, help)`` is cli.build_parser's."""
    p = add("encrypt", cmd_encrypt, _("versleutel een zaak met een wachtwoord; het bestand "
                                      "krijgt een naam zonder de titel (zaak-<code>.chinacheck) "
                                      "en onversleutelde reservekopieën worden verwijderd"))
    p.add_argument("file")
    p.add_argument("--passphrase-file", metavar="F",
                   help=_("lees het nieuwe wachtwoord uit dit bestand (anders wordt er twee "
                          "keer om gevraagd)"))
    p.add_argument("--keep-name", action="store_true",
                   help=_("houd de bestandsnaam zoals hij is (een titel in de naam blijft "
                          "dan zichtbaar)"))
    p = add("decrypt", cmd_decrypt, _("schrijf de onversleutelde zaak naar een nieuw bestand"))
    p.add_argument("file")
    p.add_argument("-o", "--output", metavar="OUT", required=True,
                   help=_("het nieuwe bestand; bestaat het al, dan wordt geweigerd, behalve als "
                          "OUT het bestand zelf is: dan wordt het ter plaatse ontsleuteld"))
    p.add_argument("--passphrase-file", metavar="F", help=translate(PASSPHRASE_FILE_HELP))
