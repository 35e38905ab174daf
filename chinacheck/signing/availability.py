"""Whether signing can run here: the optional ``sign`` extra (pyHanko, cryptography) is
installed. Imports neither of them."""

from __future__ import annotations

import importlib.util

from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import N_, translate

MISSING = N_("digitaal ondertekenen vraagt de extra 'sign' (pyHanko en cryptography): "
             "pip install 'chinacheck[sign]'")


class SigningError(ChinaCheckError):
    """A certificate that cannot be used, or a PDF that cannot be signed."""


def available() -> bool:
    return all(importlib.util.find_spec(name) is not None
               for name in ("pyhanko", "pyhanko_certvalidator", "cryptography"))


def require() -> None:
    if not available():
        raise SigningError(translate(MISSING))


__all__ = ["MISSING", "SigningError", "available", "require"]
