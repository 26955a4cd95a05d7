"""Site health over time, from what the archive already records (no Scrapy, no schema change):
``articles.first_seen`` (when each article was first stored) and ``crawl_runs`` (one row per
spider run: ``items_new`` and the run's Scrapy stats as JSON, with ``site_selector_miss`` and
``blocked/<kind>``).

    site_health(db, dark_after_runs=3, now=None) -> list[dict]   one row per site
    dark_sites(db, sites=None, dark_after_runs=3) -> list[str]

*db* is a ``sqlite3.Connection``, anything with a ``.conn`` (``Store``), or a path (opened
read-only by ``scraper.storage.connect_readonly``). Used by ``scraper stats``, by ``scraper crawl`` (exit code 6 when a site that just
ran is dark) and by the service's health page.

A site is **dark** when it has at least ``dark_after_runs`` finished runs and the last
``dark_after_runs`` of them stored nothing new: blocked, broken or abandoned, it is telling
nobody. Sites are keyed by spider name (``crawl_runs.spider``), which is also the ``site`` of the
articles of the site spiders; the ``generic`` spider stores its articles under their host names,
so those appear as their own rows (with article figures only).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

DEFAULT_DARK_AFTER_RUNS = 3

__all__ = ["DEFAULT_DARK_AFTER_RUNS", "site_health", "dark_sites", "connect"]


def connect(db: Any) -> tuple[sqlite3.Connection, bool]:
    """(connection, opened here?) for a connection, a Store or a path (read-only)."""
    if isinstance(db, sqlite3.Connection):
        return db, False
    conn = getattr(db, "conn", None)
    if isinstance(conn, sqlite3.Connection):
        return conn, False
    from .storage import connect_readonly   # checked to be ours, read-only, never written
    return connect_readonly(Path(db)), True


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _num(v: Any) -> int:
    try:
        return int(v or 0)
    except (TypeError, ValueError):
        return 0


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def _article_figures(conn: sqlite3.Connection, now: datetime) -> dict[str, dict[str, Any]]:
    if not _has_table(conn, "articles"):
        return {}
    day, week = _iso(now - timedelta(days=1)), _iso(now - timedelta(days=7))
    out = {}
    for site, n, last, d1, d7 in conn.execute(
            "SELECT site, count(*), max(first_seen), "
            "sum(first_seen >= ?), sum(first_seen >= ?) FROM articles GROUP BY site",
            (day, week)):
        out[site or ""] = {"articles": n, "last_new_article": last, "new_24h": d1 or 0,
                           "new_7d": d7 or 0}
    return out


def _last_runs(conn: sqlite3.Connection, per_site: int) -> dict[str, list[dict[str, Any]]]:
    """The last *per_site* finished runs of every spider, newest first."""
    if not _has_table(conn, "crawl_runs") or per_site <= 0:
        return {}
    rows = conn.execute(
        "SELECT spider, id, started_at, finished_at, finish_reason, items_new, stats FROM ("
        " SELECT *, row_number() OVER (PARTITION BY spider ORDER BY id DESC) AS rn"
        " FROM crawl_runs WHERE finished_at IS NOT NULL"
        ") WHERE rn <= ? ORDER BY spider, id DESC", (per_site,))
    out: dict[str, list[dict[str, Any]]] = {}
    for spider, rid, started, finished, reason, new, stats_json in rows:
        try:
            stats = json.loads(stats_json) if stats_json else {}
        except ValueError:
            stats = {}
        blocked = {k[len("blocked/"):]: _num(v) for k, v in stats.items()
                   if k.startswith("blocked/") and _num(v)}
        out.setdefault(spider or "", []).append({
            "id": rid, "started_at": started, "finished_at": finished, "finish_reason": reason,
            "new": _num(new), "selector_miss": _num(stats.get("site_selector_miss")),
            "blocked": blocked,
        })
    return out


def site_health(db: Any, dark_after_runs: int = DEFAULT_DARK_AFTER_RUNS,
                now: datetime | None = None) -> list[dict[str, Any]]:
    """One dict per site, sorted by name: ``site``, ``articles``, ``last_new_article`` (when its
    newest article was first stored, ISO UTC), ``new_24h``, ``new_7d``, ``runs`` (how many of
    its last ``dark_after_runs`` finished runs exist), ``last_run_at``, ``new_last_runs`` (new
    articles per run, newest first), ``selector_miss_last_runs``, ``blocked_last_runs``
    ({kind: n} over those runs), ``dark`` and ``dark_after_runs``."""
    n = max(1, int(dark_after_runs))
    now = now or datetime.now(timezone.utc)
    conn, opened = connect(db)
    try:
        arts = _article_figures(conn, now)
        runs = _last_runs(conn, n)
    finally:
        if opened:
            conn.close()
    out = []
    for site in sorted(set(arts) | set(runs)):
        a = arts.get(site, {"articles": 0, "last_new_article": None, "new_24h": 0, "new_7d": 0})
        r = runs.get(site, [])
        blocked: dict[str, int] = {}
        for run in r:
            for k, v in run["blocked"].items():
                blocked[k] = blocked.get(k, 0) + v
        out.append({
            "site": site, **a,
            "runs": len(r),
            "last_run_at": r[0]["started_at"] if r else None,
            "new_last_runs": [run["new"] for run in r],
            "selector_miss_last_runs": sum(run["selector_miss"] for run in r),
            "blocked_last_runs": dict(sorted(blocked.items(), key=lambda kv: (-kv[1], kv[0]))),
            "dark": len(r) >= n and all(run["new"] == 0 for run in r),
            "dark_after_runs": n,
        })
    return out


def dark_sites(db: Any, sites: Iterable[str] | None = None,
               dark_after_runs: int = DEFAULT_DARK_AFTER_RUNS) -> list[str]:
    """The dark sites (all, or those among *sites*), sorted."""
    wanted = set(sites) if sites is not None else None
    return [h["site"] for h in site_health(db, dark_after_runs)
            if h["dark"] and (wanted is None or h["site"] in wanted)]
