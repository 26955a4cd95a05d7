"""Shared by the service tests: a real archive made by real loopback crawls, and a real
``scraper serve`` process on an ephemeral port.

The archive holds the seed story (tests/sites/arabi21: an arabi21.com story, text from the
live page) and the akhbar fixture site, crawled with the generic spider into one SQLite file.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "tests" / "sites"
SEED_PATH = "/story/1404512/kremlin-biden-putin-call"
SEED_QUERY = "اوشاكوف"          # the story spells it أوشاكوف: found only through folding
ARTIFACTS = ROOT / "tests" / "artifacts"   # gitignored: screenshots of the browser test

CRAWL_SETTINGS = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_TIMEOUT=2",
    "-s", "RETRY_TIMES=0", "-s", "TELNETCONSOLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
]


def crawl(db: Path, *spider_args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "generic", *spider_args,
           "-s", f"SQLITE_PATH={db}", *CRAWL_SETTINGS]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def build_archive(db: Path) -> dict[str, str]:
    """Crawl the seed story and the akhbar site into *db*; returns {"seed": canonical URL}."""
    with SiteServer(SITES / "arabi21") as srv:
        seed = srv.base + SEED_PATH
        r = crawl(db, "-a", f"url={seed}")
        assert r.returncode == 0, r.stderr[-2000:]
    with SiteServer(SITES / "akhbar") as srv:
        r = crawl(db, "-a", f"start={srv.base}/robots.txt", "-a", "since=2025-03-01")
        assert r.returncode == 0, r.stderr[-2000:]
    return {"seed": seed}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Served:
    """``scraper serve --db DB --port 0`` in a subprocess; ``base`` is its http://host:port."""

    def __init__(self, db: Path, *extra: str, prefix: tuple[str, ...] = ()):
        self.db = db
        self.extra = extra
        self.prefix = prefix     # e.g. setpriv …: serve as another user
        self.proc: subprocess.Popen | None = None
        self.base = ""

    def __enter__(self) -> Served:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [*self.prefix, sys.executable, "-m", "scraper.cli", "serve", "--db", str(self.db),
             "--port", "0", *self.extra],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = self.proc.stdout.readline()
        if "serving" not in line:
            self.proc.kill()
            raise RuntimeError(f"scraper serve did not start: {line}{self.proc.stderr.read()}")
        self.base = line.split(" at ", 1)[1].strip().rsplit("/news", 1)[0]
        deadline = time.monotonic() + 30
        while True:   # the socket is bound before Datasette is ready: wait for a 200
            try:
                if self.get("/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.__exit__()
                raise RuntimeError("scraper serve did not answer")
            time.sleep(0.2)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            self.proc.stdout.close()
            self.proc.stderr.close()

    # -- HTTP helpers (urllib: a real client over a real socket)
    def request(self, path: str, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def get(self, path: str) -> tuple[int, dict, bytes]:
        return self.request(path)

    def get_json(self, path: str) -> Any:
        status, _, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)

    def post_json(self, path: str, obj: Any) -> tuple[int, Any]:
        status, _, body = self.request(path, json.dumps(obj).encode(),
                                       {"Content-Type": "application/json"})
        return status, json.loads(body)

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, Any]:
        from urllib.parse import urlencode
        status, _, body = self.request(path, urlencode(fields).encode(),
                                       {"Content-Type": "application/x-www-form-urlencoded"})
        return status, json.loads(body)
