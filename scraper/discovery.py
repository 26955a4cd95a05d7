"""Discovery documents, without Scrapy: what a response is (``sniff``), robots.txt ``Sitemap:``
lines, sitemap indexes and urlsets (Google News fields kept), RSS 2.0 / RSS 1.0 (RDF) / Atom
feeds, JSON listing endpoints, daily-sitemap templates, and the dates that decide whether an
entry is recent enough (``since``).

Bytes in, plain dicts out; the spiders (``spiders/base.py``, ``spiders/sitespider.py``) are the
Scrapy adapters around these functions.
"""
from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .urls import join

logger = logging.getLogger(__name__)

# Decompressed size of a .gz sitemap/feed (the sitemaps.org limit is 50 MB uncompressed); the
# spiders pass GUNZIP_MAXSIZE from the settings.
MAX_GUNZIP = 50 * 1024 * 1024

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


def is_gzip(body: bytes) -> bool:
    return body[:2] == b"\x1f\x8b"


class GunzipReader:
    """A gzip body (``sitemap.xml.gz`` served as application/gzip) as a file object that
    decompresses on demand and stops at *limit* bytes: ``hit`` tells whether the content went on
    past it. A corrupt stream ends where it breaks. What lxml's ``iterparse`` reads from."""

    def __init__(self, body: bytes, limit: int = MAX_GUNZIP):
        self._f = gzip.GzipFile(fileobj=io.BytesIO(body))
        self.limit = limit
        self.total = 0
        self.hit = False
        self.broken = False

    def read(self, size: int = -1) -> bytes:
        room = self.limit - self.total
        if room <= 0:
            if not self.hit and not self.broken:
                try:
                    self.hit = bool(self._f.read(1))
                except (OSError, EOFError, zlib.error):
                    self.broken = True
            return b""
        n = room if size is None or size < 0 else min(size, room)
        try:
            data = self._f.read(n)
        except (OSError, EOFError, zlib.error):
            self.broken = True
            return b""
        self.total += len(data)
        return data


class _AmpersandEscaper:
    """``escape_bare_ampersands`` over a stream: an ``&`` near the end of a chunk waits for the
    next one (an entity name is never longer than 40 bytes)."""

    def __init__(self, f: Any):
        self._f = f
        self._carry = b""

    def read(self, size: int = -1) -> bytes:
        while True:
            data = self._f.read(size if size and size > 0 else 65536)
            chunk = self._carry + data
            if not data:
                self._carry = b""
                return escape_bare_ampersands(chunk)
            i = chunk.rfind(b"&", max(0, len(chunk) - 40))
            if i >= 0 and b";" not in chunk[i:]:
                chunk, self._carry = chunk[:i], chunk[i:]
            else:
                self._carry = b""
            if chunk:
                return escape_bare_ampersands(chunk)


def gunzip_head(body: bytes, n: int = 8192) -> bytes:
    """The first *n* bytes of the content (decompressed when *body* is gzip): for sniffing,
    without decompressing the rest."""
    if not is_gzip(body):
        return body[:n]
    data = GunzipReader(body, n).read(n)
    return data if data else body[:n]


def maybe_gunzip(body: bytes, limit: int = MAX_GUNZIP,
                 on_limit: Callable[[int], None] | None = None) -> bytes:
    """A gzip file (``sitemap.xml.gz`` served as application/gzip) -> its content, at most
    *limit* bytes of it (decompressed in steps, never more than that in memory); past the limit
    the rest is dropped and ``on_limit(limit)`` called. Not gzip: *body* itself."""
    if not is_gzip(body):
        return body
    reader = GunzipReader(body, limit)
    out = reader.read(limit)
    reader.read(1)   # is there more?
    if reader.hit and on_limit is not None:
        on_limit(limit)
    return out if out or not reader.broken else body


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
    body = body or b""
    head = gunzip_head(body, 8192)
    if not head.strip() and (len(head) < 8192 or not maybe_gunzip(body).strip()):
        return "empty"
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


def iter_sitemap(body: bytes, limit: int = MAX_GUNZIP,
                 on_limit: Callable[[int], None] | None = None) -> Iterator[dict[str, Any]]:
    """Entries of a sitemap index or urlset, streamed (lxml iterparse, recovering parser); a
    gzip body is decompressed as it is parsed, at most *limit* bytes of it (then
    ``on_limit(limit)`` is called and the entries read so far are what there is).

    Each entry: ``{"type": "sitemap"|"url", "loc", "lastmod"}`` and, for Google News
    sitemaps, ``news_publication_date``, ``news_title``, ``news_language``,
    ``news_name``, ``news_keywords``."""
    reader = GunzipReader(body, limit) if is_gzip(body) else None
    source = _AmpersandEscaper(reader) if reader is not None else io.BytesIO(escape_bare_ampersands(body))
    try:
        yield from _iter_sitemap(source)
    finally:
        if reader is not None and on_limit is not None:
            if not reader.hit and reader.total >= limit:
                reader.read(1)
            if reader.hit:
                on_limit(limit)


def _iter_sitemap(source: Any) -> Iterator[dict[str, Any]]:
    ctx = etree.iterparse(
        source, events=("end",), recover=True, resolve_entities=False,
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


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_base(el) -> str:
    """The base address an xml:base on the element or above it sets (libxml2 resolves them in turn
    against the feed's own address), "" when there is none (the feed's address as given stays the base)."""
    if el.get(_XML_BASE) is None and not any(a.get(_XML_BASE) is not None for a in el.iterancestors()):
        return ""
    return el.base or ""


_FEED_DATE_TAGS = ("pubDate", "published", "date", "issued", "created", "updated", "modified")


def parse_feed(body: bytes, base_url: str = "", limit: int = MAX_GUNZIP,
               on_limit: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Entries of an RSS 2.0 / RSS 1.0 (RDF) / Atom feed: ``{"loc", "date", "title", "updated"}`` (a
    gzip body: at most *limit* bytes of its content, see ``maybe_gunzip``)."""
    body = escape_bare_ampersands(maybe_gunzip(body, limit, on_limit))
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             huge_tree=True, remove_comments=True)
    try:
        # (with the feed's address as the document's, libxml2 resolves xml:base for each element: Atom
        # feeds may give relative links under <feed xml:base="https://site/section/">, RFC 4287 §2)
        root = etree.fromstring(body, parser=parser, base_url=base_url or None)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    out = []
    for el in root.iter():
        if _local(el.tag) not in ("item", "entry"):
            continue
        link = ""
        link_base = ""
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
                        link, link_base = href.strip(), _xml_base(child)
                elif _text(child) and not link:
                    link, link_base = _text(child), _xml_base(child)
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
        changed = dates.get("updated") or dates.get("modified")   # (Atom's <updated>, dcterms:modified)
        base = link_base or base_url
        loc = join(base, link) if base else link
        if loc is None:
            continue   # (a broken link: "http://[::1…", a port past 65535)
        out.append({"loc": loc, "date": when, "title": title, "updated": changed})
    return out


# --------------------------------------------------------------------------- JSON listings, daily sitemaps

# keys whose string value may be an article address (matched on the lower-cased key)
_URL_KEY = re.compile(r"(?:url|link|href|permalink|uri|path)s?$")
_NOT_ARTICLE_KEY = re.compile(r"image|img|thumb|photo|video|audio|media|icon|logo|avatar|embed|amp|"
                              r"author|api|next|prev|feed")
_DATE_KEYS = ("datepublished", "publishdate", "publisheddate", "publishedat", "published_at",
              "publicationdate", "pubdate", "published", "date", "datetime", "createdat",
              "created_at", "created", "updatedat", "updated", "lastmod", "modified")
_TITLE_KEYS = ("headline", "title", "name")
MAX_JSON_BYTES = 16 * 1024 * 1024


def expand_dated(template: str, day: date) -> str:
    """One day's URL of a daily sitemap template."""
    return template.format(y=day.year, m=day.month, d=day.day,
                           mm=f"{day.month:02d}", dd=f"{day.day:02d}")


def days_back(since: date | None, today: date, max_days: int) -> list[date]:
    """The days of the window, newest first: *today* back to *since* (inclusive), at most
    *max_days* of them."""
    start = since if since is not None else today - timedelta(days=max_days - 1)
    if start > today:
        start = today
    n = min((today - start).days + 1, max(1, max_days))
    return [today - timedelta(days=i) for i in range(n)]


def _when(value: Any) -> datetime | None:
    """A JSON date: ISO/RFC string, or epoch seconds/milliseconds (number or digit string)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)):
        v = float(value)
        if v > 1e11:
            v /= 1000.0
        if v < 1e8:
            return None
        try:
            return datetime.fromtimestamp(v, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        return parse_when(value)
    return None


def iter_json_links(data: Any, base_url: str = "") -> Iterator[dict[str, Any]]:
    """Every URL-ish string of a JSON document with the date and title found beside it:
    ``{"loc", "date", "title"}`` (date as ISO string or None)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        lower = {str(k).lower(): k for k in node}
        when = None
        for k in _DATE_KEYS:
            if k in lower:
                when = _when(node[lower[k]])
                if when is not None:
                    break
        title = next((node[lower[k]] for k in _TITLE_KEYS
                      if k in lower and isinstance(node[lower[k]], str)), "")
        for lk, k in lower.items():
            v = node[k]
            if isinstance(v, (dict, list)):
                stack.append(v)
                continue
            if not isinstance(v, str) or not _URL_KEY.search(lk) or _NOT_ARTICLE_KEY.search(lk):
                continue
            s = v.strip()
            if s.startswith("//"):
                s = "https:" + s
            elif s.startswith("/") and base_url:
                s = join(base_url, s) or ""
            if not s.startswith(("http://", "https://")):
                continue
            yield {"loc": s, "date": when.isoformat() if when else None, "title": title.strip()}
