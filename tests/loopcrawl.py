"""A real crawl of a loopback site built in a test's folder: ``scraper crawl generic`` in a subprocess
(real Scrapy, the real SQLite file) against ``tests.httpserver.SiteServer``."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]


def crawl_generic(site: Path, routes: dict, tmp_path: Path, *starts: str, code: int = 0,
                  port: int = 0) -> tuple[str, str, list, dict, str]:
    """``scraper crawl generic`` from *starts* (paths) of the loopback site, checked clean (exit *code*, no
    error, no traceback): (the site's base URL, the run's log, the stored URLs, the run's stats, what
    the command printed: its summary)."""
    db, log = tmp_path / "bad.db", tmp_path / "bad.log"
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    with SiteServer(site, routes, port=port) as srv:   # (port: the same site again, a second run)
        proc = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "crawl", "generic", "--db", str(db),
             "-a", "start=" + ",".join(srv.base + s for s in starts), "-a", "since=all", "-s", f"LOG_FILE={log}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_TIMES=0",
             "-s", "TELNETCONSOLE_ENABLED=0", "-s", "REMOTE_CONTROL_ENABLED=0"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        base = srv.base
    text = log.read_text("utf-8")
    assert proc.returncode == code, proc.stdout + proc.stderr + text[-3000:]
    assert "Traceback" not in text and " ERROR: " not in text, text[-3000:]
    conn = sqlite3.connect(db)
    rows = [r[0] for r in conn.execute("SELECT url FROM articles")]
    stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    conn.close()
    return base, text, rows, stats, proc.stdout
