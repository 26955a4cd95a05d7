"""Flat memory at scale: a long loopback crawl's RSS over time, and SQLite write speed.

    python -m scraper.benchmarks.memory [--pages 20000] [--write 10000]

1. ``scrapy crawl generic`` → SQLite over *pages* article URLs (nginx over the corpus pages,
   ``scraper.benchmarks.site``; politeness off), its RSS read from ``/proc/PID/status`` every
   second: peak, RSS at the middle and at the end of the crawl, growth over the second half,
   the mean per tenth of the run, the samples over 290 MiB; beside them the true peak (the
   kernel's ``ru_maxrss``, which also sees spikes shorter than a second), pages/s (responses /
   Scrapy's elapsed time), pages per CPU second and the load average. ``--set NAME=VALUE``
   passes a Scrapy setting (e.g. ``--set MALLOC_MMAP_THRESHOLD=0`` for glibc's default malloc).
3. *queue* article requests waiting in Scrapy's scheduler (``scraper.benchmarks.pending``, a fresh
   process per mode): Python memory and disk bytes per pending request, in memory (Scrapy's
   default) and in ``JOBDIR`` disk queues (``scraper crawl --jobdir``), and enqueues per CPU second.
2. ``Store.upsert_many`` of *write* articles (real extracted bodies, distinct URLs) into a new
   database with its FTS index, in batches of 50 (the pipeline's default) and of 500:
   articles/s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .crawl import ours_cmd
from .runner import ROOT, scrapy_stats, work_folder
from .site import Server, build_sites, load_pages, find_corpus


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def crawl_memory(work: Path, pages: int, corpus, settings: list[str] = ()) -> dict:
    sites = build_sites(work, pages, 1, corpus)
    with Server(sites, work):
        db, log = work / "mem.db", work / "mem.log"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("SCRAPY_SETTINGS_MODULE", None)
        # one sitemap of *pages* URLs: the per-sitemap entry limit (SITEMAP_MAX_URLS, 5,000) raised
        extra = ["-s", f"SITEMAP_MAX_URLS={pages + 100}"]
        for kv in settings:
            extra += ["-s", kv]
        load0 = os.getloadavg()[0]
        proc = subprocess.Popen(ours_cmd(sites[0].sitemap, db, log, extra), cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples: list[tuple[float, float]] = []
        loads: list[float] = [load0]
        t0 = time.monotonic()
        with open(work / "mem-rss.tsv", "w") as tsv:   # the whole series, written as it comes
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                r = rss_mib(proc.pid)
                if r is not None:
                    samples.append((time.monotonic() - t0, r))
                    tsv.write(f"{samples[-1][0]:.1f}\t{r:.1f}\n")
                    if len(samples) % 60 == 0:
                        tsv.flush()
                        loads.append(os.getloadavg()[0])
                time.sleep(1.0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    loads.append(os.getloadavg()[0])
    st = scrapy_stats(log)
    if not samples:
        return {"error": "no samples"}
    mid = samples[len(samples) // 2][1]
    end = samples[-1][1]
    second_half = [r for _, r in samples[len(samples) // 2:]]
    # least-squares slope of RSS over the second half (MiB per hour)
    half = samples[len(samples) // 2:]
    slope = (statistics.linear_regression([t for t, _ in half], [r for _, r in half]).slope * 3600
             if len(half) >= 2 else 0.0)
    n = len(samples)
    windows = [statistics.mean(r for _, r in samples[i * n // 10:(i + 1) * n // 10] or [(0, 0)])
               for i in range(10)]
    pages_done = int(st.get("downloader/response_count", 0))
    elapsed = float(st.get("elapsed_time_seconds", 0.0)) or samples[-1][0]
    cpu = usage.ru_utime + usage.ru_stime
    return {"pages": pages_done, "seconds": samples[-1][0],
            "peak": max(r for _, r in samples), "true_peak": usage.ru_maxrss / 1024.0,
            "mid": mid, "end": end, "second_half_max": max(second_half), "growth": end - mid,
            "slope": slope,
            "windows": windows, "over290": sum(1 for _, r in samples if r > 290), "samples": n,
            "pages_per_s": pages_done / elapsed if elapsed else 0.0,
            "pages_per_cpu_s": pages_done / cpu if cpu else 0.0,
            "load": (min(loads), max(loads)), "rc": proc.returncode}


def pending_cost(work: Path, n: int) -> list[dict]:
    import json
    out = []
    for mode in ("memory", "disk"):
        cmd = [sys.executable, "-m", "scraper.benchmarks.pending", str(n)]
        if mode == "disk":
            jobdir = work / "pending-jobdir"
            if jobdir.exists():
                import shutil
                shutil.rmtree(jobdir)
            cmd.append(str(jobdir))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("SCRAPY_SETTINGS_MODULE", None)
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(f"scraper.benchmarks.pending failed: {proc.stderr[-2000:]}")
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def write_speed(work: Path, n: int, corpus, batch: int) -> float:
    from ..extract import extract
    from ..storage import Store

    pages = load_pages(find_corpus(corpus), work / "pages")
    arts = []
    for name in pages:
        a = extract((work / "pages" / name).read_bytes(), f"http://127.0.0.1/{name}")
        if a.body:
            arts.append(a)
    rows = []
    for i in range(n):
        a = arts[i % len(arts)]
        url = f"http://127.0.0.1/news/{i:07d}-{a.url.rsplit('/', 1)[-1]}"
        rows.append({"url": url, "canonical_url": url, "site": "bench", "title": a.title, "body": a.body,
                     "authors": a.authors, "language": a.language, "published_at": a.published_at,
                     "fetched_at": "2026-01-15T00:00:00Z"})
    db = work / f"write{batch}.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    with Store(db) as store:
        t0 = time.perf_counter()
        for i in range(0, n, batch):
            store.upsert_many(rows[i:i + batch])
        dt = time.perf_counter() - t0
    return n / dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.memory", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20000)
    ap.add_argument("--write", type=int, default=10000, help="articles for the write test (0: skip)")
    ap.add_argument("--queue", type=int, default=20000,
                    help="pending requests for the scheduler measure (0: skip)")
    ap.add_argument("--corpus")
    ap.add_argument("--keep")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a Scrapy setting for the crawl (repeatable)")
    args = ap.parse_args(argv)
    with work_folder(args.keep, "bench-memory-") as work:
        if args.write:
            for batch in (50, 500):
                print(f"SQLite writes with the FTS index, batches of {batch}: "
                      f"{write_speed(work, args.write, args.corpus, batch):.0f} articles/s", flush=True)
        if args.queue:
            for q in pending_cost(work, args.queue):
                print(f"{args.queue} article requests pending in Scrapy's scheduler, {q['mode']} queue: "
                      f"{q['bytes_per_request']:.0f} bytes of Python memory each, "
                      f"{q['disk_bytes_per_request']:.0f} bytes on disk each, "
                      f"{q['enqueued_per_cpu_s']:.0f} enqueued per CPU second", flush=True)
        if args.pages:
            m = crawl_memory(work, args.pages, args.corpus, args.set)
            if "error" in m:
                print(f"crawl: {m['error']}")
                return 1
            print(f"crawl of {m['pages']} responses in {m['seconds']:.0f} s (exit {m['rc']}), "
                  f"{m['pages_per_s']:.1f} pages/s, {m['pages_per_cpu_s']:.1f} pages/CPU-s, load average "
                  f"{m['load'][0]:.1f}-{m['load'][1]:.1f}{' with ' + ' '.join(args.set) if args.set else ''}:\n"
                  f"  peak RSS {m['peak']:.0f} MiB in 1-s samples ({m['over290']} of {m['samples']} over "
                  f"290 MiB), {m['true_peak']:.0f} MiB true peak (ru_maxrss)\n"
                  f"  at the middle {m['mid']:.0f} MiB, at the end {m['end']:.0f} MiB (second half: max "
                  f"{m['second_half_max']:.0f} MiB, growth {m['growth']:+.0f} MiB, least-squares slope "
                  f"{m['slope']:+.1f} MiB/hour = {m['slope'] / 3600 / m['pages_per_s'] * 10000 if m['pages_per_s'] else 0:+.2f} "
                  f"MiB per 10,000 pages)\n"
                  f"  mean per tenth of the run: {', '.join(f'{w:.0f}' for w in m['windows'])} MiB",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
