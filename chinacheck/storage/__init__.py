"""Everything on disk: the data folder, atomic writes, settings, case files (load and save),
the library listing, recovery copies, the trash and lock files."""
