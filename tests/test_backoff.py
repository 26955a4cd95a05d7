"""Politeness under pressure (issue 7, item 6): Retry-After honoured (seconds or HTTP-date,
bounded by RETRY_AFTER_MAX) and per-site backoff after repeated 429/503, measured on the server
side of a loopback server (request arrival times), with real `scraper crawl` subprocesses."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from scraper.retryafter import retry_after_seconds
from tests.hostile import HostileServer, article_html
from tests.test_ops_limits import crawl, run_stats

NOW = datetime(2025, 3, 10, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, expected", [
    ("120", 60.0), ("5", 5.0), (b"7", 7.0), (" 0 ", 0.0),
    ("Mon, 10 Mar 2025 12:00:30 GMT", 30.0),
    ("Mon, 10 Mar 2025 13:00:00 GMT", 60.0),     # bounded
    ("Mon, 10 Mar 2025 11:00:00 GMT", 0.0),      # in the past
    (None, None), ("", None), ("soon", None), ("-5", None), ("1.5", None),
])
def test_retry_after_values(value, expected):
    assert retry_after_seconds(value, limit=60, now=NOW) == expected


def _first_then_ok(status: int, retry_after):
    """First request: *status* with Retry-After (a value or a callable giving one); then 200."""
    calls = {"n": 0}

    def route(path):
        calls["n"] += 1
        if calls["n"] == 1:
            value = retry_after() if callable(retry_after) else retry_after
            return status, {"Retry-After": value}, b"<html><body>slow down</body></html>"
        return 200, {}, article_html("خبر بعد الانتظار")
    return route


def _gap(srv: HostileServer, path: str) -> float:
    times = srv.times(path)
    assert len(times) == 2, (path, times)
    return times[1] - times[0]


@pytest.fixture(scope="module")
def retry_after_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("retry_after")
    in_3s = lambda: format_datetime(datetime.now(timezone.utc) + timedelta(seconds=3),  # noqa: E731
                                    usegmt=True)
    routes = {
        "/ra-seconds": _first_then_ok(429, "2"),
        "/ra-date": _first_then_ok(503, in_3s),
        "/ra-too-long": _first_then_ok(429, "3600"),
    }
    with HostileServer(routes) as srv:
        proc = crawl(tmp, [srv.base + p for p in routes], "RETRY_TIMES=2",
                     "RETRY_AFTER_MAX=1.5", "BACKOFF_AFTER=100")
        gaps = {p: _gap(srv, p) for p in routes}
    return proc, gaps, run_stats(tmp / "news.db")


def test_retry_after_seconds_is_waited(retry_after_run):
    proc, gaps, _ = retry_after_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    # RETRY_AFTER_MAX=1.5 bounds the 2 s too: the retry comes after 1.5 s, not at once
    assert 1.4 <= gaps["/ra-seconds"] < 5, gaps


def test_retry_after_http_date_is_waited(retry_after_run):
    _, gaps, _ = retry_after_run
    assert 1.4 <= gaps["/ra-date"] < 5, gaps


def test_retry_after_is_bounded(retry_after_run):
    _, gaps, stats = retry_after_run
    assert 1.4 <= gaps["/ra-too-long"] < 5, gaps          # not 3600 s
    assert stats.get("retry/retry_after") == 3
    assert stats.get("articles/new") == 3


def test_retry_after_unbounded_default_waits_the_full_delay(tmp_path):
    with HostileServer({"/a": _first_then_ok(429, "2")}) as srv:
        proc = crawl(tmp_path, [srv.base + "/a"], "RETRY_TIMES=1")
        gap = _gap(srv, "/a")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert 1.95 <= gap < 6, gap


def test_repeated_503_backs_the_site_off(tmp_path):
    paths = [f"/busy-{i}" for i in range(5)]
    routes = {p: (lambda path: (503, {}, b"<html><body>busy</body></html>")) for p in paths}
    with HostileServer(routes) as srv:
        proc = crawl(tmp_path, [srv.base + p for p in paths], "RETRY_TIMES=0",
                     "CONCURRENT_REQUESTS_PER_DOMAIN=1", "CONCURRENT_REQUESTS=1",
                     "RANDOMIZE_DOWNLOAD_DELAY=0", "BACKOFF_AFTER=2", "BACKOFF_MIN_DELAY=1",
                     "BACKOFF_MAX_DELAY=2")
        times = sorted(t for t, _ in srv.log)
    assert len(times) == 5, times
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert gaps[0] < 0.9, gaps                 # no delay before the pressure
    assert gaps[1] >= 0.9, gaps                # 2 in a row: 1 s between requests
    assert gaps[2] >= 1.9 and gaps[3] >= 1.9, gaps   # doubled, at BACKOFF_MAX_DELAY
    lines = [line for line in proc.stderr.splitlines() if "Backing off" in line]
    assert len(lines) == 1, proc.stderr[-3000:]
    assert "127.0.0.1" in lines[0]
    assert run_stats(tmp_path / "news.db").get("backoff/127.0.0.1") == 2.0
