"""The check of a case on the command line: changed outside ChinaCheck, and its seals.

Every command that reads a case runs :func:`examine` (chinacheck.signing.seal.examine over the
case as loaded); what it prints follows one rule per command: ``validate`` and ``verify`` fail,
``show`` says it at the top, ``export`` refuses unless ``--allow-tampered``, and the commands
that write (``answer``, ``signoff``, ``reopen``) refuse, because writing the file anew would
hide what was changed. The findings arrive translated (they are made with ``_()`` on load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import N_, _, translate

if TYPE_CHECKING:
    from chinacheck.case import tamper
    from chinacheck.storage.store import LoadedCase

__all__ = ["TRUST_FOLDER", "TRUST_HELP", "TamperedError", "examine", "headline", "problems",
           "refuse_tampered", "seal_lines", "trust_roots"]

TRUST_FOLDER = "trusted-certificates"  # chinacheck.signing.seal.TRUST_FOLDER, read at start-up
TRUST_HELP = N_("vertrouw dit basiscertificaat, of alle certificaten in deze map (PEM of "
                "DER; herhaalbaar); ook die in de vertrouwensmap van de organisatie "
                "(instellingen) en in de map {folder} in de gegevensmap")


class TamperedError(ChinaCheckError):
    """A command refused because the case was changed outside ChinaCheck."""


def trust_roots(extra: list[str]) -> list[bytes]:
    from chinacheck.signing import seal

    return seal.trust_roots(extra)


def examine(loaded: LoadedCase, trust: list[str] | None = None) -> tamper.Finding:
    from chinacheck.signing import seal

    return seal.examine(loaded.case, seal.trust_roots(trust or []), loaded.finding)


def headline(finding: tamper.Finding) -> str:
    """'buiten ChinaCheck gewijzigd: …', the differences joined."""
    from chinacheck.case.tamper import HEADLINE

    return translate(HEADLINE) + ": " + "; ".join(finding.differences)


def seal_lines(finding: tamper.Finding) -> list[str]:
    lines = [_("verzegeling: {summary}").format(summary=seal.summary) for seal in finding.seals]
    if finding.unchecked:
        lines.append(_("verzegeling niet gecontroleerd: {reason}").format(
            reason=finding.unchecked))
    return lines


def problems(finding: tamper.Finding, *, require_trusted: bool = False) -> list[str]:
    """Why a check of this case fails (``validate``, ``verify``); empty: it passes."""
    found = [headline(finding)] if finding.tampered else []
    if finding.unchecked:
        found.append(_("verzegeling niet gecontroleerd: {reason}").format(
            reason=finding.unchecked))
    if require_trusted and finding.untrusted():
        found.append(_("verzegeling niet vertrouwd (--require-trusted): geef het "
                       "basiscertificaat met --trust, of leg het in de map {folder}").format(
            folder=TRUST_FOLDER))
    return found


def refuse_tampered(loaded: LoadedCase) -> tamper.Finding:
    """Raise TamperedError (exit 1) when the case was changed outside ChinaCheck: a command
    that writes would hide it."""
    finding = examine(loaded)
    if finding.tampered:
        raise TamperedError(f"{loaded.path}: {headline(finding)}; " + _("wijzigen geweigerd"))
    return finding
