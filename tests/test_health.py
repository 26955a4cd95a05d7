"""Site health over time: ``scraper.health.site_health`` on a real SQLite archive, ``scraper stats``
(table and ``--json``), and ``scraper crawl`` exiting 6 when a site that ran is dark (real crawls of
tests/sites/blocked on 127.0.0.1)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from scraper.health import dark_sites, site_health
from scraper.storage import Store
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 3, 10, 12, 0, 0, tzinfo=timezone.utc)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def article(site: str, n: int) -> dict:
    return {"url": f"https://{site}.test/news/{n}", "site": site, "title": f"t{n}",
            "body": f"body {n}"}


def run(store: Store, spider: str, new: int, when: datetime, stats: dict | None = None,
        finished: bool = True) -> None:
    rid = store.start_run(spider, started_at=iso(when))
    if finished:
        store.finish_run(rid, "finished", {"articles/new": new, **(stats or {})},
                         finished_at=iso(when + timedelta(minutes=5)))


@pytest.fixture()
def archive(tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as s:
        # alpha: articles an hour ago and five days ago; runs that keep storing
        s.upsert_many([article("alpha", 1)], now=iso(NOW - timedelta(days=5)))
        s.upsert_many([article("alpha", 2), article("alpha", 3)], now=iso(NOW - timedelta(hours=1)))
        for i, new in enumerate([1, 0, 2, 0]):
            run(s, "alpha", new, NOW - timedelta(hours=10 - i),
                {"site_selector_miss": 1, "blocked/http_429": 2} if i == 3 else None)
        # beta: one old article, then three runs with nothing new (blocked), plus one unfinished
        s.upsert_many([article("beta", 1)], now=iso(NOW - timedelta(days=20)))
        run(s, "beta", 3, NOW - timedelta(days=20))
        for i in range(3):
            run(s, "beta", 0, NOW - timedelta(hours=5 - i), {"blocked/cloudflare": 4})
        run(s, "beta", 0, NOW - timedelta(minutes=1), finished=False)
        # gamma: only two runs, nothing new: not enough runs to call it dark
        for i in range(2):
            run(s, "gamma", 0, NOW - timedelta(hours=3 - i))
    return db


def test_site_health_figures(archive):
    with Store(archive) as s:
        rows = {h["site"]: h for h in site_health(s, dark_after_runs=3, now=NOW)}
    assert set(rows) == {"alpha", "beta", "gamma"}
    a, b, g = rows["alpha"], rows["beta"], rows["gamma"]
    assert (a["articles"], a["new_24h"], a["new_7d"]) == (3, 2, 3)
    assert a["last_new_article"] == iso(NOW - timedelta(hours=1))
    assert a["new_last_runs"] == [0, 2, 0]                   # newest first, last 3 finished runs
    assert a["selector_miss_last_runs"] == 1 and a["blocked_last_runs"] == {"http_429": 2}
    assert a["dark"] is False
    assert (b["articles"], b["new_24h"], b["new_7d"]) == (1, 0, 0)
    assert b["new_last_runs"] == [0, 0, 0] and b["runs"] == 3     # the unfinished run is not counted
    assert b["blocked_last_runs"] == {"cloudflare": 12}
    assert b["dark"] is True
    assert (g["articles"], g["runs"], g["dark"]) == (0, 2, False)
    assert g["last_new_article"] is None


def test_dark_after_is_a_parameter(archive):
    assert dark_sites(archive, dark_after_runs=3) == ["beta"]
    assert dark_sites(archive, dark_after_runs=2) == ["beta", "gamma"]
    assert dark_sites(archive, dark_after_runs=1) == ["alpha", "beta", "gamma"]
    assert dark_sites(archive, ["alpha", "gamma"], dark_after_runs=2) == ["gamma"]


def test_empty_archive(tmp_path):
    with Store(tmp_path / "e.db") as s:
        assert site_health(s) == []


def scraper(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "scraper.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_stats_shows_health(archive):
    out = scraper("stats", "--db", str(archive))
    assert out.returncode == 0, out.stderr
    assert "site health (last 3 runs per site):" in out.stdout
    beta = next(ln for ln in out.stdout.splitlines() if ln.startswith("beta ") and "DARK" in ln)
    assert "cloudflare 12" in beta
    assert "dark: beta: nothing new in their last 3 runs" in out.stdout
    data = json.loads(scraper("stats", "--db", str(archive), "--json").stdout)
    assert [h["site"] for h in data["health"] if h["dark"]] == ["beta"]
    data = json.loads(scraper("stats", "--db", str(archive), "--json", "--dark-after", "2").stdout)
    assert [h["site"] for h in data["health"] if h["dark"]] == ["beta", "gamma"]


def test_crawl_exits_6_when_a_site_goes_dark(tmp_path):
    """DARK_AFTER_RUNS=2: the first crawl stores the good article (0), the second stores nothing
    new and logs an error (1: not dark yet, one of its last two runs stored something), the
    third stores nothing new again: dark, 6, which goes before 1."""
    db = tmp_path / "news.db"
    with SiteServer(ROOT / "tests" / "sites" / "blocked") as srv:
        def crawl(*starts: str) -> subprocess.CompletedProcess:
            return scraper("crawl", "generic", "--db", str(db),
                           "-a", "start=" + ",".join(srv.base + s for s in starts),
                           "-a", "since=all", "-s", "DARK_AFTER_RUNS=2", "-s", "DOWNLOAD_DELAY=0",
                           "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_TIMES=0",
                           "-s", "TELNETCONSOLE_ENABLED=0", "-s", "REMOTE_CONTROL_ENABLED=0",
                           "-s", f"LOG_FILE={tmp_path / 'crawl.log'}")
        first = crawl("/feed.xml")
        second = crawl("/feed.xml", "/missing-feed.xml")
        third = crawl("/feed.xml", "/missing-feed.xml")
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 1, second.stdout + second.stderr
    assert third.returncode == 6, third.stdout + third.stderr
    assert "dark: generic: nothing new in their last 2 runs" in third.stdout
    data = json.loads(scraper("stats", "--db", str(db), "--json", "--dark-after", "2").stdout)
    generic = next(h for h in data["health"] if h["site"] == "generic")
    assert generic["dark"] and generic["new_last_runs"] == [0, 0]
    assert generic["blocked_last_runs"]["cloudflare"] == 4
