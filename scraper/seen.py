"""Flat memory for multi-million-URL crawls (no Scrapy): sets that live on disk, not in Python.

``StoredUrls``  "is this URL already stored (for these sites)?" answered by the database's own
                indexes (``article_urls.url`` primary key, ``articles.url`` and ``canonical_url``),
                one query per URL, over a read-only connection; nothing is loaded up front.
``DiskSet``     a set of strings in a SQLite file (``INSERT OR IGNORE`` on a primary key), for
                what one crawl has already requested: temporary (deleted when closed), or kept in
                Scrapy's ``JOBDIR`` for a crawl that is resumed (the duplicate filter's fingerprints).

Memory bound: each holds one SQLite connection whose page cache is capped (``CACHE_KIB``, 4 MiB by
default), whatever the number of URLs; the operating system's file cache does the rest. The cost is
a few microseconds per lookup (an indexed B-tree probe), measured by ``scraper.benchmarks.memory``.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

CACHE_KIB = 4096


class StoredUrls:
    """``url in stored``: is *url* a stored article's URL, canonical URL or alias (optionally only
    for the given ``site`` values)? Opens *path* read-only; ``close()`` when done."""

    def __init__(self, path: str | os.PathLike, sites: Iterable[str] = ()):
        from .storage import Store

        self.store = Store.open_readonly(path)
        self.conn = self.store.conn
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.sites = tuple(dict.fromkeys(sites))
        if self.sites:
            marks = ",".join("?" * len(self.sites))
            self._q = (f"SELECT 1 FROM article_urls WHERE url = ? AND site IN ({marks}) "
                       f"UNION ALL SELECT 1 FROM articles WHERE url = ? AND site IN ({marks}) "
                       f"UNION ALL SELECT 1 FROM articles WHERE canonical_url = ? AND site IN ({marks}) "
                       f"LIMIT 1")
        else:
            self._q = ("SELECT 1 FROM article_urls WHERE url = ? UNION ALL SELECT 1 FROM articles "
                       "WHERE url = ? UNION ALL SELECT 1 FROM articles WHERE canonical_url = ? LIMIT 1")

    def fetched_at(self, url: str) -> str | None:
        """When the article stored under *url* (its address, canonical address or alias) was last
        fetched (``articles.fetched_at``, UTC ISO 8601), None if it is not stored: the spider asks this
        only of a stored URL whose sitemap or feed entry says it changed (NewsSpider.changed_since_fetched)."""
        row = self.conn.execute(
            "SELECT a.fetched_at FROM article_urls u JOIN articles a ON a.canonical_url = u.canonical_url "
            "WHERE u.url = ? UNION ALL SELECT fetched_at FROM articles WHERE url = ? OR canonical_url = ? "
            "LIMIT 1", (url, url, url)).fetchone()
        return row[0] if row is not None else None

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        args = (url, *self.sites) * 3
        return self.conn.execute(self._q, args).fetchone() is not None

    def articles(self) -> int:
        """How many articles are stored (for these sites): one count over the ``site`` index,
        for the crawl's start-up line. Not ``len()``: the distinct URLs (aliases and canonical
        forms included) would take a sort of every stored URL, slow on a multi-million archive."""
        if not self.sites:
            return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        marks = ",".join("?" * len(self.sites))
        return self.conn.execute(f"SELECT count(*) FROM articles WHERE site IN ({marks})",
                                 self.sites).fetchone()[0]

    def close(self) -> None:
        self.store.close()


class DiskSet:
    """A set of strings (or bytes) in a SQLite file: ``add()`` (True if new), ``in``, ``len``.

    Without *path*: a temporary file (in *folder*), one transaction for its whole life and no
    journal, deleted when closed. With *path*: a file that outlives the process (Scrapy's
    ``JOBDIR``: a paused crawl resumed later), created if missing, reopened with its keys;
    written in WAL mode and committed every ``COMMIT_EVERY`` new keys and at ``close()``, so
    that a process killed mid-crawl leaves a readable file (the last keys may be missing:
    their requests are made again, never lost)."""

    COMMIT_EVERY = 1000

    def __init__(self, folder: str | os.PathLike | None = None, *, path: str | os.PathLike | None = None):
        self.persistent = path is not None
        if path is None:
            fd, name = tempfile.mkstemp(prefix="scraper-set-", suffix=".sqlite", dir=folder)
            os.close(fd)
            pragmas = ("journal_mode = OFF", "synchronous = OFF")
        else:
            name = os.fspath(path)
            pragmas = ("journal_mode = WAL", "synchronous = OFF")
        self.path = Path(name)
        self.conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        for pragma in (*pragmas, f"cache_size = -{CACHE_KIB}", "temp_store = FILE"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.execute("CREATE TABLE IF NOT EXISTS s (k PRIMARY KEY) WITHOUT ROWID")   # str or bytes keys
        self._n = self.conn.execute("SELECT count(*) FROM s").fetchone()[0] if self.persistent else 0
        # no commit per add: one transaction for a temporary set's whole life, one per
        # COMMIT_EVERY new keys for a kept one
        self.conn.execute("BEGIN")
        self._pending = 0

    def add(self, key: str) -> bool:
        cur = self.conn.execute("INSERT OR IGNORE INTO s (k) VALUES (?)", (key,))
        if cur.rowcount:
            self._n += 1
            if self.persistent:
                self._pending += 1
                if self._pending >= self.COMMIT_EVERY:
                    self.conn.execute("COMMIT")
                    self.conn.execute("BEGIN")
                    self._pending = 0
            return True
        return False

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, bytes)) and self.conn.execute(
            "SELECT 1 FROM s WHERE k = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self._n

    def close(self) -> None:
        if getattr(self, "conn", None) is None:
            return
        try:
            if self.persistent:
                self.conn.execute("COMMIT")
            self.conn.close()
        finally:
            self.conn = None
            if not self.persistent:
                self.path.unlink(missing_ok=True)

    def __del__(self):   # a spider that never closed it: do not leave the file behind
        try:
            self.close()
        except Exception:
            pass
