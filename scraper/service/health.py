"""Per-site health of the archive, from ``articles`` and ``crawl_runs`` (no Scrapy, no Datasette).

Served as ``/-/health.json``. One entry per site (articles' ``site``) or spider
(``crawl_runs.spider``): the last new article (``max(first_seen)``), the last run and its
outcome, and ``dark``: the last *dark_after* finished runs of that spider all stored nothing new.
Kept in one function so that the project's shared site-health code can replace it.
"""
from __future__ import annotations

import sqlite3
from typing import Any

DARK_AFTER_RUNS = 3     # a site with no new article in its last 3 finished runs is dark


def run_outcome(run: dict[str, Any]) -> str:
    """``ok`` | ``errors`` | ``running`` | the finish reason when it is not ``finished``."""
    if not run.get("finished_at"):
        return "running"
    reason = run.get("finish_reason") or "unknown"
    if reason != "finished":
        return reason
    return "errors" if (run.get("errors") or 0) > 0 else "ok"


def site_health(conn: sqlite3.Connection, dark_after: int = DARK_AFTER_RUNS) -> list[dict[str, Any]]:
    sites: dict[str, dict[str, Any]] = {}
    for site, n, last_new, newest in conn.execute(
        "SELECT site, count(*), max(first_seen), max(published_at) FROM articles GROUP BY site"
    ):
        sites[site or ""] = {"site": site, "articles": n, "last_new_article": last_new,
                             "newest_published": newest}
    runs: dict[str, list[dict[str, Any]]] = {}
    cols = ("id", "spider", "started_at", "finished_at", "finish_reason", "items_new", "errors")
    for row in conn.execute(f"SELECT {', '.join(cols)} FROM crawl_runs ORDER BY id DESC"):
        r = dict(zip(cols, row))
        lst = runs.setdefault(r["spider"] or "", [])
        if len(lst) < max(dark_after, 1):
            lst.append(r)
    out = []
    for name in sorted(set(sites) | set(runs)):
        entry = sites.get(name) or {"site": name, "articles": 0, "last_new_article": None,
                                    "newest_published": None}
        recent = runs.get(name, [])
        finished = [r for r in recent if r["finished_at"]]
        last = recent[0] if recent else None
        entry["last_run"] = None if last is None else {
            "id": last["id"], "started_at": last["started_at"], "finished_at": last["finished_at"],
            "finish_reason": last["finish_reason"], "items_new": last["items_new"],
            "errors": last["errors"], "outcome": run_outcome(last),
        }
        entry["dark"] = (len(finished) >= dark_after
                         and all((r["items_new"] or 0) == 0 for r in finished[:dark_after]))
        out.append(entry)
    return out


def health_report(conn: sqlite3.Connection, dark_after: int = DARK_AFTER_RUNS) -> dict[str, Any]:
    sites = site_health(conn, dark_after)
    return {
        "ok": not any(s["dark"] or (s["last_run"] or {}).get("outcome") not in (None, "ok")
                      for s in sites),
        "dark_after_runs": dark_after,
        "sites": sites,
    }
