"""SQLite write speed of the archive: ``Store.upsert_many`` as the crawl's pipeline calls it.

    python -m scraper.benchmarks.store [--articles 2000] [--batch 50] [--repeat 3]
                                       [--before DIR] [--designs] [--corpus DIR]

Rows: the corpus's gold bodies (``manifest.jsonl``, field ``gold_paragraphs`` joined by newlines,
with ``gold_title``; 563 real articles in 30 languages, 13 of them Arabic), repeated under
distinct URLs until *articles* rows (so from the second round on every article has exact twins
in the archive: the clustering's candidate work is heavier than in a normal crawl, never
lighter). Each measure runs in a fresh Python process and writes all rows into a NEW database
file (WAL, ``synchronous=NORMAL``, as the crawl opens it) in batches of *batch* (the pipeline's
``SQLITE_BATCH_SIZE``, 50), each batch one ``upsert_many`` call with its ``crawl_runs`` row, and
prints articles/s (rows / wall seconds of the ``upsert_many`` calls and of closing the database,
whose last WAL checkpoint is write work too; the same for every row) and articles per CPU second
of that process (less dependent on how busy the machine is), the median of *repeat* runs:

``plain rows``       ``articles`` + ``article_urls`` + run counters (search index and clusters
                     switched off in a subclass; shows what the rest costs)
``+ FTS``            plus the folded ``articles_search`` row and its FTS5 index: the target
                     "SQLite writes with the FTS index"
``+ clustering``     plus MinHash/LSH near-duplicate clusters: everything the crawl does
``again, unchanged`` the same rows a second time into the full archive (a re-crawl: only
                     ``last_seen`` changes)
``floor``            the same title + body inserted straight into an FTS5 table with our
                     tokenizer, nothing else: what the FTS index alone costs
``peer``             sqlite-utils ``insert_all`` into a table with an FTS5 index on title and
                     body (the raw text, no folding, no clusters): what a user would build

``--before DIR``: the same measures of another checkout of the project (``DIR/scraper``, e.g.
``git archive <commit> scraper | tar -x -C DIR``), run alternately with this one (before, after,
before, after …) so that both see the same machine; printed side by side.

``--designs``: the FTS5 index alone under candidate designs, on the folded text (folding not
timed), each into a new file like the floor: tokenizer, ``detail``, ``columnsize``, contentless
vs external content, one INSERT per row (triggers) vs one per batch, transaction size and FTS5
``hashsize``/``automerge``, ``synchronous``, page and cache size, and in memory (no file at all);
merges left out of the batches and done once at the end of the run (timed with the run); each
with the index's segments at the end and the median time of a bm25 query on it.

The machine's load average is printed with the figures (they depend on it).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# absolute imports: with --before this file runs against another checkout's ``scraper``
from scraper.benchmarks.site import find_corpus
from scraper.storage import Store

try:
    from scraper.storage.schema import FTS_AUTOMERGE
except ImportError:         # a --before checkout older than schema 5: SQLite's default
    FTS_AUTOMERGE = 4

TOKENIZER = "unicode61 remove_diacritics 2"


def corpus_rows(corpus: Path, n: int) -> list[dict]:
    bodies = []
    for line in (corpus / "manifest.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        paras = [p for p in r.get("gold_paragraphs") or [] if p and p.strip()]
        if paras:
            bodies.append((r["id"], r.get("gold_title") or "", "\n".join(paras), r.get("lang")))
    rows = []
    for i in range(n):
        rid, title, body, lang = bodies[i % len(bodies)]
        url = f"https://bench{i % 23}.example/news/{i:07d}-{rid}"
        rows.append({"url": url + "?utm_source=feed", "canonical_url": url,
                     "site": f"bench{i % 23}", "title": title, "body": body,
                     "language": lang or "", "authors": ["مراسل"],
                     "published_at": "2026-01-15T08:00:00Z", "fetched_at": "2026-01-15T09:00:00Z"})
    return rows


class _NoClusters(Store):
    """The Store without clusters (benchmark switch)."""

    def _cluster_rows(self, *args, **kwargs):
        return None


class _PlainRows(Store):
    """The Store without search index and clusters (benchmark switch)."""

    def _index_rows(self, *args, **kwargs):
        return None


def _fresh(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def _deferred_merges(crisis: int, merge: bool = True) -> type[Store]:
    """The Store without clusters whose FTS5 index merges no segments during the batches
    (``automerge`` 0; ``crisismerge`` *crisis* bounds a level) and, with *merge*, merges them
    once when it closes (``'merge'`` commands, ``usermerge`` 8, until one does nothing): a
    design measured here, not the archive's."""

    class DeferredMerges(_NoClusters):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for k, v in (("automerge", 0), ("crisismerge", crisis), ("usermerge", 8)):
                self.conn.execute("INSERT INTO articles_search_fts(articles_search_fts, rank) "
                                  f"VALUES ('{k}', {v})")
            self.conn.commit()

        def close(self):
            if merge:
                merge_all(self.conn, "articles_search_fts")
                self.conn.commit()
            super().close()

    return DeferredMerges


def write_rate(cls: type[Store], db: Path, rows: list[dict], batch: int,
               fresh: bool = True) -> tuple[float, ...]:
    """(articles per wall second, articles per CPU second of this process[, the FTS5 index's
    segments after the run, median ms of a bm25 query (96 words x 5) on it]): the last two
    when the file has the index (not timed)."""
    import sqlite3

    if fresh:
        _fresh(db)
    st = cls(db)
    run = st.start_run("bench")
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), batch):
        st.upsert_many([dict(r) for r in rows[i:i + batch]], run_id=run)
    st.finish_run(run, "finished")
    st.close()              # timed: its last WAL checkpoint is work the writes left to do
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    conn = sqlite3.connect(db)
    try:
        if not conn.execute("SELECT count(*) FROM articles_search_fts").fetchone()[0]:
            return len(rows) / dt, len(rows) / dc
        table = "articles_search_fts"
        return (len(rows) / dt, len(rows) / dc, fts5_segments(conn, table),
                query_ms(conn, table, probe_words(rows)))
    finally:
        conn.close()


def full_and_again(db: Path, rows: list[dict], batch: int) -> tuple[float, float]:
    write_rate(Store, db, rows, batch)
    return write_rate(Store, db, rows, batch, fresh=False)


def fts5_rate(db: Path | None, rows: list[tuple[str, str]], batch: int, *,
              tokenize: str = TOKENIZER, options: str = "", content: str = "external",
              statement: str = "batch", config: dict[str, int] | None = None,
              pragmas: dict[str, str] | None = None, close: str = "",
              probe: list[str] | None = None) -> tuple[float, float, int, int, float]:
    """An FTS5 index of (title, body) *rows* alone, one transaction per *batch*: (articles/s,
    articles per CPU-s, file bytes, index segments at the end, median ms of a bm25 query for
    each word of *probe* (5 rounds; 0 without)). *content*: ``external`` (a shadow table with
    the text and triggers, as the archive), ``none`` (contentless) or ``internal`` (FTS5 keeps
    the text); *statement*: ``batch`` (one multi-row INSERT per batch) or ``row`` (one per
    row); *close*: ``merge`` (FTS5 ``'merge'`` commands until one does nothing) or
    ``optimize``, run after the last batch and timed (the run's own deferred merging); *db*
    None: in memory."""
    import sqlite3

    if db is not None:
        _fresh(db)
    conn = sqlite3.connect(":memory:" if db is None else db, isolation_level=None)
    for k, v in {"journal_mode": "WAL", "synchronous": "NORMAL", **(pragmas or {})}.items():
        conn.execute(f"PRAGMA {k} = {v}")
    target = "f"
    if content == "external":
        conn.execute("CREATE TABLE s (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
        conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(title, body, content=s, content_rowid=id, "
                     f"tokenize='{tokenize}'{options})")
        conn.execute("CREATE TRIGGER s_ai AFTER INSERT ON s BEGIN INSERT INTO f(rowid, title, body) "
                     "VALUES (new.id, new.title, new.body); END")
        target = "s"
    else:
        extra = ", content=''" if content == "none" else ""
        conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(title, body{extra}, "
                     f"tokenize='{tokenize}'{options})")
    for k, v in (config or {}).items():
        conn.execute(f"INSERT INTO f(f, rank) VALUES ('{k}', {int(v)})")
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), batch):
        part = rows[i:i + batch]
        conn.execute("BEGIN")
        if statement == "row":
            conn.executemany(f"INSERT INTO {target} (title, body) VALUES (?, ?)", part)
        else:
            conn.execute(f"INSERT INTO {target} (title, body) VALUES "
                         + ", ".join(["(?, ?)"] * len(part)), [x for r in part for x in r])
        conn.execute("COMMIT")
    if close == "optimize":
        conn.execute("INSERT INTO f(f) VALUES ('optimize')")
    elif close == "merge":
        merge_all(conn, "f")
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    segs, ms = fts5_segments(conn, "f"), query_ms(conn, "f", probe) if probe else 0.0
    t1, c1 = time.perf_counter(), time.process_time()
    conn.close()            # timed, with its last WAL checkpoint (as the archive's rows)
    dt, dc = dt + time.perf_counter() - t1, dc + time.process_time() - c1
    return (len(rows) / dt, len(rows) / dc, 0 if db is None else db.stat().st_size, segs, ms)


def merge_all(conn, table: str, pages: int = 2000) -> None:
    """FTS5 ``'merge'`` commands (*pages* each) until one does nothing (the documented test:
    ``total_changes`` grows by less than 2): the levels holding ``usermerge`` or more segments
    are merged, as far as they go."""
    while True:
        before = conn.total_changes
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', {int(pages)})")
        if conn.total_changes - before < 2:
            return


def _varint(b: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint (FTS5 records) at b[i]: (value, next offset)."""
    v = 0
    for _ in range(8):
        c = b[i]
        i += 1
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            return v, i
    return (v << 8) | b[i], i + 1


def fts5_segments(conn, table: str) -> int:
    """The number of b-tree segments of an FTS5 index: the count in its structure record
    (``%_data`` row 10: a 4-byte cookie, [a 4-byte V2 mark,] varint levels, varint segments),
    what a query reads through."""
    row = conn.execute(f"SELECT block FROM [{table}_data] WHERE id = 10").fetchone()
    if row is None:
        return 0
    blob = row[0]
    i = 8 if blob[4:8] == b"\xff\x00\x00\x01" else 4
    _levels, i = _varint(blob, i)
    return _varint(blob, i)[0]


def probe_words(rows: list[dict], n: int = 96) -> list[str]:
    """*n* folded words of 3+ characters from the bodies (fixed seed): search probes."""
    import random

    from scraper.textnorm import fold_search

    rnd = random.Random(7)
    words: list[str] = []
    while len(words) < n:
        w = fold_search(rnd.choice(rnd.choice(rows)["body"].split()))
        if len(w) > 2 and " " not in w and w not in words:
            words.append(w)
    return words


def query_ms(conn, table: str, words: list[str], rounds: int = 5) -> float:
    """Median milliseconds of a bm25-ranked MATCH (top 20) for each of *words*, *rounds* times."""
    times = []
    sql = (f"SELECT rowid, bm25([{table}], 5.0, 1.0) AS r FROM [{table}] "
           f"WHERE [{table}] MATCH ? ORDER BY r LIMIT 20")
    for _ in range(rounds):
        for w in words:
            t = time.perf_counter()
            conn.execute(sql, ('"' + w.replace('"', '""') + '"',)).fetchall()
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def peer_rate(db: Path, rows: list[dict], batch: int) -> tuple[float, float]:
    import sqlite_utils

    _fresh(db)
    d = sqlite_utils.Database(db)
    d.enable_wal()
    d.execute("PRAGMA synchronous = NORMAL")
    cols = ("canonical_url", "url", "site", "title", "body", "language", "authors",
            "published_at", "fetched_at")
    d["articles"].create({c: str for c in cols}, pk="canonical_url")
    d["articles"].enable_fts(["title", "body"], tokenize=TOKENIZER, create_triggers=True)
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), batch):
        with d.conn:
            d["articles"].insert_all(
                ({**{c: r[c] for c in cols}, "authors": json.dumps(r["authors"], ensure_ascii=False)}
                 for r in rows[i:i + batch]), pk="canonical_url", replace=True)
    d.close()
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    return len(rows) / dt, len(rows) / dc


MEASURES = [   # key, label, run(db, rows, batch) -> (articles/s, per CPU-s[, segments, query ms])
    ("plain", "plain rows (no search index, no clusters)",
     lambda db, rows, b: write_rate(_PlainRows, db, rows, b)),
    ("fts", "+ FTS (the target)", lambda db, rows, b: write_rate(_NoClusters, db, rows, b)),
    ("full", "+ clustering (what the crawl does)", lambda db, rows, b: write_rate(Store, db, rows, b)),
    ("again", "the same rows again, all unchanged", full_and_again),
    ("floor", "floor: FTS5 insert of the same text alone",
     lambda db, rows, b: fts5_rate(db, [(r["title"], r["body"]) for r in rows], b,
                                   content="internal", statement="row")[:2]),
    ("peer", "peer: sqlite-utils insert_all + FTS5", peer_rate),
    ("defer16", "+ FTS, merges at close, crisismerge 16",
     lambda db, rows, b: write_rate(_deferred_merges(16), db, rows, b)),
    ("defer64", "+ FTS, merges at close, crisismerge 64",
     lambda db, rows, b: write_rate(_deferred_merges(64), db, rows, b)),
    ("nomerge64", "+ FTS, crisismerge 64, no merge at close",
     lambda db, rows, b: write_rate(_deferred_merges(64, merge=False), db, rows, b)),
]
# measures that exist for a --before checkout too (the floor and the peer do not depend on it)
VERSIONED = ("plain", "fts", "full", "again")
# designs that are not the archive's: run only when named with --only
OPTIONAL = ("defer16", "defer64", "nomerge64")


DESIGNS = [   # label, fts5_rate keywords (text: "raw"; batch: a multiple of --batch)
    ("archive: folded text, external content, 1 INSERT per batch",
     {"config": {"automerge": FTS_AUTOMERGE}}),
    ("  same, 1 INSERT per row (per-row savepoints)", {"statement": "row"}),
    ("  raw text instead of folded", {"text": "raw"}),
    ("  tokenizer ascii (the text is folded already)", {"tokenize": "ascii"}),
    ("  tokenizer unicode61 remove_diacritics 0", {"tokenize": "unicode61 remove_diacritics 0"}),
    ("  detail=column (no phrase queries)", {"options": ", detail=column"}),
    ("  detail=none", {"options": ", detail=none"}),
    ("  columnsize=0 (bm25 re-reads the text)", {"options": ", columnsize=0"}),
    ("  contentless (no folded copy)", {"content": "none"}),
    ("  text inside FTS5 (content table of its own)", {"content": "internal"}),
    ("  transactions x10 (+ hashsize 64 MiB)", {"batch": 10, "config": {"hashsize": 64 << 20}}),
    ("  automerge 4 (SQLite's default; the archive before schema 5)", {"config": {"automerge": 4}}),
    ("  automerge 16", {"config": {"automerge": 16}}),
    ("  automerge 0 (merges left for later)", {"config": {"automerge": 0, "crisismerge": 10**6}}),
    ("  automerge 0, crisismerge 64, one merge at the end (timed)",
     {"config": {"automerge": 0, "crisismerge": 64, "usermerge": 8}, "close": "merge"}),
    ("  automerge 0, crisismerge 16, one merge at the end (timed)",
     {"config": {"automerge": 0, "crisismerge": 16, "usermerge": 8}, "close": "merge"}),
    ("  automerge 0, 'optimize' at the end (timed)",
     {"config": {"automerge": 0, "crisismerge": 64}, "close": "optimize"}),
    ("  pgsz 8000", {"config": {"pgsz": 8000}}),
    ("  synchronous=OFF (not durable: for scale only)", {"pragmas": {"synchronous": "OFF"}}),
    ("  page_size 8192", {"pragmas": {"page_size": 8192}}),
    ("  cache_size 64 MiB", {"pragmas": {"cache_size": -65536}}),
    ("  in memory, one transaction, 64 MiB hash (no file at all)",
     {"db": None, "batch": 0, "config": {"hashsize": 64 << 20}}),
]


def designs(rows: list[dict], batch: int, tmp: Path, repeat: int = 3,
            only: str = "") -> list[tuple[str, float, float, int, int, float]]:
    """The FTS5 index alone under candidate designs (see the module docstring): every design
    once per round, *repeat* rounds (so that a change of load hits all of them alike), the
    median printed with its ratio to the first row (per CPU second), the index's segments at
    the end and the median time of a bm25 query (96 words from the bodies, 5 rounds) on it."""
    from scraper.textnorm import fold_search

    texts = {"folded": [(fold_search(r["title"]), fold_search(r["body"])) for r in rows],
             "raw": [(r["title"], r["body"]) for r in rows]}
    cases = [c for i, c in enumerate(DESIGNS) if i == 0 or only.lower() in c[0].lower()]
    got: dict[str, list[tuple[float, float, int, int, float]]] = {label: [] for label, _ in cases}
    db = tmp / "design.db"
    probe = probe_words(rows)
    for _ in range(repeat):
        for label, kw in cases:
            kw = dict(kw)       # each row is the archive's design with its own changes
            kw["config"] = {**DESIGNS[0][1]["config"], **kw.get("config", {})}
            text = texts[kw.pop("text", "folded")]
            b = kw.pop("batch", 1)
            got[label].append(fts5_rate(kw.pop("db", db), text, b * batch if b else len(rows),
                                        probe=probe, **kw))
    out = []
    base = statistics.median(g[1] for g in got[cases[0][0]])
    for label, _ in cases:
        wall = statistics.median(g[0] for g in got[label])
        cpu = statistics.median(g[1] for g in got[label])
        size, segs = got[label][-1][2:4]
        ms = statistics.median(g[4] for g in got[label])
        out.append((label, wall, cpu, size, segs, ms))
        print(f"  {label:60s} {wall:7.0f} {cpu:9.0f} {cpu / base:6.2f} {size / 2**20:8.1f} "
              f"{segs:5d} {ms:8.2f}", flush=True)
    return out


def _warm_up(rows: list[dict]) -> None:
    """What a crawl pays once per process, not per article, done before the clock starts: the
    imports and tables of the first fold and the first clustering (datasketch's import alone
    takes ~1 s)."""
    from scraper import clusters
    from scraper import textnorm
    from scraper.textnorm import fold_search

    folded = fold_search(rows[0]["body"] * 3)
    if hasattr(textnorm, "nfkc"):            # its table and the batch table (not before e26cf85)
        textnorm.fold_search_many([rows[0]["body"], "…" * 600])
    clusters.signature_values(folded)
    for name in ("_bands", "_candidates_sql"):
        if hasattr(clusters, name):
            getattr(clusters, name)()


def _worker(args: argparse.Namespace) -> int:
    """One measure in this process (called by main in a fresh process): prints JSON."""
    rows = corpus_rows(find_corpus(args.corpus), args.articles)
    run = dict((k, f) for k, _label, f in MEASURES)[args.worker]
    _warm_up(rows)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        got = run(Path(tmp) / "news.db", rows, args.batch)
        print(json.dumps(got))
    return 0


def _spawn(key: str, tree: Path, args: argparse.Namespace) -> tuple[float, ...]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", key,
           "--articles", str(args.articles), "--batch", str(args.batch)]
    if args.corpus:
        cmd += ["--corpus", args.corpus]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=str(tree))
    if out.returncode:
        raise SystemExit(f"measure {key} of {tree} failed:\n{out.stderr[-2000:]}")
    return tuple(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.store", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=50, help="articles per upsert_many (pipeline: 50)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure (median printed)")
    ap.add_argument("--corpus")
    ap.add_argument("--before", help="another checkout of the project, measured alternately")
    ap.add_argument("--designs", action="store_true", help="also the FTS5 design table")
    ap.add_argument("--designs-only", metavar="WORD",
                    help="with --designs: only the designs whose label has WORD (and the first)")
    ap.add_argument("--only", choices=[k for k, *_ in MEASURES], action="append",
                    help="run only these measures (repeatable)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args)
    here = Path(__file__).resolve().parents[2]
    before = Path(args.before).resolve() if args.before else None
    if before is not None and not (before / "scraper" / "storage").is_dir():
        ap.error(f"--before {before}: no scraper/storage there")
    args.corpus = str(find_corpus(args.corpus).resolve())     # the workers run elsewhere
    rows = corpus_rows(Path(args.corpus), args.articles)
    words = sum(len(r["body"].split()) for r in rows) / len(rows)
    print(f"{len(rows)} articles (corpus gold bodies, {words:.0f} words on average), "
          f"batches of {args.batch}, median of {args.repeat}, load average "
          f"{os.getloadavg()[0]:.2f}", flush=True)
    only = set(args.only or [k for k, *_ in MEASURES if k not in OPTIONAL])
    head = f"  {'':44s} {'articles/s':>10s} {'per CPU-s':>10s}"
    if before is not None:
        head += f"   {'before/s':>9s} {'per CPU-s':>10s}   {'ratio':>5s} {'CPU':>5s}"
    print(head)
    for key, label, _run in MEASURES:
        if key not in only:
            continue
        trees = [("after", here)] + ([("before", before)] if before and key in VERSIONED else [])
        got: dict[str, list[tuple[float, ...]]] = {name: [] for name, _ in trees}
        for _ in range(args.repeat):
            for name, tree in reversed(trees):          # before first, then after
                got[name].append(_spawn(key, tree, args))
        med = {name: [statistics.median(g[i] for g in v) for i in range(min(map(len, v)))]
               for name, v in got.items()}
        line = f"  {label:44s} {med['after'][0]:10.0f} {med['after'][1]:10.0f}"
        if "before" in med:
            b = med["before"]
            line += (f"   {b[0]:9.0f} {b[1]:10.0f}   {med['after'][0] / b[0]:5.2f} "
                     f"{med['after'][1] / b[1]:5.2f}")
        if len(med["after"]) > 2:     # the index after the run (of after, the last run)
            line += f"   segments {got['after'][-1][2]}, query {med['after'][3]:.2f} ms"
        print(line, flush=True)
    if args.designs:
        print(f"\nFTS5 alone, {len(rows)} articles, transactions of {args.batch} unless said, "
              f"median of {args.repeat} rounds (load average {os.getloadavg()[0]:.2f}):")
        print(f"  {'':60s} {'art./s':>7s} {'per CPU-s':>9s} {'ratio':>6s} {'file MiB':>8s} "
              f"{'segs':>5s} {'query ms':>8s}")
        with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
            designs(rows, args.batch, Path(tmp), args.repeat, args.designs_only or "")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
