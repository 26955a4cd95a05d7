"""``DiskDupeFilter``: Scrapy's ``RFPDupeFilter`` with its fingerprints in a temporary SQLite file
(``scraper.seen.DiskSet``) instead of a Python set, so that a multi-million-request crawl does not
hold every fingerprint in memory (bound: ``scraper.seen.CACHE_KIB`` of SQLite page cache).
Settings: ``DUPEFILTER_CLASS = "scraper.dupefilter.DiskDupeFilter"`` (the project default).
``JOBDIR`` (Scrapy's resumable crawls) keeps Scrapy's own file-backed behaviour."""
from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter

from .seen import DiskSet


class DiskDupeFilter(RFPDupeFilter):
    def __init__(self, path=None, debug=False, *, fingerprinter=None):
        super().__init__(path, debug, fingerprinter=fingerprinter)
        self._disk = None
        if not self.file:   # no JOBDIR: the fingerprints go to disk instead of a set
            self._disk = DiskSet()

    def request_seen(self, request) -> bool:
        if self._disk is None:
            return super().request_seen(request)
        return not self._disk.add(self._fingerprint(request))

    def close(self, reason: str) -> None:
        super().close(reason)
        if self._disk is not None:
            self._disk.close()
