"""Guards against defects of the Qt binding that would hurt users (see pyproject.toml)."""

from __future__ import annotations

import os
import subprocess
import sys

# Run apart: with a defective binding the lost references crash the interpreter that counts.
PROBE = """
import os, sys
from PySide6 import __version__
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)

app = QCoreApplication([])
emitter = Emitter()
received = []
emitter.flag.connect(received.append)
before = sys.getrefcount(True)
for _ in range(50):
    emitter.flag.emit(True)
    emitter.anything.emit(True)
received.clear()
print(__version__, sys.getrefcount(True) - before, flush=True)
os._exit(0)
"""


def test_signals_carrying_true_keep_its_reference_count() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emission: some thousands of edits
    later the interpreter aborts, taking unsaved work with it. Such a version must be excluded."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    version, lost = result.stdout.split()
    assert int(lost) == 0, (f"PySide6 {version} loses {-int(lost)} references to True in 100 "
                            "signal emissions; exclude this version in pyproject.toml")
