"""Is the process that left a file behind still running? Shared by temp-file cleaning and locks.

A pid only means something on the host that wrote it, so files that carry a pid also carry the
host (in full for locks, as a short tag in temp-file names).
"""

from __future__ import annotations

import hashlib
import os
import platform

# Written into lock files when the host has no name: a value, shown translated.
UNKNOWN_HOST = "onbekend"


def this_host() -> str:
    # platform.node() and not socket.gethostname(): the core imports no network module at all.
    return platform.node() or UNKNOWN_HOST


def host_tag(host: str | None = None) -> str:
    """Six hex digits naming a host, short enough for a temp-file name."""
    name = this_host() if host is None else host
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def pid_alive(pid: int) -> bool | None:
    """True or False for a process on this host; None where the OS cannot tell us safely.

    Only POSIX has a harmless probe (signal 0). On Windows ``os.kill`` terminates the process,
    so there the answer is always None and callers fall back on the file's age.
    """
    if os.name != "posix":
        return None
    if pid <= 0:
        return False  # 0 and negative pids address process groups, never one writer
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just belongs to someone else
    except OverflowError:
        return False
    return True
