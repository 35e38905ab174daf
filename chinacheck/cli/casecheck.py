"""The check of a case on the command line: changed outside ChinaCheck, and its seals.

Every command that reads a case runs :func:`examine` (chinacheck.signing.seal.examine over the
case as loaded); what it prints follows one rule per command: ``validate`` and ``verify`` fail,
``show`` says it at the top, ``export`` refuses unless ``--allow-tampered``, and the commands
that write (``answer``, ``signoff``, ``reopen``) refuse, because writing the file anew would
hide what was changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import translate

if TYPE_CHECKING:
    from chinacheck.case import tamper
    from chinacheck.storage.store import LoadedCase

TRUST_FOLDER = "trusted-certificates"  # chinacheck.signing.seal.TRUST_FOLDER, read at start-up

__all__ = ["TRUST_FOLDER", "TRUST_HELP", "TamperedError", "examine", "headline", "problems",
           "refuse_tampered", "seal_lines", "trust_roots"]

TRUST_HELP = ("vertrouw dit basiscertificaat (PEM of DER; herhaalbaar); ook alle certificaten "
              f"in de map {TRUST_FOLDER} in de gegevensmap")


class TamperedError(ChinaCheckError):
    """A command refused because the case was changed outside ChinaCheck."""


def trust_roots(extra: list[str]) -> list[bytes]:
    from chinacheck.signing import seal

    return seal.trust_roots(extra)


def examine(loaded: LoadedCase, trust: list[str] | None = None) -> tamper.Finding:
    from chinacheck.signing import seal

    return seal.examine(loaded.case, seal.trust_roots(trust or []), loaded.finding)


def headline(finding: tamper.Finding) -> str:
    """'buiten ChinaCheck gewijzigd: …' in the chosen language, each difference looked up on
    its own (joined, their '; ' would be ambiguous)."""
    from chinacheck.case.tamper import HEADLINE

    return translate(HEADLINE) + ": " + "; ".join(
        translate(difference) for difference in finding.differences)


def seal_lines(finding: tamper.Finding) -> list[str]:
    lines = [translate(f"verzegeling: {seal.summary}") for seal in finding.seals]
    if finding.unchecked:
        lines.append(translate(f"verzegeling niet gecontroleerd: {finding.unchecked}"))
    return lines


def problems(finding: tamper.Finding, *, require_trusted: bool = False) -> list[str]:
    """Why a check of this case fails (``validate``, ``verify``), translated; empty: it passes."""
    found = [headline(finding)] if finding.tampered else []
    if finding.unchecked:
        found.append(translate(f"verzegeling niet gecontroleerd: {finding.unchecked}"))
    if require_trusted and finding.untrusted():
        found.append(translate("verzegeling niet vertrouwd (--require-trusted): geef het "
                               "basiscertificaat met --trust, of leg het in de map "
                               "trusted-certificates"))
    return found


def refuse_tampered(loaded: LoadedCase, what: str) -> tamper.Finding:
    """Raise TamperedError (exit 1) when the case was changed outside ChinaCheck; ``what`` is
    the refused action ('wijzigen', 'exporteren')."""
    finding = examine(loaded)
    if finding.tampered:
        raise TamperedError(f"{loaded.path}: {headline(finding)}; "
                            + translate(f"{what} geweigerd"))
    return finding
