"""``/-/health.json``: the figures of ``scraper stats`` per site (``scraper.health.site_health``:
last new article, new in 24 h / 7 d, new per recent run, ``dark``), plus the outcome of each
site's last run from ``crawl_runs`` (no Scrapy, no Datasette)."""
from __future__ import annotations

import sqlite3
from typing import Any

from ..health import DEFAULT_DARK_AFTER_RUNS, site_health


def run_outcome(run: dict[str, Any]) -> str:
    """``ok`` | ``errors`` | ``running`` | the finish reason when it is not ``finished``."""
    if not run.get("finished_at"):
        return "running"
    reason = run.get("finish_reason") or "unknown"
    if reason != "finished":
        return reason
    return "errors" if (run.get("errors") or 0) > 0 else "ok"


def last_runs(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """The newest run of every spider (finished or not)."""
    cols = ("id", "spider", "started_at", "finished_at", "finish_reason", "items_new", "errors")
    out: dict[str, dict[str, Any]] = {}
    for row in conn.execute(
        f"SELECT {', '.join(cols)} FROM crawl_runs WHERE id IN "
        "(SELECT max(id) FROM crawl_runs GROUP BY spider)"
    ):
        r = dict(zip(cols, row))
        r["outcome"] = run_outcome(r)
        out[r.pop("spider") or ""] = r
    return out


def health_report(conn: sqlite3.Connection,
                  dark_after: int = DEFAULT_DARK_AFTER_RUNS) -> dict[str, Any]:
    sites = site_health(conn, dark_after)
    runs = last_runs(conn)
    for s in sites:
        s["last_run"] = runs.get(s["site"])
    return {
        "ok": not any(s["dark"] or (s["last_run"] or {}).get("outcome") not in (None, "ok")
                      for s in sites),
        "dark_after_runs": dark_after,
        "sites": sites,
    }
