"""Any site, from explicit entry points.

    scrapy crawl generic -a start=https://example.com/robots.txt
    scrapy crawl generic -a start=https://example.com/feed,https://example.com/news/
    scrapy crawl generic -a url=https://example.com/2025/03/10/some-story-123

The crawl stays on the hosts of the given URLs (``allowed_domains`` is set from them).
"""
from __future__ import annotations

from typing import Any

from scraper.urls import host_of

from .base import NewsSpider


def _domain(url: str) -> str | None:
    host = host_of(url).lower().rstrip(".")
    if not host:
        return None
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


class GenericSpider(NewsSpider):
    name = "generic"
    # needs -a start= / -a url=: not part of `scraper crawl --all`
    include_in_all = False

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        domains: list[str] = []
        for u in [*([self.url] if self.url else []), *self.start_list]:
            d = _domain(u)
            if d and d not in domains:
                domains.append(d)
        self.allowed_domains = domains
