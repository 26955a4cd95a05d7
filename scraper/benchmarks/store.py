"""SQLite write speed of the archive: ``Store.upsert_many`` as the crawl's pipeline calls it.

    python -m scraper.benchmarks.store [--articles 2000] [--batch 50] [--corpus DIR]

Rows: the corpus's gold bodies (``manifest.jsonl``, field ``gold_paragraphs`` joined by newlines,
with ``gold_title``; 563 real articles in 30 languages, 13 of them Arabic), repeated under
distinct URLs until *articles* rows (so from the second round on every article has exact twins
in the archive: the clustering's candidate work is heavier than in a normal crawl, never
lighter). Each measure writes all rows into a NEW database file (WAL, ``synchronous=NORMAL``,
as the crawl opens it) in batches of *batch* (the pipeline's ``SQLITE_BATCH_SIZE``, 50), each
batch one ``upsert_many`` call with its ``crawl_runs`` row, and prints articles/s (rows /
wall seconds of the ``upsert_many`` calls) and articles per CPU second of this process (less
dependent on how busy the machine is):

``plain rows``       ``articles`` + ``article_urls`` + run counters (search index and clusters
                     switched off in a subclass; shows what the rest costs)
``+ FTS``            plus the folded ``articles_search`` row and its FTS5 index
``+ clustering``     plus MinHash/LSH near-duplicate clusters: everything the crawl does
``again, unchanged`` the same rows a second time into the full archive (a re-crawl: only
                     ``last_seen`` changes)
``floor``            the same title + body inserted straight into an FTS5 table with our
                     tokenizer, nothing else: what the FTS index alone costs
``peer``             sqlite-utils ``insert_all`` into a table with an FTS5 index on title and
                     body (the raw text, no folding, no clusters): what a user would build

The machine's load average is printed with the figures (they depend on it).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from ..storage import Store
from .site import find_corpus


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

    def _cluster_rows(self, rows, folded):
        return None


class _PlainRows(Store):
    """The Store without search index and clusters (benchmark switch)."""

    def _index_rows(self, rows):
        return None


def _fresh(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def write_rate(cls: type[Store], db: Path, rows: list[dict], batch: int,
               fresh: bool = True) -> tuple[float, float]:
    """(articles per wall second, articles per CPU second of this process)."""
    if fresh:
        _fresh(db)
    with cls(db) as st:
        run = st.start_run("bench")
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(rows), batch):
            st.upsert_many(rows[i:i + batch], run_id=run)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        st.finish_run(run, "finished")
    return len(rows) / dt, len(rows) / dc


def fts5_rate(db: Path, rows: list[dict], batch: int) -> tuple[float, float]:
    """The floor: the same title+body text inserted straight into an FTS5 table (our
    tokenizer), one transaction per batch, nothing else."""
    import sqlite3

    _fresh(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(title, body, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), batch):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO f (title, body) VALUES (?, ?)",
                         [(r["title"], r["body"]) for r in rows[i:i + batch]])
        conn.execute("COMMIT")
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    conn.close()
    return len(rows) / dt, len(rows) / dc


def peer_rate(db: Path, rows: list[dict], batch: int) -> tuple[float, float]:
    import sqlite_utils

    _fresh(db)
    d = sqlite_utils.Database(db)
    d.enable_wal()
    d.execute("PRAGMA synchronous = NORMAL")
    cols = ("canonical_url", "url", "site", "title", "body", "language", "authors",
            "published_at", "fetched_at")
    d["articles"].create({c: str for c in cols}, pk="canonical_url")
    d["articles"].enable_fts(["title", "body"], tokenize="unicode61 remove_diacritics 2",
                             create_triggers=True)
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(rows), batch):
        with d.conn:
            d["articles"].insert_all(
                ({**{c: r[c] for c in cols}, "authors": json.dumps(r["authors"], ensure_ascii=False)}
                 for r in rows[i:i + batch]), pk="canonical_url", replace=True)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    d.close()
    return len(rows) / dt, len(rows) / dc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.store", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=50, help="articles per upsert_many (pipeline: 50)")
    ap.add_argument("--corpus")
    ap.add_argument("--only", choices=("plain", "fts", "full", "floor", "peer"), action="append",
                    help="run only these measures (repeatable)")
    args = ap.parse_args(argv)
    rows = corpus_rows(find_corpus(args.corpus), args.articles)
    words = sum(len(r["body"].split()) for r in rows) / len(rows)
    print(f"{len(rows)} articles (corpus gold bodies, {words:.0f} words on average), "
          f"batches of {args.batch}, load average {os.getloadavg()[0]:.2f}", flush=True)
    only = set(args.only or ("plain", "fts", "full", "floor", "peer"))
    measures = [
        ("plain", "plain rows", lambda db: write_rate(_PlainRows, db, rows, args.batch)),
        ("fts", "+ FTS", lambda db: write_rate(_NoClusters, db, rows, args.batch)),
        ("full", "+ clustering (what the crawl does)",
         lambda db: write_rate(Store, db, rows, args.batch)),
        ("full", "again, all unchanged (a re-crawl)",
         lambda db: write_rate(Store, db, rows, args.batch, fresh=False)),
        ("floor", "floor: FTS5 insert of the same text alone", lambda db: fts5_rate(db, rows, args.batch)),
        ("peer", "peer: sqlite-utils insert_all + FTS5", lambda db: peer_rate(db, rows, args.batch)),
    ]
    print(f"  {'':44s} {'articles/s':>10s} {'per CPU-s':>10s}")
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        db = Path(tmp) / "news.db"
        for key, label, run in measures:
            if key in only:
                wall, cpu = run(db)
                print(f"  {label:44s} {wall:10.0f} {cpu:10.0f}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
