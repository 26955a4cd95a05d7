"""Bounded work (issue 7, item 2) and per-page decoding in a crawl (item 7), with a real
`scraper crawl` subprocess against a loopback server of hostile answers: each limit hit is one
log line and a `limits/<name>` stat (read back from the run's stats in `crawl_runs`)."""
from __future__ import annotations

import fcntl
import gzip
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile import HostileServer, article_html, gzip_bomb, sitemapindex, urlset

ROOT = Path(__file__).resolve().parents[1]
SCRAPER = [sys.executable, "-m", "scraper.cli"]
DAY = "2025/03/10"


def _env(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    env["HOME"] = str(tmp)
    return env


def crawl(tmp: Path, starts: list[str], *settings: str, since: str = "2025-01-01",
          timeout: float = 180) -> subprocess.CompletedProcess:
    cmd = [*SCRAPER, "crawl", "generic", "--db", str(tmp / "news.db"),
           "-a", "start=" + ",".join(starts), "-a", f"since={since}",
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
           "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=0"]
    for s in settings:
        cmd += ["-s", s]
    return subprocess.run(cmd, cwd=tmp, env=_env(tmp), capture_output=True, text=True,
                          timeout=timeout)


def run_stats(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT stats FROM crawl_runs ORDER BY rowid DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row and row[0] else {}


def stored_urls(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()


def _static(body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str):
    return lambda path: (200, {"Content-Type": ctype, **headers}, body)


def hostile_routes() -> dict:
    rng = random.Random(3)
    big = article_html("مقال كبير", pad=150_000)                   # ~300 KB
    routes = {
        # sitemap index chain: chain-0 -> chain-1 -> chain-2 -> chain-3 -> chain-4
        **{f"/chain-{i}.xml": _static(sitemapindex([f"__BASE__/chain-{i + 1}.xml"]),
                                      "application/xml") for i in range(5)},
        "/self.xml": _static(sitemapindex(["__BASE__/self.xml"]), "application/xml"),
        "/big.xml": _static(urlset(f"__BASE__/news/2001/01/01/old-{i}" for i in range(100)),
                            "application/xml"),
        "/bomb.xml.gz": _static(gzip_bomb(2_000_000), "application/x-gzip"),
        "/listing": _static(("<html><body><h1>أخبار</h1>" + "".join(
            f'<a href="/news/{DAY}/story-{i}.html">خبر {i}</a>' for i in range(30))
            + "</body></html>").encode()),
        "/articles.xml": _static(urlset([f"__BASE__/news/{DAY}/{n}.html" for n in (
            "ok-1", "big-1", "big-2", "gz-1", "binary-1", "moji-1")], lastmod="2025-03-10"),
            "application/xml"),
        f"/news/{DAY}/ok-1.html": _static(article_html("خبر سليم")),
        f"/news/{DAY}/big-1.html": _static(big),                                # Content-Length
        f"/news/{DAY}/big-2.html": lambda p: (200, {}, iter([big[i:i + 8192] for i in
                                                             range(0, len(big), 8192)])),
        f"/news/{DAY}/gz-1.html": _static(gzip.compress(article_html("مضغوط", pad=1_000_000)),
                                          **{"Content-Encoding": "gzip"}),
        f"/news/{DAY}/binary-1.html": _static(bytes(rng.randrange(1, 256) for _ in range(30000))),
        f"/news/{DAY}/moji-1.html": _static(
            article_html("خبر مشوه").decode("utf-8").encode("utf-8").decode("cp1252", "replace")
            .encode("utf-8")),
    }
    for i in range(30):
        routes[f"/news/{DAY}/story-{i}.html"] = _static(article_html(f"خبر رقم {i}"))
    return routes


class _Based:
    """Routes whose bodies name the server (``__BASE__``)."""

    def __init__(self, server: HostileServer):
        self.server = server

    def install(self, routes: dict) -> None:
        for path, fn in routes.items():
            def wrapped(p, fn=fn):
                status, headers, body = fn(p)
                if isinstance(body, bytes):
                    body = body.replace(b"__BASE__", self.server.base.encode())
                return status, headers, body
            self.server.routes[path] = wrapped


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    with HostileServer() as srv:
        _Based(srv).install(hostile_routes())
        b = srv.base
        proc = crawl(tmp, [f"{b}/chain-0.xml", f"{b}/self.xml", f"{b}/big.xml",
                           f"{b}/bomb.xml.gz", f"{b}/listing", f"{b}/articles.xml"],
                     "SITEMAP_MAX_DEPTH=2", "SITEMAP_MAX_URLS=20", "GUNZIP_MAXSIZE=200000",
                     "LISTING_MAX_LINKS=4", "ARTICLE_MAXSIZE=100000")
        log = list(srv.log)
    return {"proc": proc, "stats": run_stats(tmp / "news.db"), "stored": stored_urls(tmp / "news.db"),
            "paths": [p for _, p in log], "base": b}


def _lines(proc, needle: str) -> list[str]:
    return [line for line in proc.stderr.splitlines() if needle in line]


def test_sitemap_index_depth(limited):
    paths = limited["paths"]
    assert {"/chain-0.xml", "/chain-1.xml", "/chain-2.xml"} <= set(paths)
    assert "/chain-3.xml" not in paths and "/chain-4.xml" not in paths
    assert limited["stats"].get("limits/sitemap_depth") == 1
    assert len(_lines(limited["proc"], "Limit sitemap_depth")) == 1


def test_sitemap_index_pointing_to_itself_is_read_once(limited):
    assert limited["paths"].count("/self.xml") == 1
    assert limited["stats"].get("discovery/skipped_duplicate", 0) >= 1


def test_entries_per_sitemap(limited):
    assert limited["stats"].get("limits/sitemap_urls") == 1
    lines = _lines(limited["proc"], "Limit sitemap_urls")
    assert len(lines) == 1 and "/big.xml" in lines[0]


def test_gzip_sitemap_is_bounded(limited):
    lines = _lines(limited["proc"], "Limit decompressed_size")
    assert sum("/bomb.xml.gz" in line for line in lines) == 1


def test_links_per_listing_page(limited):
    followed = [p for p in limited["paths"] if "/story-" in p]
    assert len(followed) == 4
    assert limited["stats"].get("limits/listing_links") == 1
    assert len(_lines(limited["proc"], "Limit listing_links")) == 1


def test_article_page_size_with_and_without_content_length(limited):
    assert limited["stats"].get("limits/page_size") == 2
    lines = _lines(limited["proc"], "Limit page_size")
    assert len(lines) == 2
    assert any("big-1" in line for line in lines) and any("big-2" in line for line in lines)
    # one line per hit: Scrapy's own "larger than download max size" warning is not shown
    assert not _lines(limited["proc"], "larger than download max size")


def test_article_decompressed_size(limited):
    lines = [line for line in _lines(limited["proc"], "Limit decompressed_size") if "gz-1" in line]
    assert len(lines) == 1
    assert limited["stats"].get("limits/decompressed_size") == 2      # gz-1 and the bomb
    assert not _lines(limited["proc"], "during decompression")


def test_binary_and_mojibake_pages_are_counted_not_stored(limited):
    stats, stored, base = limited["stats"], limited["stored"], limited["base"]
    assert stats.get("errors/binary") == 1
    assert stats.get("errors/mojibake") == 1
    assert f"{base}/news/{DAY}/ok-1.html" in stored
    for name in ("big-1", "big-2", "gz-1", "binary-1", "moji-1"):
        assert f"{base}/news/{DAY}/{name}.html" not in stored
    assert len(_lines(limited["proc"], "binary body")) == 1
    assert len(_lines(limited["proc"], "mojibake body")) == 1


def test_limits_are_warnings_not_errors(limited):
    proc = limited["proc"]
    assert " ERROR: " not in proc.stderr, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr


def test_run_time_limit_closes_the_spider_and_releases_the_lock(tmp_path):
    with HostileServer({"/slow": lambda p: (200, {}, iter([b"<html><body>", ("sleep", 30),
                                                           b"</body></html>"]))}) as srv:
        t0 = time.monotonic()
        # the spider closes at the limit; the download in flight ends within DOWNLOAD_TIMEOUT
        proc = crawl(tmp_path, [f"{srv.base}/slow"], "CLOSESPIDER_TIMEOUT=2",
                     "DOWNLOAD_TIMEOUT=6")
        elapsed = time.monotonic() - t0
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert elapsed < 28, elapsed
    lines = _lines(proc, "Limit run_time")
    assert len(lines) == 1 and "CLOSESPIDER_TIMEOUT=2" in lines[0]
    assert "closespider_timeout" in proc.stdout                        # the summary table
    assert run_stats(tmp_path / "news.db").get("limits/run_time") == 1
    with open(f"{tmp_path / 'news.db'}.lock", "a+") as f:               # the lock is free
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


# --------------------------------------------------------------------------- scraper extract

def _extract(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.monotonic()
    proc = subprocess.run([*SCRAPER, "extract", "--json", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return proc, time.monotonic() - t0


def _peak_rss_mb(proc_pid_status: str) -> float:
    for line in proc_pid_status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _endless():
    chunk = b"<p>" + "كلام ".encode() * 2000 + b"</p>"
    while True:
        yield chunk


def _drip():
    yield b"<html><body><article><p>"
    for _ in range(200):
        yield ("sleep", 0.2)
        yield "ا".encode()


@pytest.fixture(scope="module")
def extract_server():
    routes = {
        "/ok": _static(article_html("خبر سليم")),
        "/endless": lambda p: (200, {}, _endless()),
        "/drip": lambda p: (200, {}, _drip()),
        "/announced": lambda p: (200, {"Content-Length": str(10**9)}, iter([b"<html>"])),
    }
    with HostileServer(routes) as srv:
        yield srv


def test_extract_url_ok_within_limits(extract_server):
    proc, _ = _extract(f"{extract_server.base}/ok", "--max-bytes", "100000", "--timeout", "10")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "خبر سليم"


def test_extract_endless_stream_stops_at_max_bytes(extract_server):
    proc, elapsed = _extract(f"{extract_server.base}/endless", "--max-bytes", "2000000")
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["problem"] == "fetch_failed" and out["limit"] == "max_bytes"
    assert len(proc.stderr.strip().splitlines()) == 1 and "limit max_bytes" in proc.stderr
    assert elapsed < 30


def test_extract_announced_size_is_refused_before_reading(extract_server):
    proc, _ = _extract(f"{extract_server.base}/announced", "--max-bytes", "1000")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["limit"] == "max_bytes"


def test_extract_slow_drip_is_cut_at_the_timeout(extract_server):
    # 200 bytes, one every 0.2 s (40 s in all): each read is quick, the whole is not
    proc, elapsed = _extract(f"{extract_server.base}/drip", "--timeout", "2")
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["limit"] == "timeout"
    assert elapsed < 15, elapsed
    assert "limit timeout" in proc.stderr


def test_extract_gz_bomb_file_is_bounded(tmp_path):
    bomb = tmp_path / "page.html.gz"
    with gzip.open(bomb, "wb", 9) as f:         # 200 MB of content, written in steps
        f.write(b"<html><body>")
        for _ in range(200):
            f.write(b" " * 1_000_000)
        f.write(b"</body></html>")
    assert bomb.stat().st_size < 1_000_000
    # peak memory of the process itself (VmHWM starts again at exec, unlike ru_maxrss)
    script = ("import sys; from scraper.cli import main; rc = main(sys.argv[1:]); "
              "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0], "
              "file=sys.stderr); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", script, "extract", "--json", "--max-bytes",
                           "5000000", str(bomb)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["limit"] == "max_bytes"
    peak_mb = _peak_rss_mb(proc.stderr)
    assert 0 < peak_mb < 150, peak_mb    # not the 200 MB the file decompresses to
