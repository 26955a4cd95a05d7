"""The SQLite pipeline's writer thread (pipelines/sqlite.py, SQLITE_WRITER_THREAD): a real crawl on
127.0.0.1 goes on downloading while its write waits for the database (another connection holds
the write lock for a few seconds), and every article is stored once the lock is released."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scraper.storage import Store
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
N = 40
LOCK_AT = 6          # the database is locked when this article is requested...
LOCK_S = 5.0         # ...for this long (the Store waits up to its busy timeout, 15 s)
PARA = ("أعلنت وزارة الاقتصاد صباح اليوم عن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة في "
        "المحافظات، بتمويل مشترك من البنوك الوطنية وعدد من صناديق التنمية العربية.")


def _path(i: int) -> str:
    return f"/news/2025/03/10/plan-{i:04d}.html"


def _article(i: int) -> str:
    title = f"خطة اقتصادية جديدة رقم {i} لدعم المشروعات"
    body = "".join(f"<p>{PARA} (رقم {i}، الفقرة {k})</p>" for k in range(4))
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><article><h1>{title}</h1>{body}</article></body></html>')


def _crawl(tmp: Path, *settings: str):
    site = tmp / "site"
    for i in range(N):
        p = site / _path(i).lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(_article(i), "utf-8")
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>__BASE__{_path(i)}</loc></url>" for i in range(N)) + "</urlset>", "utf-8")
    db = tmp / "news.db"
    Store(db).close()                       # the schema exists before the crawl
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    window: dict[str, float] = {}

    def lock_once(handler) -> None:
        if handler.path == _path(LOCK_AT) and "start" not in window:
            holder.execute("BEGIN IMMEDIATE")          # the write lock: the crawl's writes wait
            window["start"] = time.monotonic()

            def release() -> None:
                holder.execute("COMMIT")
                window["end"] = time.monotonic()
            threading.Timer(LOCK_S, release).start()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    times: list[float] = []
    with SiteServer(site, routes={}) as srv:
        srv.on_request = lambda h: (lock_once(h), times.append(time.monotonic())
                                    if h.path.startswith("/news/") else None)
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start={srv.base}/sitemap.xml",
             "-a", "since=all", "-s", f"SQLITE_PATH={db}", "-s", f"LOG_FILE={tmp / 'crawl.log'}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
             "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", "-s", "SQLITE_BATCH_SIZE=5", *settings],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    holder.close()
    assert proc.returncode == 0, proc.stderr[-2000:] + (tmp / "crawl.log").read_text("utf-8")[-3000:]
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    finally:
        conn.close()
    during = sum(1 for t in times if window["start"] < t < window["end"])
    return stored, stats, during


def test_downloads_go_on_while_a_write_waits_for_the_database(tmp_path: Path):
    stored, stats, during = _crawl(tmp_path)
    assert stored == N and stats.get("articles/new") == N     # nothing lost, flushed at close
    assert not stats.get("storage/failure")
    # the rest of the site was fetched while the first batch waited for the lock: the reactor
    # did not stop (in the reactor thread, at most the requests in flight would be answered)
    assert during >= N - LOCK_AT - 5, during


@pytest.mark.parametrize("setting", ["SQLITE_WRITER_THREAD=0"])
def test_without_the_writer_thread_the_crawl_waits(tmp_path: Path, setting: str):
    """The same crawl with the writes in the reactor thread: correct, but downloads stop while
    the write waits (what the test above tells apart)."""
    stored, stats, during = _crawl(tmp_path, "-s", setting)
    assert stored == N and stats.get("articles/new") == N
    assert during < N - LOCK_AT - 5, during
