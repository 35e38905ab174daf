"""Where a smart card's PKCS#11 module usually lives, per platform, and the module to use: the
setting ``pkcs11_module`` when set, else the first usual path that exists here."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

# OpenSC first (it reads most government and organisation cards), then the middleware of the
# card vendors Dutch government organisations use (Thales/SafeNet, Gemalto/IDPrime).
USUAL = {
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/libeTPkcs11.so",
        "/usr/lib/libIDPrimePKCS11.so",
    ),
    "darwin": (
        "/Library/OpenSC/lib/opensc-pkcs11.so",
        "/opt/homebrew/lib/opensc-pkcs11.so",
        "/usr/local/lib/opensc-pkcs11.so",
        "/usr/local/lib/libeTPkcs11.dylib",
        "/usr/local/lib/libIDPrimePKCS11.dylib",
    ),
    "win32": (
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
        r"C:\Windows\System32\eTPKCS11.dll",
        r"C:\Windows\System32\IDPrimePKCS11.dll",
    ),
}


@dataclass(frozen=True)
class TokenChoice:
    """The module, and the token and key by label ("" = the only one), to sign with."""

    module: str
    token_label: str = ""
    key_label: str = ""


def usual_paths(platform: str | None = None) -> tuple[str, ...]:
    platform = platform or sys.platform
    key = "linux" if platform.startswith("linux") else platform
    return USUAL.get(key, ())


def default_module(setting: str = "", platform: str | None = None) -> str:
    """The setting when given, else the first usual path that exists ("" when none does)."""
    if setting.strip():
        return setting.strip()
    return next((p for p in usual_paths(platform) if Path(p).is_file()), "")
