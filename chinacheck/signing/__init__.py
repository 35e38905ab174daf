"""Digital signatures (PAdES baseline B-B, SHA-256) on exported case summaries.

Optional: needs the ``sign`` extra (pyHanko and cryptography). Nothing here imports them at
module level, so ``chinacheck.signing.availability`` always imports and its ``available()``
tells whether signing and signature checks can run. Nothing here uses the network: certificate
revocation is not fetched, and trust comes only from certificates the user names.
"""
