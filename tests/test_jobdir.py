"""``scraper crawl --jobdir DIR`` (scraper/crawling/jobdir.py): each spider's pending requests and
request fingerprints in Scrapy's disk queues and a SQLite file under DIR/<spider>, not in memory;
the folder removed when the spider finished, kept and resumed when it was stopped. Real crawls
of a loopback site (tests/sites/akhbar's article pages under 30 URLs) in subprocesses."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from scraper.crawling.jobdir import spider_jobdir
from scraper.dupefilter import FILE
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "sites" / "akhbar" / "articles"
# pages without a <link rel=canonical>: each URL is its own stored article
PAGES = ["ai-lab.html", "arab-summit.html", "book-fair.html", "water-project.html",
         "secret-report.html"]
N = 30


def _site(tmp_path: Path) -> tuple[dict, list[str]]:
    site = tmp_path / "site"
    site.mkdir()
    routes, paths = {}, []
    for i in range(N):
        name = PAGES[i % len(PAGES)]
        (site / name).write_bytes((ARTICLES / name).read_bytes())
        path = f"/news/2025/03/{10 + i % 10}/story-{1000 + i}.html"
        routes[path] = {"file": name, "headers": {"Content-Type": "text/html; charset=utf-8"}}
        paths.append(path)
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        'sitemap/0.9">' + "".join(f"<url><loc>__BASE__{p}</loc></url>" for p in paths)
        + "</urlset>", encoding="utf-8")
    routes["/sitemap.xml"] = {"file": "sitemap.xml", "headers": {"Content-Type": "application/xml"}}
    return routes, paths


def _crawl(tmp_path: Path, base: str, jobs: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", "crawl", "generic", "--db", str(tmp_path / "news.db"),
         "--jobdir", str(jobs), "-a", f"start={base}/sitemap.xml", "-a", "since=all",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
         "-s", "CONCURRENT_REQUESTS=2", *extra],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def _runs(tmp_path: Path) -> list[tuple[str, dict]]:
    conn = sqlite3.connect(tmp_path / "news.db")
    try:
        return [(r, json.loads(s)) for r, s in conn.execute(
            "SELECT finish_reason, stats FROM crawl_runs ORDER BY rowid")]
    finally:
        conn.close()


def _stored(tmp_path: Path) -> set[str]:
    conn = sqlite3.connect(tmp_path / "news.db")
    try:
        return {u.split("127.0.0.1", 1)[1].split("/", 1)[1] for (u,) in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()


def test_crawl_with_jobdir_queues_on_disk_and_removes_the_folder_when_finished(tmp_path: Path):
    routes, paths = _site(tmp_path)
    jobs = tmp_path / "jobs"
    with SiteServer(tmp_path / "site", routes) as srv:
        proc = _crawl(tmp_path, srv.base, jobs)
        fetched = sorted(p for _, p, status, _ in srv.log if p.startswith("/news/") and status == 200)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert fetched == sorted(paths)                              # each article once
    assert _stored(tmp_path) == {p.lstrip("/") for p in paths}
    (reason, stats), = _runs(tmp_path)
    assert reason == "finished"
    # every article request waited in Scrapy's disk queue, none in memory
    assert stats.get("scheduler/enqueued/disk", 0) >= N
    assert stats.get("scheduler/enqueued/memory", 0) == 0
    assert "scheduler/unserializable" not in stats
    assert jobs.is_dir() and not spider_jobdir(jobs, "generic").exists()   # nothing pending


def test_stopped_crawl_keeps_its_jobdir_and_the_next_run_resumes_it(tmp_path: Path):
    routes, paths = _site(tmp_path)
    jobs = tmp_path / "jobs"
    folder = spider_jobdir(jobs, "generic")
    with SiteServer(tmp_path / "site", routes) as srv:
        first = _crawl(tmp_path, srv.base, jobs, "-s", "CLOSESPIDER_PAGECOUNT=10")
        n_first = len(srv.log)
        assert first.returncode == 1, first.stderr[-2000:]       # stopped by a limit: not clean
        assert (folder / FILE).exists() and (folder / "requests.queue").is_dir()
        stored_first = _stored(tmp_path)
        assert 0 < len(stored_first) < N
        second = _crawl(tmp_path, srv.base, jobs)
        later = srv.log[n_first:]
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    assert _stored(tmp_path) == {p.lstrip("/") for p in paths}   # the rest, from the saved queue
    fetched = [p for _, p, status, _ in srv.log if p.startswith("/news/") and status == 200]
    assert sorted(fetched) == sorted(paths)                      # resumed, not restarted: each once
    (r1, s1), (r2, s2) = _runs(tmp_path)
    assert r1 == "closespider_pagecount" and r2 == "finished"
    assert s2.get("scheduler/dequeued/disk", 0) >= N - len(stored_first)
    assert any(p == "/sitemap.xml" for _, p, _, _ in later)     # the entry point fetched again
    assert not folder.exists()


def test_jobdir_per_spider_and_removed_only_after_a_finished_run(tmp_path: Path):
    from scrapy.crawler import Crawler

    from scraper.crawling import jobdir
    from spiders.generic import GenericSpider

    crawler = Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")})   # not started yet
    path = jobdir.assign(crawler, "generic")
    assert path == tmp_path / "jobs" / "generic" and path.is_dir()
    assert crawler.settings.get("JOBDIR") == str(path)
    assert jobdir.spider_jobdir(tmp_path, "../x y") == tmp_path / ".._x_y"   # one folder
    (path / "requests.queue").mkdir()
    for reason in ("shutdown", "closespider_timeout", None):
        assert jobdir.finish(path, reason) is False and path.is_dir()
    assert jobdir.finish(path, "finished") is True and not path.exists()
    off = Crawler(GenericSpider, {})
    assert jobdir.assign(off, "generic") is None and not off.settings.get("JOBDIR")
