"""Crawl throughput on loopback: this project beside bare Scrapy and Scrapy + trafilatura.

    python -m scraper.benchmarks.crawl [--pages 2000] [--repeat 1] [--keep DIR]
    make bench-crawl

~2,000 article URLs over the real corpus pages (``scraper.benchmarks.site``: nginx on
127.0.0.1, a sitemap), politeness off for everyone (no delay, no AutoThrottle, 16 concurrent
requests, also per domain). Rows, in one run against the same server:

* bare Scrapy ``SitemapSpider`` whose callback does nothing: the ceiling;
* ``scrapy crawl generic`` → SQLite: this project (its settings, pipeline, FTS index);
* (``--only jobdir``) the same with its pending requests in a ``JOBDIR`` (Scrapy's disk queues,
  the fingerprints' file kept there): what ``scraper crawl`` gives each spider by default;
* Scrapy + trafilatura → sqlite-utils (``scraper.benchmarks.peers``).

pages/s = responses / Scrapy's ``elapsed_time_seconds`` (interpreter start-up excluded; the
wall time of each process is printed too); pages/CPU-s = responses / CPU seconds (user + system)
of the crawling process, which does not depend on how busy the machine is; peak RSS of the
crawling process. With
``--repeat N`` the crawlers run in turns N times and the medians are printed.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from .runner import Result, python, run, work_folder
from .site import Server, build_sites

POLITENESS_OFF = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "TELNETCONSOLE_ENABLED": False,
}


def politeness_args() -> list[str]:
    out = []
    for k, v in POLITENESS_OFF.items():
        out += ["-s", f"{k}={int(v) if isinstance(v, bool) else v}"]
    return out


def ours_cmd(sitemap: str, db: Path, log: Path, extra: list[str] = ()) -> list[str]:
    return [python(), "-m", "scrapy", "crawl", "generic", "-a", f"start={sitemap}", "-a", "since=all",
            "-s", f"SQLITE_PATH={db}", "-s", f"LOG_FILE={log}", *politeness_args(), *extra]


def run_once(work: Path, sitemap: str, turn: int, only: set[str] | None = None,
             also: list[str] = ()) -> list[Result]:
    out = []
    d = work / f"run{turn}"
    d.mkdir(parents=True, exist_ok=True)
    if not only or "bare" in only:
        out.append(run("bare Scrapy SitemapSpider, no parsing",
                       [python(), "-m", "scraper.benchmarks.peers", "bare", sitemap, str(d / "bare.log")],
                       d / "bare.log"))
    if not only or "ours" in only:
        db = d / "ours.db"
        out.append(run("scrapy crawl generic -> SQLite (this project)",
                       ours_cmd(sitemap, db, d / "ours.log"), d / "ours.log", db))
    if only and "jobdir" in only:
        db, jd = d / "ours-jobdir.db", d / "jobdir"
        out.append(run("the same, pending requests on disk (JOBDIR)",
                       ours_cmd(sitemap, db, d / "ours-jobdir.log", ["-s", f"JOBDIR={jd}"]),
                       d / "ours-jobdir.log", db))
    if also:      # --also NAME=VALUE: the project once more with these settings (A/B in one run)
        db = d / "ours-also.db"
        extra = [x for kv in also for x in ("-s", kv)]
        out.append(run("the same with " + " ".join(also), ours_cmd(sitemap, db, d / "ours-also.log", extra),
                       d / "ours-also.log", db))
    if not only or "trafilatura" in only:
        db = d / "peer.db"
        out.append(run("Scrapy + trafilatura -> sqlite-utils",
                       [python(), "-m", "scraper.benchmarks.peers", "trafilatura", sitemap,
                        str(d / "trafilatura.log"), str(db)], d / "trafilatura.log", db))
    return out


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: "| " + " | ".join(str(x).ljust(w) for x, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
                      *(line(r) for r in rows)])


def report(runs: list[list[Result]]) -> str:
    names = [r.name for r in runs[0]]
    rows = []
    medians: dict[int, tuple[float, float]] = {}   # row -> (pages/s, pages/CPU-s)
    for i, name in enumerate(names):
        rs = [turn[i] for turn in runs]
        pps = statistics.median(r.pages_per_s for r in rs)
        cpu = statistics.median(r.pages_per_cpu_s for r in rs)
        medians[i] = (pps, cpu)
        rows.append([name, f"{pps:.1f}", f"{cpu:.1f}",
                     f"{statistics.median(r.peak_rss_mib for r in rs):.0f} MiB",
                     str(rs[0].pages), "" if rs[0].rows is None else str(rs[0].rows),
                     f"{statistics.median(r.elapsed for r in rs):.1f}", f"{statistics.median(r.wall for r in rs):.1f}",
                     ",".join(str(r.rc) for r in rs)])
    text = table(rows, ["crawler", "pages/s", "pages/CPU-s", "peak RSS", "responses", "rows", "crawl s", "wall s", "exit"])

    def row(test) -> int | None:
        return next((k for k, n in enumerate(names) if test(n)), None)

    ours, peer = row(lambda n: "this project" in n), row(lambda n: "trafilatura" in n)
    if ours is None or not medians[ours][0]:
        return text
    (ours_pps, ours_cpu) = medians[ours]
    if peer is not None and medians[peer][0]:
        text += (f"\n\nthis project / Scrapy+trafilatura: {ours_pps / medians[peer][0]:.2f}x pages/s, "
                 f"{ours_cpu / medians[peer][1]:.2f}x pages per CPU second")
    # the project's variants (--only jobdir, --also) against the project, with the ratio of each turn
    for j, label in ((row(lambda n: "JOBDIR" in n), "pending requests on disk (JOBDIR) / in memory"),
                     (row(lambda n: n.startswith("the same with ")), None)):
        if j is None or not medians[j][0]:
            continue
        label = label or f"{names[j][len('the same with '):]} / without"
        per_turn = ", ".join(f"{t[j].pages_per_cpu_s / t[ours].pages_per_cpu_s:.3f}" for t in runs
                             if t[ours].pages_per_cpu_s)
        text += (f"\n\n{label}: {medians[j][0] / ours_pps:.3f}x pages/s, "
                 f"{medians[j][1] / ours_cpu:.3f}x pages per CPU second (per turn: {per_turn})")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.crawl", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000, help="article URLs in the sitemap (default 2000)")
    ap.add_argument("--repeat", type=int, default=1, help="turns; medians are printed (default 1)")
    ap.add_argument("--only", action="append", choices=["bare", "ours", "jobdir", "trafilatura"],
                    help="run only these crawlers (repeatable; jobdir: ours with a JOBDIR, only when asked)")
    ap.add_argument("--also", action="append", default=[], metavar="NAME=VALUE",
                    help="one more row: this project with these Scrapy settings (repeatable), "
                         "run in each turn beside the others")
    ap.add_argument("--corpus", help="corpus folder (default ../shared/corpus)")
    ap.add_argument("--keep", help="work folder to keep (logs, databases); default: a temporary one")
    args = ap.parse_args(argv)

    with work_folder(args.keep, "bench-crawl-") as work:
        sites = build_sites(work, args.pages, 1, args.corpus)
        with Server(sites, work) as server:
            print(f"{args.pages} article URLs over the corpus pages, served by {server.kind} at "
                  f"{sites[0].base}; politeness off (no delay, no AutoThrottle, 16 concurrent)",
                  flush=True)
            runs = []
            for turn in range(args.repeat):
                runs.append(run_once(work, sites[0].sitemap, turn, set(args.only or ()), args.also))
                print(f"turn {turn + 1}/{args.repeat} done", file=sys.stderr, flush=True)
        print()
        print(report(runs))
        if args.keep:
            print(f"\nlogs and databases: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
