"""``NewsSpider``: discovery (robots.txt, sitemap index, sitemap, news sitemap, RSS, Atom, RDF,
section pages) and article extraction through ``scraper.extract.extract``.

A site module only declares data (see ``spiders/arabi21.py``)::

    class Arabi21Spider(NewsSpider):
        name = "arabi21"
        allowed_domains = ["arabi21.com"]
        feeds = ["https://arabi21.com/feed"]
        article_url_pattern = r"/story/\\d+"

Spider arguments (``scrapy crawl NAME -a key=value``):

``url=URL``          fetch and store exactly that one article (no discovery, never skipped)
``start=URL[,URL…]`` discovery entry points instead of the declared feeds/sitemaps; any of
                     robots.txt, sitemap index, sitemap, news sitemap, feed, section page or
                     article page: what a response is, is told from the response itself
``since=DATE``       ignore sitemap/feed entries older than DATE (``YYYY-MM-DD``, ``Nd`` for N
                     days back, ``all`` for no limit); default: ``default_since_days`` (3)
``limit=N``          at most N article requests (debugging)

Incremental: article URLs already in the database (``SQLITE_PATH``) are not requested again
(stat ``articles/skipped_seen``), unless their sitemap or feed entry says they changed after we fetched
them (``changed_since_fetched``: ``articles/refetch_changed``); discovery documents are always fetched
(once per run).

Limits (Scrapy settings, see ``scraper/settings.py``; each hit is one WARNING line and a stat
``limits/<name>``): ``SITEMAP_MAX_DEPTH`` (sitemap indexes below sitemap indexes),
``SITEMAP_MAX_URLS`` (entries read per sitemap, feed or JSON listing), ``LISTING_MAX_LINKS``
(article links followed per listing page), ``LISTING_MAX_SECTIONS`` (section pages read from a start
page), ``LISTING_MAX_PAGES`` (pages of one listing read, "next" after "next"), ``ARTICLE_MAXSIZE``
(download size of an article page), ``GUNZIP_MAXSIZE`` (content of a ``.gz`` sitemap/feed),
``DOWNLOAD_MAXSIZE`` (any response, also after Content-Encoding decompression).
"""
from __future__ import annotations

import logging
import re
from functools import cached_property
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from lxml import html as lxml_html
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, IgnoreRequest
from scrapy.http import Request, Response

from scraper.crawling.blockguard import BlockedResponse, count_block
from scraper.blocking import Block, challenge_in_tree
from scraper.discovery import (
    DISCOVERY_KINDS,
    content_type,
    declares_article,
    is_recent,
    iter_sitemap,
    parse_feed,
    parse_robots,
    parse_since,
    parse_when,
    sniff,
)
from scraper.extract import extract
from scraper.listing import next_page_link, section_links
from scraper.crawling.items import item_from_article
from scraper.crawling.consent import ConsentWallIgnored, consent_wall_retry_or_drop
from scraper.site import SiteProfile
from scraper.urls import (FILE_EXT, is_listing_url, join, looks_like_article, same_address, scheme_free, scheme_twin,
                          split, strip_fragment, strip_tracking)

logger = logging.getLogger(__name__)

# the feed types a page announces with <link rel="alternate"> (RSS, Atom, JSON Feed)
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rss"})


# --------------------------------------------------------------------------- errors

_ERROR_KINDS = (
    ("dns", ("DNSLookupError", "CannotResolveHostError")),
    ("timeout", ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "TimeoutErr")),
    ("connection_refused", ("DownloadConnectionRefusedError", "ConnectionRefusedError")),
    ("connection", ("ConnectError", "ConnectionLost", "ConnectionDone", "ConnectionAborted",
                    "ResponseNeverReceived", "TunnelError")),
    ("data_loss", ("ResponseDataLossError", "_DataLoss")),
    ("download_failed", ("DownloadFailedError", "ResponseFailed")),
    # a body its Content-Encoding does not decode (Scrapy's HttpCompressionMiddleware lets the
    # decoder's own error through: gzip's BadGzipFile, zstd's ZstdError; zlib's and brotli's are both
    # named "error", told apart by their module below)
    ("content_encoding", ("BadGzipFile", "ZstdError")),
)
# the modules whose exceptions are a decoder's: a body its Content-Encoding does not decode
_DECODER_MODULES = frozenset({"zlib", "gzip", "brotli", "_brotli", "brotlicffi", "backports.zstd", "compression.zstd",
                              "zstandard", "zstd"})


def size_limit_hit(exc: BaseException) -> tuple[str, str] | None:
    """(limit name, what) when a download failed on ``download_maxsize``: Scrapy cancels a
    body larger than it, and HttpCompressionMiddleware ignores one that decompresses past it."""
    text = str(exc)
    if isinstance(exc, IgnoreRequest) and "during decompression" in text:
        return "decompressed_size", "body decompresses to more than"
    # Scrapy's HTTP/1.1 handler cancels the download: with its message when Content-Length
    # announced too much, without one when the bytes received passed the limit (the only other
    # cancellation, a spider closing, sends no errback).
    if "larger than download max size" in text or (
            type(exc).__name__ in ("CancelledError", "DownloadCancelledError")
            and (not text or "max size" in text)):
        return "page_size", "body larger than"
    return None


def error_kind(exc: BaseException) -> str:
    names = {k.__name__ for k in type(exc).__mro__}
    for kind, classes in _ERROR_KINDS:
        if names.intersection(classes):
            return kind
    if type(exc).__module__ in _DECODER_MODULES:
        return "content_encoding"
    return type(exc).__name__.lower()


# --------------------------------------------------------------------------- spider

# what a block page answered with 200 said, by kind (scraper.verdicts._no_article_page; others: a challenge)
_BLOCK_PAGE_EVIDENCE = {"geo": "the page says the content is not available in this region",
                        "rate_limit": "the page says too many requests"}


class NewsSpider(scrapy.Spider):
    """Base spider; subclasses declare data only."""

    name: str = ""
    allowed_domains: list[str] = []
    # discovery entry points
    feeds: list[str] = []
    sitemaps: list[str] = []          # robots.txt URLs, sitemap indexes or sitemaps
    news_sitemaps: list[str] = []     # Google News sitemaps
    # which URLs are articles (regex searched in the URL; None: looks_like_article())
    article_url_pattern: str | None = None
    deny_url_patterns: list[str] = []
    # what the core needs (scraper.site.SiteProfile)
    body_selectors: tuple[str, ...] = ()
    noise_selectors: tuple[str, ...] = ()
    noise_phrases: tuple[str, ...] = ()
    consent_cookies: dict[str, str] = {}
    # crawl behaviour
    default_since_days: int | None = 3
    follow_links: bool = True         # from a start page that is not an article, one level
    # ... and from its section pages and a listing's next page (scraper.listing): for a spider given
    # only a site's address; a site spider lists its own sections (SiteSpider: off)
    follow_listings: bool = True
    custom_settings: dict[str, Any] = {}

    def __init__(self, *args: Any, url: str | None = None, start: str | None = None,
                 since: str | None = None, limit: str | int | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.url = url.strip() if url else None
        self.start_list = [u.strip() for u in re.split(r"[,\s]+", start or "") if u.strip()]
        # (the operator's own arguments: a clear refusal before the crawl, not an engine traceback)
        for what, value in (("url", self.url), *(("start", u) for u in self.start_list)):
            if value is not None:
                try:
                    Request(value)   # (what Scrapy can fetch: http(s), also file: and data: addresses)
                except ValueError as e:
                    raise ValueError(f"{what}: {value!r} is no address to fetch ({e})") from None
        self.since = parse_since(since, self.default_since_days)
        try:
            self.limit = int(limit) if limit not in (None, "") else None
        except ValueError:
            raise ValueError(f"limit: expected a number of articles, got {limit!r}") from None
        # stored URLs (a set until load_seen() puts scraper.seen.StoredUrls, which asks SQLite per
        # URL) and this run's requested URLs (scraper.seen.DiskSet, a temporary SQLite file): neither
        # holds a multi-million-URL backfill in memory
        self.seen: Any = set()
        self._requested: Any = None
        self._n_requested_articles = 0
        self._profile: SiteProfile | None = None
        self._article_re = re.compile(self.article_url_pattern) if self.article_url_pattern else None
        self._deny_res = [re.compile(p) for p in self.deny_url_patterns]
        self._limit_logged = False
        self._discovery_seen: set[str] = set()
        self._fallback_listings: list[Request] = []   # (more_listings: read only if discovery finds nothing)
        # The callbacks bound once and kept on the instance, so that getattr(spider, name) gives
        # the same object each time: requests rebuilt from Scrapy's disk queue (JOBDIR, scraper
        # crawl's default) get their callbacks by name, and Scrapy's per-callback check (a
        # generator with a return value? inspect.getsource + ast.parse, ~2 ms) is cached weakly
        # by that object: a new bound method per request missed it (~3% of a crawl's CPU).
        for name in ("parse_article", "parse", "parse_listing", "on_error"):
            setattr(self, name, getattr(self, name))

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # -- limits (scraper/settings.py); a spider without a crawler uses the defaults
    LIMIT_DEFAULTS = {"SITEMAP_MAX_DEPTH": 3, "SITEMAP_MAX_URLS": 5000, "LISTING_MAX_LINKS": 200,
                      "LISTING_MAX_SECTIONS": 12, "LISTING_MAX_PAGES": 2,
                      "ARTICLE_MAXSIZE": 4 * 1024 * 1024, "GUNZIP_MAXSIZE": 50 * 1024 * 1024}

    def limit_setting(self, name: str) -> int:
        settings = getattr(self, "settings", None)
        default = self.LIMIT_DEFAULTS[name]
        return settings.getint(name, default) if settings is not None else default

    def limit_hit(self, name: str, msg: str, *args: Any) -> None:
        """One WARNING line and one ``limits/<name>`` stat per limit hit."""
        self.inc(f"limits/{name}")
        self.logger.warning("Limit %s: " + msg, name, *args)

    def _gunzip_limit_hit(self, url: str):
        def hit(limit: int) -> None:
            self.limit_hit("decompressed_size", "%s: content past %d bytes (GUNZIP_MAXSIZE) "
                           "ignored", url, limit)
        return hit

    # -- profile
    @property
    def profile(self) -> SiteProfile:
        if self._profile is None:
            self._profile = SiteProfile(
                name=self.name or "generic",
                domains=tuple(self.allowed_domains or ()),
                body_selectors=tuple(self.body_selectors or ()),
                noise_selectors=tuple(self.noise_selectors or ()),
                noise_phrases=tuple(self.noise_phrases or ()),
                consent_cookies=dict(self.consent_cookies or {}),
            )
        return self._profile

    # -- helpers
    def inc(self, key: str, n: int = 1) -> None:
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key, n)

    def seen_sites(self) -> list[str]:
        """The ``site`` values this spider's articles are stored under: the spider name (site
        spiders) and the bare domains (``extract()`` uses the host for the generic profile)."""
        out = [] if self.profile.name == "generic" else [self.profile.name]
        for d in self.allowed_domains or ():
            d = d.lower()
            for v in (d, d[4:] if d.startswith("www.") else d):
                if v not in out:
                    out.append(v)
        return out

    def load_seen(self) -> None:
        """Article URLs already stored for this spider's site(s): a read-only view of the database
        asked per URL (not loaded; the database is not created here). Without any site name or
        domain: every stored URL."""
        path = self.settings.get("SQLITE_PATH") if hasattr(self, "settings") else None
        if not path or str(path) == ":memory:" or not Path(path).exists():
            return
        from scraper.seen import StoredUrls
        try:
            self.seen = StoredUrls(path, self.seen_sites())
            n = self.seen.articles()
        except Exception as e:   # a broken DB must not stop the crawl
            self.logger.warning("Could not read seen URLs from %s: %s", path, e)
            self.seen = set()
            return
        self.logger.info("Incremental: %d articles already in %s (each URL looked up there)", n, path)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats if getattr(self, "crawler", None) is not None else None
        old = stats.get_value("discovery/skipped_old", 0) if stats is not None else 0
        if old and not stats.get_value("discovery/kept", 0) and self.since is not None:
            # (every sitemap or feed entry was older than the window: nothing new, or a first crawl of a
            # site whose entries are older; the operator is told, not left with "0 kept" lines at INFO)
            self.logger.warning("%s: all %d sitemap/feed entries are older than %s, none fetched: the site has "
                                "published nothing since, or a first crawl needs -a since=all (or -a since=30d)",
                                self.name, old, self.since.isoformat())
        for held in (self.seen, self._requested):
            close = getattr(held, "close", None)
            if close is not None:
                close()
        self._requested = None

    def requested(self):
        """This run's requested URLs (created on first use; a temporary SQLite file)."""
        if self._requested is None:
            from scraper.seen import DiskSet
            self._requested = DiskSet()
        return self._requested

    def entry_points(self) -> list[str]:
        return self.start_list or [*self.news_sitemaps, *self.feeds, *self.sitemaps]

    def accept_article_url(self, url: str, from_listing: bool = False) -> bool:
        """Is *url* an article this spider wants? Site pattern if declared, else the
        heuristics (strict for links found on pages, lenient for feed/sitemap entries)."""
        parts = split(url)   # (None: "http://[::1/x", a port past 65535: no address at all)
        if parts is None or parts.scheme not in ("http", "https"):
            return False
        if any(r.search(url) for r in self._deny_res):
            return False
        if self._article_re is not None:
            return bool(self._article_re.search(url))
        if from_listing:
            return looks_like_article(url)
        return not is_listing_url(url) and not FILE_EXT.search(parts.path)

    def article_request(self, url: str, *, entry: Mapping[str, Any] | None = None,
                        hop: int = 1) -> Request | None:
        url = strip_tracking(strip_fragment(url))
        requested = self.requested()
        same = same_address(url)       # (as a request spells it, escapes in upper case: scraper.urls)
        key = scheme_free(same)        # http:// and https:// of one URL: one article, one request
        if key in requested:
            return None
        twin = scheme_twin(same)
        stored = next((u for u in (url, same if same != url else None, twin) if u is not None and u in self.seen), None)
        if stored is not None:
            if not self.changed_since_fetched(stored, entry):
                # (an entry with no date of change, a home page's link, a feed item: the URL may still come
                # with one, from the sitemap, later in the run; its skip is counted once)
                undated = "\x00undated " + key
                counted = undated in requested
                if (entry or {}).get("lastmod") or (entry or {}).get("feed_updated"):
                    requested.add(key)
                elif not counted:
                    requested.add(undated)
                if not counted:
                    self.inc("articles/skipped_seen")
                return None
            self.inc("articles/refetch_changed")   # (stored, but changed since: fetched again, updated in place)
        if self.limit is not None and self._n_requested_articles >= self.limit:
            if not self._limit_logged:
                self.logger.info("limit=%d reached: no more article requests", self.limit)
                self._limit_logged = True
            self.inc("articles/skipped_limit")
            return None
        try:
            request = Request(url, callback=self.parse_article, errback=self.on_error,
                              meta={"article": True, "entry": dict(entry or {}), "hop": hop,
                                    "download_maxsize": self.limit_setting("ARTICLE_MAXSIZE")})
        except ValueError as e:   # an address Scrapy cannot request (an http URL is checked, not parsed)
            self.inc("discovery/skipped_bad_url")
            self.logger.info("Skipped %s: %s", url[:200], e)
            return None
        requested.add(key)
        self._n_requested_articles += 1
        return request

    def changed_since_fetched(self, url: str, entry: Mapping[str, Any] | None) -> bool:
        """Does the sitemap's ``lastmod`` or the feed's ``updated`` of this stored article say it changed
        after we fetched it (a correction, an update)? Then it is fetched again and the pipeline updates the
        stored row. Not a date within CHANGE_MIN_AGE of now: a sitemap that stamps every entry with the time
        it was generated would have every stored story fetched again each run (a real change is fetched by
        the next run). Not for a plain set of seen URLs (no database)."""
        when = (entry or {}).get("lastmod") or (entry or {}).get("feed_updated")
        fetched_at = getattr(self.seen, "fetched_at", None)
        if not when or fetched_at is None:
            return False
        changed, fetched = parse_when(when), parse_when(fetched_at(url))
        if changed is None or fetched is None:
            return False
        now = datetime.now(timezone.utc)
        return fetched + self.CHANGE_SLACK < changed <= now - self.CHANGE_MIN_AGE

    CHANGE_SLACK = timedelta(minutes=1)      # (the site's clock and ours)
    CHANGE_MIN_AGE = timedelta(minutes=10)

    def discovery_request(self, url: str, *, hop: int, depth: int = 0) -> Request | None:
        """A sitemap, feed or other discovery document, at most once per run; *depth*: how many
        sitemap indexes lead to it."""
        try:
            url = strip_fragment(url)
            scheme = urlsplit(url).scheme
        except ValueError:   # ("http://[::1…": no address)
            scheme = ""
        if url in self._discovery_seen:
            self.inc("discovery/skipped_duplicate")
            return None
        self._discovery_seen.add(url)
        if scheme not in ("http", "https"):
            # ("javascript:…", "mailto:…" in a sitemap index or a robots.txt: Scrapy's Request raised
            # on it, out of the parse, and the index's other sitemaps were lost with it)
            self.inc("discovery/skipped_bad_url")
            self.logger.info("Skipped %s: no http(s) address", url[:200])
            return None
        # Sitemaps may live on another host (robots.txt cross-submission, CDNs): discovery
        # documents may go offsite, article requests may not.
        try:
            return Request(url, callback=self.parse, errback=self.on_error,
                           meta={"discovery": True, "hop": hop, "allow_offsite": True,
                                 "sitemap_depth": depth}, priority=1,
                           dont_filter=self._resumable)
        except ValueError as e:   # an address Scrapy cannot request ("http://[::1")
            self.inc("discovery/skipped_bad_url")
            self.logger.info("Skipped %s: %s", url[:200], e)
            return None

    @cached_property
    def _resumable(self) -> bool:
        """Does this spider run in a ``JOBDIR`` (``scraper crawl``'s default, scraper.crawling.jobdir)?
        Then its duplicate filter outlives a stopped run, and a resumed run must read the sitemap
        indexes' sitemaps again (new articles), which the filter would drop as seen: discovery
        requests pass it (each is made at most once per run anyway, ``_discovery_seen``). The same
        for the distributed workers (``SCHEDULER_PERSIST``: scrapy-redis's duplicate filter in Redis
        outlives every run): without this, a sitemap index's sitemaps were read on the first run
        only, and the articles added to them later were never found. Each worker reads them, as it
        reads the entry points; their articles are still requested once (the shared filter)."""
        settings = getattr(self, "settings", None)
        return bool(settings is not None and (settings.get("JOBDIR") or settings.getbool("SCHEDULER_PERSIST")))

    # -- start
    def initial_requests(self) -> Iterator[Request]:
        if self.url:
            self.logger.info("Single article: %s", self.url)
            yield Request(self.url, callback=self.parse_article, errback=self.on_error,
                          dont_filter=True, meta={"article": True, "single": True, "hop": 0,
                                                  "download_maxsize": self.limit_setting("ARTICLE_MAXSIZE")})
            return
        self.load_seen()
        points = self.entry_points()
        if not points:
            self.logger.error(
                "%s: nothing to crawl: give -a start=URL[,URL…] (site, robots.txt, sitemap, "
                "feed or section page) or -a url=ARTICLE_URL", self.name)
            self.inc("errors/no_start")
            self._no_start = True
            return
        if self.since:
            self.logger.info("Discovery: %d entry point(s), entries since %s",
                             len(points), self.since.isoformat())
        for u in points:
            self._discovery_seen.add(strip_fragment(u))
            yield Request(u, callback=self.parse, errback=self.on_error, dont_filter=True,
                          meta={"start": True, "hop": 0})

    async def start(self):  # Scrapy >= 2.13
        for r in self.initial_requests():
            yield r
        if getattr(self, "_no_start", False):
            raise CloseSpider("no_start_urls")

    def start_requests(self):  # Scrapy < 2.13
        return self.initial_requests()

    # -- callbacks
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Default callback: tells from the response what it is and handles it (also what
        ``scrapy parse --spider=NAME URL`` calls)."""
        kind = sniff(response.url, response.body, content_type(response.headers))
        if kind == "robots":
            yield from self.parse_robots(response)
        elif kind in ("sitemapindex", "urlset"):
            yield from self.parse_sitemap(response, kind)
        elif kind in ("rss", "atom", "rdf"):
            yield from self.parse_feed(response, kind)
        elif kind == "html":
            meta = response.meta
            if meta.get("article") or (not meta.get("discovery") and (
                    looks_like_article(response.url) or declares_article(response.body))):
                yield from self.parse_article(response)
            else:
                yield from self.parse_listing(response)
        else:
            self.bad_response(response, kind)

    def bad_response(self, response: Response, kind: str) -> None:
        key = "errors/empty" if kind == "empty" else "errors/not_html"
        self.inc(key)
        self.logger.warning("Skipped %s: %s (%s, %d bytes)", response.url,
                            "empty response" if kind == "empty" else "not HTML or a feed",
                            content_type(response.headers) or "no Content-Type",
                            len(response.body or b""))

    def parse_robots(self, response: Response) -> Iterator[Request]:
        self.inc("discovery/robots")
        found = parse_robots(response.body)
        if not found:
            self.logger.info("robots.txt without Sitemap: lines: %s", response.url)
        for u in found:
            url = join(response.url, u)
            if url is None:
                self.inc("discovery/skipped_bad_url")
                continue
            req = self.discovery_request(url, hop=response.meta.get("hop", 0) + 1)
            if req is not None:
                yield req

    def parse_sitemap(self, response: Response, kind: str) -> Iterator[Request]:
        self.inc("discovery/sitemapindex" if kind == "sitemapindex" else "discovery/sitemap")
        hop = response.meta.get("hop", 0) + 1
        depth = response.meta.get("sitemap_depth", 0) + 1
        max_depth = self.limit_setting("SITEMAP_MAX_DEPTH")
        max_urls = self.limit_setting("SITEMAP_MAX_URLS")
        if kind == "sitemapindex" and depth > max_depth:
            self.limit_hit("sitemap_depth", "%s: sitemap index %d levels deep, its sitemaps not "
                           "followed (SITEMAP_MAX_DEPTH=%d)", response.url, depth, max_depth)
            return
        n = kept = 0
        for entry in iter_sitemap(response.body, self.limit_setting("GUNZIP_MAXSIZE"),
                                  self._gunzip_limit_hit(response.url)):
            n += 1
            if n > max_urls:
                n -= 1
                self.limit_hit("sitemap_urls", "%s: more than %d entries, the rest ignored "
                               "(SITEMAP_MAX_URLS)", response.url, max_urls)
                break
            loc = join(response.url, entry["loc"])
            if loc is None:
                self.inc("discovery/skipped_bad_url")
                continue
            if entry["type"] == "sitemap":
                if not is_recent(entry.get("lastmod"), self.since):
                    self.inc("discovery/skipped_old")
                    continue
                kept += 1
                req = self.discovery_request(loc, hop=hop, depth=depth)
                if req is not None:
                    yield req
                continue
            when = entry.get("news_publication_date") or entry.get("lastmod")
            if not is_recent(when, self.since):
                self.inc("discovery/skipped_old")
                continue
            if not self.accept_article_url(loc):
                self.inc("discovery/skipped_not_article")
                continue
            kept += 1
            req = self.article_request(loc, entry=entry, hop=hop)
            if req is not None:
                yield req
        self.inc("discovery/entries", n)
        self.inc("discovery/kept", kept)
        self.logger.info("%s %s: %d entries, %d kept", kind, response.url, n, kept)

    def parse_feed(self, response: Response, kind: str) -> Iterator[Request]:
        self.inc("discovery/feed")
        hop = response.meta.get("hop", 0) + 1
        entries = parse_feed(response.body, response.url, self.limit_setting("GUNZIP_MAXSIZE"),
                             self._gunzip_limit_hit(response.url))
        max_urls = self.limit_setting("SITEMAP_MAX_URLS")
        if len(entries) > max_urls:
            self.limit_hit("sitemap_urls", "%s: feed of %d entries, the first %d read "
                           "(SITEMAP_MAX_URLS)", response.url, len(entries), max_urls)
            entries = entries[:max_urls]
        kept = 0
        for entry in entries:
            if not is_recent(entry.get("date"), self.since):
                self.inc("discovery/skipped_old")
                continue
            if not self.accept_article_url(entry["loc"]):
                self.inc("discovery/skipped_not_article")
                continue
            kept += 1
            req = self.article_request(entry["loc"], entry={
                "feed_date": entry.get("date"), "feed_title": entry.get("title"),
                "feed_updated": entry.get("updated")}, hop=hop)
            if req is not None:
                yield req
        self.inc("discovery/entries", len(entries))
        self.inc("discovery/kept", kept)
        self.logger.info("%s feed %s: %d entries, %d kept", kind, response.url, len(entries), kept)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A page that is not an article: follow its same-host article-looking links
        (only from start pages: one level)."""
        if not self.follow_links or response.meta.get("hop", 0) >= 1:
            self.inc("pages/not_article")
            self.logger.info("Not an article, not followed: %s", response.url)
            return
        self.inc("discovery/listing")
        host = urlsplit(response.url).hostname
        try:
            root = lxml_html.document_fromstring(response.body or b"<html></html>")
        except (etree.ParserError, ValueError):
            return
        challenge = challenge_in_tree(root)
        if challenge:   # a 200 bot-challenge page instead of the section/home page
            self.blocked_page(response, *challenge)
            return
        base = root.xpath("string(//base/@href)") or response.url
        page_base = join(response.url, base) or response.url   # (a <base> that is no address: the page's own)
        # the site's feeds that the start page announces (<link rel="alternate" type="application/rss+xml">:
        # feed autodiscovery, as feed readers do), on its own host: read once each (a written probe of loopback
        # sites, 2026-12-07: a Moroccan site's stories listed only in the feed its home page names)
        for link in root.iter("link"):
            if "alternate" not in (link.get("rel") or "").lower().split() or (
                    (link.get("type") or "").strip().lower() not in _FEED_TYPES):
                continue
            u = join(page_base, (link.get("href") or "").strip())
            if u is not None and urlsplit(u).hostname == host:
                req = self.discovery_request(u, hop=response.meta.get("hop", 0))
                if req is not None:
                    self.inc("discovery/feed_autodiscovered")
                    yield req
        n = 0
        max_links = self.limit_setting("LISTING_MAX_LINKS")
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            u = join(page_base, href)
            if u is None:
                continue   # (a broken link of the page)
            u = strip_fragment(u)
            if urlsplit(u).hostname != host or not self.accept_article_url(u, from_listing=True):
                continue
            if n >= max_links:
                self.limit_hit("listing_links", "%s: more than %d article links, the rest not "
                               "followed (LISTING_MAX_LINKS)", response.url, max_links)
                break
            req = self.article_request(u, hop=response.meta.get("hop", 0) + 1)
            if req is not None:
                n += 1
                yield req
        self.logger.info("Listing page %s: %d article links followed", response.url, n)
        yield from self.more_listings(response, root, page_base)

    def more_listings(self, response: Response, root, page_base: str) -> Iterator[Request]:
        """The section pages a start page links to (LISTING_MAX_SECTIONS) and a listing's next page
        (up to LISTING_MAX_PAGES pages of one listing), each read as a listing once per run: a site
        without a working sitemap or feed lists some stories only there (scraper.listing). A start
        page's are kept for the end of the crawl and read only if no sitemap or feed gave an entry
        (spider_idle: the crawl's own discovery comes first, and a site with one is not asked for
        more pages each run); a section page's next page is read at once."""
        meta = response.meta
        if not self.follow_listings:
            return
        later = []
        if meta.get("start"):
            for u in section_links(root, response.url, page_base, self.limit_setting("LISTING_MAX_SECTIONS")):
                req = self.listing_request(u, page=1)
                if req is not None:
                    later.append(req)
        page = meta.get("listing_page", 1)
        if (meta.get("start") or meta.get("listing_page")) and page < self.limit_setting("LISTING_MAX_PAGES"):
            u = next_page_link(root, response.url, page_base)
            req = self.listing_request(u, page=page + 1) if u is not None else None
            if req is not None:
                later.append(req)
        if meta.get("start"):
            self._fallback_listings.extend(later)
            return
        for req in later:
            self.inc("discovery/next_pages")
            yield req

    def read_fallback_listings(self) -> list[Request]:
        """The start pages' section pages and next pages (more_listings), once, when the crawl found
        no sitemap or feed entry at all; [] otherwise (the spider's idle hook asks)."""
        pending, self._fallback_listings = self._fallback_listings, []
        stats = self.crawler.stats if getattr(self, "crawler", None) is not None else None
        if not pending or (stats is not None and stats.get_value("discovery/entries", 0)):
            return []
        self.logger.info("No sitemap or feed entry found: reading %d section and next page(s) of the start pages",
                         len(pending))
        for req in pending:
            self.inc("discovery/next_pages" if req.meta["listing_page"] > 1 else "discovery/sections")
        return pending

    def on_idle(self) -> None:
        """spider_idle: the fallback listings, if any are due, before the spider closes."""
        pending = self.read_fallback_listings()
        if pending:
            for req in pending:
                self.crawler.engine.crawl(req)
            raise DontCloseSpider

    def listing_request(self, url: str, *, page: int) -> Request | None:
        """A section page or a listing's next page, at most once per run (with the discovery
        documents: ``_discovery_seen``), read by parse_listing as a start page is, one level."""
        if url in self._discovery_seen:
            return None
        self._discovery_seen.add(url)
        try:
            return Request(url, callback=self.parse_listing, errback=self.on_error, priority=1,
                           meta={"listing_page": page, "hop": 0}, dont_filter=self._resumable)
        except ValueError:
            return None

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        kind = sniff(response.url, response.body, content_type(response.headers))
        if kind != "html":
            if kind in DISCOVERY_KINDS and not response.meta.get("single"):
                yield from self.parse(response)
                return
            self.bad_response(response, kind)
            return
        # (Scrapy's Headers as they are, bytes and lists: the core reads only Content-Type, from any
        # mapping; to_unicode_dict() decoded every header of every page, ~0.1 ms)
        headers = response.headers
        fetched_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        try:
            article = extract(response.body, response.url, headers=headers,
                              profile=self.profile, fetched_at=fetched_at)
        except Exception as exc:  # a bug in the core must cost one page, not the crawl
            self.inc("errors/extract_exception")
            self.logger.error("Extraction failed %s: %s: %s", response.url, type(exc).__name__, exc)
            self.logger.debug("Extraction traceback for %s", response.url, exc_info=True)
            return
        if article.selector_missed:
            self.inc("site_selector_miss")
            self.logger.info("Site body selectors matched nothing (generic fallback): %s",
                             response.url)
        if article.problem == "blocked":
            self.blocked_page(response, article.blocked or "challenge", _BLOCK_PAGE_EVIDENCE.get(
                article.blocked, "challenge page"))
            return
        if article.problem:
            self.inc(f"articles/no_article/{article.problem}")
            if article.problem in ("binary", "mojibake"):
                # not text, or text already garbled upstream: never stored, counted as an error
                self.inc(f"errors/{article.problem}")
                self.logger.warning("Skipped %s: %s body (%s, %d bytes), not stored", response.url,
                                    article.problem, content_type(response.headers) or "no type",
                                    len(response.body or b""))
                return
            if article.problem == "consent_wall":
                retry = consent_wall_retry_or_drop(
                    self.crawler, response.request, "page text is a consent notice",
                    url=response.url, set_cookie=b"Set-Cookie" in response.headers)
                if retry is not None:
                    yield retry
                return
            entry_page = not response.meta.get("article") and not response.meta.get("discovery")
            if entry_page and article.problem in ("no_body", "empty") and self.follow_links:
                yield from self.parse_listing(response)
                return
            self.logger.info("No article at %s: %s", response.url, article.problem)
            return
        entry = response.meta.get("entry") or {}
        if not article.published_at:
            hint = entry.get("news_publication_date") or entry.get("feed_date")
            dt = parse_when(hint)
            if dt is not None:
                article.published_at = dt.isoformat()
        if not article.title:
            article.title = entry.get("news_title") or entry.get("feed_title") or ""
        if not article.language and entry.get("news_language"):
            article.language = entry["news_language"]
        self.inc("articles/extracted")
        item = item_from_article(article)
        redirects = response.meta.get("redirect_urls")
        if redirects:   # (a shortlink, a legacy address, a trailing slash: not followed again next run)
            item["aliases"] = [u for u in redirects if u != response.url]
        yield item

    # -- errors
    def blocked_page(self, response: Response, kind: str, evidence: str) -> None:
        """A challenge page answered with 200: counted like a blocked answer (blocked/<kind>);
        an entry point that is one is an error of the run, as a blocked answer would be."""
        count_block(self.crawler, Block(kind, response.status, evidence), response.url)
        if response.meta.get("start") or response.meta.get("single"):
            self.inc("errors/entry_point")
            self.logger.error("Entry point blocked %s: %s (%s)", response.url, kind, evidence)

    def on_error(self, failure: Any) -> None:
        """One log line and one stat per request that finally failed; never raises."""
        request = failure.request
        exc = failure.value
        if isinstance(exc, ConsentWallIgnored):
            return          # logged and counted by the consent middleware
        if isinstance(exc, BlockedResponse):   # counted by BlockedMiddleware (blocked/<kind>)
            if request.meta.get("start") or request.meta.get("single"):
                self.inc("errors/entry_point")
                self.logger.error("Entry point blocked %s: %s (HTTP %s)", request.url,
                                  exc.block.kind, exc.block.status)
            return
        over = size_limit_hit(exc)
        if over is not None:
            name, what = over
            maxsize = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
            setting = "ARTICLE_MAXSIZE" if request.meta.get("article") else "DOWNLOAD_MAXSIZE"
            if request.meta.get("start") or request.meta.get("single"):
                self.inc(f"limits/{name}")
                self.inc("errors/entry_point")
                self.logger.error("Entry point failed %s: limit %s: %s %d bytes (%s)",
                                  request.url, name, what, maxsize, setting)
                return
            self.limit_hit(name, "%s: %s %d bytes (%s), not stored", request.url, what, maxsize,
                           setting)
            return
        retries = request.meta.get("retry_times")
        suffix = f" (after {retries} retries)" if retries else ""
        response = getattr(exc, "response", None)
        if response is not None and type(exc).__name__ == "HttpError":
            key, reason = f"errors/http_{response.status}", f"HTTP {response.status}"
        elif isinstance(exc, IgnoreRequest):
            text = str(exc)
            if "robots.txt" in text:
                self.inc("skipped/robots_txt")
                self.logger.info("Skipped %s: forbidden by robots.txt", request.url)
                return
            key, reason = "errors/ignored", text or "ignored"
        else:
            kind = error_kind(exc)
            key, reason = f"errors/{kind}", f"{kind}: {exc}".strip()
        self.inc(key)
        if request.meta.get("start") or request.meta.get("single"):
            # an entry point (feed, sitemap, the one -a url= article) failed: the run did not do
            # its job for this site, which the operator must see (ERROR sets the exit code)
            self.inc("errors/entry_point")
            self.logger.error("Entry point failed %s: %s%s", request.url, reason, suffix)
            return
        self.logger.warning("Failed %s: %s%s", request.url, reason, suffix)
