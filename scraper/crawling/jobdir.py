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
    ``<SQLITE_PATH>.jobs``; None for Scrapy's in-memory queues (``""``, or ``"auto"`` without a
    database file)."""
    root = settings.get("JOBDIR_ROOT")
    if not root:
        return None
    if str(root) == AUTO:
        db = settings.get("SQLITE_PATH")
        if not db or str(db) == ":memory:":
            return None
        return Path(f"{db}.jobs")
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


def finish(path: Path | None, reason: str | None) -> bool:
    """After a spider's run (Scrapy has closed its scheduler: the queues are saved): remove its
    job folder when it finished (nothing pending), else only its ``RUNNING`` file, so that the
    next run resumes it. True when the folder was removed."""
    if path is None:
        return False
    if reason != "finished":
        (path / MARKER).unlink(missing_ok=True)
        return False
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()
