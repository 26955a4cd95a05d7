"""Pending requests on disk for backfills: ``scraper crawl --jobdir DIR`` (setting ``JOBDIR_ROOT``).

Scrapy's scheduler keeps every request waiting for its download in memory: a sitemap of 50,000
URLs read with ``-a since=all`` becomes 50,000 ``Request`` objects at once, each with its
headers, meta and cached parsed URL (~0.8 KiB of Python objects: ``scraper.benchmarks.memory``).
A multi-million-URL backfill would hold them all. Scrapy's standard answer is ``JOBDIR``: the
scheduler's queues are then on disk (``SCHEDULER_DISK_QUEUE``, pickled requests in one file per
priority; a request that cannot be pickled stays in memory, stat ``scheduler/unserializable``),
the duplicate filter's fingerprints too (``scraper.dupefilter``), and a crawl that was stopped is
resumed by the next run with the same folder.

``scraper crawl`` runs several spiders per process, and Scrapy's ``JOBDIR`` belongs to one
spider: each gets ``JOBDIR_ROOT/<spider name>``. After the run, a spider that finished (reason
``finished``) has nothing pending: its folder is removed, so that its next run starts afresh (a
kept folder's duplicate filter would drop every request made before, sitemaps included). A
spider stopped before the end (Ctrl-C, SIGTERM, ``CLOSESPIDER_TIMEOUT``) keeps it: the next
``scraper crawl --jobdir`` with the same folder takes up its pending requests, its entry points
fetched again. (A process killed with SIGKILL cannot save its queues: the requests it had
pending are skipped by that job's duplicate filter until the job finishes; the next run after
that finds them again in the sitemaps.)
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any


def spider_jobdir(root: str | Path, name: str) -> Path:
    """The ``JOBDIR`` of spider *name* under *root* (a name is a Python identifier; anything
    else is replaced so that it stays one folder)."""
    return Path(root) / re.sub(r"[^\w.-]", "_", name)


def assign(crawler: Any, name: str) -> Path | None:
    """Give *crawler* (not started yet) its own ``JOBDIR`` under its ``JOBDIR_ROOT`` setting;
    None when that is empty (pending requests in memory, Scrapy's default)."""
    root = crawler.settings.get("JOBDIR_ROOT")
    if not root:
        return None
    path = spider_jobdir(root, name)
    path.mkdir(parents=True, exist_ok=True)
    crawler.settings.set("JOBDIR", str(path), priority="cmdline")
    return path


def finish(path: Path | None, reason: str | None) -> bool:
    """After a spider's run: remove its job folder when it finished (nothing pending). True when
    removed; a stopped spider's folder is kept for the next run."""
    if path is None or reason != "finished":
        return False
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()
