"""``scraper crawl --jobs``: one process against N worker processes on a multi-site loopback crawl.

    python -m scraper.benchmarks.jobs [--sites 4] [--pages 300] [--jobs 2]

*sites* loopback sites (nginx, ``scraper.benchmarks.site``) of *pages* corpus pages each, one
spider per site (a generated module, ``-s SPIDER_MODULES=``), politeness off (no delay, no
AutoThrottle, 16 concurrent requests, also per site). ``scraper crawl <all of them> --jobs 1``
and ``--jobs N``, each into its own new database; pages/s = pages fetched / wall time of the
whole command (start-up included), peak RSS of the largest process.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from .crawl import POLITENESS_OFF, table
from .runner import ROOT, python
from .site import Server, build_sites

SPIDERS = '''
import json, os
from spiders.base import NewsSpider

for _name, _url in json.loads(os.environ["SCRAPER_BENCH_SITES"]).items():
    globals()[_name] = type(_name, (NewsSpider,), {
        "name": _name, "allowed_domains": ["127.0.0.1"], "default_since_days": None,
        "sitemaps": [_url]})
'''


def run_jobs(work: Path, sites, jobs: int) -> dict:
    mod = work / "mods"
    mod.mkdir(exist_ok=True)
    (mod / "bench_spiders.py").write_text(SPIDERS)
    names = {f"bench{i}": s.sitemap for i, s in enumerate(sites)}
    db = work / f"jobs{jobs}.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    env = {**os.environ, "SCRAPER_BENCH_SITES": json.dumps(names)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(mod), env.get("PYTHONPATH", "")])
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    cmd = [python(), "-m", "scraper.cli", "crawl", *names, "--jobs", str(jobs), "--db", str(db),
           "-s", "SPIDER_MODULES=bench_spiders", "-s", f"LOG_FILE={work / f'jobs{jobs}.log'}"]
    for k, v in POLITENESS_OFF.items():
        cmd += ["-s", f"{k}={int(v) if isinstance(v, bool) else v}"]
    t0 = time.monotonic()
    import subprocess

    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out, _ = proc.communicate()
    wall = time.monotonic() - t0
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    pages = sum(json.loads(s).get("response_received_count", 0)
                for (s,) in con.execute("SELECT stats FROM crawl_runs") if s)
    con.close()
    return {"jobs": jobs, "wall": wall, "pages": pages, "stored": stored, "rc": proc.returncode,
            "peak_mib": peak, "pps": pages / wall if wall else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.jobs", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=4)
    ap.add_argument("--pages", type=int, default=300, help="article pages per site (default 300)")
    ap.add_argument("--jobs", type=int, default=2, help="the parallel row (default 2)")
    ap.add_argument("--corpus")
    ap.add_argument("--keep")
    args = ap.parse_args(argv)
    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="bench-jobs-")
    work = Path(args.keep or tmp.name).absolute()
    work.mkdir(parents=True, exist_ok=True)
    try:
        sites = build_sites(work, args.pages, args.sites, args.corpus)
        with Server(sites, work) as server:
            print(f"{args.sites} sites x {args.pages} pages, served by {server.kind}; politeness off", flush=True)
            rows = [run_jobs(work, sites, 1), run_jobs(work, sites, args.jobs)]
        print()
        print(table([[f"scraper crawl --jobs {r['jobs']}", f"{r['pps']:.1f}", f"{r['wall']:.1f}", str(r["pages"]),
                      str(r["stored"]), str(r["rc"])] for r in rows],
                    ["command", "pages/s", "wall s", "pages", "stored", "exit"]))
        print(f"\n--jobs {args.jobs} / --jobs 1: {rows[1]['pps'] / rows[0]['pps']:.2f}x on {os.cpu_count()} cores")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
