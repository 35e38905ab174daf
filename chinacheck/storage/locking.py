"""Who has a case open: a lock file beside the case, for two windows or two people on a share.

``zaak.chinacheck`` is locked by ``zaak.chinacheck.lock``, a small JSON file naming the user,
host, process and time. It is created with O_CREAT|O_EXCL, so of two openers exactly one wins,
also on a network share. The loser gets a :class:`LockedError` that says who has the case since
when, so the app can open it read-only. A lock whose holder is gone (a dead process on this
host, or no sign of life for hours from another host) is *stale*: the app may offer to take it
over, and :func:`take_over` does so only after the user agreed. The command line takes over
without asking only a lock whose holder is provably gone (:func:`holder_gone`: a process of
this computer that no longer runs), and says so.

Locks are advisory: they tell honest ChinaCheck instances about each other, nothing more.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from chinacheck import __version__, boundedfile, oserrors
from chinacheck.case.daterange import local as local_time
from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import _
from chinacheck.liveness import UNKNOWN_HOST, pid_alive, this_host
from chinacheck.storage import atomic

LOCK_SUFFIX = ".lock"
LOCK_FORMAT = "chinacheck-lock"
LOCK_MODE = 0o600
# Another host's lock older than this (since its last refresh) is presumed abandoned. An open
# case refreshes its lock well within it (see CaseLock.refresh).
DEFAULT_MAX_AGE = timedelta(hours=4)
# A lock file that cannot be read is being written right now, or was left half-written by a
# crash; after this long it is the latter.
DAMAGED_GRACE = timedelta(minutes=1)
_MAX_LOCK_BYTES = 64 * 1024
# Written into the lock file when there is no login name: a value, shown translated.
UNKNOWN_USER = "onbekend"


class LockError(ChinaCheckError):
    """The lock file cannot be created or changed (a read-only folder, for instance)."""


class LockedError(LockError):
    """Someone else holds the case. ``info`` says who; ``stale`` whether it may be taken over."""

    def __init__(self, path: Path, info: LockInfo, stale: bool) -> None:
        self.path = path
        self.info = info
        self.stale = stale
        super().__init__(self._message())

    def _message(self) -> str:
        return _("{file} is in gebruik door {holder}").format(
            file=self.path.name, holder=self.info.describe())

    def __str__(self) -> str:
        """In the language of now: the app can switch language while it shows the message."""
        return self._message()


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime  # when the holder opened the case
    refreshed: datetime  # the holder's last sign of life
    app_version: str
    token: str  # tells this holder's lock from a later one by the same user, host and pid
    damaged: bool = False  # the file could not be read; the fields are placeholders

    @property
    def held_by_this_process(self) -> bool:
        """The case is open in another window of this very app."""
        return not self.damaged and self.host == this_host() and self.pid == os.getpid()

    def describe(self) -> str:
        """Who and since when, for a message such as "Alleen-lezen: in gebruik door …"."""
        if self.damaged:
            return _("een onbekende gebruiker (het slotbestand is onleesbaar)")
        since = local_time(self.since).strftime("%d-%m-%Y %H:%M")
        return _("{user} op {host} sinds {since}").format(
            user=_("onbekend") if self.user == UNKNOWN_USER else self.user,
            host=_("onbekend") if self.host == UNKNOWN_HOST else self.host, since=since)

    def to_json(self) -> bytes:
        data: dict[str, Any] = {"format": LOCK_FORMAT, **asdict(self)}
        del data["damaged"]
        data["since"] = self.since.isoformat()
        data["refreshed"] = self.refreshed.isoformat()
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def lock_path(case_path: Path | str) -> Path:
    case_path = Path(case_path)
    return case_path.with_name(case_path.name + LOCK_SUFFIX)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a bare container or service
        return UNKNOWN_USER


def _new_info(now: datetime) -> LockInfo:
    return LockInfo(user=_user(), host=this_host(), pid=os.getpid(), since=now, refreshed=now,
                    app_version=__version__, token=secrets.token_hex(8))


def _parse(raw: bytes) -> LockInfo:
    """The lock file's content; ValueError (or TypeError) for anything that is not a lock."""
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != LOCK_FORMAT:
        raise ValueError("not a ChinaCheck lock")
    text = {k: data[k] for k in ("user", "host", "app_version", "token")}
    if not all(isinstance(v, str) for v in text.values()):
        raise TypeError("text field of the wrong type")
    pid = data["pid"]
    if type(pid) is not int:
        raise TypeError("pid")
    since = datetime.fromisoformat(data["since"])
    refreshed = datetime.fromisoformat(data["refreshed"] if "refreshed" in data else data["since"])
    if since.tzinfo is None or refreshed.tzinfo is None:
        raise ValueError("time without zone")
    return LockInfo(pid=pid, since=since, refreshed=refreshed, **text)


def read_lock(case_path: Path | str) -> LockInfo | None:
    """The lock on a case, or None when it is not locked; never raises for a bad lock file.

    An unreadable lock file gives a ``damaged`` LockInfo dated by the file's mtime, so that it
    still counts as held for a moment (its writer may be mid-write) and then as stale.
    """
    return _read(lock_path(case_path))


def _read(path: Path) -> LockInfo | None:
    """The lock in the lock file ``path`` (see :func:`read_lock`)."""
    try:  # bounded, and never waiting on a pipe someone put in a shared folder
        raw = boundedfile.read_bounded(path, _MAX_LOCK_BYTES)
    except boundedfile.UnreadableFile as exc:
        if exc.errno == errno.ENOENT:
            return None
        raw = b""  # too large, not a regular file or unreadable: a damaged lock
    try:
        mtime = datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except OSError:
        mtime = _now()
    try:
        return _parse(raw)
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, RecursionError):
        return LockInfo(user="", host="", pid=0, since=mtime, refreshed=mtime, app_version="",
                        token="", damaged=True)


def is_stale(info: LockInfo, max_age: timedelta = DEFAULT_MAX_AGE,
             now: datetime | None = None) -> bool:
    """Whether the holder is gone: a dead process on this host, or no sign of life for
    ``max_age`` (the only test possible for another host, or where pids cannot be checked)."""
    now = now or _now()
    if info.damaged:
        return now - info.refreshed > DAMAGED_GRACE
    if now - info.refreshed > max_age:
        return True
    if info.host == this_host():
        return pid_alive(info.pid) is False
    return False


def holder_gone(info: LockInfo) -> bool:
    """Whether the holder is provably gone: a process of this computer that no longer runs.

    Age alone proves nothing (a laptop asleep for a night keeps its lock), nor does a pid of
    another computer, nor a lock file that cannot be read.
    """
    return not info.damaged and info.host == this_host() and pid_alive(info.pid) is False


def _create(path: Path, info: LockInfo) -> bool:
    """Write a new lock file; False when one exists already."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, LOCK_MODE)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(info.to_json())
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return True


def _problem(path: Path, exc: OSError) -> LockError:
    return LockError(_("kan {file} niet vergrendelen ({reason}); alleen lezen is mogelijk")
                     .format(file=path.name, reason=oserrors.describe(exc)))


class CaseLock:
    """A lock this process holds. Release it when the case is closed."""

    def __init__(self, case_path: Path, info: LockInfo) -> None:
        self.case_path = case_path
        self.path = lock_path(case_path)
        self.info = info

    def is_held(self) -> bool:
        """Still ours? False once someone took it over (after it looked stale to them)."""
        current = read_lock(self.case_path)
        return current is not None and current.token == self.info.token

    def refresh(self) -> None:
        """Show a sign of life, so that other hosts do not think the lock stale.

        Raises LockedError when the lock was taken over meanwhile: the case must then be
        treated as read-only from here on.
        """
        current = read_lock(self.case_path)
        if current is None or current.token != self.info.token:
            raise LockedError(self.case_path, current or self.info, stale=False)
        info = replace(self.info, refreshed=_now())
        try:
            atomic.write_bytes(self.path, info.to_json(), LOCK_MODE)
        except OSError as exc:
            raise _problem(self.case_path, exc) from None
        self.info = info

    def release(self) -> bool:
        """Remove the lock file if it is still ours; True when it was removed."""
        if not self.is_held():
            return False
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        return True

    def __enter__(self) -> CaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(case_path: Path | str) -> CaseLock:
    """Lock a case for this process.

    Raises LockedError (with who, since when, and whether the lock is stale) when someone else
    has it, also when that is this very process in another window; LockError when no lock can
    be created at all (read-only folder).
    """
    case_path = Path(case_path)
    path = lock_path(case_path)
    for _attempt in range(3):  # the holder may release between our attempt and our look at its lock
        info = _new_info(_now())
        try:
            if _create(path, info):
                return CaseLock(case_path, info)
        except OSError as exc:
            raise _problem(case_path, exc) from None
        holder = read_lock(case_path)
        if holder is not None:
            raise LockedError(case_path, holder, stale=is_stale(holder))
    raise LockError(_("kan {file} niet vergrendelen: het slot wisselt steeds van houder")
                    .format(file=case_path.name))


def take_over(case_path: Path | str, expected: LockInfo | None = None) -> CaseLock:
    """Replace someone else's lock with ours, after the user agreed to.

    With ``expected`` (the LockInfo the user was shown) this refuses, with LockedError, when
    the lock changed meanwhile: a third party may have taken it over or it was refreshed.
    Of two that take over the same lock at once, exactly one gets it: the old lock file is
    first renamed away (only one rename can take it), then ours is created as a new file.
    """
    case_path = Path(case_path)
    path = lock_path(case_path)
    aside = atomic.temp_path(path)
    grabbed: Path | None = aside
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        grabbed = None  # released, or taken away by another meanwhile: a new file decides
    except OSError as exc:
        raise _problem(case_path, exc) from None
    if grabbed is not None:
        taken = _read(grabbed)
        if expected is not None and taken is not None and taken != expected:
            _put_back(grabbed, path)
            raise LockedError(case_path, taken, stale=is_stale(taken))
        with contextlib.suppress(OSError):
            grabbed.unlink()
    info = _new_info(_now())
    try:
        created = _create(path, info)
    except OSError as exc:
        raise _problem(case_path, exc) from None
    if not created:
        holder = read_lock(case_path)
        raise LockedError(case_path, holder or info, stale=False)
    return CaseLock(case_path, info)


def _put_back(grabbed: Path, path: Path) -> None:
    """Return a lock file renamed away by mistake, unless a new lock took its place."""
    try:
        os.link(grabbed, path)  # fails if a new lock exists: that one stands
    except FileExistsError:
        pass
    except OSError:  # no hard links here: a rename, if the name is still free
        if not os.path.lexists(path):
            with contextlib.suppress(OSError):
                os.rename(grabbed, path)
    with contextlib.suppress(OSError):
        grabbed.unlink()
