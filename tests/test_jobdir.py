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

from scraper.crawling import jobdir
from scraper.crawling.jobdir import spider_jobdir
from scraper.dupefilter import FILE
from tests.httpserver import SiteServer
from tests.test_parallel import sites  # noqa: F401  (fixture: three loopback sites)

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

    from spiders.generic import GenericSpider

    crawler = Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")})   # not started yet
    path = jobdir.assign(crawler, "generic")
    assert path == tmp_path / "jobs" / "generic" and path.is_dir()
    assert crawler.settings.get("JOBDIR") == str(path)
    assert jobdir.spider_jobdir(tmp_path, "../x y") == tmp_path / ".._x_y"   # one folder
    assert (path / jobdir.MARKER).exists()                        # in use
    (path / "requests.queue").mkdir()
    (path / "requests.queue" / "active.json").write_text("[]")     # Scrapy saved its queues
    for reason in ("shutdown", "closespider_timeout", None):
        assert jobdir.finish(path, reason) is False and path.is_dir()
        assert not (path / jobdir.MARKER).exists()                # stopped: kept, resumable
    # stopped but Scrapy could not save the queue state (older than this run's RUNNING file)
    jobdir.assign(Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")}), "generic")
    os.utime(path / "requests.queue" / "active.json", ns=(0, 0))
    assert jobdir.finish(path, "shutdown") is True and not path.exists()
    path.mkdir()
    (path / "requests.queue").mkdir()
    (path / "requests.queue" / "active.json").write_text("[")      # unreadable: afresh
    assert jobdir.assign(Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")}), "generic") == path
    assert not (path / "requests.queue").exists()
    assert jobdir.finish(path, "shutdown") is False and path.is_dir()  # nothing queued: kept
    (path / "requests.queue").mkdir()
    (path / "requests.queue" / "active.json").write_text("[]")
    # a folder whose RUNNING file is left (its process died) is discarded by the next assign
    again = Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")})
    assert jobdir.assign(again, "generic") == path and (path / "requests.queue").is_dir()
    died = Crawler(GenericSpider, {"JOBDIR_ROOT": str(tmp_path / "jobs")})
    assert jobdir.assign(died, "generic") == path and not (path / "requests.queue").exists()
    (path / "requests.queue").mkdir()
    assert jobdir.finish(path, "finished") is True and not path.exists()
    off = Crawler(GenericSpider, {"JOBDIR_ROOT": ""})
    assert jobdir.assign(off, "generic") is None and not off.settings.get("JOBDIR")
    # "auto": beside the database
    auto = Crawler(GenericSpider, {"JOBDIR_ROOT": "auto", "SQLITE_PATH": str(tmp_path / "a.db")})
    assert jobdir.assign(auto, "generic") == tmp_path / "a.db.jobs" / "generic"
    assert jobdir.root_of(Crawler(GenericSpider, {"JOBDIR_ROOT": "auto", "SQLITE_PATH": ""}).settings) is None


def _crawl_default(tmp_path: Path, base: str, *extra: str, popen: bool = False):
    """`scraper crawl generic` with no --jobdir option: the default, <db>.jobs/generic."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    cmd = [sys.executable, "-m", "scraper.cli", "crawl", "generic", "--db", str(tmp_path / "news.db"),
           "-a", f"start={base}/sitemap.xml", "-a", "since=all",
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
           "-s", "CONCURRENT_REQUESTS=2", *extra]
    if popen:
        return subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def test_pending_requests_are_on_disk_by_default_beside_the_database(tmp_path: Path):
    routes, paths = _site(tmp_path)
    folder = spider_jobdir(tmp_path / "news.db.jobs", "generic")
    with SiteServer(tmp_path / "site", routes) as srv:
        stopped = _crawl_default(tmp_path, srv.base, "-s", "CLOSESPIDER_PAGECOUNT=8")
        assert stopped.returncode == 1, stopped.stderr[-2000:]
        # kept for the next run, with nothing saying it is in use
        assert (folder / "requests.queue").is_dir() and not (folder / jobdir.MARKER).exists()
        proc = _crawl_default(tmp_path, srv.base)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stderr == ""                                      # quiet: nothing logged
    assert _stored(tmp_path) == {p.lstrip("/") for p in paths}
    fetched = [p for _, p, status, _ in srv.log if p.startswith("/news/") and status == 200]
    assert sorted(fetched) == sorted(paths)                       # resumed: each article once
    (_, s1), (_, s2) = _runs(tmp_path)
    assert s1.get("scheduler/enqueued/disk", 0) >= 8 and s1.get("scheduler/enqueued/memory", 0) == 0
    assert s2.get("scheduler/dequeued/disk", 0) > 0 and "scheduler/unserializable" not in s2
    assert not folder.exists()                                    # finished: removed
    assert not (tmp_path / "news.db.jobs").exists()               # and the empty root too


def test_no_jobdir_keeps_pending_requests_in_memory(tmp_path: Path):
    routes, paths = _site(tmp_path)
    with SiteServer(tmp_path / "site", routes) as srv:
        proc = _crawl_default(tmp_path, srv.base, "--no-jobdir")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert _stored(tmp_path) == {p.lstrip("/") for p in paths}
    (_, stats), = _runs(tmp_path)
    assert stats.get("scheduler/enqueued/memory", 0) >= N and "scheduler/enqueued/disk" not in stats
    assert not (tmp_path / "news.db.jobs").exists()


def test_a_crawl_killed_with_sigkill_is_started_afresh_and_loses_nothing(tmp_path: Path):
    """SIGKILL: Scrapy could not save its queues. The next run finds the RUNNING file, removes the
    folder (its queue files and fingerprints are not to be trusted) and stores every article."""
    import signal
    import time

    routes, paths = _site(tmp_path)
    for p in paths:
        routes[p] = {**routes[p], "delay": 0.3}
    folder = spider_jobdir(tmp_path / "news.db.jobs", "generic")
    with SiteServer(tmp_path / "site", routes) as srv:
        proc = _crawl_default(tmp_path, srv.base, popen=True)
        deadline = time.monotonic() + 120
        while sum(1 for _, p, _, _ in srv.log if p.startswith("/news/")) < 6:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert (folder / jobdir.MARKER).exists() and (folder / "requests.queue").is_dir()
        before = len(_stored(tmp_path)) if (tmp_path / "news.db").exists() else 0
        assert before < N
        again = _crawl_default(tmp_path, srv.base, "-v")
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-3000:]
    assert "left by a crawl that died" in again.stderr
    assert _stored(tmp_path) == {p.lstrip("/") for p in paths}    # nothing lost
    assert not folder.exists()


def test_jobs_2_each_spider_has_its_own_jobdir_stopped_and_resumed(tmp_path: Path, sites):
    """`--jobdir DIR --jobs 2`: three spiders in two worker processes, each spider its own folder
    DIR/<spider>; stopped by a limit, each keeps its queue; the next `--jobs 2` run resumes each
    and every article of every site is fetched and stored once."""
    from tests.test_parallel import SITES, _crawl as _crawl_par

    jobs = tmp_path / "state" / "jobs"
    first = _crawl_par(tmp_path, sites, "--jobs", "2", "--jobdir", str(jobs), "-s", "CLOSESPIDER_PAGECOUNT=3")
    assert first.returncode == 1, first.stdout + first.stderr[-3000:]
    for name in SITES:
        folder = spider_jobdir(jobs, name)
        assert (folder / "requests.queue").is_dir() and (folder / FILE).exists(), name
        assert not (folder / jobdir.MARKER).exists()
    second = _crawl_par(tmp_path, sites, "--jobs", "2", "--jobdir", str(jobs))
    assert second.returncode == 0, second.stdout + second.stderr[-3000:]
    con = sqlite3.connect(tmp_path / "news.db")
    try:
        rows = con.execute("SELECT site, url FROM articles").fetchall()
        runs = con.execute("SELECT spider, finish_reason, stats, owner FROM crawl_runs ORDER BY rowid").fetchall()
    finally:
        con.close()
    want = {(n, f"{sites[n].base}/news/story-{n}-{i}.html") for n, k in SITES.items() for i in range(k)}
    assert len(rows) == len(want) and set(rows) == want
    for name, srv in sites.items():
        got = [p for _, p, status, _ in srv.log if p.startswith("/news/") and status == 200]
        assert sorted(got) == sorted(set(got)) and len(got) == SITES[name], name   # each once
    resumed = [(s, json.loads(st)) for s, reason, st, _ in runs[len(SITES):]]
    assert len(resumed) == len(SITES) and all(st.get("scheduler/dequeued/disk", 0) > 0 for _, st in resumed)
    assert len({o.split()[1] for *_, o in runs[len(SITES):]}) == 2          # two workers
    assert all(not spider_jobdir(jobs, n).exists() for n in SITES)         # all finished: removed
