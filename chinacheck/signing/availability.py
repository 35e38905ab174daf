"""Whether signing and checking can run here: the optional ``sign`` extra (pyHanko,
cryptography, and pypdf for reading a PDF's pages) is installed. Imports none of them."""

from __future__ import annotations

import importlib.util

from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import N_, translate

MISSING = N_("digitaal ondertekenen vraagt de extra 'sign' (pyHanko en cryptography): "
             "pip install 'chinacheck[sign]'")
CHECK_MISSING = N_("controleren vraagt de extra 'sign' (pyHanko en pypdf): "
                   "pip install 'chinacheck[sign]'")


class SigningError(ChinaCheckError):
    """A certificate that cannot be used, or a PDF that cannot be signed."""


def available() -> bool:
    return all(importlib.util.find_spec(name) is not None
               for name in ("pyhanko", "pyhanko_certvalidator", "cryptography"))


def can_check() -> bool:
    """Whether ``chinacheck verify`` can read PDFs here (it parses every PDF, signed or not)."""
    return available() and importlib.util.find_spec("pypdf") is not None


def require() -> None:
    if not available():
        raise SigningError(translate(MISSING))


__all__ = ["CHECK_MISSING", "MISSING", "SigningError", "available", "can_check", "require"]
