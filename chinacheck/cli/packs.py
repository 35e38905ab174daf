"""The ``packs`` command: content packs (chinacheck.storage.pack_store, docs/content-packs.md).

``list``, ``import FILE``, ``verify FILE``, ``diff OLD NEW``, ``export REF -o FILE``,
``activate REF``, ``deactivate REF``, ``move FILE`` (an open case to the active content); the
organisation's trust: ``trust FINGERPRINT``,
``untrust FINGERPRINT``, ``allow-unverified ja|nee``; making a pack: ``keygen -o KEY``,
``build DIR``, ``sign DIR --key KEY``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from chinacheck.cli import io as cli_io
from chinacheck.cli.case import PASSPHRASE_FILE_HELP
from chinacheck.cli.exitcode import ExitCode
from chinacheck.errors import ContentError, InputError
from chinacheck.i18n import _, translate

if TYPE_CHECKING:
    from chinacheck.guidance.content import Content
    from chinacheck.guidance.content_diff import ContentDiff
    from chinacheck.guidance.pack_manifest import PackRef
    from chinacheck.storage.settings import Settings

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]
BUNDLED = "bundled"  # "packs diff bundled NEW": the bundled brochure


def _settings() -> Settings:
    from chinacheck.storage import settings

    return settings.load()


def _save(current: Settings) -> None:
    from chinacheck.storage import pack_store, settings

    try:
        settings.save(current)
    except OSError as exc:
        raise InputError(_("de instellingen kunnen niet worden bewaard: {error}").format(
            error=exc.strerror or exc)) from None
    pack_store.clear_caches()


def _trust_text(trust: object) -> str:
    from chinacheck.guidance.pack_signature import TRUST_LABELS

    return translate(TRUST_LABELS[trust])  # type: ignore[index]


def cmd_list(args: argparse.Namespace) -> int:
    from chinacheck.storage import pack_store

    current = _settings()
    active = {str(r) for r in pack_store.active_refs(current)}
    for pack in pack_store.installed(current):
        m = pack.manifest
        marker = "*" if str(pack.ref) in active else " "
        cli_io.out(f"{marker} {cli_io.safe(str(pack.ref))}\t{m.kind.value}\t"
                   f"{cli_io.safe(m.title)}\t{cli_io.safe(m.publisher_short)}\t{m.edition_date}"
                   f"\t{_trust_text(pack.trust)}")
    for folder, problem in pack_store.damaged():
        cli_io.out(_("! {folder}: beschadigd: {problem}").format(
            folder=cli_io.safe(str(folder)), problem=cli_io.safe(problem)))
    cli_io.out(_("* = actief voor nieuwe zaken"))
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_signature import check_signature
    from chinacheck.storage import pack_store

    current = _settings()
    pack = _read(args.file)
    checked = check_signature(pack.manifest_bytes, pack.signature,
                              pack_store.trusted_keys(current))
    m = pack.manifest
    cli_io.out(_("pakket: {ref} ({kind}), {title}, {publisher}, editie {date}").format(
        ref=cli_io.safe(str(m.ref)), kind=m.kind.value, title=cli_io.safe(m.title),
        publisher=cli_io.safe(m.publisher), date=m.edition_date))
    cli_io.out(_("bestanden: {count}, alle SHA-256-waarden kloppen").format(count=len(m.files)))
    if checked.fingerprint:
        cli_io.out(_("sleutel: {fingerprint}").format(fingerprint=checked.fingerprint))
    cli_io.out(_("status: {trust}").format(trust=_trust_text(checked.trust)))
    try:
        pack_store.check_import(Path(args.file), current)
    except ContentError as exc:
        cli_io.err(_("niet te importeren: {problem}").format(problem=exc))
        return ExitCode.FAILED
    cli_io.out(_("te importeren"))
    return ExitCode.OK


def _read(path_text: str):  # type: ignore[no-untyped-def]
    from chinacheck.guidance.pack_reader import read_pack

    return read_pack(Path(path_text))


def cmd_import(args: argparse.Namespace) -> int:
    from chinacheck.storage import pack_store

    current = _settings()
    before = pack_store.active_content(current)
    result = pack_store.import_pack(Path(args.file), current)
    m = result.pack.manifest
    if result.already:
        cli_io.out(_("{ref} was al geïmporteerd; niets gewijzigd").format(ref=m.ref))
        return ExitCode.OK
    cli_io.out(_("geïmporteerd: {ref}, {title} ({trust})").format(
        ref=m.ref, title=cli_io.safe(m.title), trust=_trust_text(result.pack.trust)))
    if m.kind.value == "national":
        new = pack_store.content_from([m.ref], current)
        _print_diff(before, new)
    cli_io.out(_("Actief maken voor nieuwe zaken: chinacheck packs activate {ref}").format(
        ref=m.ref))
    return ExitCode.OK


def _content_of(text: str, current: Settings) -> Content:
    """A pack file or folder, an imported pack as id@version, or "bundled"."""
    from chinacheck.guidance.content import load
    from chinacheck.guidance.pack_manifest import PackRef
    from chinacheck.guidance.pack_signature import check_signature
    from chinacheck.storage import pack_store

    if text == BUNDLED:
        return load()
    path = Path(text)
    if path.exists():
        pack = _read(text)
        checked = check_signature(pack.manifest_bytes, pack.signature,
                                  pack_store.trusted_keys(current))
        return pack_store.content_of(pack, pack.data(), checked.trust)
    return pack_store.content_from([PackRef.parse(text)], current)


def cmd_diff(args: argparse.Namespace) -> int:
    current = _settings()
    _print_diff(_content_of(args.old, current), _content_of(args.new, current))
    return ExitCode.OK


def _print_diff(old: Content, new: Content) -> None:
    from chinacheck.guidance.content_diff import diff

    changes = diff(old, new)
    for line in diff_lines(changes, old, new):
        cli_io.out(line)


def diff_lines(changes: ContentDiff, old: Content, new: Content) -> list[str]:
    """The diff as lines of text: counts, then each change with question numbers."""
    from chinacheck.guidance.content_diff import CHANGE_LABELS

    safe = cli_io.safe
    lines = [_("Wat is er veranderd: {packs}").format(
        packs="; ".join(changes.packs) or _("zelfde pakketversies"))]
    if changes.empty:
        return [*lines, _("geen verschillen in vragen, tabel of contacten")]
    for item_id in changes.added:
        item = new.item(item_id)
        lines.append(_("+ nieuw {number}: {text}").format(
            number=new.number(item_id), text=safe(item.text if item else item_id)))
    for item_id in changes.withdrawn:
        item = old.item(item_id)
        lines.append(_("- vervallen {number}: {text}").format(
            number=old.number(item_id), text=safe(item.text if item else item_id)))
    for change in changes.reworded:
        lines.append(_("~ anders geformuleerd {number}: {old} → {new}").format(
            number=new.number(change.id), old=safe(change.old), new=safe(change.new)))
    for moved in changes.moved:
        texts = [item.text for i in moved.targets if (item := new.item(i)) is not None]
        lines.append(_("> {kind}: {sources} → {targets}: {text}").format(
            kind=translate(CHANGE_LABELS[moved.change]),
            sources=", ".join(old.number(i) or i for i in moved.sources),
            targets=", ".join(new.number(i) or i for i in moved.targets),
            text=safe(" / ".join(texts))))
    for row in changes.table:
        lines.append(_("~ tabel {id}: {old} → {new}").format(
            id=row.id, old=safe(row.old) or "—", new=safe(row.new) or "—"))
    for contact in changes.contacts:
        lines.append(_("~ contact {id}: {old} → {new}").format(
            id=contact.id, old=safe(contact.old) or "—", new=safe(contact.new) or "—"))
    return lines


def cmd_export(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_manifest import PackRef
    from chinacheck.storage import pack_store
    from chinacheck.storage.outputs import refuse_case_files

    ref = pack_store.bundled_ref() if args.ref == BUNDLED else PackRef.parse(args.ref)
    refuse_case_files(args.output)  # never over a case, its backup or its lock
    out = pack_store.export_pack(ref, Path(args.output))
    cli_io.out(str(out))
    return ExitCode.OK


def _installed(ref: PackRef, current: Settings) -> None:
    from chinacheck.storage import pack_store

    if pack_store.find(ref, current) is None:
        raise InputError(_("Pakket {ref} is hier niet geïmporteerd (chinacheck packs list)")
                         .format(ref=ref))


def cmd_activate(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_manifest import PackRef
    from chinacheck.storage import pack_store
    from chinacheck.storage.pack_settings import activate

    current = _settings()
    ref = pack_store.bundled_ref() if args.ref == BUNDLED else PackRef.parse(args.ref)
    _installed(ref, current)
    pack = pack_store.find(ref, current)
    assert pack is not None
    try:
        activate(current, pack)
    except ContentError as exc:
        raise InputError(str(exc)) from None
    _save(current)
    _print_active(current)
    return ExitCode.OK


def cmd_deactivate(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_manifest import PackRef
    from chinacheck.storage import pack_store
    from chinacheck.storage.pack_settings import deactivate

    current = _settings()
    ref = PackRef.parse(args.ref)
    pack = pack_store.find(ref, current)
    if pack is None or not deactivate(current, pack):
        raise InputError(_("{ref} is niet actief").format(ref=ref))
    _save(current)
    _print_active(current)
    return ExitCode.OK


def _print_active(current: Settings) -> None:
    from chinacheck.storage import pack_store

    cli_io.out(_("actief voor nieuwe zaken: {refs}").format(
        refs=", ".join(str(r) for r in pack_store.active_refs(current))))


def cmd_trust(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_signature import normalise_fingerprint
    from chinacheck.storage.pack_settings import add_trusted_key, remove_trusted_key

    current = _settings()
    if args.remove:
        remove_trusted_key(current, normalise_fingerprint(args.fingerprint))
    else:
        add_trusted_key(current, args.fingerprint)
    _save(current)
    for key in current.trusted_pack_keys:
        cli_io.out(key)
    if not current.trusted_pack_keys:
        cli_io.out(_("geen vertrouwde sleutels; alleen het meegeleverde pakket is vertrouwd"))
    return ExitCode.OK


def cmd_allow_unverified(args: argparse.Namespace) -> int:
    current = _settings()
    current.allow_unverified_packs = args.value == "ja"
    _save(current)
    cli_io.out(_("niet-geverifieerde pakketten toestaan: {value}").format(value=args.value))
    return ExitCode.OK


def cmd_keygen(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_signature import new_private_key_pem
    from chinacheck.storage import atomic
    from chinacheck.storage.outputs import refuse_case_files

    out = Path(args.output)
    refuse_case_files(out)
    if out.exists():
        raise InputError(_("{path} bestaat al; een sleutel wordt nooit overschreven").format(
            path=out))
    pem, fingerprint = new_private_key_pem()
    atomic.write_bytes(out, pem, mode=0o600)
    cli_io.out(_("sleutel: {path}").format(path=out))
    cli_io.out(_("vingerafdruk (geef deze aan wie uw pakketten moet vertrouwen): "
                 "{fingerprint}").format(fingerprint=fingerprint))
    return ExitCode.OK


def cmd_build(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_build import build

    manifest = build(Path(args.folder))
    cli_io.out(_("pack.json bijgewerkt: {ref}, {count} bestanden").format(
        ref=manifest.ref, count=len(manifest.files)))
    return ExitCode.OK


def cmd_sign(args: argparse.Namespace) -> int:
    from chinacheck.guidance.pack_build import sign
    from chinacheck.guidance.pack_signature import load_private_key

    fingerprint = sign(Path(args.folder), load_private_key(Path(args.key)))
    cli_io.out(_("ondertekend; vingerafdruk van de sleutel: {fingerprint}").format(
        fingerprint=fingerprint))
    return ExitCode.OK


def cmd_move(args: argparse.Namespace) -> int:
    """Move an open case to the active content: show what changed, carry the answers over."""
    from chinacheck.case.packs import move, same_packs
    from chinacheck.case.signoff import CaseLockedError
    from chinacheck.cli import casecheck
    from chinacheck.cli.case import editing, open_case
    from chinacheck.storage import pack_store
    from chinacheck.storage.store import save_case

    current = _settings()
    new = pack_store.active_content(current)
    with editing(args.file):
        loaded = open_case(args.file, args.passphrase_file)
        casecheck.refuse_tampered(loaded)
        case = loaded.case
        if same_packs(case, new):
            cli_io.out(_("{file}: al op de actieve inhoud ({refs})").format(
                file=loaded.path, refs=", ".join(str(p.ref) for p in new.packs)))
            return ExitCode.OK
        old = pack_store.case_content(case, current)
        from chinacheck.guidance.content_diff import diff

        for line in diff_lines(diff(old, new), old, new):
            cli_io.out(line)
        if args.dry_run:
            return ExitCode.OK
        try:
            result = move(case, old, new)
        except CaseLockedError as exc:
            raise CaseLockedError(f"{loaded.path}: {exc}") from None
        save_case(case, loaded.path, file_version=loaded.file_version, key=loaded.key)
    cli_io.out(_("overgezet: {carried} antwoorden behouden, {moved} verplaatst, {reconfirm} "
                 "opnieuw te bevestigen, {withdrawn} bij vervallen vragen bewaard").format(
        carried=result.carried, moved=result.moved, reconfirm=len(result.reconfirm),
        withdrawn=len(result.withdrawn)))
    if result.reconfirm:
        cli_io.out(_("opnieuw bevestigen: {numbers}").format(
            numbers=", ".join(new.number(i) for i in result.reconfirm)))
    return ExitCode.OK


def add_parsers(add: AddCommand) -> None:
    p = add("packs", _usage, _("inhoudspakketten: de richtlijnen, nieuwere edities en de "
                                "eigen vragen van uw organisatie"))
    sub = p.add_subparsers(dest="packs_command", metavar="ACTION")

    def action(name: str, handler: Handler, text: str) -> argparse.ArgumentParser:
        q = sub.add_parser(name, help=text, description=text)
        q.set_defaults(handler=handler)
        return q

    action("list", cmd_list, _("toon de pakketten op deze computer"))
    q = action("import", cmd_import, _("importeer een pakket (map of .zip); wordt nooit "
                                       "overschreven"))
    q.add_argument("file", metavar="FILE")
    q = action("verify", cmd_verify, _("controleer een pakket zonder het te importeren"))
    q.add_argument("file", metavar="FILE")
    q = action("diff", cmd_diff, _("wat is er veranderd tussen twee pakketten (bestand, map, "
                                   "id@versie of 'bundled')"))
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    q = action("export", cmd_export, _("schrijf een pakket als .zip om door te geven"))
    q.add_argument("ref", metavar="ID@VERSIE")
    q.add_argument("-o", "--output", metavar="FILE.zip", required=True)
    q = action("activate", cmd_activate, _("gebruik een pakket voor nieuwe zaken"))
    q.add_argument("ref", metavar="ID@VERSIE")
    q = action("deactivate", cmd_deactivate, _("gebruik een pakket niet meer voor nieuwe "
                                               "zaken"))
    q.add_argument("ref", metavar="ID@VERSIE")
    q = action("move", cmd_move, _("zet een open zaak over naar de actieve inhoud (toont eerst "
                                   "wat er veranderd is)"))
    q.add_argument("file", metavar="FILE")
    q.add_argument("--dry-run", action="store_true",
                   help=_("toon alleen wat er veranderd is; wijzig niets"))
    q.add_argument("--passphrase-file", metavar="F", help=translate(PASSPHRASE_FILE_HELP))
    q = action("trust", cmd_trust, _("vertrouw de sleutel van een uitgever (vingerafdruk)"))
    q.add_argument("fingerprint", metavar="FINGERPRINT")
    q.add_argument("--remove", action="store_true", help=_("vertrouw de sleutel niet meer"))
    q = action("allow-unverified", cmd_allow_unverified, _(
        "sta niet of onbekend ondertekende pakketten toe (hun tekst heet dan overal 'niet "
        "geverifieerd')"))
    q.add_argument("value", choices=("ja", "nee"))
    q = action("keygen", cmd_keygen, _("maak een ondertekensleutel voor eigen pakketten"))
    q.add_argument("-o", "--output", metavar="KEY.pem", required=True)
    q = action("build", cmd_build, _("werk pack.json van een pakketmap bij (SHA-256 per "
                                     "bestand)"))
    q.add_argument("folder", metavar="DIR")
    q = action("sign", cmd_sign, _("onderteken een pakketmap met een sleutel"))
    q.add_argument("folder", metavar="DIR")
    q.add_argument("--key", metavar="KEY.pem", required=True)


def _usage(args: argparse.Namespace) -> int:
    raise InputError(_("kies een actie: list, import, verify, diff, export, activate, "
                       "deactivate, move, trust, allow-unverified, keygen, build, sign"))
