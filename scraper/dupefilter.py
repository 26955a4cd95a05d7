"""``DiskDupeFilter``: Scrapy's ``RFPDupeFilter`` with its fingerprints in a SQLite file
(``scraper.seen.DiskSet``) instead of a Python set, so that a multi-million-request crawl does not
hold every fingerprint in memory (bound: ``scraper.seen.CACHE_KIB`` of SQLite page cache).
Settings: ``DUPEFILTER_CLASS = "scraper.dupefilter.DiskDupeFilter"`` (the project default).

Without ``JOBDIR`` the file is temporary (deleted when the spider closes). With ``JOBDIR``
(Scrapy's paused and resumed crawls; ``scraper crawl --jobdir``) it is
``JOBDIR/requests.seen.sqlite``, kept for the next run of the job: Scrapy's own filter would
keep its ``requests.seen`` file there but also load every fingerprint of it into a Python set
(~100 bytes each)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from scrapy.dupefilters import RFPDupeFilter

from .seen import DiskSet

FILE = "requests.seen.sqlite"


def note_redirect_loop(request, spider) -> None:
    """For a duplicate filter's ``log()``: a filtered request that a redirect brought back to a URL of
    its own chain (a → b → a) is counted and told, as its article is lost (a redirect to a page
    crawled already loses nothing): ``errors/redirect_loop``, one WARNING with the chain."""
    chain = request.meta.get("redirect_urls")
    if not chain or request.url not in chain:
        return
    crawler = getattr(spider, "crawler", None)
    if crawler is not None and crawler.stats is not None:
        crawler.stats.inc_value("errors/redirect_loop")
    shown = " -> ".join([*chain[chain.index(request.url):], request.url])
    spider.logger.warning("Failed %s: redirect loop (%s)", chain[0], shown)


class DiskDupeFilter(RFPDupeFilter):
    def __init__(self, path=None, debug=False, *, fingerprinter=None):
        # Scrapy's part gets no path: it must neither open requests.seen nor fill its set
        super().__init__(None, debug, fingerprinter=fingerprinter)
        self._disk = DiskSet(path=Path(path, FILE)) if path else DiskSet()
        self._broken = False

    _crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        obj = super().from_crawler(crawler)
        obj._crawler = crawler
        return obj

    def request_seen(self, request) -> bool:
        if self._broken:
            return True
        try:
            return not self._disk.add(self._fingerprint(request))
        except sqlite3.Error as e:
            # disk full, I/O error: the spider is stopped (storage failure, exit code 5), and the
            # requests made from now on are dropped: the next run finds them again
            self._broken = True
            from .crawling.jobdir import failed
            failed(self._crawler, self._disk.path, e)
            return True

    def log(self, request, spider) -> None:
        super().log(request, spider)
        note_redirect_loop(request, spider)

    def close(self, reason: str) -> None:
        super().close(reason)
        try:
            self._disk.close()
        except sqlite3.Error as e:
            if not self._broken:
                from .crawling.jobdir import failed
                failed(self._crawler, self._disk.path, e)
