"""One story, many outlets: near-duplicate article bodies share a ``cluster_id`` (no Scrapy).

Agency wires (MENA, QNA, WAM, SPA, Anadolu, AFP/Reuters in Arabic) appear nearly word for word on
many sites. Each body is turned into a MinHash (datasketch) of its word 3-shingles, the words
folded for search (``textnorm.fold_search``: hamza, tashkeel, ta marbuta, digits do not matter).
The LSH banding is datasketch's: ``MinHashLSH(threshold, num_perm)`` chooses the bands
(``b`` x ``r``) for the threshold; the buckets live in this SQLite file (``article_lsh``) rather
than in datasketch's in-memory or Redis storage, so that every process writing the archive
(cron crawls, ``--jobs``, scrapyd jobs) sees the same index inside its own write transaction.
Candidates from the buckets are confirmed by the estimated Jaccard similarity of the signatures
(>= ``THRESHOLD``); an article joins the cluster of its most similar confirmed candidate, else
starts its own. Computed incrementally by ``Store`` as articles are stored (``assign``).

Tables (schema migration 3, ``scraper/storage/schema.py``):
``article_clusters(canonical_url PK, cluster_id, signature)`` and
``article_lsh(band, key, canonical_url)``; the migration clusters an older archive once
(``backfill``).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from .textnorm import fold_search

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"      # datasketch's permutation scheme of the stored signatures (uint32)
SHINGLE = 3              # words per shingle
THRESHOLD = 0.5          # estimated Jaccard of shingle sets to be the same story
MIN_WORDS = 40           # shorter bodies are clustered alone (too little text to judge)
MAX_BUCKET = 50          # candidates read per band: bounded work when thousands share a text

@lru_cache(maxsize=1)
def _bands() -> list[tuple[int, int]]:
    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def shingles(text: str) -> set[str]:
    words = fold_search(text or "").split()
    if len(words) < MIN_WORDS:
        return set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash | None:
    sh = shingles(text)
    if not sh:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def _from_blob(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                   hashvalues=np.frombuffer(blob, dtype=np.uint32))


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets (0 when one is too short)."""
    ma, mb = signature(a), signature(b)
    return ma.jaccard(mb) if ma is not None and mb is not None else 0.0


_UNSET: Any = object()


def assign(conn: sqlite3.Connection, canonical_url: str, body: str, sig: Any = _UNSET) -> int:
    """(Re)compute the cluster of one stored article; returns its ``cluster_id``. Call inside
    the write transaction that stores the article. *sig*: ``signature(body)`` when the caller
    computed it already (outside the transaction: ``Store.prepare``)."""
    conn.execute("DELETE FROM article_lsh WHERE canonical_url = ?", (canonical_url,))
    m = signature(body) if sig is _UNSET else sig
    best_url, best_sim = None, THRESHOLD
    keys: list[tuple[int, bytes]] = []
    if m is not None:
        hv = m.hashvalues
        keys = [(i, hv[start:end].tobytes()) for i, (start, end) in enumerate(_bands())]
        candidates: set[str] = set()
        for band, key in keys:
            candidates.update(r[0] for r in conn.execute(
                "SELECT canonical_url FROM article_lsh WHERE band = ? AND key = ? LIMIT ?",
                (band, key, MAX_BUCKET)))
        candidates.discard(canonical_url)
        for url in sorted(candidates):
            row = conn.execute("SELECT signature FROM article_clusters WHERE canonical_url = ?",
                               (url,)).fetchone()
            if row is None or row[0] is None:
                continue
            sim = m.jaccard(_from_blob(row[0]))
            if sim >= best_sim:
                best_url, best_sim = url, sim
    cluster = None
    if best_url is not None:
        cluster = conn.execute("SELECT cluster_id FROM article_clusters WHERE canonical_url = ?",
                               (best_url,)).fetchone()[0]
    if cluster is None:
        old = conn.execute("SELECT cluster_id FROM article_clusters WHERE canonical_url = ?",
                           (canonical_url,)).fetchone()
        shared = old is not None and conn.execute(
            "SELECT count(*) FROM article_clusters WHERE cluster_id = ?", (old[0],)).fetchone()[0] > 1
        if old is not None and not shared:
            cluster = old[0]          # still alone: keep its id
        else:
            cluster = conn.execute(
                "SELECT coalesce(max(cluster_id), 0) + 1 FROM article_clusters").fetchone()[0]
    conn.execute(
        "INSERT INTO article_clusters (canonical_url, cluster_id, signature) VALUES (?, ?, ?) "
        "ON CONFLICT(canonical_url) DO UPDATE SET cluster_id = excluded.cluster_id, "
        "signature = excluded.signature",
        (canonical_url, cluster, None if m is None else m.hashvalues.tobytes()),
    )
    if keys:
        conn.executemany("INSERT INTO article_lsh (band, key, canonical_url) VALUES (?, ?, ?)",
                         [(b, k, canonical_url) for b, k in keys])
    return int(cluster)


def backfill(conn: sqlite3.Connection) -> int:
    """Cluster every stored article that has no cluster yet (oldest first)."""
    rows = conn.execute(
        "SELECT a.canonical_url, a.body FROM articles a "
        "LEFT JOIN article_clusters c ON c.canonical_url = a.canonical_url "
        "WHERE c.canonical_url IS NULL ORDER BY a.first_seen, a.rowid").fetchall()
    for url, body in rows:
        assign(conn, url, body or "")
    return len(rows)


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'article_clusters'").fetchone() is not None


def cluster_stats(conn: sqlite3.Connection) -> dict[str, int]:
    """``clusters``: stories told by more than one article; ``clustered_articles``: the
    articles in them; ``stories``: distinct stories (clusters of any size)."""
    if not _has_tables(conn):
        return {"clusters": 0, "clustered_articles": 0, "stories": 0}
    multi, members = conn.execute(
        "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM article_clusters "
        "GROUP BY cluster_id HAVING n > 1)").fetchone()
    stories = conn.execute("SELECT count(DISTINCT cluster_id) FROM article_clusters").fetchone()[0]
    return {"clusters": multi, "clustered_articles": members, "stories": stories}


def collapse(conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Search hits (best first, with ``canonical_url`` and ``site``) -> one hit per story, each
    with ``cluster_id`` and ``also_on``: the other sites that carry the same story."""
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    has = _has_tables(conn)
    for row in rows:
        d = dict(row)
        cid = None
        if has:
            r = conn.execute("SELECT cluster_id FROM article_clusters WHERE canonical_url = ?",
                             (d["canonical_url"],)).fetchone()
            cid = r[0] if r else None
        d["cluster_id"] = cid
        d["also_on"] = []
        if cid is not None:
            if cid in seen:
                continue
            seen.add(cid)
            d["also_on"] = [s for (s,) in conn.execute(
                "SELECT DISTINCT a.site FROM article_clusters c JOIN articles a "
                "ON a.canonical_url = c.canonical_url WHERE c.cluster_id = ? "
                "AND a.canonical_url != ? AND a.site != ? ORDER BY a.site",
                (cid, d["canonical_url"], d.get("site") or ""))]
        out.append(d)
    return out
