"""``scraper crawl --jobs``: one process against N worker processes on a multi-site loopback crawl.

    python -m scraper.benchmarks.jobs [--sites 4] [--pages 300] [--jobs 2] [--repeat 1] [-s NAME=VALUE]

*sites* loopback sites (nginx, ``scraper.benchmarks.site``) of *pages* corpus pages each, one
spider per site (a generated module, ``-s SPIDER_MODULES=``), politeness off (no delay, no
AutoThrottle, 16 concurrent requests, also per site). ``scraper crawl <all of them> --jobs 1``
and ``--jobs N``, each into its own new database; pages/s = pages fetched / wall time of the
whole command (start-up included); CPU = user + system seconds of the command and all its
processes (and of nginx, beside it); the machine's load average before and after each row (other
work on the machine takes cores from the crawl: read the ratio with it). For ``--jobs N`` the
workers' own log lines (``scraper.parallel``: wall, CPU, time waiting for and holding the
writers lock) are printed below the table.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

from .crawl import POLITENESS_OFF, table
from .runner import ROOT, python, work_folder
from .site import Server, build_sites

SPIDERS = '''
import json, os
from spiders.base import NewsSpider

for _name, _url in json.loads(os.environ["SCRAPER_BENCH_SITES"]).items():
    globals()[_name] = type(_name, (NewsSpider,), {
        "name": _name, "allowed_domains": ["127.0.0.1"], "default_since_days": None,
        "sitemaps": [_url]})
'''


def spider_module(work: Path) -> Path:
    """The folder of the generated spiders' module (``bench_spiders``)."""
    mod = work / "mods"
    mod.mkdir(exist_ok=True)
    if not (mod / "bench_spiders.py").exists() or (mod / "bench_spiders.py").read_text() != SPIDERS:
        (mod / "bench_spiders.py").write_text(SPIDERS)
    return mod


def byte_compile(mod: Path) -> int:
    """Byte-compile the checkout's packages and the generated spiders before the timed rows, as
    an installed package (pip compiles at install) or any second run has them: with
    PYTHONDONTWRITEBYTECODE set and no ``__pycache__`` (a fresh checkout), each crawl process
    would compile the project's ~55 modules from source again, ~0.2-0.3 s of CPU before its
    first request (before the fork with --jobs), which no deployed crawl pays. Returns the
    number of files compiled now."""
    import compileall
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        for folder in (*(ROOT / p for p in ("scraper", "spiders", "pipelines")), mod):
            compileall.compile_dir(folder, quiet=0)
    return sum(1 for line in out.getvalue().splitlines() if line.startswith("Compiling"))


def run_jobs(work: Path, sites, jobs: int, nginx: int | None = None, extra: list[str] = ()) -> dict:
    mod = spider_module(work)
    names = {f"bench{i}": s.sitemap for i, s in enumerate(sites)}
    db = work / f"jobs{jobs}.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), work / f"jobs{jobs}.log"):
        p.unlink(missing_ok=True)     # (the log too: its worker lines are this run's reading)
    env = {**os.environ, "SCRAPER_BENCH_SITES": json.dumps(names)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(mod), env.get("PYTHONPATH", "")])
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    cmd = [python(), "-m", "scraper.cli", "crawl", *names, "--jobs", str(jobs), "--db", str(db),
           "-s", "SPIDER_MODULES=bench_spiders", "-s", f"LOG_FILE={work / f'jobs{jobs}.log'}"]
    for k, v in POLITENESS_OFF.items():
        cmd += ["-s", f"{k}={int(v) if isinstance(v, bool) else v}"]
    cmd += ["-s", "LOG_LEVEL=INFO"]   # the workers' lines (scraper.parallel)
    for kv in extra:
        cmd += ["-s", kv]
    import resource
    import subprocess

    load0 = os.getloadavg()[0]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    ng0 = nginx_cpu(nginx)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    sched = SchedSampler(proc.pid)
    sched.start()
    out, _ = proc.communicate()
    wall = time.monotonic() - t0
    sched.stop()
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    peak = ru1.ru_maxrss / 1024
    log = work / f"jobs{jobs}.log"
    workers = [line.split("scraper.parallel] INFO: ", 1)[-1].strip()
               for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
               if "scraper.parallel] INFO: Worker" in line] if log.exists() else []
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    pages = sum(json.loads(s).get("response_received_count", 0)
                for (s,) in con.execute("SELECT stats FROM crawl_runs") if s)
    con.close()
    return {"jobs": jobs, "wall": wall, "pages": pages, "stored": stored, "rc": proc.returncode,
            "peak_mib": peak, "pps": pages / wall if wall else 0.0, "cpu": cpu,
            "nginx_cpu": nginx_cpu(nginx) - ng0, "load": (load0, os.getloadavg()[0]), "workers": workers,
            "sched": sched.report()}


class SchedSampler(threading.Thread):
    """Samples ``/proc/PID/task/*/schedstat`` of a process and its descendants every 0.2 s: per
    process, the time it ran on a core, the time it was runnable but waiting for a core (the
    machine busy with other work), and how long it was seen alive; the rest of its life it slept
    (waiting for the network, a lock, its children). Each process's parent is read once, from
    processes newer than *root* only (its descendants are): reading every process's ``stat``
    at each sample cost ~5 ms of CPU, ~3% of a core taken from the crawl being measured."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root = root
        self.seen: dict[int, dict] = {}
        self.parent: dict[int, int] = {}      # pid -> its parent (pids above root, read once)
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(0.2)

    def stop(self) -> None:
        self.done.set()
        self.join()

    def sample(self) -> None:
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) <= self.root or int(name) in self.parent:
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    self.parent[int(name)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
        kids: dict[int, list[int]] = {}
        for pid, ppid in self.parent.items():
            kids.setdefault(ppid, []).append(pid)
        todo, pids = [self.root], []
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += kids.get(pid, [])
        now = time.monotonic()
        for pid in pids:
            run = wait = 0
            try:
                for t in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{t}/schedstat") as f:
                        a, b, _ = f.read().split()
                    run, wait = run + int(a), wait + int(b)
                rec = self.seen.get(pid)
                if rec is None:
                    with open(f"/proc/{pid}/comm") as f:
                        rec = self.seen[pid] = {"first": now, "name": f.read().strip()}
            except (OSError, ValueError):
                continue
            rec.update(last=now, run=run / 1e9, wait=wait / 1e9)

    def report(self) -> list[str]:
        return [f"pid {pid} ({r['name']}): alive {r['last'] - r['first']:.1f} s, on a core {r['run']:.1f} s, "
                f"runnable but waiting for a core {r['wait']:.1f} s"
                for pid, r in sorted(self.seen.items()) if r["run"] > 0.5]


def autogroup() -> bool:
    """Is the kernel's autogroup scheduling on (``/proc/sys/kernel/sched_autogroup_enabled``)?
    Measured on this machine (2026-12-02 23:48 UTC, load 2.9-3.1): a CPU-bound Python loop
    alone took 3.7-4.3 s of wall; two of them in one session 5.1-8.7 s each; two with the
    second in its own session (``setsid``) 3.6-4.6 s each."""
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled") as f:
            return f.read().strip() == "1"
    except OSError:
        return False


def nginx_cpu(master: int | None) -> float:
    """CPU seconds (user + system) used so far by the benchmark's nginx (its master *master* and
    the master's children); 0 without nginx."""
    if not master:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            f = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(stat.parent.name) == master or int(f[1]) == master:
            total += (int(f[11]) + int(f[12])) / tick
    return total


def critical_path(one: dict, par: dict) -> str:
    """The load-independent reading: CPU seconds, not wall. With free cores the parallel
    command cannot take less than its critical path, the parent's CPU (its start-up before the
    fork: the imports, the settings, the spiders' names) plus the largest worker's CPU; the
    one-process CPU over that is the speedup the machine could give if idle (nginx aside)."""
    import re

    cpus = [float(m.group(1)) for w in par["workers"] if (m := re.search(r": [\d.]+ s wall, ([\d.]+) s CPU", w))]
    alone = [float(m.group(1)) for w in par["workers"] if (m := re.search(r"ran alone for ([\d.]+) s", w))]
    if not cpus:
        return "(no worker lines in the log: no critical path)"
    parent = max(0.0, par["cpu"] - sum(cpus))
    path = parent + max(cpus)
    return (f"CPU: one process {one['cpu']:.1f} s; --jobs {par['jobs']}: parent {parent:.1f} s + workers "
            f"{' / '.join(f'{c:.1f}' for c in cpus)} s (largest/smallest {max(cpus) / min(cpus):.2f}); critical path "
            f"{path:.1f} s; ideal speedup (one-process CPU / critical path) {one['cpu'] / path:.2f}x"
            + (f"; the last worker ran alone for {alone[0]:.1f} s (wall)" if alone else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.jobs", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=4)
    ap.add_argument("--pages", type=int, default=300, help="article pages per site (default 300)")
    ap.add_argument("--jobs", type=int, default=2, help="the parallel row (default 2)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="pairs of rows, interleaved (1, N, N, 1, 1, N, ...) on the same sites; the "
                         "ratio printed last is the median pair's (default 1)")
    ap.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a Scrapy setting for both rows (repeatable), e.g. -s SQLITE_WRITER_THREAD=False")
    ap.add_argument("--corpus")
    ap.add_argument("--keep")
    args = ap.parse_args(argv)
    with work_folder(args.keep, "bench-jobs-") as work:
        sites = build_sites(work, args.pages, args.sites, args.corpus)
        with Server(sites, work) as server:
            print(f"{args.sites} sites x {args.pages} pages, served by {server.kind}; politeness off", flush=True)
            if autogroup():
                print("kernel.sched_autogroup_enabled = 1: the CPU scheduler shares the cores between "
                      "sessions first, then between the processes of a session; every process of both "
                      "rows is in this session, so while other sessions keep cores busy both rows get "
                      "about the same share of the machine: read the ratio only with the load average "
                      "near 0", flush=True)
            n = byte_compile(spider_module(work))
            print(f"byte-compiled the checkout first ({n} files compiled now"
                  + ("; PYTHONDONTWRITEBYTECODE is set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
                  + "): each row's start-up is that of an installed crawl", flush=True)
            master = server.proc.pid if server.proc else None
            pairs = []
            for i in range(max(1, args.repeat)):
                order = (1, args.jobs) if i % 2 == 0 else (args.jobs, 1)
                got = {j: run_jobs(work, sites, j, master, args.set) for j in order}
                pairs.append((got[1], got[args.jobs]))
                if args.repeat > 1:
                    print(f"pair {i + 1}: {_ratio(*pairs[-1])}", flush=True)
        rows = [r for pair in pairs for r in pair]
        print()
        print(table([[f"scraper crawl --jobs {r['jobs']}", f"{r['pps']:.1f}", f"{r['wall']:.1f}", f"{r['cpu']:.1f}",
                      f"{r['nginx_cpu']:.1f}", str(r["pages"]), str(r["stored"]), str(r["rc"]),
                      "{:.1f} -> {:.1f}".format(*r["load"])] for r in rows],
                    ["command", "pages/s", "wall s", "CPU s", "nginx CPU s", "pages", "stored", "exit",
                     "load average"]))
        for r in rows:
            print(f"\n--jobs {r['jobs']}:")
            for line in r["sched"] + r["workers"]:
                print(f"  {line}")
        ratios = sorted(pairs, key=lambda p: _speedup(*p))
        one, par = ratios[(len(ratios) - 1) // 2]
        if len(pairs) > 1:
            print(f"\n--jobs {args.jobs} / --jobs 1 of each pair: "
                  + ", ".join(f"{_speedup(*p):.2f}x" for p in pairs) + "; the median pair:")
        print(f"\n--jobs {args.jobs} / --jobs 1: {_speedup(one, par):.2f}x on {os.cpu_count()} cores")
        print(critical_path(one, par))
    return 0


def _speedup(one: dict, par: dict) -> float:
    """pages/s of the parallel row over the one-process row of a pair"""
    return par["pps"] / one["pps"]


def _ratio(one: dict, par: dict) -> str:
    return (f"--jobs {par['jobs']} / --jobs 1 {_speedup(one, par):.2f}x ({one['pps']:.1f} -> "
            f"{par['pps']:.1f} pages/s; CPU {one['cpu']:.1f} / {par['cpu']:.1f} s; load average "
            f"at the start of each row {one['load'][0]:.1f} / {par['load'][0]:.1f})")


if __name__ == "__main__":
    sys.exit(main())
