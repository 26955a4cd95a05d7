"""``scraper stats``: articles per site and the last crawl runs."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import DB_HELP, EXIT_FAIL, EXIT_OK, duration, open_store, resolve_db, table


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("stats", help="articles per site and the last crawl runs")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--runs", type=int, default=10, help="how many runs to show (default 10)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=run)
    return p


_STANDARD_RUN_KEYS = {"articles/new", "articles/updated", "articles/unchanged"}


def interesting_run_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """Per-site / extraction stats worth showing beside the run counters: everything the
    spiders and pipeline put under ``articles/``, ``site_``/``site/``, and anything about
    selector misses, consent walls, problems and download exceptions."""
    out = {}
    for k, v in sorted(stats.items()):
        if k in _STANDARD_RUN_KEYS:
            continue
        if (k.startswith(("articles/", "site_", "site/", "extract/", "problem/"))
                or any(w in k for w in ("selector_miss", "consent", "no_body"))
                or k in ("downloader/exception_count", "item_dropped_count")
                or k.startswith("spider_exceptions/")):
            out[k] = v
    return out


def run(args: argparse.Namespace) -> int:
    store = open_store(resolve_db(args.db))
    if store is None:
        return EXIT_FAIL
    with store:
        data = store.stats(runs=args.runs)
        from ..clusters import cluster_stats
        data["clusters"] = cluster_stats(store.conn)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{data['articles']} articles")
    c = data["clusters"]
    if c["clusters"]:
        print(f"{c['clusters']} stor{'y' if c['clusters'] == 1 else 'ies'} on several outlets "
              f"({c['clustered_articles']} articles)")
    if data["sites"]:
        print()
        print(table(
            ["site", "articles", "newest published", "last seen"],
            [[s["site"], s["articles"], s["newest_published"], s["last_seen"]] for s in data["sites"]],
            right={1},
        ))
    if data["runs"]:
        print()
        print(f"last {len(data['runs'])} runs:")
        rows = []
        for r in data["runs"]:
            st = r["stats"] or {}
            rows.append([
                r["id"], r["spider"], r["started_at"], r["finish_reason"] or "(running?)",
                st.get("response_received_count", ""), r["items_new"], r["items_updated"],
                r["items_unchanged"], r["items_dropped"], r["errors"],
                duration(st.get("elapsed_time_seconds")),
            ])
        print(table(
            ["run", "spider", "started", "reason", "pages", "new", "upd", "same", "dropped",
             "errors", "time"],
            rows, right={0, 4, 5, 6, 7, 8, 9, 10},
        ))
        for r in data["runs"]:
            extra = interesting_run_stats(r["stats"] or {})
            if extra:
                print(f"  run {r['id']} {r['spider']}: "
                      + ", ".join(f"{k}={v}" for k, v in extra.items()))
    else:
        print("no crawl runs recorded")
    return EXIT_OK
