"""The local log: named loggers, one rotating file in the data folder, never case content.

Every line has the shape of the government information-security baseline's event log: time
(UTC), level, logger, ``action``, ``object`` (a case id such as ``case:3f2a…``, never a title, a
file name or text), ``result`` and ``origin`` (``cli`` or ``app``). Passphrases, PINs, names and
case text are never passed to the log: callers give ids and outcomes only, and
:func:`describe_exception` keeps an exception's message (which may quote user text) out unless
the user asked for debug logging.

Cost is bounded: the file rotates at :data:`MAX_BYTES` with :data:`BACKUPS` old files, so the
log never takes more than about 4 MiB. A log that cannot be written (read-only data folder)
never stops ChinaCheck: the handler is left out and the program runs on.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

ROOT = "chinacheck"
FOLDER = "logs"
FILE_NAME = "chinacheck.log"
CRASH_FILE_NAME = "crash.log"  # faulthandler's output: a hard crash leaves its stack here
MAX_BYTES = 1024 * 1024
BACKUPS = 3
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEFAULT_LEVEL = "INFO"

_origin = "cli"
_debug = False


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "event", None)
        if isinstance(fields, dict):
            detail = " ".join(f"{key}={_value(value)}" for key, value in fields.items())
        else:
            detail = f"message={_value(record.getMessage())}"
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) \
            + f".{int(record.msecs):03d}Z"
        return f"{stamp} {record.levelname} {record.name} {detail} origin={_origin}"


def _value(value: object) -> str:
    """One token: spaces, quotes and line breaks cannot forge a second field or line."""
    text = str(value)
    if text and not any(ch.isspace() or ch in '"=\\' for ch in text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\r", "\\r").replace("\t", "\\t") + '"'


def _rotating_file(path: Path) -> logging.Handler:
    """A rotating file readable by its owner only, as case files are (0600)."""
    import logging.handlers  # only when logging to a file: it imports socket and queue

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            def private(name: str, flags: int) -> int:
                return os.open(name, flags, 0o600)

            return open(self.baseFilename, "a", encoding=self.encoding, opener=private)

    return PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                               encoding="utf-8", delay=True)


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def get(name: str) -> logging.Logger:
    """The logger of one part of ChinaCheck, e.g. ``get("storage")``."""
    return logging.getLogger(f"{ROOT}.{name}")


def event(logger: logging.Logger, action: str, *, object: str = "-", result: str = "ok",
          level: int = logging.INFO, **detail: object) -> None:
    """Log one event. ``object`` is an id (``case_object(case_id)``), never a title or path."""
    _emit(logger, level, {"action": action, "object": object, "result": result, **detail})


def _emit(logger: logging.Logger, level: int, fields: dict[str, object]) -> None:
    logger.log(level, str(fields["action"]), extra={"event": fields})


def case_object(case_id: str) -> str:
    return f"case:{case_id}"


def configure(data_dir: Path | None, level: str = DEFAULT_LEVEL, *, origin: str = "cli",
              debug: bool = False) -> Path | None:
    """Send ChinaCheck's loggers to ``<data_dir>/logs/chinacheck.log`` at ``level``.

    Calling it again replaces the previous configuration (tests, a changed data folder).
    Returns the log file, or None when it cannot be written.
    """
    global _origin, _debug
    _origin, _debug = origin, debug
    root = logging.getLogger(ROOT)
    shutdown()
    root.setLevel("DEBUG" if debug else (level if level in LEVELS else DEFAULT_LEVEL))
    root.propagate = False  # our lines go to our file, not to a host's root logger
    if data_dir is None:
        return None
    path = folder(data_dir) / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _rotating_file(path)
    except OSError:
        return None
    handler.setFormatter(_Formatter())
    root.addHandler(handler)
    return path


def set_level(level: str) -> None:
    """A new level for this run (the settings dialog); ``--debug`` keeps recording all."""
    if not _debug and level in LEVELS:
        logging.getLogger(ROOT).setLevel(level)


def shutdown() -> None:
    """Close the log file (before a test's folder goes, or at exit)."""
    root = logging.getLogger(ROOT)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


def log_file() -> Path | None:
    for handler in logging.getLogger(ROOT).handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def debug_enabled() -> bool:
    return _debug


def describe_exception(kind: type[BaseException], value: BaseException | None,
                       tb: TracebackType | None) -> str:
    """An exception for the log: its type and where it happened (files, lines, functions).

    The message itself may quote what the user typed, so it is included only in debug mode.
    """
    frames = "".join(traceback.format_list(traceback.extract_tb(tb))) if tb else ""
    head = f"{kind.__module__}.{kind.__qualname__}"
    if _debug and value is not None:
        head += f": {value}"
    return f"{head}\n{frames}".rstrip()


def startup(data_dir: Path, **versions: str) -> None:
    """The start-up line: what runs where (versions of ChinaCheck, Python and the libraries)."""
    import platform

    from chinacheck import __version__

    _emit(get("startup"), logging.INFO, {
        "action": "start", "object": "-", "result": "ok", "chinacheck": __version__,
        "python": platform.python_version(), "platform": sys.platform,
        "system": platform.platform(terse=True), "data_dir": str(data_dir), **versions})


def package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"
