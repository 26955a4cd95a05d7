"""``scraper crawl --jobs N``: the spiders run in N worker processes writing to one database.

A real ``scraper crawl`` subprocess, three loopback sites (tests/httpserver.py), three spiders
declared in a throw-away module (``-s SPIDER_MODULES=``), ``--jobs 2``. Every article is stored
once, ``crawl_runs`` keeps one row per spider, two worker processes did the work (their pids
in ``crawl_runs.owner``), the summary names every spider, and the lock is one per database.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samples import STORY
from scraper.parallel import queue_order
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SITES = {"para": 7, "parb": 5, "parc": 6}   # spider name -> articles on its site

SPIDERS = textwrap.dedent('''
    import json, os
    from spiders.base import NewsSpider

    _BASES = json.loads(os.environ["SCRAPER_TEST_PAR_SITES"])

    def _spider(name):
        return type(name.capitalize() + "Spider", (NewsSpider,), {
            "name": name, "allowed_domains": ["127.0.0.1"], "default_since_days": None,
            "sitemaps": [_BASES[name] + "/sitemap.xml"],
        })

    class _Boom:
        """A spider whose worker process dies (SIGKILL) as it opens."""

        @classmethod
        def from_crawler(cls, crawler, *args, **kwargs):
            from scrapy import signals
            spider = super().from_crawler(crawler, *args, **kwargs)
            crawler.signals.connect(spider._die, signal=signals.spider_opened)
            return spider

        def _die(self, spider):
            import signal
            os.kill(os.getpid(), signal.SIGKILL)

    for _n in _BASES:
        globals()[_n] = type(_n.capitalize() + "Spider", (_Boom, _spider(_n)), {}) if _n.startswith("boom") else _spider(_n)
''')


def _article(site: str, i: int) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر {site} رقم {i}</title>'
            f'<meta property="og:type" content="article"></head><body><article><h1>خبر {site} رقم {i}</h1>'
            f"{paras}<p>رقم الخبر {site}-{i}.</p></article></body></html>")


def _site(root: Path, name: str, n: int) -> Path:
    d = root / name
    (d / "news").mkdir(parents=True)
    urls = []
    for i in range(n):
        (d / "news" / f"story-{name}-{i}.html").write_text(_article(name, i), encoding="utf-8")
        urls.append(f"<url><loc>__BASE__/news/story-{name}-{i}.html</loc></url>")
    (d / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?><urlset '
                                   'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                   + "".join(urls) + "</urlset>")
    (d / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return d


def test_queue_order_is_largest_first_else_the_given_order():
    assert queue_order(["a", "b", "c"]) == ["a", "b", "c"]          # a first crawl: nothing known
    assert queue_order(["a", "b", "c", "d"], {"a": 10, "b": 1000, "c": 100, "d": 10}) == ["b", "c", "a", "d"]
    # a spider without a size counts as the median known size (here 100)
    assert queue_order(["a", "b", "c", "new"], {"a": 300, "b": 100, "c": 50}) == ["a", "b", "new", "c"]
    assert queue_order(["a", "b"], {"x": 5}) == ["a", "b"]


@pytest.fixture
def sites(tmp_path):
    servers = {name: SiteServer(_site(tmp_path / "www", name, n)) for name, n in SITES.items()}
    for s in servers.values():
        s.start()
    yield servers
    for s in servers.values():
        s.stop()


def _crawl(tmp_path: Path, sites: dict, *args: str, names: list[str] | None = None) -> subprocess.CompletedProcess:
    mod = tmp_path / "mods"
    mod.mkdir(exist_ok=True)
    (mod / "par_spiders.py").write_text(SPIDERS)
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(mod), env.get("PYTHONPATH", "")])
    env["SCRAPER_TEST_PAR_SITES"] = json.dumps({n: s.base for n, s in sites.items()})
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    cmd = [sys.executable, "-m", "scraper.cli", "crawl", *(names or SITES), "--db", str(tmp_path / "news.db"),
           "-s", "SPIDER_MODULES=par_spiders", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
           "-s", "REMOTE_CONTROL_ENABLED=0", "-s", "TELNETCONSOLE_ENABLED=0", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_jobs_2_stores_every_article_once_with_runs_per_spider(tmp_path, sites):
    log = tmp_path / "crawl.log"
    r = _crawl(tmp_path, sites, "--jobs", "2", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={log}")
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    # the workers inherit what the parent imported before the fork (scraper.parallel.preload):
    # Scrapy's components, the HTTP handler, datasketch and the scipy under it (~550 modules,
    # ~1 s of CPU per worker when each imported them itself)
    text = log.read_text(encoding="utf-8")
    workers = re.findall(r"INFO: Worker \d+ \(([^)]*)\): .* (\d+) modules imported after the fork", text)
    assert sorted(s for names, _ in workers for s in names.split(", ")) == sorted(SITES), text[-3000:]
    assert all(int(n) < 100 for _, n in workers), workers
    assert "DeprecationWarning" not in text     # preloading reads no deprecated setting
    assert "datasketch" not in "".join(ln for ln in text.splitlines() if "Traceback" in ln)
    # the parent says how long the last worker ran alone (the tail)
    assert re.search(r"Workers ended [\d., ]+ s after the fork; the last one \(.+\) ran alone for [\d.]+ s", text), text[-3000:]
    con = sqlite3.connect(tmp_path / "news.db")
    rows = con.execute("SELECT site, url FROM articles").fetchall()
    runs = con.execute("SELECT spider, finish_reason, items_new, owner FROM crawl_runs ORDER BY spider").fetchall()
    con.close()
    # every article of every site, once
    want = {(name, f"{sites[name].base}/news/story-{name}-{i}.html") for name, n in SITES.items() for i in range(n)}
    assert len(rows) == len(want) and set(rows) == want
    # one crawl_runs row per spider, with its own count
    assert [(s, reason, new) for s, reason, new, _ in runs] == [(n, "finished", SITES[n]) for n in sorted(SITES)]
    # two worker processes (neither of them the parent, which only waits)
    pids = {owner.split()[1] for *_, owner in runs}
    assert len(pids) == 2
    # the summary: one line per spider with its new articles
    for name, n in SITES.items():
        line = next(ln for ln in r.stdout.splitlines() if ln.strip().startswith(name))
        assert "finished" in line and f" {n} " in line, line
    # the lock is the parent's and is released at the end: a second crawl runs (nothing new)
    again = _crawl(tmp_path, sites, "--jobs", "2")
    assert again.returncode in (0, 6), again.stdout + again.stderr[-2000:]
    con = sqlite3.connect(tmp_path / "news.db")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(want)
    assert con.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 6
    con.close()


def _runs(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, spider, owner, started_at, finished_at, finish_reason, "
                           "json_extract(stats, '$.\"downloader/response_bytes\"') FROM crawl_runs ORDER BY id").fetchall()
    finally:
        con.close()


def test_workers_take_the_spiders_from_one_queue_largest_last_run_first(tmp_path):
    """Three sites: 'big' has 3 pages of ~300 KB, 'sa' and 'sb' 6 small pages each; two workers,
    each taking a spider only when one of its own finishes (JOBS_TAKE_BELOW_CPU=0). Each worker
    starts with one spider and the third waits in the queue until a worker has finished its
    first; the second crawl queues them by the bytes of their first runs, 'big' first."""
    www = tmp_path / "www"
    big = _site(www, "big", 3)
    pad = "<!-- " + "حشو " * 45_000 + " -->"     # ~300 KB per page the parser must read
    for f in (big / "news").iterdir():
        f.write_text(f.read_text(encoding="utf-8").replace("</body>", pad + "</body>"), encoding="utf-8")
    servers = {"sb": SiteServer(_site(www, "sb", 6)), "sa": SiteServer(_site(www, "sa", 6)), "big": SiteServer(big)}
    for srv in servers.values():
        srv.start()
    try:
        for run in (1, 2):
            log = tmp_path / f"crawl{run}.log"
            r = _crawl(tmp_path, servers, "--jobs", "2", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={log}",
                       "-s", "JOBS_TAKE_BELOW_CPU=0", names=["sb", "sa", "big"])
            assert r.returncode in (0, 6), r.stdout + r.stderr[-3000:]
            text = log.read_text(encoding="utf-8")
            runs = _runs(tmp_path / "news.db")[-3:]
            assert sorted(x[1] for x in runs) == ["big", "sa", "sb"] and all(x[5] == "finished" for x in runs)
            pids = {x[1]: x[2].split()[1] for x in runs}
            # the first two in the queue started at once in two workers; the third was taken by
            # the worker that finished first, after its first spider had finished
            first, second, third = ["sb", "sa", "big"] if run == 1 else ["big", "sb", "sa"]   # ties: as given
            assert pids[first] != pids[second]
            taker = re.search(rf"Worker (\d+) takes {third} \(0 left in the queue\)", text)
            assert taker and taker.group(1) == pids[third], text[-3000:]
            before = next(x for x in runs if x[1] in (first, second) and x[2].split()[1] == pids[third])
            after = next(x for x in runs if x[1] == third)
            assert after[3] >= before[4] and after[0] > before[0]
            if run == 1:
                assert "queued by the bytes" not in text          # nothing known: the order given
                sizes = {x[1]: x[6] for x in runs}
                assert sizes["big"] > 5 * max(sizes["sa"], sizes["sb"])
            else:
                assert re.search(r"Spiders queued by the bytes of their last run, largest first: big ~[\d.]+ MB, "
                                 r"sb ~[\d.]+ MB, sa ~[\d.]+ MB", text), text[-3000:]
    finally:
        for srv in servers.values():
            srv.stop()


def test_a_polite_crawl_has_all_its_spiders_running_at_once(tmp_path):
    """With a download delay the workers' reactors are mostly idle: each worker takes more
    spiders from the queue while its first is still crawling (JOBS_TAKE_BELOW_CPU, default),
    instead of waiting for it to finish; all four run at the same time."""
    www = tmp_path / "www"
    names = ["pa", "pb", "pc", "pd"]
    servers = {name: SiteServer(_site(www, name, 5)) for name in names}
    for srv in servers.values():
        srv.start()
    try:
        log = tmp_path / "crawl.log"
        r = _crawl(tmp_path, servers, "--jobs", "2", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={log}",
                   "-s", "DOWNLOAD_DELAY=0.8", "-s", "RANDOMIZE_DOWNLOAD_DELAY=0", names=names)
        assert r.returncode == 0, r.stdout + r.stderr[-3000:]
        text = log.read_text(encoding="utf-8")
        assert re.search(r"Worker \d+ takes pc", text) and re.search(r"Worker \d+ takes pd", text), text[-3000:]
        runs = {x[1]: x for x in _runs(tmp_path / "news.db")}
        # each spider needs ~6 s (7 requests 0.8 s apart): the last two started before the first
        # two finished
        assert max(runs[n][3] for n in ("pc", "pd")) < min(runs[n][4] for n in ("pa", "pb")), runs
    finally:
        for srv in servers.values():
            srv.stop()


def test_a_dead_worker_fails_its_spiders_and_the_others_take_the_queue(tmp_path):
    """Four spiders, two workers; the worker that opens 'boom' is killed (SIGKILL) at once. Its
    spider is reported as failed (exit code 1, never silence); the three others are taken from
    the queue by the surviving worker and every one of their articles is stored."""
    www = tmp_path / "www"
    sizes = {"boom": 2, "para": 4, "parb": 3, "parc": 5}
    servers = {name: SiteServer(_site(www, name, n)) for name, n in sizes.items()}
    for srv in servers.values():
        srv.start()
    try:
        log = tmp_path / "crawl.log"
        r = _crawl(tmp_path, servers, "--jobs", "2", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={log}",
                   "-s", "JOBS_TAKE_BELOW_CPU=0", names=["boom", "para", "parb", "parc"])
        assert r.returncode == 1, r.stdout + r.stderr[-3000:]
        line = next(ln for ln in r.stdout.splitlines() if ln.strip().startswith("boom"))
        assert "(not run)" in line, r.stdout
        assert "not clean: boom" in r.stdout
        con = sqlite3.connect(tmp_path / "news.db")
        stored = dict(con.execute("SELECT site, count(*) FROM articles GROUP BY site").fetchall())
        con.close()
        assert stored == {n: k for n, k in sizes.items() if n != "boom"}
        for name in ("para", "parb", "parc"):
            ln = next(x for x in r.stdout.splitlines() if x.strip().startswith(name))
            assert "finished" in ln, r.stdout
    finally:
        for srv in servers.values():
            srv.stop()


def test_a_switched_off_extension_is_not_imported_and_can_be_switched_on():
    """Scrapy imports every listed extension to build it, even one its setting switched off
    (which then refuses, NotConfigured): `scraper crawl` takes RemoteControl out of EXTENSIONS
    while REMOTE_CONTROL_ENABLED is off (its import, aiohttp, was ~0.2 s of the start-up that
    --jobs does before the fork); switched on, it stays."""
    from scrapy.settings import Settings

    from scraper.cli.crawl import skip_disabled_extensions

    rc = "scrapy.extensions.remote_control.RemoteControl"
    off = Settings({"REMOTE_CONTROL_ENABLED": False, "EXTENSIONS": {"project.Ext": 5}})
    assert skip_disabled_extensions(off) == [rc]
    assert off.getwithbase("EXTENSIONS")[rc] is None
    assert off.getwithbase("EXTENSIONS")["project.Ext"] == 5
    on = Settings({"REMOTE_CONTROL_ENABLED": True})
    assert skip_disabled_extensions(on) == []
    assert on.getwithbase("EXTENSIONS")[rc] == 0


def test_jobs_1_runs_in_one_process(tmp_path, sites):
    r = _crawl(tmp_path, sites, "--jobs", "1")
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    con = sqlite3.connect(tmp_path / "news.db")
    owners = {o.split()[1] for (o,) in con.execute("SELECT owner FROM crawl_runs")}
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == sum(SITES.values())
    con.close()
    assert len(owners) == 1


def test_jobs_must_be_a_positive_number(tmp_path, sites):
    r = _crawl(tmp_path, sites, "--jobs", "0")
    assert r.returncode == 2 and "--jobs" in r.stderr


def test_prepared_batches_store_exactly_what_plain_batches_store(tmp_path):
    """--jobs prepares each batch (folding, MinHash signatures: ``Store.prepare``) before taking
    the writers lock; the database must come out the same, clusters and search index included."""
    import random

    from scraper.storage import Store
    from tests.test_clusters import arabic_stories, article, outlets

    rnd = random.Random(5)
    batch = []
    for sid, paras in arabic_stories(min_words=150)[:6]:
        for site, body in outlets(paras, rnd).items():
            batch.append(article(site, len(batch), body, title=f"خبر {sid}"))
    batch.append(article("short.example", 999, "نص قصير"))   # too short to cluster: no signature
    dumps = []
    for name, prepare in (("plain", False), ("prepared", True)):
        db = tmp_path / f"{name}.db"
        with Store(db) as st:
            for i in range(0, len(batch), 7):
                part = batch[i:i + 7]
                counts = st.upsert_many(Store.prepare(part) if prepare else part, now="2026-01-15T00:00:00Z")
                assert counts["new"] == len(part)
            # an update (a changed body) goes through the same path
            changed = dict(batch[0], body=batch[1]["body"])
            got = st.upsert_many(Store.prepare([changed]) if prepare else [changed], now="2026-01-16T00:00:00Z")
            assert got["updated"] == 1
        con = sqlite3.connect(db)
        dumps.append({t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                      for t in ("articles", "articles_search", "article_clusters", "article_lsh", "article_urls")})
        con.close()
    assert dumps[0]["article_clusters"] and dumps[0]["article_lsh"]
    assert len({c for _, c, _ in dumps[0]["article_clusters"]}) < len(batch)   # some outlets clustered
    assert dumps[0] == dumps[1]


def test_checking_the_header_keeps_this_process_s_sqlite_locks(tmp_path):
    """Store() checks the database's header with a plain read (scraper.storage.schema). Closing
    a plain descriptor of the file dropped every POSIX lock of the process, its SQLite
    connections' too: another process closing its connection then believed it was the last,
    checkpointed and deleted the WAL under this one's open connection (a --jobs worker starting
    a spider while another of its spiders was writing: SQLITE_CORRUPT). After the check the WAL
    must survive another process's close, and this connection must still read and write."""
    from scraper.storage.schema import check_header

    db = tmp_path / "x.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t(x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    assert con.execute("SELECT count(*) FROM t").fetchone() == (1,)
    for _ in range(2):
        assert check_header(db) == 4096
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; b = sqlite3.connect(sys.argv[1]); "
                    "b.execute('INSERT INTO t VALUES (2)'); b.commit(); b.close()", str(db)], check=True)
    assert Path(f"{db}-wal").exists()
    con.execute("INSERT INTO t VALUES (3)")
    con.commit()
    assert con.execute("SELECT count(*) FROM t").fetchone() == (3,)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
