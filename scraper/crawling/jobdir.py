"""Pending requests on disk, by default: each spider of ``scraper crawl`` gets its own Scrapy
``JOBDIR`` (setting ``JOBDIR_ROOT``; ``--jobdir DIR``, ``--no-jobdir``).

Scrapy's scheduler keeps every request waiting for its download in memory: a sitemap of 50,000
URLs read with ``-a since=all`` becomes 50,000 ``Request`` objects at once, each with its
headers, meta and cached parsed URL (~2.7 KB of RAM: ``scraper.benchmarks.memory``).
A multi-million-URL backfill would hold them all. Scrapy's standard answer is ``JOBDIR``: the
scheduler's queues are then on disk (``SCHEDULER_DISK_QUEUE``, pickled requests in one file per
priority; a request that cannot be pickled stays in memory, stat ``scheduler/unserializable``),
the duplicate filter's fingerprints too (``scraper.dupefilter``), and a crawl that was stopped is
resumed by the next run with the same folder.

``scraper crawl`` runs several spiders per process (and per worker with ``--jobs N``), and Scrapy's
``JOBDIR`` belongs to one spider: each gets ``<root>/<spider name>``, where *root* is
``JOBDIR_ROOT``: ``"auto"`` (the default) is ``<database>.jobs`` beside the database, so that
the database's crawl lock (``scraper.lock``) also guards its job folders: two crawls never use
one folder at once. ``""`` keeps Scrapy's in-memory queues.

The life of a folder, across cron runs:

* a spider that **finished** (reason ``finished``) has nothing pending: its folder is removed, so
  that its next run starts afresh (a kept folder's duplicate filter would drop every article
  request made before);
* a spider **stopped** before the end (Ctrl-C, SIGTERM, ``CLOSESPIDER_TIMEOUT`` and the other
  ``CLOSESPIDER_*`` limits, a storage failure) has had its queues saved by Scrapy: the folder is
  kept and the next run takes up its pending requests, however old (they are articles not yet
  stored; dropping them could lose those that have left the sitemaps since). Its entry points
  and discovery documents (sitemaps, feeds) are fetched again (``dont_filter``), so a resumed
  backfill never hides the site's new articles;
* a process that **died** (SIGKILL, out of memory, power cut) could not save its queues: the
  ``RUNNING`` file written here before the spider starts and removed after it closed is still
  there. The next run removes such a folder (its queue files may not match their index, and its
  fingerprints would skip the requests that were lost) and starts that spider afresh: one INFO
  line; what it had pending is found again in the sitemaps, what it had stored is skipped as
  stored (``scraper.seen.StoredUrls``).
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

AUTO = "auto"
MARKER = "RUNNING"          # in a job folder while its spider runs


def spider_jobdir(root: str | Path, name: str) -> Path:
    """The ``JOBDIR`` of spider *name* under *root* (a name is a Python identifier; anything
    else is replaced so that it stays one folder)."""
    return Path(root) / re.sub(r"[^\w.-]", "_", name)


def root_of(settings: Any) -> Path | None:
    """The folder of the spiders' job folders: ``JOBDIR_ROOT``, ``"auto"`` being
    ``<real path of SQLITE_PATH>.jobs``; None for Scrapy's in-memory queues (``""``, or ``"auto"`` without a
    database file)."""
    root = settings.get("JOBDIR_ROOT")
    if not root:
        return None
    if str(root) == AUTO:
        db = settings.get("SQLITE_PATH")
        if not db or str(db) == ":memory:":
            return None
        return Path(f"{os.path.realpath(db)}.jobs")   # beside the real file, as its lock is
    return Path(root)


def assign(crawler: Any, name: str) -> Path | None:
    """Give *crawler* (not started yet) its own ``JOBDIR`` under its job root (``root_of``);
    None when pending requests stay in memory. A folder left by a process that died is
    removed first (see the module's docstring). Call it under the database's crawl lock."""
    root = root_of(crawler.settings)
    if root is None:
        return None
    path = spider_jobdir(root, name)
    marker = path / MARKER
    if marker.exists():
        try:
            left = marker.read_text(encoding="utf-8").strip()
        except OSError:
            left = "?"
        logger.info("Job folder %s was left by a crawl that died (%s): its pending requests could "
                    "not be saved; %s starts afresh (they are found again in its sitemaps)",
                    path, left, name)
        shutil.rmtree(path, ignore_errors=True)
    elif not _readable(path):
        logger.info("Job folder %s: its saved queue state cannot be read; %s starts afresh",
                    path, name)
        shutil.rmtree(path, ignore_errors=True)
    try:
        path.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"pid {os.getpid()}, started "
                          f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n", encoding="utf-8")
    except OSError as e:   # the crawl goes on, as Scrapy would run it: queue in memory
        logger.warning("Cannot use the job folder %s (%s): %s keeps its pending requests in memory",
                       path, e.strerror or e, name)
        return None
    crawler.settings.set("JOBDIR", str(path), priority="cmdline")
    return path


def _saved(path: Path) -> bool:
    """Did Scrapy save this run's queue state (``requests.queue/active.json``, written when its
    scheduler closes) after the run began (the ``RUNNING`` file)? True without a disk queue."""
    queue = path / "requests.queue"
    if not queue.is_dir() or not (path / MARKER).exists():
        return True
    try:
        return (queue / "active.json").stat().st_mtime_ns >= (path / MARKER).stat().st_mtime_ns
    except OSError:
        return False


def _readable(path: Path) -> bool:
    """Can Scrapy read this folder's saved queue state (or has it none)?"""
    state = path / "requests.queue" / "active.json"
    if not state.exists():
        return True
    try:
        json.loads(state.read_text(encoding="utf-8"))
        return True
    except (OSError, ValueError):
        return False


def tidy(settings: Any) -> None:
    """After a crawl: the ``auto`` root (``<db>.jobs``) removed when no spider left a folder in
    it, so that the database's folder holds only the database after a night whose spiders all
    finished. A root given by the operator (``--jobdir DIR``) stays."""
    if str(settings.get("JOBDIR_ROOT")) != AUTO:
        return
    root = root_of(settings)
    if root is not None:
        try:
            root.rmdir()
        except OSError:
            pass       # not empty (a stopped spider's folder), or not there


def finish(path: Path | None, reason: str | None, stats: Any = None) -> bool:
    """After a spider's run (Scrapy has closed its scheduler: the queues are saved): remove its
    job folder when it finished (nothing pending) or when it could not be written (``failed()``),
    else only its ``RUNNING`` file, so that the next run resumes it. True when removed."""
    if path is None:
        return False
    broken = bool(stats is not None and stats.get_value(FAILED_STAT))
    if reason not in (None, "finished") and not broken and not _saved(path):
        logger.info("Job folder %s: Scrapy could not save its queues; it is removed (the next "
                    "run finds its requests again in the sitemaps)", path)
        broken = True
    if reason != "finished" and not broken:
        (path / MARKER).unlink(missing_ok=True)
        return False
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()


FAILED_STAT = "storage/jobdir_failure"


def failed(crawler: Any, path: Any, exc: BaseException) -> None:
    """A write to (or read from) the job folder failed (disk full, read-only, I/O error): once
    per spider, one ERROR line, stats ``storage/failure`` (exit code 5) and ``storage/jobdir_failure``,
    and the spider is closed with reason ``storage_failure``. ``finish()`` then removes the folder
    (its queue and fingerprints cannot be trusted; removing it also gives the space back): the
    requests it held are found again in the sitemaps by the next run."""
    stats = getattr(crawler, "stats", None)
    if stats is None or stats.get_value(FAILED_STAT):
        return
    from ..storage import describe_error, storage_hint

    stats.set_value(FAILED_STAT, 1)
    # one ERROR line per storage problem of a spider: a full disk fails the database too
    # (pipelines.sqlite), and whichever comes first says it
    level = logging.INFO if stats.get_value("storage/failure") else logging.ERROR
    stats.set_value("storage/failure", 1)
    logger.log(level, "Storage failure: cannot use the job folder %s: %s%s; stopping the crawl (its "
               "pending requests are found again in the sitemaps by the next run)",
               path, describe_error(exc), storage_hint(Path(path) / MARKER))
    engine = getattr(crawler, "engine", None)
    if engine is None or getattr(engine, "spider", None) is None:
        return
    from scrapy.utils.defer import deferred_from_coro
    deferred_from_coro(engine.close_spider_async(reason="storage_failure"))
