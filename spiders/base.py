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
(stat ``articles/skipped_seen``); discovery documents are always fetched.
"""
from __future__ import annotations

import gzip
import io
import logging
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import scrapy
from lxml import etree
from lxml import html as lxml_html
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Request, Response

from scraper.extract import extract
from scraper.items import item_from_article
from scraper.middlewares import ConsentWallIgnored, consent_wall_retry_or_drop
from scraper.site import SiteProfile

logger = logging.getLogger(__name__)

MAX_GUNZIP = 200 * 1024 * 1024

# --------------------------------------------------------------------------- sniffing

_ARTICLE_MARKUP = re.compile(
    rb"""<meta[^>]+property=["']og:type["'][^>]+content=["']article"""
    rb"""|"@type"\s*:\s*"(?:News|Reportage|Analysis)?Article\"""",
    re.I,
)


def declares_article(body: bytes) -> bool:
    """The page says it is an article (og:type=article or JSON-LD NewsArticle) in its first 64 KB:
    an article whatever its URL looks like (`scrapy parse URL` on an unusual URL shape)."""
    return bool(_ARTICLE_MARKUP.search(body[:65536]))


_BOMS = (b"\xef\xbb\xbf",)
_XML_ROOT = re.compile(
    rb"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)",
    re.S | re.I,
)
_ROBOTS_LINE = re.compile(rb"(?im)^[ \t]*(?:user-agent|sitemap|disallow|allow|crawl-delay)[ \t]*:")
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_XML_KINDS = {
    "sitemapindex": "sitemapindex",
    "urlset": "urlset",
    "rss": "rss",
    "feed": "atom",
    "rdf": "rdf",
    "html": "html",
}
DISCOVERY_KINDS = ("robots", "sitemapindex", "urlset", "rss", "atom", "rdf")


def maybe_gunzip(body: bytes, limit: int = MAX_GUNZIP) -> bytes:
    """A gzip file (``sitemap.xml.gz`` served as application/gzip) -> its content."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
            out = f.read(limit + 1)
    except (OSError, EOFError):
        return body
    return out[:limit]


def content_type(headers: Any) -> str:
    if headers is None:
        return ""
    value = headers.get(b"Content-Type") if hasattr(headers, "getlist") else (
        headers.get("Content-Type") or headers.get("content-type"))
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return (value or "").split(";")[0].strip().lower()


def sniff(url: str, body: bytes, ctype: str = "") -> str:
    """What a response is, from its bytes (and URL / Content-Type as hints):
    ``robots``, ``sitemapindex``, ``urlset``, ``rss``, ``atom``, ``rdf``, ``html``,
    ``empty`` or ``not_html``."""
    body = maybe_gunzip(body or b"")
    if not body.strip():
        return "empty"
    head = body[:8192]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):   # UTF-16: decode the head for sniffing
        try:
            head = head.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            pass
    m = _XML_ROOT.match(head)
    if m:
        root = m.group(1).decode("ascii", "replace").split(":")[-1].lower()
        if root in _XML_KINDS:
            return _XML_KINDS[root]
    path = urlsplit(url).path.lower()
    if (path.endswith("/robots.txt") or ctype == "text/plain") and _ROBOTS_LINE.search(head) \
            and not _HTML_START.match(head):
        return "robots"
    if _HTML_START.match(head) or ctype in ("text/html", "application/xhtml+xml"):
        if b"\x00" in head[:1024]:
            return "not_html"
        return "html"
    if re.search(rb"<(?:p|div|article|title|a)\b", head, re.I) and b"\x00" not in head:
        return "html"   # fragment without <html>, served as text/plain or without a type
    return "not_html"


# --------------------------------------------------------------------------- dates

def parse_when(value: str | None) -> datetime | None:
    """W3C/ISO 8601 (sitemaps, Atom) or RFC 822 (RSS) -> aware datetime (naive = UTC)."""
    if not value:
        return None
    s = value.strip()
    if not s:
        return None
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
            if m:
                try:
                    dt = datetime(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    dt = None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def parse_since(value: str | None, default_days: int | None = 3,
                today: date | None = None) -> date | None:
    """``-a since=`` -> the oldest date to keep, or None for no limit.
    Accepts ``YYYY-MM-DD`` (or any ISO date), ``Nd`` (N days back), ``all``/``0``/``none``."""
    today = today or datetime.now(timezone.utc).date()
    if value is None or str(value).strip() == "":
        return today - timedelta(days=default_days) if default_days else None
    v = str(value).strip().lower()
    if v in ("all", "none", "0", "any", "no", "off"):
        return None
    m = re.fullmatch(r"(\d+)\s*d(?:ays?)?", v)
    if m:
        return today - timedelta(days=int(m[1]))
    dt = parse_when(v)
    if dt is None:
        raise ValueError(f"since: expected YYYY-MM-DD, Nd or 'all', got {value!r}")
    return dt.date()


def is_recent(when: str | datetime | None, since: date | None) -> bool:
    """Keep an entry unless it has a date and that (local) date is before *since*."""
    if since is None or when is None:
        return True
    dt = when if isinstance(when, datetime) else parse_when(when)
    if dt is None:
        return True
    return dt.date() >= since


# --------------------------------------------------------------------------- parsing

def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def _text(el: Any) -> str:
    return (el.text or "").strip() if el is not None else ""


def parse_robots(body: bytes | str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    out = []
    for line in body.splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"(?i)sitemap\s*:\s*(\S+)", line)
        if m and m[1] not in out:
            out.append(m[1])
    return out


_BARE_AMP = re.compile(rb"&(?!(?:[A-Za-z_][\w.-]*|#\d+|#[xX][0-9A-Fa-f]+);)")


def escape_bare_ampersands(body: bytes) -> bytes:
    """``&`` not starting an entity -> ``&amp;`` (unescaped query strings in sitemap/feed
    URLs are common; libxml2's recovery would silently drop ``&name`` from them)."""
    return _BARE_AMP.sub(b"&amp;", body) if b"&" in body else body


def iter_sitemap(body: bytes) -> Iterator[dict[str, Any]]:
    """Entries of a sitemap index or urlset, streamed (lxml iterparse, recovering parser).

    Each entry: ``{"type": "sitemap"|"url", "loc", "lastmod"}`` and, for Google News
    sitemaps, ``news_publication_date``, ``news_title``, ``news_language``,
    ``news_name``, ``news_keywords``."""
    body = escape_bare_ampersands(maybe_gunzip(body))
    ctx = etree.iterparse(
        io.BytesIO(body), events=("end",), recover=True, resolve_entities=False,
        no_network=True, huge_tree=True, remove_comments=True, remove_pis=True,
    )
    try:
        for _, el in ctx:
            name = _local(el.tag)
            if name not in ("url", "sitemap"):
                continue
            parent = el.getparent()
            if parent is not None and _local(parent.tag) not in ("urlset", "sitemapindex"):
                continue
            entry: dict[str, Any] = {"type": "sitemap" if name == "sitemap" else "url"}
            for child in el:
                cn = _local(child.tag)
                if cn == "loc":
                    entry["loc"] = _text(child)
                elif cn == "lastmod":
                    entry["lastmod"] = _text(child)
                elif cn == "news":
                    for n in child.iter():
                        nn = _local(n.tag)
                        if nn in ("publication_date", "title", "language", "name", "keywords"):
                            entry.setdefault(f"news_{nn}", _text(n))
            if entry.get("loc"):
                yield entry
            el.clear()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as e:
        logger.debug("sitemap parse stopped: %s", e)


_FEED_DATE_TAGS = ("pubDate", "published", "date", "issued", "created", "updated", "modified")


def parse_feed(body: bytes, base_url: str = "") -> list[dict[str, Any]]:
    """Entries of an RSS 2.0 / RSS 1.0 (RDF) / Atom feed: ``{"loc", "date", "title"}``."""
    body = escape_bare_ampersands(maybe_gunzip(body))
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=True, remove_comments=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    out = []
    for el in root.iter():
        if _local(el.tag) not in ("item", "entry"):
            continue
        link = ""
        title = ""
        dates: dict[str, str] = {}
        guid = ""
        for child in el:
            cn = _local(child.tag)
            if cn == "link":
                href = child.get("href")
                if href is not None:
                    rel = (child.get("rel") or "alternate").lower()
                    if rel == "alternate" and (not link or (child.get("type") or "").endswith("html")):
                        link = href.strip()
                elif _text(child) and not link:
                    link = _text(child)
            elif cn == "title":
                title = "".join(child.itertext()).strip()
            elif cn in ("guid", "id"):
                if (child.get("isPermaLink") or "true").lower() != "false":
                    guid = _text(child)
            elif cn in _FEED_DATE_TAGS and _text(child):
                dates.setdefault(cn, _text(child))
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            about = el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            if about:
                link = about.strip()
        if not link:
            continue
        when = next((dates[t] for t in _FEED_DATE_TAGS if t in dates), None)
        out.append({"loc": urljoin(base_url, link) if base_url else link,
                    "date": when, "title": title})
    return out


# --------------------------------------------------------------------------- URL heuristics

_LISTING_SEGMENTS = {
    "tag", "tags", "author", "authors", "writer", "writers", "category", "categories",
    "topic", "topics", "section", "sections", "video", "videos", "gallery", "galleries",
    "photo", "photos", "multimedia", "live", "podcast", "podcasts", "search", "page",
    "archive", "archives", "login", "signin", "register", "subscribe", "newsletter",
    "contact", "contact-us", "about", "about-us", "privacy", "privacy-policy", "terms",
    "cookie-policy", "cookies", "feed", "rss", "sitemap", "wp-admin", "wp-json", "cdn-cgi",
    "wp-content", "wp-includes", "static", "assets", "media", "print",
    "وسم", "وسوم", "كاتب", "كتاب", "الكتاب", "قسم", "أقسام", "فيديو", "بحث",
}
_FILE_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|mp4|mp3|m4a|webm|avi|mov|zip|gz|rar|css|js|"
    r"json|xml|rss|atom|txt|woff2?|ttf)$", re.I)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:page|paged|s|q|search|tag|cat|author)=", re.I)
_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:p|id|nid|sid|aid|story|article|articleid|newsid|news_id)=\d+", re.I)


def is_listing_url(url: str) -> bool:
    """Home page, tag/author/category/section/video/search/page-N and site-service URLs."""
    parts = urlsplit(url)
    segs = [s.lower() for s in unquote(parts.path).split("/") if s]
    if not segs:
        return not _ARTICLE_QUERY.search(parts.query)
    if any(s in _LISTING_SEGMENTS for s in segs):
        return True
    if len(segs) >= 2 and segs[-2] in ("page", "p") and segs[-1].isdigit():
        return True
    if _LISTING_QUERY.search(parts.query):
        return True
    if segs[-1] in ("index.html", "index.php", "index.htm", "default.aspx"):
        return len(segs) == 1
    return False


def looks_like_article(url: str) -> bool:
    """A same-site URL that looks like a story rather than a listing: not the home page,
    not a tag/author/video/category/page-N URL, not a file; and a long path, an ID or a
    date in the path, or a slug of several words."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    segs = [s for s in unquote(parts.path).split("/") if s]
    if not segs:
        return bool(_ARTICLE_QUERY.search(parts.query))
    if is_listing_url(url):
        return False
    last = segs[-1]
    if _FILE_EXT.search(last):
        return False
    path = "/".join(segs)
    if re.search(r"\d{4,}", path):                   # an ID, or a year
        return True
    if re.search(r"(?:^|/)\d{1,3}(?:/|$)", path) and len(segs) >= 2:   # /a/123-like ids
        return True
    words = [w for w in re.split(r"[-_+.\s]+", re.sub(r"\.(?:html?|php|aspx?)$", "", last)) if w]
    if len(words) >= 3:                               # a slug
        return True
    if len(segs) >= 3 and len(words) >= 2:
        return True
    return False


def strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="")) if parts.fragment else url


# --------------------------------------------------------------------------- errors

_ERROR_KINDS = (
    ("dns", ("DNSLookupError", "CannotResolveHostError")),
    ("timeout", ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "TimeoutErr")),
    ("connection_refused", ("DownloadConnectionRefusedError", "ConnectionRefusedError")),
    ("connection", ("ConnectError", "ConnectionLost", "ConnectionDone", "ConnectionAborted",
                    "ResponseNeverReceived", "TunnelError")),
    ("data_loss", ("ResponseDataLossError", "_DataLoss")),
    ("download_failed", ("DownloadFailedError", "ResponseFailed")),
)


def error_kind(exc: BaseException) -> str:
    names = {k.__name__ for k in type(exc).__mro__}
    for kind, classes in _ERROR_KINDS:
        if names.intersection(classes):
            return kind
    return type(exc).__name__.lower()


# --------------------------------------------------------------------------- spider

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
    custom_settings: dict[str, Any] = {}

    def __init__(self, *args: Any, url: str | None = None, start: str | None = None,
                 since: str | None = None, limit: str | int | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.url = url.strip() if url else None
        self.start_list = [u.strip() for u in re.split(r"[,\s]+", start or "") if u.strip()]
        self.since = parse_since(since, self.default_since_days)
        self.limit = int(limit) if limit not in (None, "") else None
        self.seen: set[str] = set()
        self._requested: set[str] = set()
        self._requested_articles: set[str] = set()
        self._profile: SiteProfile | None = None
        self._article_re = re.compile(self.article_url_pattern) if self.article_url_pattern else None
        self._deny_res = [re.compile(p) for p in self.deny_url_patterns]
        self._limit_logged = False

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
        """Article URLs already stored for this spider's site(s), loaded once (the database
        is not created here). Without any site name or domain: every stored URL."""
        path = self.settings.get("SQLITE_PATH") if hasattr(self, "settings") else None
        if not path or str(path) == ":memory:" or not Path(path).exists():
            return
        from scraper.storage import Store
        try:
            with Store(path) as store:
                sites = self.seen_sites()
                if sites:
                    for site in sites:
                        self.seen |= store.seen_urls(site=site)
                else:
                    self.seen = store.seen_urls()
        except Exception as e:   # a broken DB must not stop the crawl
            self.logger.warning("Could not read seen URLs from %s: %s", path, e)
            return
        self.logger.info("Incremental: %d article URLs already in %s", len(self.seen), path)

    def entry_points(self) -> list[str]:
        return self.start_list or [*self.news_sitemaps, *self.feeds, *self.sitemaps]

    def accept_article_url(self, url: str, from_listing: bool = False) -> bool:
        """Is *url* an article this spider wants? Site pattern if declared, else the
        heuristics (strict for links found on pages, lenient for feed/sitemap entries)."""
        if urlsplit(url).scheme not in ("http", "https"):
            return False
        if any(r.search(url) for r in self._deny_res):
            return False
        if self._article_re is not None:
            return bool(self._article_re.search(url))
        if from_listing:
            return looks_like_article(url)
        return not is_listing_url(url) and not _FILE_EXT.search(urlsplit(url).path)

    def article_request(self, url: str, *, entry: Mapping[str, Any] | None = None,
                        hop: int = 1) -> Request | None:
        url = strip_fragment(url)
        if url in self._requested:
            return None
        if url in self.seen:
            self.inc("articles/skipped_seen")
            self._requested.add(url)
            return None
        if self.limit is not None and len(self._requested_articles) >= self.limit:
            if not self._limit_logged:
                self.logger.info("limit=%d reached: no more article requests", self.limit)
                self._limit_logged = True
            self.inc("articles/skipped_limit")
            return None
        self._requested.add(url)
        self._requested_articles.add(url)
        return Request(url, callback=self.parse_article, errback=self.on_error,
                       meta={"article": True, "entry": dict(entry or {}), "hop": hop})

    def discovery_request(self, url: str, *, hop: int) -> Request:
        # Sitemaps may live on another host (robots.txt cross-submission, CDNs): discovery
        # documents may go offsite, article requests may not.
        return Request(url, callback=self.parse, errback=self.on_error,
                       meta={"discovery": True, "hop": hop, "allow_offsite": True}, priority=1)

    # -- start
    def initial_requests(self) -> Iterator[Request]:
        if self.url:
            self.logger.info("Single article: %s", self.url)
            yield Request(self.url, callback=self.parse_article, errback=self.on_error,
                          dont_filter=True, meta={"article": True, "single": True, "hop": 0})
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
            yield self.discovery_request(urljoin(response.url, u), hop=response.meta.get("hop", 0) + 1)

    def parse_sitemap(self, response: Response, kind: str) -> Iterator[Request]:
        self.inc("discovery/sitemapindex" if kind == "sitemapindex" else "discovery/sitemap")
        hop = response.meta.get("hop", 0) + 1
        n = kept = 0
        for entry in iter_sitemap(response.body):
            n += 1
            loc = urljoin(response.url, entry["loc"])
            if entry["type"] == "sitemap":
                if not is_recent(entry.get("lastmod"), self.since):
                    self.inc("discovery/skipped_old")
                    continue
                kept += 1
                yield self.discovery_request(loc, hop=hop)
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
        self.logger.info("%s %s: %d entries, %d kept", kind, response.url, n, kept)

    def parse_feed(self, response: Response, kind: str) -> Iterator[Request]:
        self.inc("discovery/feed")
        hop = response.meta.get("hop", 0) + 1
        entries = parse_feed(response.body, response.url)
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
                "feed_date": entry.get("date"), "feed_title": entry.get("title")}, hop=hop)
            if req is not None:
                yield req
        self.inc("discovery/entries", len(entries))
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
        base = root.xpath("string(//base/@href)") or response.url
        n = 0
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            u = strip_fragment(urljoin(urljoin(response.url, base), href))
            if urlsplit(u).hostname != host or not self.accept_article_url(u, from_listing=True):
                continue
            req = self.article_request(u, hop=response.meta.get("hop", 0) + 1)
            if req is not None:
                n += 1
                yield req
        self.logger.info("Listing page %s: %d article links followed", response.url, n)

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        kind = sniff(response.url, response.body, content_type(response.headers))
        if kind != "html":
            if kind in DISCOVERY_KINDS and not response.meta.get("single"):
                yield from self.parse(response)
                return
            self.bad_response(response, kind)
            return
        headers = response.headers.to_unicode_dict()
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
        if article.problem:
            self.inc(f"articles/no_article/{article.problem}")
            if article.problem == "consent_wall":
                retry = consent_wall_retry_or_drop(
                    self.crawler, response.request, "page text is a consent notice",
                    url=response.url)
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
        yield item_from_article(article)

    # -- errors
    def on_error(self, failure: Any) -> None:
        """One log line and one stat per request that finally failed; never raises."""
        request = failure.request
        exc = failure.value
        if isinstance(exc, ConsentWallIgnored):
            return          # logged and counted by the consent middleware
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
