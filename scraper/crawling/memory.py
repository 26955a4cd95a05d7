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

Fastbins off (``MALLOC_FASTBINS = False``, ``mallopt(M_MXFAST, 0)``, what
``GLIBC_TUNABLES=glibc.malloc.mxfast=0`` does): glibc keeps freed blocks of up to 128 bytes on
"fastbins" without merging them, and merges ALL of them (``malloc_consolidate``) the next time a
block of 1 KiB or more is asked for. ``scraper.extract`` frees a parsed page's whole libxml2 tree
(tens of thousands of small nodes) per page, so the next such request, wherever it falls, paid for
merging them: 1-2 ms of CPU inside a hostname regex search or an 8 KB slice of the body that
otherwise take 10-20 microseconds (loopback crawl of 600 corpus pages: those two alone spent 0.19 s
in such spikes, none after). Without fastbins, a freed block past the small per-thread cache is
merged when freed. Measured (``scraper.benchmarks.crawl``'s crawl, interleaved A/B, 15 pairs,
2026-12-02 20:40-20:56 UTC, commit 321a8ec): the reactor thread's CPU per page 4% lower (median),
its work besides ``extract()`` 10% lower, lower in all 15 pairs (an earlier 10-pair reading: 6% and
11%; docs/MEASUREMENTS.md).
Stat ``memory/fastbins`` (0: off, 1: glibc's default kept).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging

from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

M_MXFAST = 1            # glibc <malloc.h>
M_MMAP_THRESHOLD = -3
MAX_THRESHOLD = 32 * 1024 * 1024   # glibc's ceiling on 64-bit (HEAP_MAX_SIZE / 2)


@functools.cache
def _libc():
    """glibc, loaded once per process (None elsewhere). ``ctypes.util.find_library`` runs
    ``ldconfig -p`` in a subprocess each time it is called: 13 ms of wall time per call on this
    machine, and each spider's ``MallocTuning`` asked twice (threshold, fastbins), in the
    reactor thread while the crawl starts; a forked ``--jobs`` worker inherits the parent's."""
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


def disable_fastbins() -> bool:
    """No fastbins from now on (glibc only): freed small blocks are merged when freed, not all
    at once at the next large request (see above). True when glibc accepted it."""
    libc = _libc()
    if libc is None:
        return False
    return libc.mallopt(ctypes.c_int(M_MXFAST), ctypes.c_int(0)) == 1


class MallocTuning:
    """Extension (``EXTENSIONS``): applies ``MALLOC_MMAP_THRESHOLD`` and ``MALLOC_FASTBINS``
    when the crawler is built, before any page is downloaded."""

    def __init__(self, crawler):
        nbytes = crawler.settings.getint("MALLOC_MMAP_THRESHOLD", 0)
        fastbins = crawler.settings.getbool("MALLOC_FASTBINS", True)
        if nbytes <= 0 and fastbins:
            raise NotConfigured("MALLOC_MMAP_THRESHOLD is 0 and MALLOC_FASTBINS on: glibc's "
                                "default malloc behaviour")
        applied = False
        if nbytes > 0:
            try:
                applied = set_mmap_threshold(nbytes)
            except ValueError as exc:
                logger.warning("%s: glibc's default kept", exc)
        fastbins_off = not fastbins and disable_fastbins()
        if crawler.stats is not None:
            crawler.stats.set_value("memory/malloc_tuning", int(applied or fastbins_off))
            if applied:
                crawler.stats.set_value("memory/mmap_threshold", nbytes)
            crawler.stats.set_value("memory/fastbins", int(not fastbins_off))
        if nbytes > 0 and not applied or not fastbins and not fastbins_off:
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
