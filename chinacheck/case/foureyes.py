"""Four eyes (functiescheiding): who may make the final sign-off that locks a case.

The policy in effect for a case is its own override (``Case.four_eyes``, kept in the case
file; chinacheck.case.signoff.set_four_eyes sets it and records it in the audit trail), or
else the organisation's setting (chinacheck.storage.settings, passed in by the caller):

- ``geen``: anyone may sign off, finally or not (ChinaCheck's behaviour before this setting).
- ``andere aftekenaar``: a final sign-off must come from someone other than the drafter, the
  case's ``preparer``, which must therefore be filled in.
- ``twee aftekeningen``: as ``andere aftekenaar``, and a final sign-off locks the case only
  when someone else has already signed off this revision. A final sign-off asked for while
  nobody else has, is recorded as a sign-off that does not lock (``final`` false): typically
  the drafter's ("opsteller"), after which the decider ("beslisser") signs off finally and
  locks. The same person cannot be both: a second sign-off by the only one who signed so far
  is refused. Only the locking sign-off can be sealed or made despite readiness gaps.

Non-final sign-offs are never refused by the policy. Names are compared without regard to
case and runs of spaces ("J. de Vries" is " j.  de vries"). ChinaCheck has no accounts: a name
is what was typed, unless the sign-off is sealed with a certificate, whose subject's name is
then the sign-off's name (see :func:`signer_name`).
"""

from __future__ import annotations

from chinacheck.case.model import Case, FourEyes
from chinacheck.errors import InputError, one_line
from chinacheck.i18n import N_, _, translate

DEFAULT = FourEyes.GEEN
FIELD = "four_eyes"  # the case file's key, and the field its audit entries name

_LABELS = {
    FourEyes.GEEN: N_("geen: iedereen mag definitief aftekenen"),
    FourEyes.ANDERE: N_("andere aftekenaar: de definitieve aftekening komt van een ander dan "
                        "de opsteller"),
    FourEyes.TWEE: N_("twee aftekeningen: eerst een aftekening door de één, dan de "
                      "definitieve door een ander dan die en de opsteller"),
}


class FourEyesError(InputError):
    """A final sign-off refused by the four-eyes policy in effect; the case is unchanged."""


def parse(value: str) -> FourEyes:
    """A policy from its stored value; hyphens or underscores may stand for the space."""
    text = " ".join(value.replace("-", " ").replace("_", " ").split()).casefold()
    try:
        return FourEyes(text)
    except ValueError:
        choices = ", ".join(f"'{p.value}'" for p in FourEyes)
        raise InputError(_("onbekende functiescheiding {value}; kies uit: {choices}").format(
            value=repr(value), choices=choices)) from None


def describe(policy: FourEyes) -> str:
    """The policy in one translated line, for the CLI and the app."""
    return translate(_LABELS[policy])


def same_name(a: str, b: str) -> bool:
    return normal(a) == normal(b)


def normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def in_effect(case: Case, organisation: FourEyes = DEFAULT) -> FourEyes:
    """The case's own policy if it has one, else the organisation's."""
    return case.four_eyes if case.four_eyes is not None else organisation


def locks(case: Case, name: str, final: bool, organisation: FourEyes = DEFAULT) -> bool:
    """Whether a sign-off by ``name`` (final when ``final``) locks the case under the policy in
    effect; raises FourEyesError when the policy refuses it. Changes nothing."""
    if not final:
        return False
    policy = in_effect(case, organisation)
    if policy is FourEyes.GEEN:
        return True
    current = case.current_signoffs()  # none of them final: a final one would lock the case
    others = [s for s in current if not same_name(s.name, name)]
    if policy is FourEyes.TWEE and not others:
        if current:  # only this signer so far
            raise FourEyesError(_(
                "functiescheiding (twee aftekeningen): {name} heeft deze revisie al "
                "afgetekend; de definitieve aftekening moet van een ander komen").format(
                name=one_line(current[0].name, 60)))
        return False  # the first of two: recorded, does not lock
    if not case.preparer.strip():
        raise FourEyesError(_(
            "functiescheiding ({policy}): vul eerst de opsteller van de zaak in; de "
            "definitieve aftekening moet van een ander komen").format(policy=policy.value))
    if same_name(case.preparer, name):
        raise FourEyesError(_(
            "functiescheiding ({policy}): {name} is de opsteller van de zaak; de definitieve "
            "aftekening moet van een ander komen").format(policy=policy.value,
                                                         name=one_line(case.preparer.strip(), 60)))
    return True


def signer_name(typed: str, certificate: str) -> tuple[str, bool]:
    """The name a sealed sign-off is made under: the certificate subject's, which proves who
    signed; returns it and whether it replaced a different typed name."""
    certificate = " ".join(certificate.split())
    replaced = bool(typed.strip()) and not same_name(typed, certificate)
    return certificate, replaced
