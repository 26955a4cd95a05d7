"""Distributed mode on a real ``redis-server`` (loopback, ephemeral port): two ``scraper worker``
processes share one scrapy-redis queue and duplicate filter over one loopback site, one
``scraper ingest`` process writes their items into SQLite. One worker is killed (SIGKILL) while
it holds requests: the other puts them back in the queue and crawls them; every article is
stored exactly once.

``make test`` installs Debian's redis-server where it is missing; without it this test skips.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from samples import STORY
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
N = 24
REDIS = shutil.which("redis-server") or ("/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None)
pytestmark = pytest.mark.skipif(REDIS is None, reason="redis-server is not installed (make test installs "
                                                        "Debian's redis-server where it can)")

SPIDERS = textwrap.dedent('''
    import os
    from spiders.base import NewsSpider

    class DistSpider(NewsSpider):
        name = "dist"
        allowed_domains = ["127.0.0.1"]
        default_since_days = None
        sitemaps = [os.environ["SCRAPER_TEST_DIST_SITE"] + "/sitemap.xml"]
''')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    redis = pytest.importorskip("redis")
    for _ in range(5):
        port = _free_port()
        proc = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", str(tmp_path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        if proc.poll() is None:
            break
    else:
        pytest.fail("redis-server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def site(tmp_path):
    d = tmp_path / "www"
    (d / "news").mkdir(parents=True)
    routes, urls = {}, []
    for i in range(N):
        html = (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر رقم {i}</title>'
                f'<meta property="og:type" content="article"></head><body><article><h1>خبر رقم {i}</h1>'
                + "".join(f"<p>{p}</p>" for p in STORY) + f"<p>هذا هو الخبر رقم {i}.</p></article></body></html>")
        (d / "news" / f"story-{i}.html").write_text(html, encoding="utf-8")
        # (1 s a page: one worker alone needs ~8 s for the site, so the other, however late its
        # start-up on a busy machine, still finds requests to hold before the queue runs dry)
        routes[f"/news/story-{i}.html"] = {"file": f"news/story-{i}.html", "delay": 1.0}
        urls.append(f"<url><loc>__BASE__/news/story-{i}.html</loc></url>")
    (d / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                                   'schemas/sitemap/0.9">' + "".join(urls) + "</urlset>")
    (d / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    with SiteServer(d, routes=routes) as server:
        yield server


def _env(tmp_path: Path, base: str) -> dict:
    mod = tmp_path / "mods"
    mod.mkdir(exist_ok=True)
    (mod / "dist_spiders.py").write_text(SPIDERS)
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(mod), env.get("PYTHONPATH", "")])
    env["SCRAPER_TEST_DIST_SITE"] = base
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


def _worker(tmp_path: Path, env: dict, redis_url: str, n: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scraper.cli", "worker", "dist", "--redis", redis_url,
           "-s", "SPIDER_MODULES=dist_spiders", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
           "-s", "CONCURRENT_REQUESTS=3", "-s", "SCRAPER_REDIS_WORKER_TTL=2", "-s", "TELNETCONSOLE_ENABLED=0",
           "-s", "REMOTE_CONTROL_ENABLED=0", "-s", f"LOG_FILE={tmp_path / f'worker{n}.log'}"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_two_workers_one_ingest_and_a_killed_worker_loses_nothing(tmp_path, site, redis_url):
    import redis

    r = redis.Redis.from_url(redis_url)
    env = _env(tmp_path, site.base)
    db = tmp_path / "news.db"
    ingest = subprocess.Popen([sys.executable, "-m", "scraper.cli", "ingest", "--redis", redis_url, "--db", str(db),
                               "--batch", "5", "--exit-when-idle", "10"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    a = _worker(tmp_path, env, redis_url, 1)
    b = _worker(tmp_path, env, redis_url, 2)
    try:
        # kill worker 1 while it holds requests (popped from the queue, not finished)
        deadline = time.monotonic() + 60
        killed_holding = 0
        while time.monotonic() < deadline and a.poll() is None:
            n = sum(r.hlen(k) for k in r.scan_iter(match=f"dist:inflight:*:{a.pid}:*"))
            if n and r.zcard("dist:requests") > 0:
                a.send_signal(signal.SIGKILL)
                killed_holding = n
                break
            time.sleep(0.02)
        a.wait(30)
        assert killed_holding > 0, "worker 1 never held a request"
        out_b, _ = b.communicate(timeout=150)
        assert b.returncode == 0, out_b[-3000:]
        out_i, _ = ingest.communicate(timeout=60)
        assert ingest.returncode == 0, out_i[-3000:]
    finally:
        for p in (a, b, ingest):
            if p.poll() is None:
                p.kill()
                p.wait()
    log_b = (tmp_path / "worker2.log").read_text(encoding="utf-8")
    assert "put back in the queue" in log_b, log_b[-3000:]
    # quiet logs: no Python warning in a worker's log (Scrapy 2.19 deprecations of scrapy-redis's
    # pipeline and scheduler calls, of the stats' spider argument: handled in scraper.distributed)
    assert "[py.warnings]" not in log_b, [ln for ln in log_b.splitlines() if "[py.warnings]" in ln][:3]
    con = sqlite3.connect(db)
    urls = [u for (u,) in con.execute("SELECT url FROM articles")]
    con.close()
    want = {f"{site.base}/news/story-{i}.html" for i in range(N)}
    assert len(urls) == N and set(urls) == want, out_i[-3000:]
    # nothing is left behind in Redis: queue empty, items all ingested, no request held
    assert r.zcard("dist:requests") == 0
    assert r.llen("scraper:items") == 0 and r.llen("scraper:items:ingesting") == 0
    assert not [k for k in r.scan_iter(match="dist:inflight:*") if r.type(k) == b"hash" and r.hlen(k)]
    # the worker never opened the database file: only ingest wrote (one writer)
    assert f"new {N}," in out_i, out_i
    # crawl accounting (scraper/distributed/runs.py): one crawl_runs row per worker of the spider;
    # the survivor's closed with its reason and stats, the killed one's marked interrupted; the
    # new articles are counted once, on the rows of the workers that crawled them
    con = sqlite3.connect(db)
    runs = con.execute("SELECT spider, owner, finish_reason, items_new, stats FROM crawl_runs ORDER BY id").fetchall()
    con.close()
    by_pid = {owner.split()[1]: (spider, reason, new, json.loads(stats or "{}"))
              for spider, owner, reason, new, stats in runs}
    assert len(runs) == 2 and set(by_pid) == {str(a.pid), str(b.pid)}, runs
    assert {spider for spider, *_ in by_pid.values()} == {"dist"}
    spider, reason, new_b, stats_b = by_pid[str(b.pid)]
    assert reason == "finished" and stats_b["articles/new"] == new_b and new_b > 0
    assert stats_b["downloader/response_count"] > 0 and stats_b["spider_log_count/ERROR"] == 0
    assert by_pid[str(a.pid)][1] == "interrupted"
    assert sum(new for _, _, new, _ in by_pid.values()) == N
    st = subprocess.run([sys.executable, "-m", "scraper.cli", "stats", "--db", str(db)], cwd=ROOT, env=env,
                        capture_output=True, text=True, timeout=60)
    assert st.returncode == 0 and "interrupted" in st.stdout, st.stdout + st.stderr
    run_lines = [ln.split() for ln in st.stdout.splitlines() if ln.strip()[:1].isdigit()]
    assert sorted(ln[3] for ln in run_lines if ln[1] == "dist") == ["finished", "interrupted"], st.stdout


def test_ingest_keeps_one_run_row_per_worker_and_marks_a_vanished_one_interrupted(tmp_path, redis_url):
    """The run messages alone, through a real Redis into ``ingest()``: a worker that finished, one
    that vanished (no finish, no alive key), and the same messages ingested twice (a replay after
    a crash): one row per worker, counts on the right row, nothing doubled but 'unchanged'."""
    import redis

    from scraper.distributed.ingest import ingest
    from scraper.distributed.runs import ITEM_RUN, RUN_KEY

    r = redis.Redis.from_url(redis_url)
    body = " ".join(["كلمة"] * 60)

    def push(*msgs):
        for m in msgs:
            r.rpush("scraper:items", json.dumps(m))

    def run(event, wid, **kw):
        return {RUN_KEY: {"event": event, "spider": "dist", "worker": wid, "at": "2026-12-02T01:00:00Z", **kw}}

    def item(wid, n, text=body):
        return {"url": f"http://x.example/{n}", "site": "dist", "title": f"t{n}", "body": text, ITEM_RUN: wid}

    w1, w2 = "hostA:101:aaaa1111", "hostB:202:bbbb2222"
    messages = [run("start", w1), run("start", w2), item(w1, 1), item(w2, 2), item(w1, 3), item(w1, 4, text=""),
                run("finish", w1, reason="finished", stats={"downloader/response_count": 5}), item(w2, 5)]
    push(*messages)
    # two entries that are no item: not JSON, and JSON nested past Python's recursion limit (json raises
    # RecursionError, no ValueError): each counted as bad, the ingest goes on
    r.rpush("scraper:items", "not json", "[" * 100_000 + "]" * 100_000)
    db = tmp_path / "runs.db"
    totals = ingest(redis_url, db, batch_size=3, exit_when_idle=0.5)
    assert totals["new"] == 4 and totals["dropped_no_body"] == 1 and totals["bad"] == 2
    con = sqlite3.connect(db)
    rows = {o: (reason, new, unchanged, json.loads(s or "{}")) for o, reason, new, unchanged, s in con.execute(
        "SELECT owner, finish_reason, items_new, items_unchanged, stats FROM crawl_runs")}
    con.close()
    assert set(rows) == {"hostA 101 aaaa1111", "hostB 202 bbbb2222"}
    reason, new, _, stats = rows["hostA 101 aaaa1111"]
    assert (reason, new) == ("finished", 2)
    assert stats["articles/new"] == 2 and stats["articles/dropped_no_body"] == 1
    assert stats["downloader/response_count"] == 5
    assert rows["hostB 202 bbbb2222"][:2] == ("interrupted", 2)
    # a replay: no new row, the same articles counted as unchanged on the same rows
    push(*messages)
    ingest(redis_url, db, batch_size=3, exit_when_idle=0.5)
    con = sqlite3.connect(db)
    got = con.execute("SELECT owner, items_new, items_unchanged FROM crawl_runs ORDER BY owner").fetchall()
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    con.close()
    assert got == [("hostA 101 aaaa1111", 2, 2), ("hostB 202 bbbb2222", 2, 2)]


def test_a_second_run_reads_the_sitemaps_of_the_index_again(tmp_path, redis_url):
    # the workers' duplicate filter lives in Redis across runs (SCHEDULER_PERSIST): the sitemaps
    # listed by a sitemap index were filtered as seen on every run after the first, so an article
    # added to them later was never found (spiders/base.py NewsSpider._resumable)
    import redis

    r = redis.Redis.from_url(redis_url)
    d = tmp_path / "www"
    (d / "news").mkdir(parents=True)

    def story(i):
        html = (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر رقم {i}</title>'
                f'<meta property="og:type" content="article"></head><body><article><h1>خبر رقم {i}</h1>'
                + "".join(f"<p>{p}</p>" for p in STORY) + f"<p>هذا هو الخبر رقم {i}.</p></article></body></html>")
        (d / "news" / f"story-{i}.html").write_text(html, encoding="utf-8")

    def child(n):
        (d / "news-sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>__BASE__/news/story-{i}.html</loc></url>" for i in range(n)) + "</urlset>")

    for i in range(3):
        story(i)
    child(2)
    (d / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.'
                                   'sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>__BASE__/news-sitemap.xml'
                                   '</loc></sitemap></sitemapindex>')
    with SiteServer(d) as server:
        env = _env(tmp_path, server.base)
        for run, n in ((1, 2), (2, 3)):
            if run == 2:
                child(3)   # a new article in the index's sitemap
            w = _worker(tmp_path, env, redis_url, run)
            out, _ = w.communicate(timeout=120)
            assert w.returncode == 0, out[-3000:]
            items = [json.loads(x) for x in r.lrange("scraper:items", 0, -1)]
            urls = {it.get("url") for it in items if isinstance(it, dict)}
            assert f"{server.base}/news/story-{n - 1}.html" in urls, (run, sorted(u for u in urls if u))
    # each article was requested once over the two runs (the shared filter still does its job)
    arts = [u for u in (it.get("url") for it in items if isinstance(it, dict)) if u and "/news/story-" in u]
    assert sorted(arts) == [f"{server.base}/news/story-{i}.html" for i in range(3)]


def test_a_redirect_loop_is_told_by_the_shared_filter_too(redis_url, caplog):
    """The workers' duplicate filter (scrapy-redis's, in Redis) counts and tells a redirect that came
    back to its own first URL, as the single-machine one does (scraper.dupefilter.note_redirect_loop)."""
    import logging

    import redis
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from scraper.distributed.dupefilter import RedisDupeFilter

    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="loop")
    server = redis.Redis.from_url(redis_url)
    key = "loop:dupefilter:test"
    server.delete(key)
    df = RedisDupeFilter(server, key=key)
    a, b = "http://x.example/a", "http://x.example/b"
    assert df.request_seen(Request(a)) is False
    back = Request(a, meta={"redirect_urls": [a, b]})   # a -> b -> a
    elsewhere = Request(a, meta={"redirect_urls": ["http://x.example/c"]})   # c -> a, crawled already
    with caplog.at_level(logging.WARNING):
        for request in (back, elsewhere):
            assert df.request_seen(request) is True
            df.log(request, spider)
    assert crawler.stats.get_value("errors/redirect_loop") == 1
    assert [r.getMessage() for r in caplog.records if "redirect loop" in r.getMessage()] == [
        f"Failed {a}: redirect loop ({a} -> {b} -> {a})"]
    server.delete(key)


def test_a_workers_paywalled_items_are_counted_and_stored_as_such(tmp_path, redis_url):
    """A worker's items that say the story is for subscribers (``paywalled``) count in its run's stats
    (``articles/paywalled``, as on one machine) and reach the archive's column through the ingest."""
    import redis
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from scraper.distributed.ingest import ingest
    from scraper.distributed.runs import RunPipeline

    r = redis.Redis.from_url(redis_url)
    r.delete("scraper:items")
    crawler = get_crawler(Spider, {"REDIS_URL": redis_url, "REDIS_ITEMS_KEY": "scraper:items"})
    crawler.spider = Spider.from_crawler(crawler, name="dist")
    pipe = RunPipeline.from_crawler(crawler)
    pipe.open_spider(crawler.spider)
    body = " ".join(["كلمة"] * 60)
    for n, paywalled in enumerate((True, False, True)):
        pipe._process_item({"url": f"http://x.example/{n}", "site": "dist", "title": f"t{n}", "body": body,
                            "paywalled": paywalled}, crawler.spider)
    pipe._spider_closed(crawler.spider, "finished")
    assert crawler.stats.get_value("articles/paywalled") == 2
    db = tmp_path / "paywalled.db"
    ingest(redis_url, db, batch_size=10, exit_when_idle=0.5)
    con = sqlite3.connect(db)
    flags = dict(con.execute("SELECT url, paywalled FROM articles"))
    stats = json.loads(con.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    con.close()
    assert flags == {"http://x.example/0": 1, "http://x.example/1": 0, "http://x.example/2": 1}
    assert stats["articles/paywalled"] == 2


def test_a_worker_taken_for_dead_too_early_costs_a_second_crawl_never_a_request(redis_url):
    """The race behind a CI run that stored 18 of 24 articles: a worker whose heartbeat came late (a
    busy machine) was taken for dead and its requests put back, and a guard (SET NX, three TTLs)
    then kept every worker from recovering it again; killed soon after with new requests in its
    hash, the survivor, idle, closed, and those requests were lost. Recovery is now one Lua step
    without a guard, a worker stays open while any other hash holds requests, and a request goes
    back with its priority."""
    import redis
    from scrapy import Request, Spider
    from scrapy.exceptions import DontCloseSpider
    from scrapy.utils.test import get_crawler

    from scraper.distributed.scheduler import ReliableScheduler
    from scraper.distributed.settings import worker_settings

    r = redis.Redis.from_url(redis_url)

    def worker():
        crawler = get_crawler(Spider, {**worker_settings(redis_url), "SCRAPER_REDIS_WORKER_TTL": 60})
        crawler.spider = Spider.from_crawler(crawler, name="race")
        sched = ReliableScheduler.from_crawler(crawler)
        sched.open(crawler.spider)
        return sched

    x, y = worker(), worker()
    try:
        urls = {f"http://x.example/{i}" for i in range(3)}
        for i, priority in enumerate((0, 5, 0)):
            assert x.enqueue_request(Request(f"http://x.example/{i}", priority=priority))
        assert {x.next_request().url for _ in range(3)} == urls and len(y.queue) == 0
        r.delete(x.alive_key)                  # x's heartbeat is late: x is taken for dead
        assert y.recover_dead() == 3
        assert r.zrange(y.queue.key, 0, 0, withscores=True)[0][1] == -5   # the priority came back with it
        # x was alive after all: it takes the three again (its first three go on: crawled twice) and
        # is killed now, holding them; y's queue is empty
        assert x.next_request().url == "http://x.example/1"
        assert {x.next_request().url for _ in range(2)} | {"http://x.example/1"} == urls
        assert len(y.queue) == 0 and r.hlen(x.inflight_key) == 3
        with pytest.raises(DontCloseSpider):   # y, idle, does not close: x's requests come back
            y._spider_idle()
        assert r.hlen(x.inflight_key) == 0 and len(y.queue) == 3
        assert {y.next_request().url for _ in range(3)} == urls
        assert y.crawler.stats.get_value("distributed/requeued_from_dead_workers") == 6
        # a worker that holds requests keeps the others open, dead or alive
        y._open.clear()
        assert y.enqueue_request(Request("http://x.example/late", dont_filter=True))
        assert x.next_request().url == "http://x.example/late"
        r.set(x.alive_key, x.worker_id)
        with pytest.raises(DontCloseSpider, match="holds requests"):
            y._spider_idle()
    finally:
        for sched in (x, y):
            sched.close("finished")
