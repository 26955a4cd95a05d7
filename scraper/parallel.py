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


def queue_order(names: Sequence[str], sizes: dict[str, float] | None = None) -> list[str]:
    """The order in which the workers take *names* from the queue: with *sizes* (the work each
    spider is expected to take: the bytes of its last run, ``last_sizes``) largest first, so that
    no worker is left alone with a big site at the end while the others idle; a spider without
    a size counts as the median known size; ties, and everything without sizes (a first crawl),
    keep the order of *names*."""
    known = sorted(v for n, v in (sizes or {}).items() if n in names and v > 0)
    if not known:
        return list(names)
    typical = known[len(known) // 2]
    size = {n: (sizes or {}).get(n) or typical for n in names}
    return sorted(names, key=lambda n: -size[n])     # stable: ties keep the order of names


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


class TakeNext:
    """In a worker: when to take the next spider from the parent's queue (*more* asks for it,
    *start* starts it in this process's running reactor).

    * When one of the worker's spiders finishes, it takes the next one at once, so the worker
      keeps as many spiders as it had (and the reactor never runs out of crawlers while the
      queue holds some).
    * Every *every* seconds, while the worker used less than *below* of the time it could run
      at two looks in a row (its CPU over the wall time: a polite crawl waiting on download
      delays) and each of its spiders still has requests queued (*queued*: one in its last
      seconds, its downloads draining, is not idle for lack of work to do), it takes one more. A worker busy on its core (a CPU-bound crawl) takes none: its
      next spider waits in the queue for whichever worker frees up first, instead of lengthening
      this worker's share while another idles. "Could run" leaves out the time its reactor's
      thread waited for a core (``/proc/thread-self/schedstat``): on a machine loaded by other
      work, a CPU-bound worker gets less than a core but is no less busy.
    """

    def __init__(self, more: Callable[[], str | None], start: Callable[[str], Any],
                 below: float = 0.75, every: float = 1.0, queued: Callable[[], bool] = lambda: True):
        self.more, self.start, self.below, self.every, self.queued = more, start, below, every, queued
        self.idle = 0        # consecutive looks that found the worker with time to spare
        self.running = 0
        self.empty = False
        self.loop: Any = None
        self.mark = (0.0, 0.0, 0.0)

    def started(self) -> None:
        self.running += 1

    def finished(self) -> None:
        self.running -= 1
        self.take()

    def take(self) -> bool:
        if self.empty:
            return False
        name = self.more()
        if name is None:
            self.empty = True
            if self.loop is not None and self.loop.running:
                self.loop.stop()
            return False
        self.start(name)
        return True

    def watch(self) -> None:
        """Start looking at this process's CPU (call with the reactor about to run)."""
        from twisted.internet import task

        if self.empty or self.below <= 0:
            return
        self.mark = _busy()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.every, now=False)

    def tick(self) -> None:
        now = _busy()
        (t0, run0, wait0), (t1, run1, wait1) = self.mark, now
        self.mark = now
        could = (t1 - t0) - (wait1 - wait0)
        spare = self.running and could > 0 and (run1 - run0) / could < self.below
        # a spider's last seconds (its queue empty, its last downloads in flight) look idle too:
        # they are no room for one more, which would keep this worker busy past the others
        self.idle = self.idle + 1 if spare and self.queued() else 0
        if self.idle >= 2:
            self.take()


def _busy() -> tuple[float, float, float]:
    """(now, this process's CPU seconds (all its threads: the SQLite writer's too), seconds its
    main thread waited for a core (``/proc/thread-self/schedstat``, read from the reactor's
    thread; 0 where there is none))."""
    import time

    now, t = time.monotonic(), os.times()
    try:
        with open("/proc/thread-self/schedstat") as f:
            wait = int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        wait = 0.0
    return now, t.user + t.system, wait


def _worker(run_group: Callable[..., list[dict[str, Any]]], names: list[str], conn,
            lock_db: Any = None) -> None:
    import logging
    import sys
    import time

    held = None
    t0, c0 = time.monotonic(), os.times()
    modules = len(sys.modules)

    def more() -> str | None:     # the next spider of the parent's queue (None: it is empty)
        conn.send(("more", None))
        return conn.recv()

    try:
        if lock_db is not None:
            serialise_store(f"{lock_db}.writers")
            # one reference on the inherited lock for the worker's whole life: the pipelines of
            # its spiders take and drop theirs as they open and close, and a spider that closes
            # before another one opens must not make this process let go of the shared lock
            from .lock import CrawlLock
            held = CrawlLock(lock_db).acquire()
        results = run_group(names, more)
    except BaseException as e:   # the parent reports it per spider
        results = {"error": f"{type(e).__name__}: {e}"}
    c1 = os.times()
    ran = [r["spider"] for r in results] if isinstance(results, list) else names
    logging.getLogger("scraper.parallel").info(
        "Worker %s (%s): %.1f s wall, %.1f s CPU; Store calls %d: %.1f s waiting for the writers "
        "lock, %.1f s holding it; %d modules imported after the fork", os.getpid(), ", ".join(ran),
        time.monotonic() - t0, (c1.user - c0.user) + (c1.system - c0.system), LOCK_TIMES["calls"],
        LOCK_TIMES["waited"], LOCK_TIMES["held"], len(sys.modules) - modules)
    try:
        conn.send(("done", results))
    finally:
        conn.close()
        if held is not None:
            held.release()


def preload(settings: Any = None) -> None:
    """Import, once in the parent, what every worker would import after the fork (Scrapy's
    crawler and engine, the project's components named in *settings*, the store and its
    MinHash tables): a forked worker inherits the modules, so N workers do not each spend the
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
        # the MinHash tables each SQLite pipeline loads as its spider opens
        # (pipelines.sqlite._load_clustering_engine): read once here, for every worker
        # (``clusters.tables``: a small cache file; datasketch and the scipy under it, ~1 s of
        # CPU, are imported only when that file has to be computed)
        from . import clusters

        clusters.tables()
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
                     run_group: Callable[..., list[dict[str, Any]]],
                     failed: Callable[[str, str], dict[str, Any]], lock_db: Any = None,
                     settings: Any = None) -> list[dict[str, Any]]:
    """Run *names* in *jobs* forked worker processes; returns the per-spider results in the
    order of *names*. The spiders wait in one queue (``queue_order``: largest expected first);
    each worker starts with the next one, ``run_group(first, more)`` runs them in the worker
    and calls ``more()`` for each further spider it takes (``TakeNext``: when one of its spiders
    finishes, or while it has CPU to spare); the parent answers from the queue (None once it
    is empty). ``failed(name, message)`` makes the result of a spider whose worker died or
    raised, and of a spider no worker was left to take. *lock_db*: the database whose crawl
    lock the parent holds (each worker keeps a reference on it while it runs). *settings*: the
    crawl's Scrapy settings, whose components are imported before the fork (``preload``)."""
    import logging
    import time
    from collections import deque

    log = logging.getLogger("scraper.parallel")
    if settings is not None and settings.getbool("LOG_INSTALL_ROOT_HANDLER", True):
        # the parent's own lines (the queue, the tail) go where the workers' go: Scrapy's root
        # handler, as CrawlerProcess installs it in each worker (which replaces this one there)
        from scrapy.utils.log import install_scrapy_root_handler

        install_scrapy_root_handler(settings)
    preload(settings)
    sizes = last_sizes(lock_db, names) if lock_db is not None else {}
    queue = deque(queue_order(names, sizes))
    if sizes:
        log.info("Spiders queued by the bytes of their last run, largest first: %s",
                 ", ".join(f"{n} ~{sizes[n] / 1e6:.1f} MB" if sizes.get(n) else f"{n} (unknown)" for n in queue))
    ctx = multiprocessing.get_context("fork")
    workers: dict[Any, tuple[Any, list[str]]] = {}    # parent's end of the pipe -> (process, spiders taken)
    for i in range(max(1, min(jobs, len(queue)))):
        first = [queue.popleft()]
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker, args=(run_group, first, theirs, lock_db),
                           name=f"scraper-crawl-{i + 1}", daemon=False)
        proc.start()
        theirs.close()
        workers[mine] = (proc, first)

    by_name: dict[str, dict[str, Any]] = {}
    forked, ends = time.monotonic(), []
    while workers:
        for conn in wait(list(workers)):
            proc, taken = workers[conn]
            try:
                kind, got = conn.recv()
            except (EOFError, OSError, ValueError, TypeError):
                kind, got = "gone", None
            if kind == "more":
                name = queue.popleft() if queue else None
                if name is not None:
                    taken.append(name)      # from now on its result is this worker's to give
                    log.info("Worker %s takes %s (%d left in the queue)", proc.pid, name, len(queue))
                try:
                    conn.send(name)
                except OSError:
                    pass                    # it died: the next recv says so
                continue
            del workers[conn]
            ends.append((time.monotonic() - forked, taken))
            conn.close()
            proc.join()
            if isinstance(got, list):
                for r in got:
                    by_name[r["spider"]] = r
            why = got.get("error") if isinstance(got, dict) else None
            msg = why or f"worker process {proc.name} ended with exit code {proc.exitcode}"
            for name in taken:
                by_name.setdefault(name, failed(name, msg))
    for name in queue:    # every worker ended (died) before taking it
        by_name.setdefault(name, failed(name, "not run: every worker process ended before taking it"))
    if len(ends) > 1:   # the tail: how long the last worker ran with the other cores idle
        log.info("Workers ended %s s after the fork; the last one (%s) ran alone for %.1f s",
                 ", ".join(f"{t:.1f}" for t, _ in ends), ", ".join(ends[-1][1]), ends[-1][0] - ends[-2][0])
    if lock_db is not None:   # every worker has ended and the parent still holds the crawl lock
        try:
            os.unlink(f"{lock_db}.writers")
        except OSError:
            pass
    return [by_name[n] for n in names]
