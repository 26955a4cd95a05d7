"""The article database, written by the crawl (sqlite-utils, no Scrapy).

Layout
------
``articles``             one row per canonical URL (the stored, *original* text).
``article_urls``         every URL an article was seen under (url -> canonical_url), so
                         spiders can skip aliases (AMP, tracking parameters) they already have.
``articles_search``      shadow table: ``fold_search()`` of title and body, keyed by
                         canonical_url, with its own ``INTEGER PRIMARY KEY`` (stable rowid,
                         survives VACUUM).
``articles_search_fts``  FTS5 index over the shadow table (external content,
                         ``unicode61 remove_diacritics 2``), synced by plain-SQL triggers on
                         the shadow table. The folding happens in Python, here, so any
                         SQLite client can query the index without our functions.
``crawl_runs``           one row per spider run with its Scrapy stats as JSON; its counters
                         are updated at every flush, so a killed run's row shows what it
                         stored (the next run marks it ``interrupted``).

The DDL and its versions are in ``schema`` (``PRAGMA user_version``, migrations); ``Store(path)``
refuses a file that is not ours before writing anything (``schema.DatabaseRefused``) and turns
SQLite write failures into ``StorageFailure`` (one line). Readers use ``Store.open_readonly``.

All timestamps written by this module are ISO 8601 UTC with a ``Z`` suffix
(``2024-05-01T12:00:00Z``). Article dates (``published_at``/``modified_at``) are stored as
the extractor produced them.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import clusters
from .readers import connect_readonly
from .schema import check_database, migrate
from .search import BM25, fts_query, make_snippet, search_form, search_forms, search_tokens

ARTICLE_COLUMNS: dict[str, type] = {
    "canonical_url": str,
    "url": str,
    "site": str,
    "title": str,
    "description": str,
    "body": str,
    "authors": str,        # JSON list
    "published_at": str,
    "modified_at": str,
    "section": str,
    "tags": str,           # JSON list
    "language": str,
    "image_url": str,
    "fetched_at": str,
    "paywalled": int,      # 1: the page says the story is for subscribers (schema v7)
    "content_hash": str,
    "first_seen": str,
    "last_seen": str,
    "versions": int,
}
# Fields taken from the incoming article (the rest are computed here).
_INPUT_FIELDS = (
    "canonical_url", "url", "site", "title", "description", "body", "authors",
    "published_at", "modified_at", "section", "tags", "language", "image_url", "fetched_at", "paywalled",
)
_JSON_FIELDS = ("authors", "tags")
# json.dumps(value, ensure_ascii=False) without a new JSONEncoder per call (what json.dumps makes
# for any non-default argument): the same text, ~4x cheaper for an author list
_JSON_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_ARTICLE_COLS = tuple(ARTICLE_COLUMNS)
# rows per INSERT into articles_search (3 parameters each; SQLite allows 32,766 since 3.32)
SEARCH_ROWS_PER_STATEMENT = 500
# Prepared statements the writer keeps (Python's sqlite3 default: 128). A batch's INSERT into
# articles_search and its stored-state SELECT are written with one "?" per row, so every batch size a
# crawl meets is another statement text, ~85 KiB each on average when prepared: with 128 kept, the
# writer's statements (sqlite3_db_status STMT_USED) grew to 8.6 MiB by 12,000 pages of a loopback crawl
# and SQLite's memory to 32 MiB by 36,000, the RSS growth of the 20,000-page benchmark's second half
# (2026-12-05, scraper.benchmarks.memory). The ones every batch runs stay in the cache at this size; a
# rare size is prepared again (tens of microseconds).
STATEMENT_CACHE = 24
_ALIASES = "_aliases"     # other addresses of a row (redirects to it), kept in article_urls only
_PREPARED = "_prepared"   # Store.prepare's (search title, search body, MinHash values) of a row
# an unchanged row (its flag as the page says it now: a paywall lifted or put up over the same text)
_TOUCH = "UPDATE articles SET last_seen = ?, fetched_at = ?, paywalled = ? WHERE canonical_url = ?"

# WAL pages after which a commit of this writer copies the WAL into the file (a checkpoint:
# two fdatasync calls, ~10-40 ms on this machine's disk). SQLite's default, 1000 pages (4 MiB),
# checkpointed every ~3 batches of 50 articles: 50 fdatasync calls per 2,000 articles in
# ``python -m scraper.benchmarks.store``, most of the gap between its wall and CPU time; 4000
# pages (16 MiB): 20 calls. Durability is that of WAL + ``synchronous=NORMAL`` either way: a
# crash of the program loses nothing committed; a power cut may lose the commits since the last
# checkpoint (now up to ~16 MiB of them: articles that the next crawl fetches again).
WAL_AUTOCHECKPOINT = 4000

RUN_COLUMNS: dict[str, type] = {
    "id": int,
    "spider": str,
    "started_at": str,
    "finished_at": str,
    "finish_reason": str,
    "items_new": int,
    "items_updated": int,
    "items_unchanged": int,
    "items_dropped": int,
    "errors": int,
    "stats": str,          # JSON object
    "owner": str,          # "host pid token" of the process running it (schema v2)
    "heartbeat_at": str,   # last flush (schema v2)
}


class StorageFailure(Exception):
    """Writing to the database failed (disk full, read-only file or folder, I/O error,
    locked…). ``str()`` is one line; ``kind`` is SQLite's error name when known."""

    def __init__(self, message: str, kind: str = ""):
        super().__init__(message)
        self.kind = kind


def describe_error(exc: BaseException) -> str:
    """One line for a storage exception: SQLite's message and error name, or OSError text."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
        return f"{exc} ({name})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"{type(exc).__name__}: {exc}"


def storage_hint(path: str | Path) -> str:
    """What the operator should look at after a failed write: a read-only file or folder,
    or a (nearly) full filesystem. "" when neither is seen."""
    path = Path(path)
    folder = path.absolute().parent
    try:
        if path.exists() and not os.access(path, os.W_OK):
            return " (the database file is read-only for this user or mount)"
        if folder.exists() and not os.access(folder, os.W_OK):
            return f" (its folder {folder} is read-only for this user or mount)"
        st = os.statvfs(folder)
        free = st.f_bavail * st.f_frsize
        if free < 4 * 1024 * 1024:
            return f" (only {free} bytes free on its filesystem)"
    except OSError:
        pass
    return ""


def ensure_folder(path: str | Path) -> Path | None:
    """Create the database's folder when missing (crawl only); returns it if created."""
    parent = Path(path).absolute().parent
    if parent.is_dir():
        return None
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageFailure(f"cannot create the database folder {parent}: "
                             f"{describe_error(e)}") from None
    return parent

# --------------------------------------------------------------------------- helpers

def utcnow() -> str:
    """Current time, ISO 8601 UTC, second precision, ``Z`` suffix."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_utc_iso(value: Any) -> str | None:
    """datetime / ISO string -> ``YYYY-MM-DDTHH:MM:SSZ`` (naive values are taken as UTC).
    Strings that do not parse are returned unchanged; empty -> None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_default(o: Any) -> Any:
    if isinstance(o, datetime):
        return to_utc_iso(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    return str(o)


def content_hash(title: str, body: str) -> str:
    """SHA-256 of ``title + "\\n" + body`` (UTF-8), fed in parts (no joined copy of the text)."""
    h = hashlib.sha256((title or "").encode("utf-8"))
    h.update(b"\n")
    h.update((body or "").encode("utf-8"))
    return h.hexdigest()


def _normalise(article: Any) -> dict[str, Any]:
    """Article / dict / scrapy Item -> dict of the stored input fields."""
    if isinstance(article, dict) or isinstance(article, Mapping):   # (one type test per article)
        get = article.get
    else:
        def get(name: str) -> Any:
            return getattr(article, name, None)
    row: dict[str, Any] = {}
    for name in _INPUT_FIELDS:
        value = get(name)
        if name in _JSON_FIELDS:
            if value is None or value == "":
                row[name] = "[]"
                continue
            if isinstance(value, str):
                value = [value]
            row[name] = _JSON_ENCODE(list(value))
        elif name == "paywalled":
            row[name] = int(value.strip().lower() in ("1", "true", "yes")) if isinstance(value, str) else int(bool(value))
        elif isinstance(value, str):
            row[name] = value
        elif isinstance(value, (datetime, date)):
            row[name] = value.isoformat()
        else:
            row[name] = "" if value is None else str(value)
    for name in ("published_at", "modified_at"):
        if not row[name]:
            row[name] = None
    if not row["canonical_url"]:
        row["canonical_url"] = row["url"]
    if not row["url"]:
        row["url"] = row["canonical_url"]
    if not row["canonical_url"]:
        raise ValueError("article without url or canonical_url")
    row["fetched_at"] = to_utc_iso(row["fetched_at"]) or None
    # (the addresses that redirected to it, stored as its aliases: a crawl's item "aliases")
    aliases = get("aliases")
    if aliases:
        row[_ALIASES] = tuple(a for a in ([aliases] if isinstance(aliases, str) else aliases) if isinstance(a, str) and a)
    return row


def run_errors(stats: Mapping[str, Any]) -> int:
    """Errors of one spider run from its Scrapy stats (see pipelines.sqlite)."""
    def num(k: str) -> int:
        try:
            return int(stats.get(k) or 0)
        except (TypeError, ValueError):
            return 0
    if "spider_log_count/ERROR" in stats or "spider_log_count/CRITICAL" in stats:
        return num("spider_log_count/ERROR") + num("spider_log_count/CRITICAL")
    return num("log_count/ERROR") + num("log_count/CRITICAL")


# --------------------------------------------------------------------------- store

class Store:
    """The article database. ``Store(path)`` opens it for writing: the file is checked first
    (``schema.check_database``: a file that is not ours is refused, untouched, with
    ``DatabaseRefused``), then created if needed together with its parent folder, switched
    to WAL and migrated to the current schema; SQLite failures while opening raise
    ``StorageFailure``. ``Store.open_readonly(path)`` is for readers (no write, nothing
    created). One Store per thread; use it as a context manager or call close()."""

    readonly = False

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = 15000):
        self.path = Path(path)
        self.created_folder: Path | None = None
        memory = str(path) == ":memory:"
        if not memory:
            check_database(self.path)          # refuse before any write
            self.created_folder = ensure_folder(self.path)
        conn = None
        try:
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, cached_statements=STATEMENT_CACHE)
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.db = sqlite_utils.Database(conn)
            if not memory:
                self.db.enable_wal()
                conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
            conn.execute("PRAGMA synchronous = NORMAL")
            self.version_found, self.version = migrate(conn, self.path)
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            raise StorageFailure(f"cannot write to {self.path}: {describe_error(e)}"
                                 f"{storage_hint(self.path)}",
                                 getattr(e, "sqlite_errorname", "")) from None
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        self.conn = conn

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """For readers: our database opened read-only (``readers.connect_readonly``; raises
        ``readers.NoDatabase`` or ``DatabaseRefused``). Write methods fail on it."""
        self = cls.__new__(cls)
        self.path = Path(path)
        self.created_folder = None
        self.readonly = True
        self.conn = connect_readonly(self.path)
        self.db = sqlite_utils.Database(self.conn)
        return self

    # -- lifecycle
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- articles
    def upsert_many(self, articles: Iterable[Any], now: str | None = None,
                    run_id: int | None = None) -> dict[str, int]:
        """Insert or update articles (``Article`` objects or dicts) in one transaction.

        new -> versions=1; same title+body -> only last_seen/fetched_at change; different
        title/body -> row replaced, versions+1, first_seen kept. With *run_id*, that
        ``crawl_runs`` row's counters and heartbeat are updated in the same transaction."""
        now = now or utcnow()
        rows = [a if isinstance(a, dict) and _PREPARED in a else _normalise(a) for a in articles]
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        if not rows:
            return counts
        c = self.conn
        cols = ", ".join(_ARTICLE_COLS)
        insert = f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(_ARTICLE_COLS))})"
        update_cols = [k for k in _ARTICLE_COLS if k != "canonical_url"]
        update = f"UPDATE articles SET {', '.join(f'{k} = ?' for k in update_cols)} " \
                 "WHERE canonical_url = ?"
        c.execute("BEGIN IMMEDIATE")
        try:
            # the stored state of every URL of the batch in one query per 500 URLs (updated
            # below as rows are written, so a URL twice in one batch is seen as stored)
            urls = {row["canonical_url"] for row in rows}
            state = self._stored_state(urls)
            # each URL once in the batch (the usual case): the rows are written with one
            # executemany per statement after the loop; a URL twice is written row by row, in
            # order, so that its second occurrence sees the first
            deferred = len(urls) == len(rows)
            inserts: list[list[Any]] = []
            updates: list[list[Any]] = []
            touches: list[tuple[str, str, int, str]] = []
            changed: list[dict[str, Any]] = []
            aliases: list[tuple[str, str, str, str]] = []
            for row in rows:
                url = row["canonical_url"]
                row["content_hash"] = content_hash(row["title"], row["body"])
                row["fetched_at"] = row["fetched_at"] or now
                old = state.get(url)
                if old is None:
                    row.update(first_seen=now, last_seen=now, versions=1)
                    values = [row[k] for k in _ARTICLE_COLS]
                    if deferred:
                        inserts.append(values)
                    else:
                        c.execute(insert, values)
                    changed.append(row)
                    counts["new"] += 1
                elif old[0] == row["content_hash"]:
                    touch = (now, row["fetched_at"], row["paywalled"], url)
                    if deferred:
                        touches.append(touch)
                    else:
                        c.execute(_TOUCH, touch)
                    counts["unchanged"] += 1
                else:
                    row.update(first_seen=old[1], last_seen=now, versions=(old[2] or 1) + 1)
                    values = [row[k] for k in update_cols] + [url]
                    if deferred:
                        updates.append(values)
                    else:
                        c.execute(update, values)
                    changed.append(row)
                    counts["updated"] += 1
                if old is None or old[0] != row["content_hash"]:
                    state[url] = (row["content_hash"], row["first_seen"], row["versions"])
                aliases.append((row["url"], url, row["site"], now))
                if row["url"] != url:
                    aliases.append((url, url, row["site"], now))
                for alias in row.get(_ALIASES, ()):
                    if alias != row["url"] and alias != url:
                        aliases.append((alias, url, row["site"], now))
            for sql, args in ((insert, inserts), (update, updates), (_TOUCH, touches)):
                if args:
                    c.executemany(sql, args)
            c.executemany(
                "INSERT INTO article_urls (url, canonical_url, site, first_seen) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "canonical_url = excluded.canonical_url, site = excluded.site",
                aliases,
            )
            self._index_rows(changed)
            if run_id is not None:
                c.execute(
                    "UPDATE crawl_runs SET items_new = coalesce(items_new, 0) + ?, "
                    "items_updated = coalesce(items_updated, 0) + ?, "
                    "items_unchanged = coalesce(items_unchanged, 0) + ?, heartbeat_at = ? "
                    "WHERE id = ?",
                    (counts["new"], counts["updated"], counts["unchanged"], now, run_id),
                )
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return counts

    def _stored_state(self, urls: set[str]) -> dict[str, tuple[str, str, int]]:
        """canonical_url -> (content_hash, first_seen, versions) of the stored ones of *urls*."""
        out: dict[str, tuple[str, str, int]] = {}
        todo = list(urls)
        for i in range(0, len(todo), 500):
            part = todo[i:i + 500]
            for url, h, first, versions in self.conn.execute(
                "SELECT canonical_url, content_hash, first_seen, versions FROM articles "
                f"WHERE canonical_url IN ({', '.join('?' * len(part))})", part):
                out[url] = (h, first, versions)
        return out

    @staticmethod
    def prepare(articles: Iterable[Any]) -> list[dict[str, Any]]:
        """The CPU work of ``upsert_many`` done before its transaction, without the database:
        normalised rows carrying their folded search forms and MinHash values, which
        ``upsert_many`` takes as they are. For writers that share the file with other
        processes (``scraper crawl --jobs``): the write lock is then held for the writes only."""
        rows = [_normalise(a) for a in articles]
        folded = search_forms([row["title"] for row in rows] + [row["body"] for row in rows])
        titles, bodies = folded[:len(rows)], folded[len(rows):]
        for row, title, body in zip(rows, titles, bodies):
            row[_PREPARED] = (title, body, clusters.signature_values(body))
        return rows

    def _index_rows(self, rows: list[Mapping[str, Any]]) -> None:
        """Search index and clusters of new or changed rows, in order. The body is folded once
        (``search_form``) for both, or before the transaction (``prepare``)."""
        if not rows:
            return
        if all(_PREPARED in row for row in rows):
            titles, folded, sigs = (list(x) for x in zip(*(row[_PREPARED] for row in rows)))
        else:
            sigs = None
            both = search_forms([row["title"] for row in rows] + [row["body"] for row in rows])
            titles, folded = both[:len(rows)], both[len(rows):]
        self._search_rows(rows, folded, titles)
        self._cluster_rows(rows, folded, sigs)

    def _search_rows(self, rows: list[Mapping[str, Any]], folded: list[str],
                     titles: list[str] | None = None) -> None:
        """The folded search rows, up to SEARCH_ROWS_PER_STATEMENT per INSERT statement. One
        statement per row would cost ~20% more FTS5 work: each statement that fires the
        shadow table's triggers opens a statement savepoint, and FTS5 writes its pending
        terms out as a new segment at every savepoint (one tiny segment per article, merged
        again later); one statement per batch writes one segment."""
        titles = titles or [search_form(row["title"]) for row in rows]
        values = [(row["canonical_url"], title, body)
                  for row, title, body in zip(rows, titles, folded)]
        for i in range(0, len(values), SEARCH_ROWS_PER_STATEMENT):
            part = values[i:i + SEARCH_ROWS_PER_STATEMENT]
            self.conn.execute(
                "INSERT INTO articles_search (canonical_url, title, body) VALUES "
                f"{', '.join(['(?, ?, ?)'] * len(part))} ON CONFLICT(canonical_url) "
                "DO UPDATE SET title = excluded.title, body = excluded.body",
                [v for row in part for v in row],
            )

    def _cluster_rows(self, rows: list[Mapping[str, Any]], folded: list[str], sigs: list | None = None) -> None:
        clusters.assign_many(self.conn, [(row["canonical_url"], body)
                                         for row, body in zip(rows, folded)], sigs)

    def reindex(self) -> int:
        """Re-fold every article into the search table and rebuild the FTS index (after a
        change to textnorm.fold). Returns the number of articles indexed."""
        c = self.conn
        n = 0
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM articles_search")
            c.execute("DELETE FROM article_clusters")
            c.execute("DELETE FROM article_lsh")
            rows = [{"canonical_url": url, "title": title or "", "body": body or ""}
                    for url, title, body in c.execute(
                        "SELECT canonical_url, title, body FROM articles").fetchall()]
            for i in range(0, len(rows), 200):
                self._index_rows(rows[i:i + 200])
            n = len(rows)
            c.execute("INSERT INTO articles_search_fts(articles_search_fts) VALUES ('rebuild')")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return n

    def get(self, canonical_url: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_ARTICLE_COLS)} FROM articles WHERE canonical_url = ?",
            (canonical_url,),
        ).fetchone()
        if row is None:
            return None
        d = dict(zip(_ARTICLE_COLS, row))
        for k in _JSON_FIELDS:
            d[k] = json.loads(d[k]) if d[k] else []
        return d

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def seen_urls(self, site: str | None = None) -> set[str]:
        """Every URL (as fetched, and canonical) already stored, optionally for one site."""
        if site is None:
            q1, q2, args = "SELECT url FROM article_urls", "SELECT url, canonical_url FROM articles", ()
        else:
            q1 = "SELECT url FROM article_urls WHERE site = ?"
            q2 = "SELECT url, canonical_url FROM articles WHERE site = ?"
            args = (site,)
        out = {r[0] for r in self.conn.execute(q1, args)}
        for url, canon in self.conn.execute(q2, args):
            out.add(url)
            out.add(canon)
        return out

    def known(self, url: str) -> bool:
        """Is *url* (exactly) a stored article's URL, canonical URL or alias?"""
        c = self.conn
        return (
            c.execute("SELECT 1 FROM article_urls WHERE url = ?", (url,)).fetchone() is not None
            or c.execute("SELECT 1 FROM articles WHERE canonical_url = ? OR url = ? LIMIT 1",
                         (url, url)).fetchone() is not None
        )

    # -- search
    def search(self, query: str, limit: int = 20, *, site: str | None = None,
               mark: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
        """Full-text search; every word of *query* must occur (folded: hamza, tashkeel,
        tatweel, alef maqsura and case do not matter). Best first (bm25, title weighted).
        Rows: canonical_url, title, site, published_at, snippet (original text), rank."""
        match = fts_query(query)
        if not match:
            return []
        sql = (
            f"SELECT a.canonical_url, a.title, a.site, a.published_at, a.body, {BM25} AS rank "
            "FROM articles_search_fts "
            "JOIN articles_search s ON s.id = articles_search_fts.rowid "
            "JOIN articles a ON a.canonical_url = s.canonical_url "
            "WHERE articles_search_fts MATCH ?"
        )
        args: list[Any] = [match]
        if site:
            sql += " AND a.site = ?"
            args.append(site)
        sql += " ORDER BY rank LIMIT ?"
        args.append(int(limit))
        terms = search_tokens(query)
        out = []
        for url, title, site_, published, body, rank in self.conn.execute(sql, args):
            out.append({
                "canonical_url": url,
                "title": title,
                "site": site_,
                "published_at": published,
                "snippet": make_snippet(body or "", terms, mark=mark),
                "rank": rank,
            })
        return out

    # -- crawl runs
    def start_run(self, spider: str, started_at: str | None = None,
                  owner: str | None = None) -> int:
        """A new ``crawl_runs`` row (finish_reason NULL: running). *owner* names the process
        (``scraper.lock.owner_id()``), so that a later run can tell its own runs from dead
        ones."""
        started = to_utc_iso(started_at) or utcnow()
        with self.db.atomic():
            cur = self.conn.execute(
                "INSERT INTO crawl_runs (spider, started_at, owner, heartbeat_at, items_new, "
                "items_updated, items_unchanged) VALUES (?, ?, ?, ?, 0, 0, 0)",
                (spider, started, owner, started),
            )
        return int(cur.lastrowid)

    def mark_interrupted(self, owner: str) -> list[dict[str, Any]]:
        """Runs still "running" (no finish) that belong to another process than *owner* are
        over: their process was killed. Call this only while holding the crawl lock of this
        database (``scraper.lock``): then no other process can be running a crawl here. Each
        becomes ``finish_reason = 'interrupted'``, ``finished_at`` = its last heartbeat; its
        counters keep what it stored. Returns the rows marked."""
        with self.db.atomic():
            rows = self.conn.execute(
                "SELECT id, spider, started_at, heartbeat_at, items_new, items_updated, "
                "items_unchanged FROM crawl_runs WHERE finish_reason IS NULL "
                "AND (owner IS NULL OR owner != ?) ORDER BY id", (owner,),
            ).fetchall()
            for r in rows:
                self.conn.execute(
                    "UPDATE crawl_runs SET finish_reason = 'interrupted', "
                    "finished_at = coalesce(heartbeat_at, started_at) WHERE id = ?", (r[0],),
                )
        keys = ("id", "spider", "started_at", "heartbeat_at", "items_new", "items_updated",
                "items_unchanged")
        return [dict(zip(keys, r)) for r in rows]

    def finish_run(self, run_id: int, reason: str | None, stats: Mapping[str, Any] | None = None,
                   finished_at: str | None = None) -> None:
        """Close a run. Counters come from the Scrapy stats (``articles/new``,
        ``articles/updated``, ``articles/unchanged``, ``item_dropped_count`` or
        ``articles/dropped_no_body``, errors: ``spider_log_count/ERROR`` + ``/CRITICAL`` when
        the pipeline counted them per spider, else ``log_count/ERROR``); the full stats are
        kept as JSON."""
        stats = dict(stats or {})

        def n(*keys: str) -> int:
            for k in keys:
                if stats.get(k) is not None:
                    try:
                        return int(stats[k])
                    except (TypeError, ValueError):
                        pass
            return 0

        with self.db.atomic():
            self.conn.execute(
                "UPDATE crawl_runs SET finished_at = ?, finish_reason = ?, items_new = ?, "
                "items_updated = ?, items_unchanged = ?, items_dropped = ?, errors = ?, stats = ? "
                "WHERE id = ?",
                (
                    to_utc_iso(finished_at) or utcnow(), reason,
                    n("articles/new"), n("articles/updated"), n("articles/unchanged"),
                    n("item_dropped_count", "articles/dropped_no_body"),
                    run_errors(stats),
                    json.dumps(stats, ensure_ascii=False, default=_json_default, sort_keys=True),
                    run_id,
                ),
            )

    def runs(self, limit: int = 10, spider: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM crawl_runs"     # a read-only older schema may lack columns
        args: list[Any] = []
        if spider:
            sql += " WHERE spider = ?"
            args.append(spider)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(int(limit))
        out = []
        cur = self.conn.execute(sql, args)
        names = [d[0] for d in cur.description]
        for row in cur:
            d = dict.fromkeys(RUN_COLUMNS)
            d.update(zip(names, row))
            d["stats"] = json.loads(d["stats"]) if d["stats"] else {}
            out.append(d)
        return out

    # -- overview
    def stats(self, runs: int = 10) -> dict[str, Any]:
        """{"articles": total, "sites": [{site, articles, newest_published, last_seen,
        first_seen}], "runs": [last *runs* crawl_runs rows, stats decoded]}"""
        sites = [
            {"site": s, "articles": n, "newest_published": p, "last_seen": ls, "first_seen": fs}
            for s, n, p, ls, fs in self.conn.execute(
                "SELECT site, count(*), max(published_at), max(last_seen), min(first_seen) "
                "FROM articles GROUP BY site ORDER BY count(*) DESC, site"
            )
        ]
        return {
            "articles": sum(s["articles"] for s in sites),
            "sites": sites,
            "runs": self.runs(runs),
        }
