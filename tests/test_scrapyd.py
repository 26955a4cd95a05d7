"""Scheduled as a Scrapy service: a real scrapyd on loopback (its own temp dirs and port), the
project deployed with scrapyd-client's ``scrapyd-deploy`` (which builds the egg from a copy of
the project), the generic spider scheduled over HTTP on a loopback site, the article found in
the SQLite file given as a ``setting``."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.httpserver import SiteServer
from tests.servicekit import ARTIFACTS, ROOT, SEED_PATH, SITES

BIN = Path(sys.executable).parent
PROJECT = "arabic_news_scraper"

pytestmark = pytest.mark.skipif(
    not ((BIN / "scrapyd").exists() and (BIN / "scrapyd-deploy").exists()),
    reason="scrapyd / scrapyd-client not installed in this environment (pip install -e '.[test]')",
)


def free_port() -> int:
    # scrapyd cannot listen on port 0 (it treats 0 as "no HTTP"): ask the OS for a free one
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(base + endpoint, data=body, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.fixture
def scrapyd(tmp_path):
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        "items_dir =\npoll_interval = 0.5\nmax_proc = 1\n", "utf-8")
    port = free_port()
    env = {**os.environ, "SCRAPYD_HTTP_PORT": str(port), "SCRAPYD_BIND_ADDRESS": "127.0.0.1"}
    log = open(home / "scrapyd.log", "wb")
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if call(base, "daemonstatus.json")["status"] == "ok":
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, \
                (home / "scrapyd.log").read_text("utf-8", "replace")[-2000:]
            time.sleep(0.3)
        yield base, home
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def project_copy(dest: Path) -> Path:
    """What a deployer has: the repository's project files (not the venv, not the tests)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for d in ("scraper", "spiders", "pipelines"):
        shutil.copytree(ROOT / d, dest / d, ignore=ignore)
    for f in ("scrapy.cfg", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / f, dest / f)
    return dest


def test_deploy_schedule_and_store(scrapyd, tmp_path):
    base, home = scrapyd
    project = project_copy(tmp_path / "project")
    env = {**os.environ, "SCRAPYD_URL": base}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    r = subprocess.run([str(BIN / "scrapyd-deploy"), "env", "-v", "r1"], cwd=project, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    reply = json.loads(r.stdout[r.stdout.index("{"):])
    assert reply["status"] == "ok" and reply["project"] == PROJECT and reply["spiders"] > 10
    assert "generic" in call(base, f"listspiders.json?project={PROJECT}")["spiders"]

    db = tmp_path / "news.db"
    with SiteServer(SITES / "arabi21") as site:
        job = call(base, "schedule.json", [
            ("project", PROJECT), ("spider", "generic"), ("url", site.base + SEED_PATH),
            ("setting", f"SQLITE_PATH={db}"), ("setting", "DOWNLOAD_DELAY=0"),
            ("setting", "AUTOTHROTTLE_ENABLED=0"), ("setting", "TELNETCONSOLE_ENABLED=0"),
        ])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 180
        while True:
            jobs = call(base, f"listjobs.json?project={PROJECT}")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            assert time.monotonic() < deadline, jobs
            time.sleep(0.5)
        assert site.requested(SEED_PATH)

    log = next((home / "logs" / PROJECT / "generic").glob(f"{job['jobid']}.log"))
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT title, body FROM articles").fetchall()
        runs = conn.execute("SELECT spider, finish_reason, items_new FROM crawl_runs").fetchall()
    finally:
        conn.close()
    assert len(rows) == 1, log.read_text("utf-8", "replace")[-3000:]
    assert rows[0][0] == "الكرملين: بايدن أكد لبوتين أن الحرب النووية يجب ألا تبدأ"
    assert "أوشاكوف" in rows[0][1]
    assert runs == [("generic", "finished", 1)]

    # the web console's jobs page, as an artifact (and the README's picture)
    chromium = shutil.which("chromium")
    if chromium:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shot = ARTIFACTS / "scrapyd-jobs.png"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--no-first-run", "--disable-sync", f"--user-data-dir={tmp_path / 'chr'}",
                        "--hide-scrollbars", "--window-size=1000,300", f"--screenshot={shot}",
                        base + "jobs"], capture_output=True, timeout=60)
        assert shot.stat().st_size > 5_000
