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
starts its own. Computed incrementally by ``Store`` as articles are stored (``assign_many``).

Hashing the shingles (signature version 2, schema migration 4)
--------------------------------------------------------------
datasketch hashes every value through a Python call (``hashfunc``, SHA-1 by default) before its
vectorised permutations: ~1,000 shingles per news body made that, and building each shingle
string, the bulk of the write time (~3 ms of ~4 ms per article). Here the 32-bit input hash of
each shingle is computed in numpy over the whole folded body instead (``shingle_hashes``: a
polynomial hash of each word's code points, mixed, three word hashes combined per shingle); the
MinHash itself is datasketch's ``affine32`` scheme unchanged (its MurmurHash3 pre-mix and affine
permutations from ``MinHash(num_perm, seed).permutations``, minimum per permutation), applied to
those input hashes in numpy. ``tests/test_clusters.py`` checks that the result equals
``datasketch.MinHash(hashfunc=int).update_batch(shingle_hashes)`` bit for bit, so the signatures
are datasketch MinHashes (``signature()`` returns one), and the band layout is
``MinHashLSH``'s. Signatures of version 1 (SHA-1 of each shingle string) are recomputed by schema
migration 4 (``resign``).

datasketch's two tables (``tables``)
-------------------------------------
The band ranges of ``MinHashLSH(THRESHOLD, NUM_PERM)`` and the permutations of
``MinHash(NUM_PERM, SEED, SCHEME)`` are pure functions of those constants and of the installed
datasketch (scipy, numpy). Computing them imports datasketch and the scipy under it: ~1 s of
CPU in every crawl process, the largest part of the serial start-up before ``--jobs`` forks.
They are computed with datasketch once and kept in a JSON file of ``cache_dir()`` whose name
and contents carry that key; later processes read it and import neither (``tests/test_clusters.py``
checks the values read against datasketch's).

Tables (schema migrations 3 and 6, ``scraper/storage/schema.py``):
``article_clusters(canonical_url PK, cluster_id, signature)`` and
``article_lsh(bucket, article)``: one row per band of each signature, ``bucket`` a 64-bit hash
of (band number, the band's MinHash values) (``buckets``) and ``article`` the ``rowid`` of the
article's ``article_clusters`` row. Until migration 6 a row was (band, key BLOB of the band's
values, canonical_url): the same buckets, but the two indexes held a 20-byte blob and a URL per
row instead of two integers; inserting the 25 rows and reading the candidates cost ~1.9x and
~1.4x as much CPU. Two different (band, values) sharing a 64-bit bucket (odds ~2**-64 per
pair) only add a candidate, which still has to reach THRESHOLD on its signature. The
migrations cluster an older archive once (``backfill``).
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

from .textnorm import fold_search

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"      # datasketch's permutation scheme of the stored signatures (uint32)
SHINGLE = 3              # words per shingle
THRESHOLD = 0.5          # estimated Jaccard of shingle sets to be the same story
MIN_WORDS = 40           # shorter bodies are clustered alone (too little text to judge)
MAX_BUCKET = 50          # candidates read per band: bounded work when thousands share a text
CHUNK = 4096             # shingles permuted at once (bounds the temporary array: 2 MiB)

_U64 = np.uint64
_R = _U64(0x100000001B3)                 # odd multiplier of the per-word polynomial hash
_W1, _W2 = _U64(0x9E3779B97F4A7C15), _U64(0xC2B2AE3D27D4EB4F)   # shingle = w1*W1 + w2*W2 + w3
_FMIX64 = (_U64(33), _U64(0xFF51AFD7ED558CCD), _U64(0xC4CEB9FE1A85EC53))
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


TABLES_FORMAT = 1        # of the cached tables' file (``tables``)


def _tables_key() -> dict[str, Any]:
    """What the two datasketch tables are a function of: our parameters and the versions of
    datasketch and of the libraries it computes them with (scipy's ``quad`` for the bands,
    numpy's ``RandomState`` for the permutations). Read from the installed packages' metadata,
    without importing them."""
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "none"
    return {"format": TABLES_FORMAT, "threshold": THRESHOLD, "num_perm": NUM_PERM, "seed": SEED,
            "scheme": SCHEME, "datasketch": ver("datasketch"), "scipy": ver("scipy"),
            "numpy": ver("numpy")}


def cache_dir() -> Path:
    """Where the computed tables are kept: ``$SCRAPER_CACHE_DIR``, else the user's cache folder
    (platformdirs: ``~/.cache/arabic-news-scraper`` on Linux)."""
    env = os.environ.get("SCRAPER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("arabic-news-scraper", appauthor=False))


def _tables_path(key: Mapping[str, Any]) -> Path:
    name = "minhash-tables-{num_perm}-{seed}-{scheme}-t{threshold}-datasketch{datasketch}-scipy{scipy}-numpy{numpy}-v{format}.json"
    return cache_dir() / name.format(**key)


def _compute_tables() -> tuple[list[tuple[int, int]], np.ndarray]:
    from datasketch import MinHash, MinHashLSH
    bands = [(int(s), int(e)) for s, e in MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges]
    return bands, MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _read_tables(path: Path, key: Mapping[str, Any]) -> tuple[list[tuple[int, int]], np.ndarray] | None:
    """The tables of a cache file, None when it is missing, unreadable, for another key or not
    of the shape datasketch gives (bands: contiguous ranges of one width r, b * r <= NUM_PERM;
    permutations: 2 x NUM_PERM values below 2**32, the multipliers non-zero)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != dict(key):
            return None
        bands = [(int(s), int(e)) for s, e in data["bands"]]
        perms = data["permutations"]
        r = bands[0][1] - bands[0][0]
        if r < 1 or bands != [(i * r, (i + 1) * r) for i in range(len(bands))] or len(bands) * r > NUM_PERM:
            return None
        if (len(perms) != 2 or any(len(row) != NUM_PERM for row in perms)
                or not all(isinstance(v, int) and 0 <= v < 2 ** 32 for row in perms for v in row)
                or 0 in perms[0]):
            return None
        return bands, np.array(perms, dtype=np.uint32)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _write_tables(path: Path, key: Mapping[str, Any], bands: list[tuple[int, int]],
                  perms: np.ndarray) -> None:
    """Write the cache file atomically (a temporary file renamed over it: processes computing
    it at the same time each write a whole file); a folder that cannot be written is no error
    (the next process computes the tables again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"key": dict(key), "bands": bands, "permutations": perms.tolist()}, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


@lru_cache(maxsize=1)
def tables() -> tuple[list[tuple[int, int]], np.ndarray]:
    """datasketch's two tables for our parameters: ``MinHashLSH(THRESHOLD, NUM_PERM)``'s band
    ranges and ``MinHash(NUM_PERM, SEED, SCHEME)``'s permutation parameters (a, b). Both are
    pure functions of ``_tables_key``, but computing them means importing datasketch and the
    scipy under it (~1 s of CPU, the bulk of a crawl's serial start-up before ``--jobs``
    forks), so they are computed with datasketch once and kept in a small JSON file of
    ``cache_dir()`` named after the key; every later process reads that file.
    ``tests/test_clusters.py`` checks that the values read equal datasketch's."""
    key = _tables_key()
    path = _tables_path(key)
    got = _read_tables(path, key)
    if got is None:
        got = _compute_tables()
        _write_tables(path, key, *got)
    return got


def _bands() -> list[tuple[int, int]]:
    """MinHashLSH's band ranges [(start, end)] (``tables``)."""
    return tables()[0]


def _permutations() -> np.ndarray:
    """datasketch's permutation parameters (a, b) for NUM_PERM/SEED/SCHEME (``tables``;
    ``MinHash()`` draws them again at every construction otherwise)."""
    return tables()[1]


POWERS_KEPT = 1024       # _R ** i kept for words up to this long (8 KiB); longer: computed per call
_powers = np.ones(1, dtype=_U64)


def _powers_upto(n: int) -> np.ndarray:
    """_R ** i (mod 2**64) for i < n. Words up to POWERS_KEPT characters use a table kept
    between calls (grown on demand); a longer word (a text without spaces, a base64 blob) gets
    a table of its own for that call, so that the kept one stays bounded."""
    global _powers
    if len(_powers) >= n:
        return _powers
    size = max(n, min(2 * len(_powers), POWERS_KEPT), 64)
    p = np.full(size, _R, dtype=_U64)
    p[0] = 1
    p = np.cumprod(p, dtype=_U64)       # (uint64 arrays wrap around without a warning)
    if size <= POWERS_KEPT:
        _powers = p
    return p


def _fmix64(h: np.ndarray) -> np.ndarray:
    s, m1, m2 = _FMIX64
    h = h ^ (h >> s)
    h *= m1
    h ^= h >> s
    h *= m2
    h ^= h >> s
    return h


def shingle_hashes(folded: str) -> np.ndarray | None:
    """The 32-bit input hash of every word 3-shingle of *folded* (a ``fold_search`` text: words
    separated by single spaces), in order, duplicates included (MinHash takes minima, so a set
    is not needed); None when it has fewer than MIN_WORDS words. Vectorised: the code points of
    the whole text at once, each word hashed as sum(c_i * R**i) mod 2**64 over its characters.
    (Array arithmetic on uint64/uint32 wraps around mod 2**64/2**32 without warnings.)"""
    if not folded:
        return None
    c = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    spaces = np.flatnonzero(c == 32)
    if len(spaces) + 1 < MIN_WORDS:
        return None
    starts = np.empty(len(spaces) + 1, dtype=np.intp)
    starts[0] = 0
    starts[1:] = spaces + 1
    # position of each character inside its word: its index minus its word's start (a space
    # gets the distance to the previous word's start; its product is zeroed below)
    lengths = np.diff(starts, append=len(c) + 1)
    pos = np.arange(len(c), dtype=np.intp)
    pos -= np.repeat(starts, lengths)[:len(c)]
    x = c.astype(_U64)
    x *= _powers_upto(int(lengths.max())).take(pos)
    x[spaces] = 0
    w = _fmix64(np.add.reduceat(x, starts))     # one hash per word
    h = w[:-2] * _W1
    h += w[1:-1] * _W2
    h += w[2:]
    h ^= h >> _U64(32)
    return h.astype(np.uint32)


_SCRATCH = threading.local()     # per thread: numpy releases the GIL inside its loops


def _minhash_values(hv: np.ndarray) -> np.ndarray:
    """datasketch's ``affine32`` MinHash of input hashes *hv*: the MurmurHash3 32-bit finalizer,
    then ``a_k * h + b_k`` (mod 2**32) for each permutation k, minimum over *hv*. The
    (shingles x permutations) products go into one scratch array kept between calls (a new
    2 MiB array per call was mapped and faulted in afresh each time)."""
    s1, m1, s2, m2 = _FMIX32
    a, b = _permutations()
    scratch = getattr(_SCRATCH, "array", None)
    if scratch is None:
        scratch = _SCRATCH.array = np.empty(CHUNK * NUM_PERM, dtype=np.uint32)
    out = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    h = hv ^ (hv >> s1)
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s1
    for i in range(0, len(h), CHUNK):
        part = h[i:i + CHUNK]
        phv = scratch[:NUM_PERM * len(part)].reshape(NUM_PERM, len(part))
        np.multiply(a[:, None], part, out=phv)      # one row per permutation: the minimum
        phv += b[:, None]                            # runs along contiguous memory
        np.minimum(out, phv.min(axis=1), out=out)
    return out


def signature_values(folded: str) -> np.ndarray | None:
    """The MinHash values (uint32[NUM_PERM]) of a folded body, None when too short."""
    hv = shingle_hashes(folded)
    return None if hv is None else _minhash_values(hv)


def _minhash(values: np.ndarray) -> MinHash:
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=values,
                   permutations=_permutations())


def signature(text: str) -> MinHash | None:
    """The datasketch MinHash of a body (original text), None when too short."""
    values = signature_values(fold_search(text or ""))
    return None if values is None else _minhash(values)


def _from_blob(blob: bytes) -> MinHash:
    return _minhash(np.frombuffer(blob, dtype=np.uint32))


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets (0 when one is too short)."""
    ma, mb = signature(a), signature(b)
    return ma.jaccard(mb) if ma is not None and mb is not None else 0.0


@lru_cache(maxsize=1)
def _candidates_sql() -> str:
    """One statement for the LSH lookup of all bands (each band's bucket read up to
    MAX_BUCKET rows, as one query per band did), with each candidate's signature and cluster."""
    one = "SELECT article FROM (SELECT article FROM article_lsh WHERE bucket = ? LIMIT ?)"
    return ("SELECT c.canonical_url, c.signature, c.cluster_id FROM article_clusters c "
            f"WHERE c.rowid IN ({' UNION '.join([one] * len(_bands()))})")


_BUCKET_MUL = _U64(0x9E3779B97F4A7C15)


def buckets(values: np.ndarray) -> list[int]:
    """The LSH bucket of each band of a signature (MinHashLSH's bands, ``_bands``): a 64-bit
    hash (as SQLite's signed INTEGER) of the band number and the band's values, each value
    mixed in turn (h = fmix64(h * M + value))."""
    bands = _bands()
    width = bands[0][1] - bands[0][0]               # datasketch's bands are all r wide
    v = values[:len(bands) * width].reshape(len(bands), width).astype(_U64)
    h = np.arange(len(bands), dtype=_U64)
    for j in range(width):
        h = _fmix64(h * _BUCKET_MUL + v[:, j])
    return h.view(np.int64).tolist()


def _insert_buckets(conn: sqlite3.Connection, article: int, values: np.ndarray) -> None:
    conn.executemany("INSERT INTO article_lsh (bucket, article) VALUES (?, ?)",
                     [(b, article) for b in buckets(values)])


def assign(conn: sqlite3.Connection, canonical_url: str, body: str) -> int:
    """(Re)compute the cluster of one stored article; returns its ``cluster_id``. Call inside
    the write transaction that stores the article."""
    return assign_many(conn, [(canonical_url, fold_search(body or ""))])[0]


def assign_many(conn: sqlite3.Connection, items: Sequence[tuple[str, str]],
                sigs: Sequence[np.ndarray | None] | None = None) -> list[int]:
    """``assign`` for several stored articles, in order, given as (canonical_url, folded body)
    (``fold_search`` of the body, as stored in the search table): the signatures are computed
    first, then each article is clustered against everything stored before it (including the
    earlier ones of *items*). Returns their cluster ids. *sigs*: their ``signature_values``
    when the caller computed them already (outside the transaction: ``Store.prepare``)."""
    if sigs is None:
        sigs = [signature_values(folded) for _, folded in items]
    return [_assign_one(conn, url, values) for (url, _), values in zip(items, sigs)]


def _assign_one(conn: sqlite3.Connection, canonical_url: str, values: np.ndarray | None) -> int:
    old = conn.execute("SELECT rowid, cluster_id FROM article_clusters WHERE canonical_url = ?",
                       (canonical_url,)).fetchone()
    if old is not None:
        conn.execute("DELETE FROM article_lsh WHERE article = ?", (old[0],))
    best_cluster, best_sim = None, THRESHOLD
    if values is not None:
        args: list[Any] = []
        for b in buckets(values):
            args += (b, MAX_BUCKET)
        found = sorted(r for r in conn.execute(_candidates_sql(), args)
                       if r[0] != canonical_url and r[1] is not None)
        for _url, blob, cluster in found:         # datasketch's MinHash.jaccard, vectorised
            sim = np.count_nonzero(np.frombuffer(blob, dtype=np.uint32) == values) / NUM_PERM
            if sim >= best_sim:
                best_cluster, best_sim = cluster, sim
    cluster = best_cluster
    if cluster is None:
        shared = old is not None and conn.execute(
            "SELECT count(*) FROM article_clusters WHERE cluster_id = ?", (old[1],)).fetchone()[0] > 1
        if old is not None and not shared:
            cluster = old[1]          # still alone: keep its id
        else:
            cluster = conn.execute(
                "SELECT coalesce(max(cluster_id), 0) + 1 FROM article_clusters").fetchone()[0]
    rowid = conn.execute(
        "INSERT INTO article_clusters (canonical_url, cluster_id, signature) VALUES (?, ?, ?) "
        "ON CONFLICT(canonical_url) DO UPDATE SET cluster_id = excluded.cluster_id, "
        "signature = excluded.signature RETURNING rowid",
        (canonical_url, cluster, None if values is None else values.tobytes()),
    ).fetchall()[0][0]
    if values is not None:
        _insert_buckets(conn, rowid, values)
    return int(cluster)


def resign(conn: sqlite3.Connection, batch: int = 200) -> int:
    """Recompute every stored signature and its LSH buckets with this module's hashing,
    keeping each article's ``cluster_id`` (schema migration 4: signatures of version 1 hashed
    each shingle string with SHA-1). Returns the number of articles re-signed."""
    conn.execute("DELETE FROM article_lsh")
    n, last = 0, ""
    while True:
        rows = conn.execute(
            "SELECT c.rowid, c.canonical_url, a.body FROM article_clusters c JOIN articles a "
            "ON a.canonical_url = c.canonical_url WHERE c.canonical_url > ? "
            "ORDER BY c.canonical_url LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return n
        for rowid, url, body in rows:
            values = signature_values(fold_search(body or ""))
            conn.execute("UPDATE article_clusters SET signature = ? WHERE rowid = ?",
                         (None if values is None else values.tobytes(), rowid))
            if values is not None:
                _insert_buckets(conn, rowid, values)
        n += len(rows)
        last = rows[-1][1]


def rebucket(conn: sqlite3.Connection) -> int:
    """The LSH rows of every stored signature again (schema migration 6: the bucket layout),
    in the order the articles were clustered. Returns the number of signatures."""
    conn.execute("DELETE FROM article_lsh")
    n, last = 0, 0
    while True:
        rows = conn.execute(
            "SELECT rowid, signature FROM article_clusters WHERE rowid > ? "
            "AND signature IS NOT NULL ORDER BY rowid LIMIT 500", (last,)).fetchall()
        if not rows:
            return n
        for rowid, blob in rows:
            _insert_buckets(conn, rowid, np.frombuffer(blob, dtype=np.uint32))
        n += len(rows)
        last = rows[-1][0]


def backfill(conn: sqlite3.Connection) -> int:
    """Cluster every stored article that has no cluster yet (oldest first)."""
    rows = conn.execute(
        "SELECT a.canonical_url, a.body FROM articles a "
        "LEFT JOIN article_clusters c ON c.canonical_url = a.canonical_url "
        "WHERE c.canonical_url IS NULL ORDER BY a.first_seen, a.rowid").fetchall()
    for i in range(0, len(rows), 200):
        assign_many(conn, [(url, fold_search(body or "")) for url, body in rows[i:i + 200]])
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
