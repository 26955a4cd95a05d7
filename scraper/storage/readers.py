"""Read-only access for the readers of the archive (``scraper stats``, ``scraper search``,
``scraper serve``): never a write, never a file or folder created.

``connect_readonly(path)`` checks that the file is ours (``schema.check_database``), then opens
it with SQLite's ``mode=ro``; when that cannot work (a read-only file or folder, a read-only
user: SQLite cannot create the ``-shm`` WAL index of a cleanly closed WAL database) and no
``-wal`` file holds unsaved pages, it falls back to ``immutable=1`` (the file is read as is,
no locking). A folder where even that fails is refused with one line (``DatabaseRefused``).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .schema import DatabaseRefused, check_database, file_uri


class NoDatabase(Exception):
    """There is no database (file missing, or an empty file with no tables yet)."""


def _wal_pages(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def readonly_params(path: str | os.PathLike) -> dict[str, str]:
    """How a reader should open *path*: ``{"mode": "ro"}`` normally, ``{"immutable": "1"}``
    when SQLite cannot keep its WAL index beside a read-only file or folder and no WAL holds
    unsaved pages. (For ``scraper serve``: Datasette's ``--immutable`` in the second case.)"""
    path = Path(path)
    try:
        conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return {"mode": "ro"}
        finally:
            conn.close()
    except sqlite3.OperationalError as e:
        if _wal_pages(path):
            raise DatabaseRefused(
                f"{path} cannot be opened read-only: {e} (its -wal file holds unsaved pages "
                f"and the file or folder is not writable; run a crawl or `sqlite3 {path} "
                f"'PRAGMA wal_checkpoint'` as its owner)") from None
        return {"immutable": "1"}


def connect_readonly(path: str | os.PathLike) -> sqlite3.Connection:
    """A read-only connection to our database at *path*. Raises NoDatabase (missing file or
    empty database) or DatabaseRefused (not ours, too new, unreadable)."""
    path = Path(path)
    version = check_database(path)
    if version is None:
        raise NoDatabase(f"no database at {path}")
    if version == 0:
        raise NoDatabase(f"database {path} is empty (no crawl has stored anything yet)")
    params = readonly_params(path)
    try:
        conn = sqlite3.connect(file_uri(path, **params), uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as e:
        raise DatabaseRefused(f"{path} cannot be opened read-only: {e}") from None
    return conn
