"""Blocked answers in real crawls, and proxies.

``scraper crawl generic`` (a subprocess, real Scrapy) against tests/sites/blocked on 127.0.0.1: one
good article, the rest 403/429/503 answers, AWS WAF's 202 challenge, challenge pages of eight vendors, a
captcha page of the site's own and a region's block page. They are counted
as ``blocked/<kind>``, reported once with the hint, never stored.

The same crawl through a REAL forward proxy on loopback: proxy.py (PyPI ``proxy.py``, a
maintained pure-Python HTTP proxy installed with the test extras: no root, no system service,
an ephemeral port through ``--port 0 --port-file``, one access-log line per proxied request).
Proof that every request went through it, for the ``http_proxy`` environment variable and for
the per-site ``SITE_PROXIES`` setting:

* the origin server checks, while each connection is open, which process owns the other end of
  it (Linux /proc: the socket inode of the peer port, looked up in the fds of the processes):
  the proxy's process tree for every request, never the crawler (and the crawler itself in the
  direct run, so the check can tell them apart);
* the proxy names exactly the requests the origin served (tests/proxy_plugins.py: one line
  per forwarded request; proxy.py's own access log has one line per client connection).
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "tests" / "sites" / "blocked"

EXPECTED_BLOCKED = {
    "cloudflare": 2,     # 403 + Server: cloudflare + cf-mitigated; 503 Cloudflare captcha page (body)
    "datadome": 1,       # 403 + X-DataDome
    "akamai": 1,         # 403 + Server: AkamaiGHost
    "sucuri": 1,         # 403 + X-Sucuri-Block
    "perimeterx": 1,     # 200 challenge page (named by the extractor's parse)
    "aws-waf": 1,        # 202 + x-amzn-waf-action: challenge (no block status: the header says it)
    "vercel": 1,         # 429 + x-vercel-mitigated: challenge
    "ddos-guard": 1,     # 403 + Server: ddos-guard
    "anubis": 1,         # 200 proof-of-work wall
    "captcha": 1,        # 200 captcha page of the site's own (a widget and "not a robot")
    "geo": 1,            # 200 page of the site's own that refuses the story to the reader's region
    "http_429": 1,
    "http_503": 1,
}

linux_proc = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")


# --------------------------------------------------------------------------- who is connected

def _socket_inode(peer_port: int, server_port: int) -> str | None:
    """Inode of the socket whose local port is *peer_port* and remote port *server_port*."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            f = line.split()
            local, remote, inode = f[1], f[2], f[9]
            if int(local.rsplit(":", 1)[1], 16) == peer_port and int(remote.rsplit(":", 1)[1], 16) == server_port:
                return inode
    return None


def _tree(pid: int) -> set[int]:
    """pid and all its descendants."""
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        out.add(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def _owns(pids: set[int], inode: str) -> bool:
    target = f"socket:[{inode}]"
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                if os.readlink(fd) == target:
                    return True
            except OSError:
                pass
    return False


class PeerCheck:
    """Origin hook: for every request, which watched process holds the client end."""

    def __init__(self, server: SiteServer):
        self.server = server
        self.watch: dict[str, int] = {}      # label -> root pid
        self.seen: list[tuple[str, str]] = []  # (path, label or "unknown")

    def __call__(self, handler) -> None:
        inode = _socket_inode(handler.client_address[1], self.server.port)
        label = "unknown"
        if inode:
            for name, pid in self.watch.items():
                if _owns(_tree(pid), inode):
                    label = name
                    break
        self.seen.append((handler.path, label))


# --------------------------------------------------------------------------- runs

def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    env.update(extra)
    return env


def crawl(base: str, tmp: Path, name: str, check: PeerCheck, *args: str,
          env: dict[str, str] | None = None) -> dict:
    db = tmp / f"{name}.db"
    log = tmp / f"{name}.log"
    cmd = [sys.executable, "-m", "scraper.cli", "crawl", "generic", "--db", str(db),
           "-a", f"start={base}/feed.xml", "-a", "since=all",
           "-s", f"LOG_FILE={log}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
           "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_TIMEOUT=10", "-s", "TELNETCONSOLE_ENABLED=0",
           "-s", "REMOTE_CONTROL_ENABLED=0",
           *args]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env or _env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    check.watch["crawler"] = proc.pid
    out, err = proc.communicate(timeout=120)
    del check.watch["crawler"]
    conn = sqlite3.connect(db)
    rows = [r[0] for r in conn.execute("SELECT url FROM articles")]
    stats = json.loads(conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC").fetchone()[0])
    conn.close()
    return {"rc": proc.returncode, "out": out, "err": err, "rows": rows, "stats": stats,
            "log": log.read_text("utf-8")}


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    pytest.importorskip("proxy", reason="proxy.py (test extra) not installed")
    tmp = tmp_path_factory.mktemp("proxy")
    port_file, log = tmp / "port", tmp / "requests.log"
    log.write_text("")
    proc = subprocess.Popen(
        [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0",
         "--port-file", str(port_file), "--num-workers", "1", "--num-acceptors", "1",
         "--plugins", "tests.proxy_plugins.CountRequests", "--log-file", str(tmp / "proxy.log")],
        cwd=ROOT, env=_env(PROXY_COUNT_FILE=str(log)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.05)
        else:
            pytest.fail("proxy.py did not start")
        yield {"url": f"http://127.0.0.1:{port_file.read_text().strip()}", "pid": proc.pid, "log": log}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def runs(tmp_path_factory, proxy):
    tmp = tmp_path_factory.mktemp("blocked")
    out = {}
    with SiteServer(SITE) as srv:
        check = PeerCheck(srv)
        srv.on_request = check
        check.watch["proxy"] = proxy["pid"]
        for name, args, env in (
            ("direct", (), None),
            ("env_proxy", (), _env(http_proxy=proxy["url"])),
            ("site_proxy", ("-s", "SITE_PROXIES=" + json.dumps({"generic": proxy["url"]})), None),
        ):
            n0, p0 = len(srv.log), len(check.seen)
            a0 = len(proxy["log"].read_text().splitlines())
            r = crawl(srv.base, tmp, name, check, *args, env=env)
            r["origin"] = [p for _, p, _, _ in srv.log[n0:]]
            r["peers"] = check.seen[p0:]
            r["proxy_log"] = proxy["log"].read_text().splitlines()[a0:]
            r["base"] = srv.base
            out[name] = r
    return out


# --------------------------------------------------------------------------- blocking

@pytest.mark.parametrize("name", ["direct", "env_proxy", "site_proxy"])
def test_blocked_answers_are_counted_by_kind(runs, name):
    r = runs[name]
    got = {k[len("blocked/"):]: v for k, v in r["stats"].items() if k.startswith("blocked/")}
    assert got == EXPECTED_BLOCKED, r["log"][-3000:]


def test_blocked_pages_are_never_stored(runs):
    r = runs["direct"]
    assert r["rows"] == [r["base"] + "/news/2025/03/10/ok-story-1.html"]
    assert r["stats"].get("articles/new") == 1


def test_reported_once_with_a_hint(runs):
    r = runs["direct"]
    lines = [ln for ln in r["log"].splitlines() if "blocked (" in ln and "WARNING" in ln]
    assert len(lines) == 1, lines
    assert "generic: 14 answers blocked (cloudflare 2, akamai 1, anubis 1, aws-waf 1, captcha 1" in lines[0]
    assert "http_proxy" in lines[0] and "SITE_PROXIES" in lines[0] and "DOWNLOAD_DELAY" in lines[0]
    # blocked articles are not errors of the run (the entry point answered): exit 0, and the
    # summary names the blocks
    assert r["rc"] == 0, r["out"] + r["err"]
    assert "blocked" in r["out"] and "cloudflare 2" in r["out"], r["out"]
    assert " ERROR: " not in r["log"], r["log"][-3000:]


def test_retries_before_counting(runs):
    """429 and 503 are retried (RETRY_TIMES=1) before they count, once each."""
    origin = runs["direct"]["origin"]
    assert origin.count("/news/2025/03/10/rate-429-3.html") == 2
    assert origin.count("/news/2025/03/10/plain-503-9.html") == 2
    assert origin.count("/news/2025/03/10/cf-403-2.html") == 1


# --------------------------------------------------------------------------- proxies

@linux_proc
def test_direct_run_connects_itself(runs):
    """The control: without a proxy the origin sees the crawler, so the check can tell."""
    labels = {label for _, label in runs["direct"]["peers"]}
    assert labels == {"crawler"}, runs["direct"]["peers"]
    assert runs["direct"]["proxy_log"] == []


@linux_proc
@pytest.mark.parametrize("name", ["env_proxy", "site_proxy"])
def test_every_request_went_through_the_proxy(runs, name):
    r = runs[name]
    assert len(r["origin"]) >= 12          # robots.txt, feed, 9 articles, retries
    assert r["peers"] and all(label == "proxy" for _, label in r["peers"]), r["peers"]
    # the proxy forwarded exactly what the origin served
    host = r["base"].split("//", 1)[1]
    assert sorted(r["proxy_log"]) == sorted(f"GET {host}{p}" for p in r["origin"])
    assert r["rows"] == [r["base"] + "/news/2025/03/10/ok-story-1.html"]


def test_site_proxy_precedence():
    """meta["proxy"] set by the spider > SITE_PROXIES[site] > the spider's `proxy` attribute."""
    from scrapy.http import Request
    from scrapy.utils.test import get_crawler

    from scraper.crawling.proxies import SiteProxyMiddleware
    from spiders.generic import GenericSpider

    def proxied(settings, attr=None, meta=None):
        crawler = get_crawler(GenericSpider, settings)
        crawler.spider = spider = crawler._create_spider(start="http://127.0.0.1/")
        if attr:
            spider.proxy = attr
        mw = SiteProxyMiddleware.from_crawler(crawler)
        req = Request("http://127.0.0.1/x", meta=dict(meta or {}))
        mw.process_request(req)
        return req.meta.get("proxy")

    assert proxied({}) is None
    assert proxied({}, attr="http://attr:1") == "http://attr:1"
    assert proxied({"SITE_PROXIES": {"generic": "http://set:1"}}, attr="http://attr:1") == "http://set:1"
    assert proxied({"SITE_PROXIES": '{"generic": "http://json:1"}'}) == "http://json:1"
    assert proxied({"SITE_PROXIES": {"other": "http://set:1"}}) is None
    assert proxied({"SITE_PROXIES": {"generic": "http://set:1"}}, meta={"proxy": "http://own:1"}) == "http://own:1"
