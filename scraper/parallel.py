"""``scraper crawl --jobs N``: the spiders of one crawl in N worker processes (both cores).

The spiders are dealt into N groups (round-robin; from the second crawl on, by the bytes
downloaded in their last run, largest first to the least loaded group); each group runs in one
worker process, concurrently inside it, exactly as ``scraper crawl`` runs them in its own
process with one job (the same function does it: *run_group*). The workers are made with
``fork`` after the parent has taken the database's crawl lock, so they share it (``scraper.lock``: a forked
child shares its parent's open lock file); the lock stays one per database, held by the
parent until every worker has ended.

Each worker's SQLite pipeline opens the database itself; the workers' ``Store`` calls take
turns on an exclusive ``flock`` of ``<db>.writers`` (``serialise_store``), on top of SQLite's
WAL and busy timeout. ``crawl_runs`` rows stay per spider (one per pipeline), and each
worker sends back the per-spider results of its group, from which the parent prints the one
summary and chooses the exit code. A worker that dies (killed, out of memory) is reported as
a failure of each of its spiders, never as silence.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import wait
from typing import Any


def default_jobs() -> int:
    """The core count this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def mark_interrupted_once(db: Any) -> None:
    """What each spider's pipeline does in one process: runs left "running" by a dead process
    become "interrupted". With workers this is done once, here, while the parent holds the lock;
    the workers' pipelines skip it (``SQLITE_MARK_INTERRUPTED = False``), or each would mark the
    other workers' live runs."""
    import logging

    from .lock import owner_id
    from .storage import Store

    log = logging.getLogger("pipelines.sqlite")
    with Store(db) as store:
        for run in store.mark_interrupted(owner_id()):
            log.warning("Run %s (%s, started %s) was interrupted (its process is gone); it stored %s new, "
                        "%s updated, %s unchanged articles up to %s", run["id"], run["spider"],
                        run["started_at"], run["items_new"] or 0, run["items_updated"] or 0,
                        run["items_unchanged"] or 0, run["heartbeat_at"] or "its start")


def groups(names: Sequence[str], jobs: int, sizes: dict[str, float] | None = None) -> list[list[str]]:
    """*names* dealt into at most *jobs* non-empty groups: round-robin, or with *sizes* (the
    work each spider is expected to take: the bytes of its last run, ``last_sizes``) largest
    first, each to the group with the least work so far, so that no worker is left alone with the big sites
    while the others idle. A spider without a size counts as the median known size. Each group
    keeps the order of *names*."""
    jobs = max(1, min(jobs, len(names)))
    known = sorted(v for n, v in (sizes or {}).items() if n in names and v > 0)
    if not known:
        return [list(names[i::jobs]) for i in range(jobs)]
    typical = known[len(known) // 2]
    size = {n: (sizes or {}).get(n) or typical for n in names}
    load = [0.0] * jobs
    member: dict[str, int] = {}
    for n in sorted(names, key=lambda n: -size[n]):     # stable: ties keep the order of names
        g = min(range(jobs), key=lambda i: (load[i], i))
        member[n] = g
        load[g] += size[n]
    out = [[n for n in names if member[n] == i] for i in range(jobs)]
    return [g for g in out if g]


def last_sizes(db: Any, names: Sequence[str]) -> dict[str, float]:
    """The bytes each of *names* downloaded in its last finished run (Scrapy's
    ``downloader/response_bytes``, from ``crawl_runs``): what its next run is expected to cost.
    Bytes rather than pages: the CPU of a page (parsing, the walk, the store) grows with its
    size, and sites differ: in the benchmark's four sites of 252 pages each, the heaviest
    downloaded 83 MB and the lightest 52 MB, and the two workers' CPU followed the bytes dealt
    to them, not the equal pages. {} when the database cannot be read (a first crawl:
    round-robin)."""
    import json

    try:
        from .storage.readers import connect_readonly

        conn = connect_readonly(db)
    except Exception:
        return {}
    out: dict[str, float] = {}
    try:
        for spider, stats in conn.execute(
                "SELECT spider, stats FROM crawl_runs WHERE id IN (SELECT max(id) FROM crawl_runs "
                "WHERE finish_reason IS NOT NULL AND stats IS NOT NULL GROUP BY spider)"):
            if spider in names:
                try:
                    out[spider] = float(json.loads(stats).get("downloader/response_bytes") or 0)
                except (ValueError, TypeError, AttributeError):
                    pass
    except Exception:
        return {}
    finally:
        conn.close()
    return out


LOCK_TIMES = {"calls": 0, "waited": 0.0, "held": 0.0}   # this worker's Store calls (for the log)


def serialise_store(lock_file: str) -> None:
    """In a worker: every ``scraper.storage.Store`` call (open, batches, run rows, close) takes an
    exclusive ``flock`` on *lock_file* (``<db>.writers``), so the workers write one at a time.
    SQLite's own locking (WAL, busy timeout) lets several processes write, but the storage layer
    was written for one writing process: its checks and read-then-write run accounting raced
    between workers (SQLITE_BUSY, SQLITE_NOTADB seen under load). The crawl (download, parse)
    stays parallel, and so does the CPU part of a batch write (``Store.prepare``: folding for
    the search index, MinHash signatures), done before the lock is taken."""
    import fcntl
    import functools
    import inspect

    from .storage import Store

    import time

    f = open(lock_file, "a+")

    def wrap(fn):
        @functools.wraps(fn)
        def locked(*a, **kw):
            t0 = time.perf_counter()
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            t1 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)
                LOCK_TIMES["calls"] += 1
                LOCK_TIMES["waited"] += t1 - t0
                LOCK_TIMES["held"] += time.perf_counter() - t1
        return locked

    for name, value in list(vars(Store).items()):
        if inspect.isfunction(value) and name != "prepare" and (name == "__init__" or not name.startswith("_")):
            setattr(Store, name, wrap(value))

    locked_upsert = Store.upsert_many

    @functools.wraps(locked_upsert)
    def upsert_many(self, articles, *a, **kw):
        # the CPU part (folding, MinHash signatures) before taking the lock: only the
        # transaction is taken in turns, the workers prepare their batches at the same time
        return locked_upsert(self, Store.prepare(articles), *a, **kw)

    Store.upsert_many = upsert_many


def _worker(run_group: Callable[[list[str]], list[dict[str, Any]]], names: list[str], conn,
            lock_db: Any = None) -> None:
    import logging
    import sys
    import time

    held = None
    t0, c0 = time.monotonic(), os.times()
    modules = len(sys.modules)
    try:
        if lock_db is not None:
            serialise_store(f"{lock_db}.writers")
            # one reference on the inherited lock for the worker's whole life: the pipelines of
            # its spiders take and drop theirs as they open and close, and a spider that closes
            # before another one opens must not make this process let go of the shared lock
            from .lock import CrawlLock
            held = CrawlLock(lock_db).acquire()
        results = run_group(names)
    except BaseException as e:   # the parent reports it per spider
        results = {"error": f"{type(e).__name__}: {e}"}
    c1 = os.times()
    logging.getLogger("scraper.parallel").info(
        "Worker %s (%s): %.1f s wall, %.1f s CPU; Store calls %d: %.1f s waiting for the writers "
        "lock, %.1f s holding it; %d modules imported after the fork", os.getpid(), ", ".join(names),
        time.monotonic() - t0, (c1.user - c0.user) + (c1.system - c0.system), LOCK_TIMES["calls"],
        LOCK_TIMES["waited"], LOCK_TIMES["held"], len(sys.modules) - modules)
    try:
        conn.send(results)
    finally:
        conn.close()
        if held is not None:
            held.release()


def preload(settings: Any = None) -> None:
    """Import, once in the parent, what every worker would import after the fork (Scrapy's
    crawler and engine, the project's components named in *settings*, the store and its
    MinHash library): a forked worker inherits the modules, so N workers do not each spend the
    seconds of start-up that these imports cost. Nothing is started (no reactor is installed)."""
    import importlib

    for mod in ("scrapy.crawler", "scrapy.core.engine", "scrapy.core.scraper", "scrapy.core.downloader",
                "scrapy.core.scheduler", "scraper.storage", "scraper.clusters"):
        try:
            importlib.import_module(mod)
        except Exception:   # an optional part: the worker imports it (or fails) itself
            pass
    if settings is not None:
        from scrapy.utils.misc import load_object

        for path in component_paths(settings):
            try:
                load_object(path)
            except Exception:
                pass
    try:
        # datasketch (and the scipy it pulls in: ~550 modules, ~1 s of CPU) is imported by each
        # SQLite pipeline as its spider opens (pipelines.sqlite._load_clustering_engine): done
        # here once, with the MinHash tables the first batch would compute, for every worker.
        # Last: Scrapy's deprecated-class shims (imported with the HTTP download handler above)
        # walk every loaded module through inspect.stack(), so they are cheaper before scipy.
        from . import clusters

        clusters._bands()
        clusters._permutations()
    except Exception:
        pass


def component_paths(settings: Any) -> list[str]:
    """The import paths of the components a crawl with *settings* loads: pipelines,
    middlewares, extensions, download handlers (the values of ``DOWNLOAD_HANDLERS``, keyed by
    scheme), the scheduler's classes and queues."""
    paths: list[str] = []
    for key in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS"):
        try:
            paths += [p for p, v in settings.getwithbase(key).items() if v is not None and isinstance(p, str)]
        except Exception:
            pass
    try:
        paths += [v for v in settings.getwithbase("DOWNLOAD_HANDLERS").values() if isinstance(v, str)]
    except Exception:
        pass
    for key in ("DUPEFILTER_CLASS", "SCHEDULER", "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_DISK_QUEUE",
                "SCHEDULER_MEMORY_QUEUE", "SCHEDULER_START_DISK_QUEUE", "SCHEDULER_START_MEMORY_QUEUE",
                "STATS_CLASS", "DOWNLOADER", "LOG_FORMATTER", "REQUEST_FINGERPRINTER_CLASS",
                "DOWNLOADER_CLIENTCONTEXTFACTORY", "ROBOTSTXT_PARSER"):
        if isinstance(settings.get(key), str):
            paths.append(settings.get(key))
    return [p for p in paths if "." in p]


def crawl_in_workers(names: Sequence[str], jobs: int,
                     run_group: Callable[[list[str]], list[dict[str, Any]]],
                     failed: Callable[[str, str], dict[str, Any]], lock_db: Any = None,
                     settings: Any = None) -> list[dict[str, Any]]:
    """Run ``run_group(group)`` for each group of *names* in its own forked process; returns
    the per-spider results in the order of *names*. ``failed(name, message)`` makes the result
    of a spider whose worker died or raised. *lock_db*: the database whose crawl lock the
    parent holds (each worker keeps a reference on it while it runs). *settings*: the crawl's
    Scrapy settings, whose components are imported before the fork (``preload``)."""
    import logging
    import time

    if settings is not None and settings.getbool("LOG_INSTALL_ROOT_HANDLER", True):
        # the parent's own lines (the dealing, the tail) go where the workers' go: Scrapy's root
        # handler, as CrawlerProcess installs it in each worker (which replaces this one there)
        from scrapy.utils.log import install_scrapy_root_handler

        install_scrapy_root_handler(settings)
    preload(settings)
    sizes = last_sizes(lock_db, names) if lock_db is not None else {}
    dealt = groups(names, jobs, sizes)
    if sizes:
        logging.getLogger("scraper.parallel").info(
            "Spiders dealt by the bytes of their last run: %s", "; ".join(
                f"[{', '.join(g)}] ~{sum(sizes.get(n, 0) for n in g) / 1e6:.1f} MB" for g in dealt))
    ctx = multiprocessing.get_context("fork")
    running = []
    for i, group in enumerate(dealt):
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_worker, args=(run_group, group, send, lock_db),
                           name=f"scraper-crawl-{i + 1}", daemon=False)
        proc.start()
        send.close()
        running.append((group, proc, recv))

    by_name: dict[str, dict[str, Any]] = {}
    pending = {recv: (group, proc) for group, proc, recv in running}
    forked, ends = time.monotonic(), []
    while pending:
        for recv in wait(list(pending)):
            group, proc = pending.pop(recv)
            ends.append((time.monotonic() - forked, group))
            try:
                got = recv.recv()
            except (EOFError, OSError):
                got = None
            recv.close()
            proc.join()
            if isinstance(got, list):
                for r in got:
                    by_name[r["spider"]] = r
                continue
            why = (got or {}).get("error") if isinstance(got, dict) else None
            msg = why or f"worker process {proc.name} ended with exit code {proc.exitcode}"
            for name in group:
                by_name.setdefault(name, failed(name, msg))
    if len(ends) > 1:   # the tail: how long the last worker ran with the other cores idle
        logging.getLogger("scraper.parallel").info(
            "Workers ended %s s after the fork; the last one (%s) ran alone for %.1f s",
            ", ".join(f"{t:.1f}" for t, _ in ends), ", ".join(ends[-1][1]), ends[-1][0] - ends[-2][0])
    if lock_db is not None:   # every worker has ended and the parent still holds the crawl lock
        try:
            os.unlink(f"{lock_db}.writers")
        except OSError:
            pass
    return [by_name[n] for n in names]
