"""scrapy-redis's duplicate filter (the workers' shared set in Redis), telling a redirect loop as the
single-machine filter does (``scraper.dupefilter.note_redirect_loop``)."""
from __future__ import annotations

from scrapy_redis.dupefilter import RFPDupeFilter

from ..dupefilter import note_redirect_loop


class RedisDupeFilter(RFPDupeFilter):
    def log(self, request, spider) -> None:
        super().log(request, spider)
        note_redirect_loop(request, spider)
