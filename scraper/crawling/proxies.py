"""Proxies per site (Scrapy downloader middleware).

All sites through one proxy: the standard ``http_proxy`` / ``https_proxy`` (and ``no_proxy``)
environment variables, read by Scrapy's own ``HttpProxyMiddleware`` (750).

One site through its own proxy: ``SITE_PROXIES = {"alarabiya": "http://user:pass@host:3128"}``
(a setting; ``-s SITE_PROXIES='{"alarabiya": "http://…"}'`` on the command line) or a ``proxy``
attribute on the spider class (``scrapy crawl x -a proxy=http://…`` works too, as spider
arguments become attributes). ``SiteProxyMiddleware`` (740, just before ``HttpProxyMiddleware``)
puts it in ``request.meta["proxy"]``, which ``HttpProxyMiddleware`` then honours (credentials in
the URL become a ``Proxy-Authorization`` header). A ``meta["proxy"]`` set by the spider on a
request wins; the setting wins over the attribute.
"""
from __future__ import annotations

from typing import Any

from scrapy.http import Request


class SiteProxyMiddleware:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.proxies = {str(k): str(v) for k, v in
                        (crawler.settings.getdict("SITE_PROXIES") or {}).items() if v}

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteProxyMiddleware:
        return cls(crawler)

    def proxy_for(self, spider: Any) -> str | None:
        if spider is None:
            return None
        return self.proxies.get(getattr(spider, "name", "")) or getattr(spider, "proxy", None) or None

    def process_request(self, request: Request, spider: Any = None):
        if "proxy" in request.meta:
            return None
        proxy = self.proxy_for(spider or getattr(self.crawler, "spider", None))
        if proxy:
            request.meta["proxy"] = proxy
        return None
