"""All Qt code of ChinaCheck. Nothing outside this package imports PySide6."""
