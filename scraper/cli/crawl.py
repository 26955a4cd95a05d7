"""``scraper crawl SPIDER… | --all``: run spiders in one process under a lock, print a summary,
exit 0 only when every spider finished cleanly."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from .common import (
    DB_HELP,
    EXIT_DARK,
    EXIT_FAIL,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_STORAGE,
    EXIT_USAGE,
    duration,
    parse_pairs,
    resolve_db,
    setup_project,
    table,
)


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "crawl", help="run spiders (one process) and store their articles",
        description="Run the named spiders (or --all) in one process with the project "
                    "settings and store their articles in SQLite.",
        epilog="Only one crawl per database runs at a time: a second crawl while the lock "
               "file is held exits at once with code 3. Exit code 0 only if every spider "
               "finished with reason 'finished' and logged no errors and no spider "
               "exceptions, and no site was broken (requests failed, no article page read); "
               "1 otherwise; 2 for usage errors; 4 when the database is "
               "refused (not SQLite, not our schema, newer schema, unreadable; nothing is "
               "written to it); 5 for a storage failure (disk full, read-only, I/O error); "
               "6 when a site that ran is dark (nothing new stored in its last "
               "DARK_AFTER_RUNS runs, default 3). Precedence: 4 and 5, then 6, then 1.",
    )
    p.add_argument("spiders", nargs="*", metavar="SPIDER", help="spider names")
    p.add_argument("--all", action="store_true",
                   help="run every spider of the project (except those declaring "
                        "include_in_all = False, and 'generic', which needs -a start=URL)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE",
                   help="override a Scrapy setting (repeatable)")
    p.add_argument("-a", "--arg", action="append", metavar="NAME=VALUE",
                   help="spider argument passed to every spider run (repeatable), "
                        "e.g. -a since=7d, or for generic: -a start=URL")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="Scrapy's full INFO log (start-up, settings, stats per spider); by "
                        "default only warnings and errors are logged: one line per problem")
    p.add_argument("--log-file", metavar="PATH",
                   help="log to PATH instead of stderr, rotated at LOG_FILE_MAX_BYTES "
                        "(10 MiB) keeping LOG_FILE_BACKUPS (5) old files; the summary table "
                        "still goes to stdout")
    p.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                   help="run the spiders in N worker processes writing to the same database "
                        "(default: the number of cores; 1: all in this process)")
    jd = p.add_mutually_exclusive_group()
    jd.add_argument("--jobdir", metavar="DIR",
                    help="where each spider keeps its pending requests and request fingerprints "
                         "on disk, in DIR/<spider> (Scrapy's JOBDIR; setting JOBDIR_ROOT); default: "
                         "<db>.jobs beside the database. A spider that finished has its folder "
                         "removed; one that was stopped is resumed by the next run")
    jd.add_argument("--no-jobdir", action="store_true",
                    help="keep pending requests in memory (Scrapy's default; ~2.7 KB of RAM per "
                         "pending URL) instead of on disk; no resuming of a stopped crawl")
    p.add_argument("--lock", metavar="PATH",
                   help="lock file (default: <real path of the db>.lock); a held lock means "
                        "exit code 3")
    p.set_defaults(func=run, parser=p)
    return p

def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expects a number of processes, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("expects at least 1")
    return n


def crawl_summary(results: list[dict[str, Any]]) -> str:
    rows = [[
        r["spider"], r["reason"] or "(not run)", r["pages"], r["new"], r["updated"],
        r["unchanged"], r["dropped"], r["errors"], duration(r["duration"]),
    ] for r in results]
    return table(
        ["spider", "reason", "pages", "new", "updated", "unchanged", "dropped", "errors", "time"],
        rows, right={2, 3, 4, 5, 6, 7, 8},
    )


def _result(name: str, stats: dict[str, Any], failure: str | None) -> dict[str, Any]:
    from ..storage import run_errors

    if "spider_exceptions/count" in stats:
        exc = int(stats["spider_exceptions/count"] or 0)
    else:
        exc = sum(int(v) for k, v in stats.items()
                  if k.startswith("spider_exceptions/") and isinstance(v, (int, float)))
    errors = run_errors(stats)
    reason = stats.get("finish_reason")
    broken = _broken(stats)
    walled = _walled(stats)
    return {
        "spider": name,
        "reason": reason,
        "pages": int(stats.get("response_received_count", 0) or 0),
        "new": int(stats.get("articles/new", 0) or 0),
        "updated": int(stats.get("articles/updated", 0) or 0),
        "unchanged": int(stats.get("articles/unchanged", 0) or 0),
        "dropped": int(stats.get("item_dropped_count", 0) or 0),
        "paywalled": int(stats.get("articles/paywalled", 0) or 0),
        "errors": errors,
        "spider_exceptions": exc,
        "duration": stats.get("elapsed_time_seconds"),
        "failure": failure,
        "storage_failure": bool(stats.get("storage/failure")),
        "refused": bool(stats.get("storage/refused")),
        "blocked": _blocked(stats),
        "broken": broken,
        "walled": walled,
        "ok": reason == "finished" and errors == 0 and exc == 0 and failure is None and not broken and not walled,
    }


# Requests that finally failed (spiders.base NewsSpider.on_error: "errors/<kind>") of a run that read no
# article page at all: BROKEN_MIN_FAILED of them or more make the site broken for this run (a 5xx for every
# story, connections reset: a site that answers its robots.txt and its sitemap but not one story; a written
# probe of loopback sites, 2026-12-07, exited 0 with "errors 0"). Not the entry points' own failures.
BROKEN_MIN_FAILED = 3
_NOT_FETCH_ERRORS = ("errors/entry_point", "errors/extract_exception", "errors/no_start")


def _broken(stats: dict[str, Any]) -> dict[str, int]:
    """{kind: count} of the run's failed requests when it read no article page and BROKEN_MIN_FAILED or
    more failed; {} otherwise."""
    if stats.get("articles/extracted"):
        return {}
    failed = {k[len("errors/"):]: int(v or 0) for k, v in stats.items()
              if k.startswith("errors/") and k not in _NOT_FETCH_ERRORS and isinstance(v, (int, float))}
    return failed if sum(failed.values()) >= BROKEN_MIN_FAILED else {}


def broken_lines(results: list[dict[str, Any]]) -> list[str]:
    """One line per site whose every request for a page failed this run (_broken)."""
    return [f"broken: {r['spider']}: {sum(r['broken'].values())} requests failed and no article page was read "
            f"({', '.join(f'{k} {n}' for k, n in sorted(r['broken'].items()))}): "
            + ("the site did not answer at all" if not r.get("pages") else "the site answers, but not with its stories")
            + " (see the log's 'Failed' lines)"
            for r in results if r.get("broken")]


# Article pages that were consent walls (stat "consent_wall": dropped, after the one retry with cookies) in a
# run that read no story: WALLED_MIN_PAGES of them or more make the site walled for this run (a written
# probe of loopback sites, 2026-12-07: a site whose every story answers a full-page consent wall printed
# "new 0" and exited 0, one WARNING line per page).
WALLED_MIN_PAGES = 3


def _walled(stats: dict[str, Any]) -> int:
    """How many article pages were consent walls, when they are WALLED_MIN_PAGES or more and the run read
    no story; 0 otherwise."""
    if stats.get("articles/extracted"):
        return 0
    n = int(stats.get("consent_wall", 0) or 0)
    return n if n >= WALLED_MIN_PAGES else 0


def walled_lines(results: list[dict[str, Any]]) -> list[str]:
    """One line per site whose story pages were all consent walls this run (_walled)."""
    return [f"walled: {r['spider']}: {r['walled']} article pages were consent walls and none was a story: "
            f"nothing stored; the site shows its stories only after consent (give its consent cookies: a site "
            f"module's consent_cookies; see the log's 'Consent wall' lines)"
            for r in results if r.get("walled")]


def paywalled_lines(results: list[dict[str, Any]]) -> list[str]:
    """One line per site whose stored articles include stories the pages say are for subscribers."""
    return [f"paywalled: {r['spider']}: {r['paywalled']} of the articles stored are for subscribers, "
            f"their bodies perhaps only the lead (articles.paywalled = 1)"
            for r in results if r.get("paywalled")]


def _blocked(stats: dict[str, Any]) -> dict[str, int]:
    from ..crawling.blockguard import blocked_counts
    return blocked_counts(stats)


def blocked_lines(results: list[dict[str, Any]]) -> list[str]:
    """One line per blocked site, with what to do (scraper.rules.blocking.HINT)."""
    from ..crawling.blockguard import describe_counts, site_hint
    return [f"blocked: {r['spider']}: {sum(r['blocked'].values())} answers "
            f"({describe_counts(r['blocked'])}); {site_hint(r['spider'])}"
            for r in results if r.get("blocked")]


def _dark(db: Path, spiders: list[str], after: int) -> list[str]:
    """The spiders of this crawl that are dark (scraper.health), [] if that cannot be read."""
    from ..health import dark_sites
    try:
        return dark_sites(db, spiders, after)
    except Exception as e:   # the health read must not hide the crawl's own result
        logging.getLogger("scraper.cli").warning("Could not compute site health: %s", e)
        return []


def in_all(spidercls: Any) -> bool:
    """Is this spider part of ``crawl --all``? Spiders that only work with arguments (the
    ``generic`` spider needs ``-a start=``/``-a url=``) opt out with ``include_in_all =
    False``; until spiders/generic.py declares it, the ``generic`` name is excluded here."""
    flag = getattr(spidercls, "include_in_all", None)
    if flag is not None:
        return bool(flag)
    return getattr(spidercls, "name", "") != "generic"


def run(args: argparse.Namespace) -> int:
    parser = args.parser
    try:
        overrides = parse_pairs(args.set)
        spider_args = parse_pairs(args.arg, "-a")
    except ValueError as e:
        parser.error(str(e))
    if args.all and args.spiders:
        parser.error("give spider names or --all, not both")
    if not args.all and not args.spiders:
        parser.error("name at least one spider, or use --all")

    db = resolve_db(args.db, overrides)
    return _with_database(args, overrides, spider_args, db)


def _refused_or_failed(e: Exception) -> int:
    """One line on stderr and the exit code: database refused (4) or storage failure (5)."""
    from ..storage import DatabaseRefused

    if isinstance(e, DatabaseRefused):
        print(f"scraper crawl: database refused: {e}; nothing was written to it.",
              file=sys.stderr)
        return EXIT_REFUSED
    print(f"scraper crawl: storage failure: {e}", file=sys.stderr)
    return EXIT_STORAGE


def _with_database(args: argparse.Namespace, overrides: dict[str, str],
                   spider_args: dict[str, str], db: Path) -> int:
    """The database is checked (refused untouched: 4), its folder created if missing (said
    on stderr), the lock taken (held: 3), the schema created/migrated (failure: 5), all
    before Scrapy starts; the lock is held until every spider has closed."""
    from ..lock import CrawlLock, LockError, LockHeld
    from ..storage import (
        DatabaseRefused,
        StorageFailure,
        Store,
        check_database,
        ensure_folder,
    )

    try:
        check_database(db)
        created = ensure_folder(db)
    except (DatabaseRefused, StorageFailure) as e:
        return _refused_or_failed(e)
    if created is not None:
        print(f"scraper crawl: created the database folder {created}", file=sys.stderr)
    lock = CrawlLock(db, args.lock)
    try:
        lock.acquire()
    except LockHeld as held:
        who = f" (pid {held.pid})" if held.pid else ""
        print(f"scraper crawl: another crawl is already running{who}: lock {held.path} is "
              f"held; exiting without crawling.", file=sys.stderr)
        return EXIT_LOCKED
    except LockError as e:
        print(f"scraper crawl: storage failure: {e}", file=sys.stderr)
        return EXIT_STORAGE
    try:
        try:
            Store(db).close()    # create or migrate the schema now, before any fetch
        except (DatabaseRefused, StorageFailure) as e:
            return _refused_or_failed(e)
        return _run_crawl(args, overrides, spider_args, db)
    finally:
        lock.release()


def _run_crawl(args: argparse.Namespace, overrides: dict[str, str],
               spider_args: dict[str, str], db: Path) -> int:
    setup_project()
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    settings.set("SQLITE_PATH", str(db), priority="cmdline")
    if getattr(args, "no_jobdir", False):
        settings.set("JOBDIR_ROOT", "", priority="cmdline")
    elif getattr(args, "jobdir", None):
        settings.set("JOBDIR_ROOT", args.jobdir, priority="cmdline")
    from ..crawling.logfilters import cron_log_settings, install_log_file
    cron_log_settings(settings, verbose=getattr(args, "verbose", False), overrides=overrides,
                      log_file=getattr(args, "log_file", None))

    # Check the names before CrawlerProcess sets up logging (quiet usage errors).
    loader = get_spider_loader(settings)
    # site modules that cannot be imported (SafeSpiderLoader: one ERROR line each, the other sites run)
    broken = dict(getattr(loader, "broken", {}))
    available = sorted(loader.list())
    names = ([n for n in available if in_all(loader.load(n))] if args.all
             else list(dict.fromkeys(args.spiders)))
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"scraper crawl: unknown spider(s): {', '.join(unknown)}; available: "
              f"{', '.join(available) or '(none)'}", file=sys.stderr)
        return EXIT_USAGE
    if not names:
        print("scraper crawl: no spiders to run (none in the project, or all opted out of "
              "--all)", file=sys.stderr)
        return EXIT_FAIL

    if getattr(args, "log_file", None):
        try:
            install_log_file(settings)
        except OSError as e:
            print(f"scraper crawl: cannot open the log file: {e}", file=sys.stderr)
            return EXIT_USAGE
    jobs = getattr(args, "jobs", None)
    if jobs is None:
        from ..parallel import default_jobs
        jobs = default_jobs()
    if jobs > 1 and len(names) > 1:   # --jobs N: N worker processes (scraper/parallel.py)
        from ..parallel import crawl_in_workers, mark_interrupted_once
        mark_interrupted_once(db)
        settings.set("SQLITE_MARK_INTERRUPTED", False, priority="cmdline")
        results = crawl_in_workers(names, jobs, lambda first, more: _crawl_here(first, settings, spider_args, more),
                                   lambda name, why: _result(name, {}, why), lock_db=db, settings=settings)
    else:
        results = _crawl_here(names, settings, spider_args)
    from ..crawling.jobdir import tidy
    tidy(settings)      # <db>.jobs removed when every spider finished
    print()
    print(crawl_summary(results))
    for line in blocked_lines(results) + walled_lines(results) + broken_lines(results) + paywalled_lines(results):
        print(line)
    print(f"database: {db}")
    refused = [r["spider"] for r in results if r["refused"]]
    if refused:
        print(f"database refused: {', '.join(refused)} (see the log)")
        return EXIT_REFUSED
    storage = [r["spider"] for r in results if r["storage_failure"]]
    if storage:
        print(f"storage failure: {', '.join(storage)} stopped: the database could not be "
              f"written (see the log line 'Storage failure')")
        return EXIT_STORAGE
    # (a spider that did not run, or not to its end, is no dark site: its own failure is what to say,
    # below: its arguments refused, its worker killed)
    dark = _dark(db, [r["spider"] for r in results if not r["failure"]], settings.getint("DARK_AFTER_RUNS", 3))
    if dark:
        print(f"dark: {', '.join(dark)}: nothing new in their last "
              f"{settings.getint('DARK_AFTER_RUNS', 3)} runs (see `scraper stats`, "
              f"`scraper check {' '.join(dark)}`)")
        return EXIT_DARK
    bad = [r["spider"] for r in results if not r["ok"]]
    if bad:
        print(f"not clean: {', '.join(bad)} (reason other than 'finished', errors logged, "
              f"spider exceptions, a broken or a walled site)")
        for r in results:
            if r["failure"]:
                print(f"failed: {r['spider']}: {r['failure']}")
        return EXIT_FAIL
    if broken:
        print(f"not clean: spider module(s) {', '.join(broken)} cannot be imported, their spiders did not run")
        return EXIT_FAIL
    return EXIT_OK


def _crawl_here(names: list[str], settings: Any, spider_args: dict[str, str],
                more: Any = None) -> list[dict[str, Any]]:
    """Run *names* concurrently in this process; their per-spider results. In a ``--jobs``
    worker, *more* gives the next spider of the parent's queue, taken while the reactor runs
    (``scraper.parallel.TakeNext``)."""
    from scrapy.crawler import CrawlerProcess

    from ..crawling import jobdir

    process = CrawlerProcess(settings)
    crawlers: list[tuple[str, Any]] = []
    failures: dict[str, str] = {}
    jobdirs: dict[str, Any] = {}
    taker = None

    def start(name: str) -> None:
        crawler = process.create_crawler(name)
        jobdirs[name] = jobdir.assign(crawler, name)   # <db>.jobs/<name> or --jobdir DIR/<name>; None: --no-jobdir
        crawlers.append((name, crawler))
        d = process.crawl(crawler, **spider_args)

        def _failed(failure: Any, name: str = name) -> None:
            failures[name] = failure.getErrorMessage()
            logging.getLogger("scraper.cli").error(
                "Spider %s failed to run: %s", name, failure.getErrorMessage(),
                exc_info=(failure.type, failure.value, failure.getTracebackObject()),
            )

        d.addErrback(_failed)
        if taker is not None:
            taker.started()
            d.addBoth(lambda _: taker.finished())   # before the reactor sees no crawler left

    def queued() -> bool:
        """Every running spider still has requests waiting: in its scheduler, or held by its
        downloader for a download delay (a spider in its last seconds has neither)."""
        for _, c in crawlers:
            engine = getattr(c, "engine", None)
            if engine is None or not getattr(engine, "running", False):
                continue
            sched = getattr(engine, "scheduler", None)
            if sched is None or sched.has_pending_requests():
                continue
            slots = getattr(getattr(engine, "downloader", None), "slots", None) or {}
            if not any(getattr(slot, "queue", None) for slot in slots.values()):
                return False
        return True

    if more is not None:
        from ..parallel import TakeNext
        taker = TakeNext(more, start, below=settings.getfloat("JOBS_TAKE_BELOW_CPU", 0.75), queued=queued)
    for name in names:
        start(name)
    if taker is not None:
        taker.watch()
    process.start()
    results = []
    for name, c in crawlers:
        # (None: the crawler never started, e.g. its spider refused an argument; Scrapy's Crawler.stats
        # raises then)
        stats = getattr(c, "_stats", None)
        jobdir.finish(jobdirs[name], stats.get_value("finish_reason") if stats else None, stats)
        results.append(_result(name, dict(stats.get_stats()) if stats else {}, failures.get(name)))
    return results
