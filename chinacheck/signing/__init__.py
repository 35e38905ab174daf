"""Digital signatures (PAdES baseline B-B, SHA-256) on exported case summaries.

Optional: needs the ``sign`` extra (pyHanko and cryptography; pypdf for ``verify``). Nothing
here imports them at module level, so ``chinacheck.signing.availability`` always imports and
tells whether signing (``available()``) and checking (``can_check()``) can run. Nothing here
uses the network: certificate revocation is not fetched, and trust comes only from certificates
the user names.
"""
