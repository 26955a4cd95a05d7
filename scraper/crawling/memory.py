"""``MallocTuning``: glibc's malloc told to give large blocks back to the system at once.

What a long crawl's RSS is made of (measured with ``scraper.benchmarks.memory`` and glibc's
``mallinfo2``, 3,000-page loopback crawls): its short spikes come from large pages (1-3 MB bodies,
their decoded text, the text without scripts) in flight. glibc serves a block of 128 KiB or more
with its own ``mmap`` only until the first such block is freed: the threshold then rises to that
block's size (up to 32 MiB), so later bodies of a few MB land in the heap, which grows by their
size, and the holes they leave are reused poorly and seldom returned. In the crawl: heap 81 MiB on
average, 126 MiB at its largest, a quarter of it free but kept.

A fixed threshold (``mallopt(M_MMAP_THRESHOLD)``, what ``MALLOC_MMAP_THRESHOLD_=N`` in the
environment does, here without a wrapper script for cron) keeps every block of at least
``MALLOC_MMAP_THRESHOLD`` bytes out of the heap: it is unmapped when freed, so RSS follows the
bytes really alive. The heap stayed at 46 MiB (6 MiB free). Setting 0 leaves glibc's default.
Anything but glibc (musl, macOS): nothing is done (stat ``memory/malloc_tuning`` = 0).

The stat ``memory/mmap_threshold`` records the value applied.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging

from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3   # glibc <malloc.h>
MAX_THRESHOLD = 32 * 1024 * 1024   # glibc's ceiling on 64-bit (HEAP_MAX_SIZE / 2)


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "gnu_get_libc_version") else None


def set_mmap_threshold(nbytes: int) -> bool:
    """Serve malloc blocks of *nbytes* or more with their own mmap from now on (glibc only;
    disables glibc's dynamic threshold). True when glibc accepted it."""
    if not 0 < nbytes <= MAX_THRESHOLD:
        raise ValueError(f"MALLOC_MMAP_THRESHOLD must be between 1 and {MAX_THRESHOLD} bytes, "
                         f"got {nbytes}")
    libc = _libc()
    if libc is None:
        return False
    return libc.mallopt(ctypes.c_int(M_MMAP_THRESHOLD), ctypes.c_int(nbytes)) == 1


class MallocTuning:
    """Extension (``EXTENSIONS``): applies ``MALLOC_MMAP_THRESHOLD`` when the crawler is built,
    before any page is downloaded."""

    def __init__(self, crawler):
        nbytes = crawler.settings.getint("MALLOC_MMAP_THRESHOLD", 0)
        if nbytes <= 0:
            raise NotConfigured("MALLOC_MMAP_THRESHOLD is 0: glibc's default malloc behaviour")
        try:
            applied = set_mmap_threshold(nbytes)
        except ValueError as exc:
            logger.warning("%s: glibc's default kept", exc)
            applied = False
        if crawler.stats is not None:
            crawler.stats.set_value("memory/malloc_tuning", int(applied))
            if applied:
                crawler.stats.set_value("memory/mmap_threshold", nbytes)
        if not applied:
            logger.debug("malloc tuning not applied (not glibc, or refused)")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class DecodedTextRelease:
    """Downloader middleware (``DOWNLOADER_MIDDLEWARES``, 30: the last to see a response before
    the engine): the response goes on without the whole-page ``str`` Scrapy decoded for it.

    Scrapy's ``MetaRefreshMiddleware`` (and ``ConsentWallMiddleware``, through the same cached
    ``get_meta_refresh``) read ``response.text[0:4096]``, which decodes and caches the *whole*
    body as text on the response (1-4 bytes per character: as large as the body for Arabic
    UTF-8, four times an ASCII page's size when it has one emoji). That text then lives as long
    as the response: while it waits for the spider callback, which reads ``response.body``
    (one parse of the bytes, ``scraper.extract``). tracemalloc at the peak of a crawl of the
    corpus's 24 largest pages: 60 of the 111 MiB Python held were these cached texts.

    ``response.replace()`` is the same response (same body bytes object, URL, status, headers,
    request and meta, the encoding already found) without the caches. Stat
    ``memory/decoded_text_released``: responses it was dropped from."""

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        from scrapy.http import TextResponse

        # Scrapy's cache slot (TextResponse.__slots__); were it renamed, nothing is dropped and
        # the stat stays at 0 (tests/test_memory_bound.py checks it on a real crawl)
        if isinstance(response, TextResponse) and getattr(response, "_cached_ubody", None) is not None:
            if self.stats is not None:
                self.stats.inc_value("memory/decoded_text_released")
            return response.replace()
        return response
