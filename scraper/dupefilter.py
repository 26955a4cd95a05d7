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

from pathlib import Path

from scrapy.dupefilters import RFPDupeFilter

from .seen import DiskSet

FILE = "requests.seen.sqlite"


class DiskDupeFilter(RFPDupeFilter):
    def __init__(self, path=None, debug=False, *, fingerprinter=None):
        # Scrapy's part gets no path: it must neither open requests.seen nor fill its set
        super().__init__(None, debug, fingerprinter=fingerprinter)
        self._disk = DiskSet(path=Path(path, FILE)) if path else DiskSet()

    def request_seen(self, request) -> bool:
        return not self._disk.add(self._fingerprint(request))

    def close(self, reason: str) -> None:
        super().close(reason)
        self._disk.close()
