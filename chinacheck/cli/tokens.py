"""Smart cards and tokens (PKCS#11) on the command line: ``chinacheck tokens MODULE`` lists
them, and the options ``--sign-pkcs11`` (export) and ``--seal-pkcs11`` (signoff) sign with a key
on one. The PIN comes from ``--pin-file``, a terminal prompt or one piped line; it is passed to
the token and kept nowhere.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from contextlib import ExitStack
from typing import TYPE_CHECKING

from chinacheck.boundedfile import MAX_PASSPHRASE_BYTES, size_text
from chinacheck.cli import io as cli_io
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import InputError
from chinacheck.i18n import _

if TYPE_CHECKING:
    from chinacheck.signing.pades import SigningKey

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

_out = cli_io.out


def add_token_options(p: argparse.ArgumentParser) -> None:
    """The options that pick the token and key and give the PIN."""
    p.add_argument("--token-label", metavar="L",
                   help=_("het label van het token (nodig als er meer dan één is)"))
    p.add_argument("--key-label", metavar="K",
                   help=_("het label van de sleutel op het token (nodig als er meer dan één "
                          "is)"))
    p.add_argument("--pin-file", metavar="F",
                   help=_("lees de pincode van het token uit dit bestand (anders wordt erom "
                          "gevraagd)"))


def misplaced(args: argparse.Namespace, module: str | None, option: str) -> str | None:
    """The token option given without ``option`` MODULE, if any (a usage error)."""
    if module:
        return None
    for name in ("token_label", "key_label", "pin_file"):
        if getattr(args, name, None) is not None:
            return _("--{name} hoort bij {option} MODULE").format(
                name=name.replace("_", "-"), option=option)
    return None


def read_pin(pin_file: str | None) -> str:
    """The PIN: from the file, asked for in a terminal, or one line piped in."""
    if pin_file:
        from chinacheck.cli.case import read_secret_file

        return read_secret_file(pin_file, _("{file}: pincodebestand kan niet worden gelezen "
                                            "({reason})"))
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Pincode van het token: "))
    line = sys.stdin.readline(MAX_PASSPHRASE_BYTES + 1) if sys.stdin is not None else ""
    if len(line) > MAX_PASSPHRASE_BYTES:
        raise InputError(_("de pincode op de invoer is te lang (hooguit {limit})").format(
            limit=size_text(MAX_PASSPHRASE_BYTES)))
    return line.removesuffix("\n")


def token_key(stack: ExitStack, module: str, args: argparse.Namespace) -> SigningKey:
    """The key on the token, open until ``stack`` closes (after the signing)."""
    from chinacheck.signing import token

    token.require()  # before asking for a PIN that cannot be used
    key: SigningKey = stack.enter_context(token.token_key(
        module, read_pin(args.pin_file), token_label=args.token_label,
        key_label=args.key_label))
    return key


def cmd_tokens(args: argparse.Namespace) -> int:
    from chinacheck.case.daterange import local as local_time
    from chinacheck.signing import token

    token.require()
    for found in token.list_tokens(args.module):
        _out(_("token {label} ({manufacturer}, {model}, serienummer {serial})").format(
            label=cli_io.safe(found.label), manufacturer=cli_io.safe(found.manufacturer),
            model=cli_io.safe(found.model), serial=cli_io.safe(found.serial)))
        if not found.certificates:
            _out("  " + _("geen certificaten zichtbaar zonder pincode"))
        for cert in found.certificates:
            line = _("certificaat {label} (id {id}): {subject}, uitgegeven door {issuer}, "
                     "geldig tot {date}").format(
                label=cli_io.safe(cert.label), id=cert.key_id or "—",
                subject=cli_io.safe(cert.subject), issuer=cli_io.safe(cert.issuer),
                date=f"{local_time(cert.not_after):%Y-%m-%d}")
            if not cert.can_sign:
                line += "; " + _("niet om mee te ondertekenen")
            _out("  " + line)
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    p = add("tokens", cmd_tokens, _("toon de tokens en smartcards van een PKCS#11-module en "
                                    "hun certificaten (geen pincode nodig)"))
    p.add_argument("module", metavar="MODULE",
                   help=_("de PKCS#11-module van de kaart, zoals opensc-pkcs11.so"))
