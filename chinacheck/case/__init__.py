"""One case in memory: the model, its file format and migrations, the audit trail, integrity
(fingerprints), sign-offs and encryption. Knows the guidance; knows nothing of folders."""
