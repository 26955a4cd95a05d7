"""One crawl per database at a time (no Scrapy): an exclusive, non-blocking ``flock`` on
``<real path of the database>.lock``.

The key is the database's REAL path (symlinks resolved), so a database reached through a
symlink or another relative path shares the lock. ``scraper crawl`` takes it for the whole
process and the SQLite pipeline takes it too (so plain ``scrapy crawl`` is covered); inside
one process the lock is re-entrant per database: the pipelines of the spiders that
``scraper crawl`` runs in its own process find it held by their process and only count a
reference (a child made with ``fork`` shares its parent's lock file, hence the lock). A
second process gets ``LockHeld`` at once. The kernel drops the lock when the
holder dies (kill -9 included), so a held lock always means a live holder.

The file keeps "pid host started" of the holder while it is held (shown in the "already
running" message) and is emptied, not deleted, on release (deleting a lock file races with
a process that has just opened it). Failures to create the file (read-only folder, no
inodes) raise ``LockError`` with one line; failing to write the holder's pid into it (disk
full) does not matter for the lock and is ignored.

``owner_id()`` names this process ("host pid token") for ``crawl_runs.owner``.
"""
from __future__ import annotations

import os
import socket
import time
import uuid
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


class LockHeld(Exception):
    """Another process holds the lock: ``path`` and the holder's text ("pid host time")."""

    def __init__(self, path: Path, holder: str = ""):
        super().__init__(f"lock {path} is held" + (f" by pid {holder.split()[0]}" if holder else ""))
        self.path = path
        self.holder = holder

    @property
    def pid(self) -> str:
        return self.holder.split()[0] if self.holder else ""


class LockError(Exception):
    """The lock file could not be created or opened (one line in ``str()``)."""


def real_db_path(db: str | os.PathLike) -> str:
    return os.path.realpath(os.path.abspath(os.fspath(db)))


def lock_path_for(db: str | os.PathLike) -> Path:
    """``<real path of db>.lock``."""
    return Path(real_db_path(db) + ".lock")


_TOKEN: tuple[int, str] | None = None


def owner_id() -> str:
    """"host pid token" of this process (a new token after fork)."""
    global _TOKEN
    pid = os.getpid()
    if _TOKEN is None or _TOKEN[0] != pid:
        _TOKEN = (pid, uuid.uuid4().hex[:12])
    return f"{socket.gethostname()} {pid} {_TOKEN[1]}"


class _Held:
    def __init__(self, file, path: Path, pid: int):
        self.file = file
        self.path = path
        self.pid = pid
        self.count = 0


_held: dict[str, _Held] = {}


class CrawlLock:
    """``with CrawlLock(db):`` or ``acquire()`` / ``release()``. Re-entrant per database
    within a process; *lock_path* overrides ``<real db>.lock`` (``scraper crawl --lock``)."""

    def __init__(self, db: str | os.PathLike, lock_path: str | os.PathLike | None = None):
        self.key = real_db_path(db)
        self.path = Path(lock_path).absolute() if lock_path else lock_path_for(db)
        self._acquired = False

    @property
    def acquired(self) -> bool:
        return self._acquired

    def acquire(self) -> CrawlLock:
        if self._acquired:
            return self
        held = _held.get(self.key)
        if held is not None and held.pid != os.getpid() and fcntl is not None:
            # A forked child shares its parent's open lock file (and so the lock).
            try:
                fcntl.flock(held.file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                held.pid, held.count = os.getpid(), 0
            except OSError:
                del _held[self.key]
                held = None
        if held is not None and held.pid == os.getpid():
            held.count += 1
            self._acquired = True
            return self
        try:
            f = open(self.path, "a+")
        except OSError as e:
            raise LockError(f"cannot create the lock file {self.path}: "
                            f"{e.strerror or e}") from None
        if fcntl is not None:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                try:
                    f.seek(0)
                    holder = f.read(200).strip()
                except OSError:
                    holder = ""
                f.close()
                raise LockHeld(self.path, holder) from None
        try:   # who holds it, for the "already running" message; not needed for the lock
            f.seek(0)
            f.truncate()
            f.write(f"{os.getpid()} {socket.gethostname()} "
                    f"{time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n")
            f.flush()
        except OSError:
            pass
        entry = _Held(f, self.path, os.getpid())
        entry.count = 1
        _held[self.key] = entry
        self._acquired = True
        return self

    def release(self) -> None:
        if not self._acquired:
            return
        self._acquired = False
        held = _held.get(self.key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[self.key]
        try:
            held.file.seek(0)
            held.file.truncate()
        except OSError:
            pass
        try:
            held.file.close()     # closing drops the flock
        except OSError:
            pass

    def __enter__(self) -> CrawlLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def is_held_here(db: str | os.PathLike) -> bool:
    """Does this process hold the lock of *db*?"""
    held = _held.get(real_db_path(db))
    return held is not None and held.pid == os.getpid()
