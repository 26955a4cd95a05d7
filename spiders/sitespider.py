"""``SiteSpider``: ``NewsSpider`` plus the discovery shapes some sites need, declared as data.

A site module subclasses ``SiteSpider`` and only declares class attributes::

    class AljazeeraSpider(SiteSpider):
        name = "aljazeera"
        allowed_domains = ["aljazeera.net"]
        dated_sitemaps = ["https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}"]
        article_url_pattern = r"/\\d{4}/\\d{1,2}/\\d{1,2}/[^/?#]+"

What it adds to ``NewsSpider`` (everything generic, nothing per site):

``dated_sitemaps``  sitemap URL templates with one document per day, expanded for every day of
                    the ``since`` window, newest first (``{y}`` year, ``{m}``/``{d}`` month/day
                    without padding, ``{mm}``/``{dd}`` zero-padded). With ``since=all`` the last
                    ``dated_sitemap_max_days`` days are used.
``json_apis``       JSON listing endpoints: the response is walked for URL-ish fields
                    (``url``, ``shareUrl``, ``link``, ``href``…) that are this site's articles;
                    a date field next to the URL (``date``, ``publishDate``…, ISO or epoch) is
                    checked against ``since``, a ``headline``/``title`` is kept as a hint.
``section_pages``   HTML section pages whose same-host article links are followed (one level).
``path_prefixes``   the site lives under these paths of its domain (``/arabic``, ``/ar/``):
                    articles outside them are not this site's.
``unverified``      what no public evidence confirms (../shared/reference/site-evidence.md): names
                    of attributes (``"feeds"``, ``"body_selectors"``…) or single values of them
                    (one feed URL, one selector). ``scraper sites`` shows them; verify them with
                    one live fetch before trusting the site.
``fixture``         the kinds of article fixture the tests run the spider on (tests/site_fixtures/
                    <name>), joined by " + ": ``real`` (saved pages of the live site, with
                    provenance), ``real (other edition)`` (the same site in another language),
                    ``excerpt`` (a third party's trimmed copy of a real page), ``synthetic`` (a
                    page written from the site's documented markup); the README's site table
                    shows it and a test keeps it true.
Article URL checks also try the percent-decoded URL (Arabic path segments arrive encoded in
feeds and sitemaps) and only accept URLs on the spider's own domains.

Entry points without ``-a start=``: news sitemaps, daily sitemaps, JSON APIs, feeds, sitemaps,
section pages (in that order). ``-a start=URL`` replaces them all, as in ``NewsSpider``; a JSON
URL given there is handled as a JSON API.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import unquote

from scrapy.http import Request, Response

from scraper.discovery import (
    MAX_JSON_BYTES,
    content_type,
    days_back,
    expand_dated,
    gunzip_head,
    is_recent,
    iter_json_links,
    maybe_gunzip,
)
from scraper.urls import host_in, split

from .base import NewsSpider


class SiteSpider(NewsSpider):
    """Base of the site modules: ``NewsSpider`` + daily sitemaps, JSON APIs, section pages."""

    dated_sitemaps: list[str] = []
    dated_sitemap_max_days: int = 31
    json_apis: list[str] = []
    json_url_base: str | None = None       # for relative URLs in JSON (default: the site's home)
    section_pages: list[str] = []
    follow_listings = False                # (its sections are listed above; no others read: NewsSpider)
    path_prefixes: tuple[str, ...] = ()
    site_label: str | None = None          # for `scraper sites` (default: domain + path prefix)
    unverified: tuple[str, ...] = ()       # attribute names or single values lacking evidence
    fixture: str = "synthetic"             # kinds of test fixture (tests/site_fixtures/<name>)

    # -- entry points
    def dated_sitemap_urls(self, today: date | None = None) -> list[str]:
        today = today or datetime.now(timezone.utc).date()
        days = days_back(self.since, today, self.dated_sitemap_max_days)
        return [expand_dated(t, d) for d in days for t in self.dated_sitemaps]

    def entry_points(self) -> list[str]:
        if self.start_list:
            return list(self.start_list)
        return list(dict.fromkeys([*self.news_sitemaps, *self.dated_sitemap_urls(), *self.json_apis,
                                   *self.feeds, *self.sitemaps, *self.section_pages]))

    # -- which URLs are this site's articles
    def accept_article_url(self, url: str, from_listing: bool = False) -> bool:
        parts = split(url)   # (None: "http://[::1/x" in a feed, an API's JSON or a page: no address)
        if parts is None or parts.scheme not in ("http", "https"):
            return False
        if self.allowed_domains and not host_in(parts.hostname or "", self.allowed_domains):
            return False
        decoded = unquote(url)
        forms = (url,) if decoded == url else (url, decoded)
        if self.path_prefixes:
            path = unquote(parts.path)
            if not any(path == p.rstrip("/") or path.startswith(p.rstrip("/") + "/")
                       for p in self.path_prefixes):
                return False
        if any(r.search(f) for r in self._deny_res for f in forms):
            return False
        if self._article_re is not None:
            return any(self._article_re.search(f) for f in forms)
        return super().accept_article_url(url, from_listing=from_listing)

    # -- callbacks
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if self.is_json(response):
            yield from self.parse_json_api(response)
            return
        yield from super().parse(response, **kwargs)

    @staticmethod
    def is_json(response: Response) -> bool:
        ctype = content_type(response.headers)
        head = gunzip_head(response.body or b"", 64).lstrip(b"\xef\xbb\xbf \t\r\n")
        return head[:1] in (b"{", b"[") and (ctype.endswith("json") or ctype.endswith("javascript")
                                              or not ctype or ctype.startswith("text/"))

    def parse_json_api(self, response: Response) -> Iterator[Request]:
        self.inc("discovery/json")
        hop = response.meta.get("hop", 0) + 1
        limit = min(MAX_JSON_BYTES, self.limit_setting("GUNZIP_MAXSIZE"))
        body = maybe_gunzip(response.body or b"", limit, self._gunzip_limit_hit(response.url))
        try:
            data = json.loads(body.decode("utf-8-sig", "replace"))
        except (ValueError, RecursionError) as e:   # (RecursionError: nested past the interpreter's limit)
            self.inc("errors/bad_json")
            self.logger.warning("Skipped %s: not valid JSON (%s)", response.url, e)
            return
        base = self.json_url_base or (f"https://{self.allowed_domains[0]}/" if self.allowed_domains
                                      else response.url)
        n = kept = 0
        seen: set[str] = set()
        max_urls = self.limit_setting("SITEMAP_MAX_URLS")
        for entry in iter_json_links(data, base):
            loc = entry["loc"]
            if loc in seen:
                continue
            seen.add(loc)
            n += 1
            if n > max_urls:
                n -= 1
                self.limit_hit("sitemap_urls", "%s: more than %d links, the rest ignored "
                               "(SITEMAP_MAX_URLS)", response.url, max_urls)
                break
            if not self.accept_article_url(loc):
                self.inc("discovery/skipped_not_article")
                continue
            if not is_recent(entry["date"], self.since):
                self.inc("discovery/skipped_old")
                continue
            kept += 1
            req = self.article_request(loc, entry={"feed_date": entry["date"],
                                                   "feed_title": entry["title"]}, hop=hop)
            if req is not None:
                yield req
        self.inc("discovery/entries", n)
        self.inc("discovery/kept", kept)
        self.logger.info("JSON API %s: %d links, %d kept", response.url, n, kept)
