"""scrypt at a cost fit for tests: a key in milliseconds instead of the default's 0.1 s."""

from __future__ import annotations

from chinacheck.case.encryption import ScryptCost

CHEAP = ScryptCost(n=2**10, r=8, p=1)
