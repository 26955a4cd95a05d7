"""`scraper search | stats | crawl` against real SQLite files; crawl runs a tiny local Scrapy
project (data: URLs, no network) in a subprocess, with pipelines.sqlite.SQLitePipeline."""
from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scraper.article import Article
from scraper.cli import main
from scraper.storage import Store

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *args], cwd=cwd, env=env,
        capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as s:
        s.upsert_many([
            Article(url="https://a.example/1", site="site-a", title="أعلنت الحكومة خطة",
                    body="قال الوزير أوشاكوف إنّ الخطة «جاهزة».\nوأضاف أن التنفيذ يبدأ غدا.",
                    published_at="2024-05-01T10:00:00Z"),
            Article(url="https://b.example/1", site="site-b", title="خبر آخر",
                    body="لا شيء عن الموضوع هنا."),
        ])
        run = s.start_run("site-a")
        s.finish_run(run, "finished", {
            "articles/new": 1, "response_received_count": 4, "elapsed_time_seconds": 65.2,
            "site_selector_miss": 2, "articles/dropped_no_body": 1, "item_dropped_count": 1,
        })
    return path


def test_search_text(db, capsys):
    assert main(["search", "اعلنت", "الحكومة", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "أعلنت الحكومة خطة" in out and "https://a.example/1" in out and "site-a" in out
    assert "خبر آخر" not in out


def test_search_json_and_snippet(db, capsys):
    assert main(["search", "اوشاكوف", "--db", str(db), "--json", "--limit", "5"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["canonical_url"] for r in rows] == ["https://a.example/1"]
    assert "[أوشاكوف]" in rows[0]["snippet"]


def test_search_odd_input_and_no_results(db, capsys):
    assert main(["search", '"(NEAR*', "--db", str(db)]) == 0
    assert "no results" in capsys.readouterr().out
    assert main(["search", "--db", str(db), "--json", "--", "-x"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_missing_db(tmp_path, capsys):
    assert main(["search", "x", "--db", str(tmp_path / "nope.db")]) == 1
    assert main(["stats", "--db", str(tmp_path / "nope.db")]) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()


def test_stats_text_and_json(db, capsys):
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out and "site-a" in out and "site-b" in out
    assert "finished" in out and "1:05" in out
    assert "site_selector_miss=2" in out and "articles/dropped_no_body=1" in out
    assert main(["stats", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2
    assert {s["site"] for s in data["sites"]} == {"site-a", "site-b"}
    assert data["runs"][0]["stats"]["site_selector_miss"] == 2


def test_help_and_usage_errors(capsys):
    with pytest.raises(SystemExit) as e:
        main(["crawl", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "code 3" in out and "--lock" in out
    with pytest.raises(SystemExit) as e:
        main(["crawl"])                       # neither names nor --all
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["crawl", "x", "-s", "NOEQUALS"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    out = capsys.readouterr().out
    for cmd in ("crawl", "search", "stats", "extract", "sites"):
        assert cmd in out


def test_crawl_exits_3_when_lock_is_held(tmp_path):
    db = tmp_path / "data" / "news.db"
    lock = Path(f"{db}.lock")
    lock.parent.mkdir(parents=True)
    with open(lock, "w") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        f.write(f"{os.getpid()}\n")
        f.flush()
        t0 = time.monotonic()
        r = run_cli("crawl", "whatever", "--db", str(db), cwd=tmp_path)
        elapsed = time.monotonic() - t0
    assert r.returncode == 3, r.stderr
    assert "already running" in r.stderr and str(os.getpid()) in r.stderr
    assert "Traceback" not in r.stderr
    # it does not wait for the lock (the crawl would never end while this test holds it); the
    # bound is loose because start-up alone took 5-8 s on a 2-core machine at load 6-9
    assert elapsed < 30
    assert not db.exists()            # nothing was crawled or created


def test_crawl_custom_lock_path(tmp_path):
    lock = tmp_path / "my.lock"
    with open(lock, "w") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = run_cli("crawl", "--all", "--db", str(tmp_path / "x.db"), "--lock", str(lock),
                    cwd=tmp_path)
    assert r.returncode == 3


SPIDERS = '''
import scrapy


class Good(scrapy.Spider):
    name = "good"
    start_urls = ["data:,hello"]

    def parse(self, response):
        for i in range(3):
            yield {"url": f"https://good.example/{i}", "site": "good",
                   "title": f"أعلنت الوزارة {i}", "body": "نصُّ الخبرِ الكامل"}
        yield {"url": "https://good.example/empty", "site": "good", "title": "x", "body": ""}


class Generic(scrapy.Spider):
    name = "generic"          # needs -a start=..., never part of --all

    def __init__(self, start=None, **kw):
        super().__init__(**kw)
        self.start_urls = [start] if start else []

    def parse(self, response):
        yield {"url": "https://gen.example/1", "site": "gen", "title": "عام",
               "body": response.text}


class Opted(scrapy.Spider):
    name = "opted_out"
    include_in_all = False
    start_urls = ["data:,x"]

    def parse(self, response):
        raise RuntimeError("must not run with --all")


class Bad(scrapy.Spider):
    name = "bad"
    start_urls = ["data:,hello"]

    def parse(self, response):
        raise ValueError("boom")
'''


@pytest.fixture
def project(tmp_path):
    """A throw-away Scrapy project using our pipeline; SQLITE_PATH relative to scrapy.cfg."""
    (tmp_path / "scrapy.cfg").write_text("[settings]\ndefault = tproj.settings\n")
    pkg = tmp_path / "tproj"
    (pkg / "spiders").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "spiders" / "__init__.py").write_text("")
    (pkg / "spiders" / "s.py").write_text(SPIDERS)
    (pkg / "settings.py").write_text(textwrap.dedent('''
        SPIDER_MODULES = ["tproj.spiders"]
        ITEM_PIPELINES = {"pipelines.sqlite.SQLitePipeline": 300}
        ROBOTSTXT_OBEY = False
        TELNETCONSOLE_ENABLED = False
        SQLITE_PATH = "data/test.db"
        SQLITE_BATCH_SIZE = 2
        LOG_LEVEL = "INFO"
    '''))
    (tmp_path / "sub").mkdir()
    return tmp_path


def test_crawl_end_to_end(project):
    # run from a subdirectory: the DB still lands next to scrapy.cfg
    r = run_cli("crawl", "good", cwd=project / "sub")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "ScrapyDeprecationWarning" not in r.stderr
    db = project / "data" / "test.db"
    assert db.exists() and Path(f"{db}.lock").exists()
    lines = r.stdout.splitlines()
    row = next(line.split() for line in lines if line.startswith("good"))
    # spider reason pages new updated unchanged dropped errors time
    assert row[:8] == ["good", "finished", "1", "3", "0", "0", "1", "0"]

    with Store(db) as s:
        assert s.count() == 3
        (run,) = s.runs()
        assert run["spider"] == "good" and run["finish_reason"] == "finished"
        assert (run["items_new"], run["items_dropped"], run["errors"]) == (3, 1, 0)
        assert run["stats"]["articles/dropped_no_body"] == 1
        assert len(s.search("اعلنت الوزارة")) == 3
        assert "https://good.example/2" in s.seen_urls("good")

    # second run (both spiders, --all, explicit --db, one of them broken)
    r = run_cli("crawl", "--all", "--db", str(db), "-s", "LOG_LEVEL=WARNING", cwd=project)
    assert r.returncode == 1, r.stderr[-3000:]
    rows = {line.split()[0]: line.split() for line in r.stdout.splitlines()
            if line.split() and line.split()[0] in ("good", "bad")}
    assert rows["good"][:8] == ["good", "finished", "1", "0", "0", "3", "1", "0"]
    assert rows["bad"][7] == "1"            # its error is not counted against "good"
    with Store(db) as s:
        runs = {r["spider"]: r for r in s.runs()[:2]}
        assert runs["good"]["items_unchanged"] == 3 and runs["good"]["errors"] == 0
        assert runs["bad"]["errors"] == 1
        assert runs["bad"]["stats"]["spider_exceptions/ValueError"] == 1


def test_crawl_spider_args(project):
    r = run_cli("crawl", "generic", "-a", "start=data:text/plain;charset=utf-8,النص الكامل", cwd=project)
    assert r.returncode == 0, r.stderr[-3000:]
    with Store(project / "data" / "test.db") as s:
        assert s.get("https://gen.example/1")["body"] == "النص الكامل"


def test_crawl_unknown_spider(project):
    r = run_cli("crawl", "nosuch", cwd=project)
    assert r.returncode == 2
    assert "unknown spider" in r.stderr and "good" in r.stderr


@pytest.mark.parametrize("args,said", [
    (("-a", "since=garbage", "-a", "start=http://127.0.0.1:9/feed"), "since: expected YYYY-MM-DD, Nd or 'all', got 'garbage'"),
    (("-a", "start=not-a-url",), "start: 'not-a-url' is no address to fetch"),
    (("-a", "url=http://[::1/x",), "url: 'http://[::1/x' is no address to fetch"),
    (("-a", "start=http://127.0.0.1:9/feed", "-a", "limit=abc"), "limit: expected a number of articles, got 'abc'"),
])
def test_crawl_with_arguments_the_spider_refuses(tmp_path, args, said):
    # a spider argument the operator got wrong (this project's generic spider): one line saying which and
    # why, exit 1; it was a traceback out of the summary (Scrapy's Crawler.stats raised for a crawler that
    # never started), or an engine traceback and a "dark" site for a start URL that is no address
    r = run_cli("crawl", "generic", *args, "--db", str(tmp_path / "t.db"), "-s", f"LOG_FILE={tmp_path / 't.log'}",
                cwd=ROOT)
    assert r.returncode == 1, r.stdout + r.stderr[-3000:]
    assert "not clean: generic" in r.stdout and f"failed: generic: {said}" in r.stdout, r.stdout
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
