"""Run one crawler as a child process and measure it: wall time, Scrapy's own elapsed time and
counters (from the stats dump in its log file), and the child's peak RSS (``os.wait4``)."""
from __future__ import annotations

import ast
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]   # the checkout (scrapy.cfg)


@contextmanager
def work_folder(keep: str | None, prefix: str) -> Iterator[Path]:
    """The benchmarks' work folder (sites, logs, databases): *keep* (made if missing, kept
    afterwards) or a temporary folder removed at the end."""
    if keep:
        work = Path(keep).absolute()
        work.mkdir(parents=True, exist_ok=True)
        yield work
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp).absolute()


@dataclass
class Result:
    name: str
    pages: int            # responses downloaded (articles + sitemap/robots)
    elapsed: float        # Scrapy's elapsed_time_seconds (engine start → close)
    wall: float           # the whole process, interpreter start included
    peak_rss_mib: float
    cpu: float            # user + system CPU seconds of the process
    rows: int | None      # rows stored
    rc: int

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed if self.elapsed else 0.0

    @property
    def pages_per_cpu_s(self) -> float:
        """Throughput per CPU second: what one free core would give (independent of machine load)."""
        return self.pages / self.cpu if self.cpu else 0.0


def scrapy_stats(log_file: Path) -> dict:
    """The last 'Dumping Scrapy stats' dict of a Scrapy log (numbers only)."""
    text = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
    i = text.rfind("Dumping Scrapy stats:")
    if i < 0:
        return {}
    out = {}
    for k, v in re.findall(r"'([^']+)': (-?\d+(?:\.\d+)?)\b", text[i:]):
        try:
            out.setdefault(k, ast.literal_eval(v))
        except (ValueError, SyntaxError):
            pass
    return out


def count_rows(db: Path, table: str = "articles") -> int | None:
    if not db.exists():
        return None
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def run(name: str, cmd: list[str], log_file: Path, db: Path | None = None,
        env: dict | None = None, timeout: float = 7200) -> Result:
    e = {**os.environ, **(env or {})}
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    e.pop("SCRAPY_SETTINGS_MODULE", None)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=e, stdout=subprocess.DEVNULL,
                            stderr=open(log_file.with_suffix(".stderr"), "w"))
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - t0
    st = scrapy_stats(log_file)
    return Result(
        name=name,
        pages=int(st.get("downloader/response_count", 0)),
        elapsed=float(st.get("elapsed_time_seconds", 0.0)),
        wall=wall,
        peak_rss_mib=usage.ru_maxrss / 1024.0,   # KiB on Linux
        cpu=usage.ru_utime + usage.ru_stime,
        rows=count_rows(db) if db else None,
        rc=proc.returncode,
    )


def python() -> str:
    return sys.executable
