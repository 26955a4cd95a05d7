"""``scraper stats``: articles per site and the last crawl runs."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from typing import Any

from .common import DB_HELP, EXIT_OK, duration, open_store, resolve_db, table, unreadable


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("stats", help="articles per site and the last crawl runs")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--runs", type=int, default=10, help="how many runs to show (default 10)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--dark-after", type=int, metavar="N",
                   help="a site is dark when its last N runs stored nothing new (default: "
                        "DARK_AFTER_RUNS of the project settings, 3)")
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
    db = resolve_db(args.db)
    store, rc = open_store(db, "scraper stats")
    if store is None:
        return rc
    try:
        with store:
            data = store.stats(runs=args.runs)
            data["health"] = health_rows(store, args.dark_after)
            from ..clusters import cluster_stats
            data["clusters"] = cluster_stats(store.conn)
    except sqlite3.DatabaseError as e:
        return unreadable("scraper stats", db, e)
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
    print_health(data["health"])
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


# --------------------------------------------------------------------------- site health

def dark_after_runs(value: int | None = None) -> int:
    """--dark-after, else DARK_AFTER_RUNS of the project settings (read without Scrapy), else 3."""
    if value is not None:
        return max(1, value)
    import importlib

    from ..health import DEFAULT_DARK_AFTER_RUNS
    from .common import setup_project
    try:
        module = importlib.import_module(setup_project()[1])
        return max(1, int(getattr(module, "DARK_AFTER_RUNS", DEFAULT_DARK_AFTER_RUNS)))
    except Exception:
        return DEFAULT_DARK_AFTER_RUNS


def health_rows(store: Any, dark_after: int | None = None) -> list[dict[str, Any]]:
    from ..health import site_health
    return site_health(store, dark_after_runs(dark_after))


def print_health(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    n = rows[0]["dark_after_runs"]
    print()
    print(f"site health (last {n} runs per site):")
    print(table(
        ["site", "last new article", "new 24h", "new 7d", "runs", "new/run", "sel.miss",
         "blocked", "dark"],
        [[h["site"], h["last_new_article"] or "-", h["new_24h"], h["new_7d"], h["runs"],
          ",".join(str(x) for x in h["new_last_runs"]) or "-", h["selector_miss_last_runs"],
          ", ".join(f"{k} {v}" for k, v in h["blocked_last_runs"].items()) or "-",
          "DARK" if h["dark"] else ""] for h in rows],
        right={2, 3, 4, 6},
    ))
    dark = [h["site"] for h in rows if h["dark"]]
    if dark:
        print(f"dark: {', '.join(dark)}: nothing new in their last {n} runs (blocked? broken? "
              f"see `scraper check {' '.join(dark)}`)")
