"""The database schema, its versions and migrations, and the check that a file is ours.

Versions
--------
The schema version lives in SQLite's ``PRAGMA user_version``. Version 0 with no tables is an
empty (new) database; a file made by the code of before versioning (``user_version`` 0 but
our tables) is recognised by its tables as version 1 and stamped when a writer opens it.

``check_database(path)`` reads the file without writing anything (header bytes, then SQLite
opened read-only) and raises ``DatabaseRefused`` (one line for the operator) when it is not
SQLite, is truncated or damaged, is SQLite but not our schema (for example somebody else's
``articles`` table), or has a ``user_version`` newer than ``SCHEMA_VERSION``. Writers call it
BEFORE their first write (no WAL switch, no table created on a foreign file); ``migrate()``
repeats the check inside its write transaction.

Adding a migration (one entry)
------------------------------
Append ``Migration(N, "what it adds", apply)`` to ``MIGRATIONS`` where *N* is the last version
+ 1 and *apply* is one SQL statement (``str``) or a callable ``apply(conn)`` taking the
``sqlite3.Connection`` inside the migration's transaction (for several statements). ``SCHEMA_VERSION`` follows the list.
Rules: never edit a migration that has shipped (databases already carry its version); write
each step so that it also works on a database that already has the change (``IF NOT EXISTS``,
``add_columns`` below), because unversioned files are recognised by their tables; keep the
DDL frozen here (do not build it from ``store.ARTICLE_COLUMNS``, which follows the latest
version). A migration that adds a table the program cannot work without may also add it to
``REQUIRED`` so that a damaged file is refused.
"""
from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseRefused(Exception):
    """The file at the database path is not ours (or not readable): ``str()`` is one line
    for the operator. Nothing was written to the file."""


class Migration(NamedTuple):
    version: int
    summary: str
    apply: str | Callable[[sqlite3.Connection], None]


# --------------------------------------------------------------------------- migrations

def add_columns(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    """``ALTER TABLE … ADD COLUMN`` for each of *columns* (name -> SQL type) not there yet."""
    have = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
    for name, sqltype in columns.items():
        if name not in have:
            conn.execute(f"ALTER TABLE [{table}] ADD COLUMN [{name}] {sqltype}")


def _v1_initial(conn: sqlite3.Connection) -> None:
    """The schema as first shipped (sqlite-utils DDL; frozen)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["articles"].create(
        {
            "canonical_url": str, "url": str, "site": str, "title": str, "description": str,
            "body": str, "authors": str, "published_at": str, "modified_at": str,
            "section": str, "tags": str, "language": str, "image_url": str,
            "fetched_at": str, "content_hash": str, "first_seen": str, "last_seen": str,
            "versions": int,
        },
        pk="canonical_url", not_null={"url", "first_seen", "last_seen"},
        defaults={"versions": 1}, if_not_exists=True,
    )
    db["articles"].create_index(["site", "published_at"], if_not_exists=True)
    db["articles"].create_index(["url"], if_not_exists=True)
    db["article_urls"].create(
        {"url": str, "canonical_url": str, "site": str, "first_seen": str},
        pk="url", not_null={"canonical_url"}, if_not_exists=True,
    )
    db["article_urls"].create_index(["site"], if_not_exists=True)
    db["article_urls"].create_index(["canonical_url"], if_not_exists=True)
    db["articles_search"].create(
        {"id": int, "canonical_url": str, "title": str, "body": str},
        pk="id", not_null={"canonical_url"}, if_not_exists=True,
    )
    db["articles_search"].create_index(["canonical_url"], unique=True, if_not_exists=True)
    db["crawl_runs"].create(
        {
            "id": int, "spider": str, "started_at": str, "finished_at": str,
            "finish_reason": str, "items_new": int, "items_updated": int,
            "items_unchanged": int, "items_dropped": int, "errors": int, "stats": str,
        },
        pk="id", if_not_exists=True,
    )
    # Deleting an article (from any client) removes its search row and aliases; the FTS
    # index follows the shadow table through sqlite-utils' (plain SQL) triggers.
    conn.execute(
        "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
        "DELETE FROM articles_search WHERE canonical_url = old.canonical_url; "
        "DELETE FROM article_urls WHERE canonical_url = old.canonical_url; END"
    )
    if not db["articles_search_fts"].exists():
        db["articles_search"].enable_fts(
            ["title", "body"], tokenize="unicode61 remove_diacritics 2", create_triggers=True,
        )


def _v2_run_accounting(conn: sqlite3.Connection) -> None:
    """Who runs a crawl (``owner``: host, pid, token) and its last sign of life
    (``heartbeat_at``, set at each flush), so that the next run can mark a killed run
    ``interrupted`` with what it stored."""
    add_columns(conn, "crawl_runs", {"owner": "TEXT", "heartbeat_at": "TEXT"})


def _v3_clusters(conn: sqlite3.Connection) -> None:
    """Near-duplicate stories (``scraper/clusters.py``): each article's ``cluster_id`` and
    MinHash signature, and the LSH buckets. (The articles already stored were clustered here
    until migration 6 changed the bucket rows; migration 6 clusters them now.)"""
    for sql in (
        "CREATE TABLE IF NOT EXISTS article_clusters ("
        " canonical_url TEXT PRIMARY KEY, cluster_id INTEGER NOT NULL, signature BLOB)",
        "CREATE INDEX IF NOT EXISTS article_clusters_cluster ON article_clusters(cluster_id)",
        "CREATE TABLE IF NOT EXISTS article_lsh ("
        " band INTEGER NOT NULL, key BLOB NOT NULL, canonical_url TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS article_lsh_key ON article_lsh(band, key)",
        "CREATE INDEX IF NOT EXISTS article_lsh_url ON article_lsh(canonical_url)",
        "CREATE TRIGGER IF NOT EXISTS articles_ad_clusters AFTER DELETE ON articles BEGIN "
        "DELETE FROM article_clusters WHERE canonical_url = old.canonical_url; "
        "DELETE FROM article_lsh WHERE canonical_url = old.canonical_url; END",
    ):
        conn.execute(sql)


def _v4_resign(conn: sqlite3.Connection) -> None:
    """Cluster signatures of version 2 (``scraper/clusters.py``: shingle hashes computed in
    numpy instead of SHA-1 per shingle string). The re-signing (every stored signature
    recomputed, cluster ids kept) is done by migration 6 since the bucket rows changed there:
    a file older than version 4 is re-signed by it."""


# FTS5 merges a level's index segments into one once it holds ``automerge`` of them (default 4).
# With 8, each term list is rewritten less often as the archive grows (log8 instead of log4
# levels): 1.06-1.09x the articles per CPU second with the FTS index (``python -m
# scraper.benchmarks.store`` rows in one process, load 5-9; 16 gained no more). Queries read up to
# 7 segments per level instead of 3: on 6,000 articles 12 segments instead of 8, a bm25 MATCH
# query 0.50 ms instead of 0.43 ms (median of 96 words x 5; 16: 22 segments, 0.57 ms). Same
# results (bm25 does not depend on the segments). Kept in the index's config table, so every
# writer follows it.
FTS_AUTOMERGE = 8
_V5_AUTOMERGE = ("INSERT INTO articles_search_fts(articles_search_fts, rank) "
                 f"VALUES ('automerge', {FTS_AUTOMERGE})")


def _v6_lsh_buckets(conn: sqlite3.Connection) -> None:
    """``article_lsh(bucket INTEGER, article INTEGER)``: one row per band of a signature, the
    band's 64-bit bucket hash and the ``rowid`` of the article's ``article_clusters`` row
    (``clusters.buckets``), instead of (band, 20-byte key, canonical_url): the same buckets with
    two small integer indexes (clustering's LSH inserts and lookups ~1.4-1.9x cheaper). The
    rows are rebuilt from the stored signatures; a file older than version 4 is re-signed
    first (signatures of version 1), and articles without a cluster (older than version 3)
    are clustered. The delete trigger finds the rows through the article's cluster row."""
    from ..clusters import backfill, rebucket, resign

    found = int(conn.execute("PRAGMA user_version").fetchone()[0])    # set after the last step
    for sql in (
        "DROP TRIGGER IF EXISTS articles_ad_clusters",
        "DROP TABLE IF EXISTS article_lsh",
        "CREATE TABLE article_lsh (bucket INTEGER NOT NULL, article INTEGER NOT NULL)",
        "CREATE INDEX article_lsh_bucket ON article_lsh(bucket)",
        "CREATE INDEX article_lsh_article ON article_lsh(article)",
        "CREATE TRIGGER articles_ad_clusters AFTER DELETE ON articles BEGIN "
        "DELETE FROM article_lsh WHERE article = "
        "(SELECT rowid FROM article_clusters WHERE canonical_url = old.canonical_url); "
        "DELETE FROM article_clusters WHERE canonical_url = old.canonical_url; END",
    ):
        conn.execute(sql)
    if found < 4:
        resign(conn)
    else:
        rebucket(conn)
    backfill(conn)


def _v7_paywalled(conn: sqlite3.Connection) -> None:
    """``articles.paywalled``: 1 where the page said its story is for subscribers (its structured
    data, or a paywall's cut-off notice under the lead: ``Article.paywalled``), 0 where it did not;
    NULL for the rows stored before (not known)."""
    add_columns(conn, "articles", {"paywalled": "INTEGER"})


MIGRATIONS: list[Migration] = [
    Migration(1, "articles, aliases, folded search table + FTS5, crawl runs", _v1_initial),
    Migration(2, "crawl_runs.owner and heartbeat_at (interrupted runs)", _v2_run_accounting),
    Migration(3, "article_clusters + article_lsh (near-duplicate stories)", _v3_clusters),
    Migration(4, "cluster signatures recomputed (numpy shingle hashing)", _v4_resign),
    Migration(5, f"FTS5 automerge {FTS_AUTOMERGE} (fewer segment merges per write)", _V5_AUTOMERGE),
    Migration(6, "LSH rows as (64-bit bucket, article rowid): smaller indexes", _v6_lsh_buckets),
    Migration(7, "articles.paywalled (the page says the story is for subscribers)", _v7_paywalled),
]
SCHEMA_VERSION = MIGRATIONS[-1].version

# Tables (and the columns) without which a file is not ours. Version 1 recognises the
# unversioned files of before; later versions only add to it.
REQUIRED: dict[str, set[str]] = {
    "articles": {
        "canonical_url", "url", "site", "title", "description", "body", "authors",
        "published_at", "modified_at", "section", "tags", "language", "image_url",
        "fetched_at", "content_hash", "first_seen", "last_seen", "versions",
    },
    "article_urls": {"url", "canonical_url", "site", "first_seen"},
    "articles_search": {"id", "canonical_url", "title", "body"},
    "articles_search_fts": {"title", "body"},
    "crawl_runs": {
        "id", "spider", "started_at", "finished_at", "finish_reason", "items_new",
        "items_updated", "items_unchanged", "items_dropped", "errors", "stats",
    },
}


# --------------------------------------------------------------------------- checks

def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]


def _missing(conn: sqlite3.Connection, tables: Iterable[str]) -> list[str]:
    """What of REQUIRED is missing: ``table`` or ``table.column`` entries."""
    present = set(tables)
    out: list[str] = []
    for table, cols in REQUIRED.items():
        if table not in present:
            out.append(table)
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        out += [f"{table}.{c}" for c in sorted(cols - have)]
    return out


def _short(items: list[str], n: int = 4) -> str:
    return ", ".join(items[:n]) + (f" and {len(items) - n} more" if len(items) > n else "")


def schema_version(conn: sqlite3.Connection, label: str | os.PathLike = "database") -> int:
    """The schema version of the open database: 0 = empty (no tables, ours to create),
    else 1..SCHEMA_VERSION. Raises DatabaseRefused when it is not ours or too new."""
    try:
        uv = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = _tables(conn)
        if uv > SCHEMA_VERSION:
            raise DatabaseRefused(
                f"{label} has schema version {uv}, newer than this program knows "
                f"({SCHEMA_VERSION}); upgrade arabic-news-scraper to use it")
        if uv < 0:
            raise DatabaseRefused(f"{label} is not an arabic-news-scraper database "
                                  f"(user_version {uv})")
        if uv == 0 and not tables:
            return 0
        missing = _missing(conn, tables)
    except sqlite3.DatabaseError as e:
        raise DatabaseRefused(f"{label} cannot be read as SQLite: {e}") from None
    if missing:
        if uv == 0:
            what = "tables " + _short(sorted(tables)) if tables else "no tables"
            raise DatabaseRefused(
                f"{label} is not an arabic-news-scraper database (it has {what}; "
                f"missing {_short(missing)})")
        raise DatabaseRefused(f"{label} says schema version {uv} but lacks {_short(missing)}")
    return max(uv, 1)


def file_uri(path: str | os.PathLike, **params: str) -> str:
    """``file:`` URI for sqlite3.connect(uri=True); the path is percent-encoded."""
    uri = "file:" + quote(str(Path(path).absolute()))
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


_HEADER_FDS: dict[tuple[int, int], int] = {}   # (device, inode) -> a descriptor kept open
_HEADER_FDS_MAX = 32


def _read_header(path: Path) -> bytes:
    """The first 100 bytes of *path*, read through a descriptor this process keeps open for
    that file. Closing any descriptor of a file drops every POSIX lock the process holds on it,
    its SQLite connections' included (https://www.sqlite.org/howtocorrupt.html, 2.2): SQLite
    then believes it still holds its shared lock, and another process that closes its last
    connection gets the exclusive lock, checkpoints and deletes the WAL under this process's
    connections (SQLITE_CORRUPT: seen with ``crawl --jobs`` when a worker opened a spider's
    Store, which checks the header, while another spider of it was writing). Kept open, never
    closed while in use: at most _HEADER_FDS_MAX files, the oldest let go first."""
    st = os.stat(path)
    kept = _HEADER_FDS.get((st.st_dev, st.st_ino))
    if kept is None:
        kept = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        st = os.fstat(kept)          # the file the descriptor has (the path may have changed since)
        _HEADER_FDS.setdefault((st.st_dev, st.st_ino), kept)    # (a lost race: one more kept open)
        while len(_HEADER_FDS) > _HEADER_FDS_MAX:
            os.close(_HEADER_FDS.pop(next(iter(_HEADER_FDS))))
    return os.pread(kept, 100, 0)


def check_header(path: Path) -> int | None:
    """The checks that need no SQLite: None if there is no file, 0 for an empty file (SQLite
    treats it as a new database), else the page size. Raises DatabaseRefused."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise DatabaseRefused(f"{path} cannot be read: {e.strerror or e}") from None
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a directory, not a database file")
    try:
        head = _read_header(path)
    except OSError as e:
        raise DatabaseRefused(f"{path} cannot be read: {e.strerror or e}") from None
    if not head:
        return 0
    if head[:16] != SQLITE_MAGIC[: len(head[:16])]:
        raise DatabaseRefused(f"{path} is not an SQLite database (its first bytes are not "
                              f"the SQLite header)")
    if len(head) < 100:
        raise DatabaseRefused(f"{path} is truncated ({len(head)} bytes, shorter than the "
                              f"SQLite header)")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseRefused(f"{path} is damaged (invalid page size in its header)")
    change, pages, valid_for = struct.unpack(">I", head[24:28])[0], \
        struct.unpack(">I", head[28:32])[0], struct.unpack(">I", head[92:96])[0]
    # The in-header page count is valid when its change counter matches; a WAL file may hold
    # pages the main file does not have yet, so only a file without WAL content is measured.
    if change == valid_for and pages and not _has_wal(path) and st.st_size < pages * page_size:
        have = st.st_size // page_size
        raise DatabaseRefused(f"{path} is truncated ({st.st_size} bytes: {have} of {pages} "
                              f"pages)")
    return page_size


def check_database(path: str | os.PathLike) -> int | None:
    """Is the file at *path* ours? Writes nothing. Returns None when there is no file, 0 for
    an empty database (no tables yet), else its schema version (1..SCHEMA_VERSION; an
    unversioned file of ours counts as 1). Raises DatabaseRefused with one line otherwise."""
    path = Path(path)
    size = check_header(path)
    if size is None:
        return None
    if size == 0 and not _has_wal(path):
        return 0
    # Without WAL content the file alone is the database: read it as immutable, which
    # creates no -wal/-shm beside a file that may be somebody else's. With WAL content,
    # read-only through SQLite's WAL index (as every reader does).
    mode = {"mode": "ro"} if _has_wal(path) else {"immutable": "1"}
    try:
        conn = sqlite3.connect(file_uri(path, **mode), uri=True)
    except sqlite3.Error as e:
        raise DatabaseRefused(f"{path} cannot be opened: {e}") from None
    try:
        return schema_version(conn, path)
    finally:
        conn.close()


def migrate(conn: sqlite3.Connection, label: str | os.PathLike = "database") -> tuple[int, int]:
    """Bring the open database to SCHEMA_VERSION in one write transaction (the check is
    repeated inside it, so two writers cannot both create the schema). Returns (version
    found, version now)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(conn, label)
        for m in MIGRATIONS:
            if m.version > found:
                if callable(m.apply):
                    m.apply(conn)
                else:
                    conn.execute(m.apply)
        if found != SCHEMA_VERSION or int(conn.execute("PRAGMA user_version").fetchone()[0]) \
                != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found, SCHEMA_VERSION
