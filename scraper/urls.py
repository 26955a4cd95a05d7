"""URL heuristics, without Scrapy: is a URL a story or a listing (home, tag, author, section,
page N, site service, file)?"""
from __future__ import annotations

import re
from urllib.parse import SplitResult, unquote, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string   # (Scrapy's own URL library: its Request applies the same)

LISTING_SEGMENTS = {
    "tag", "tags", "author", "authors", "writer", "writers", "category", "categories",
    "topic", "topics", "section", "sections", "video", "videos", "gallery", "galleries",
    "photo", "photos", "multimedia", "live", "podcast", "podcasts", "search", "page",
    "archive", "archives", "login", "signin", "register", "subscribe", "newsletter",
    "contact", "contact-us", "about", "about-us", "privacy", "privacy-policy", "terms",
    "cookie-policy", "cookies", "feed", "rss", "sitemap", "wp-admin", "wp-json", "cdn-cgi",
    "wp-content", "wp-includes", "static", "assets", "media", "print",
    "وسم", "وسوم", "كاتب", "كتاب", "الكتاب", "قسم", "أقسام", "فيديو", "بحث",
}
FILE_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|mp4|mp3|m4a|webm|avi|mov|zip|gz|rar|css|js|"
    r"json|xml|rss|atom|txt|woff2?|ttf)$", re.I)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:page|paged|s|q|search|tag|cat|author)=", re.I)
_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:p|id|nid|sid|aid|story|article|articleid|newsid|news_id)=\d+", re.I)


def scheme_free(url: str) -> str:
    """*url* without its http/https scheme: the key under which ``http://x/a`` and
    ``https://x/a`` (a sitemap in one scheme, a feed in the other) are one article."""
    if url.startswith("https://"):
        return url[8:]
    if url.startswith("http://"):
        return url[7:]
    return url


def scheme_twin(url: str) -> str | None:
    """The same URL in the other of http/https (None for any other scheme)."""
    if url.startswith("https://"):
        return "http://" + url[8:]
    if url.startswith("http://"):
        return "https://" + url[7:]
    return None


_STORY_PART_RE = re.compile(r"\d{4,}|^[^\W_]+(?:[-_][^\W_]+){2,}$")


def is_listing_url(url: str) -> bool:
    """Home page, tag/author/category/section/video/search/page-N and site-service URLs."""
    parts = urlsplit(url)
    segs = [s.lower() for s in unquote(parts.path).split("/") if s]
    if not segs:
        return not _ARTICLE_QUERY.search(parts.query)
    for i, s in enumerate(segs):
        if s in LISTING_SEGMENTS:
            # (a live blog's own page under "/live/": its number or slug after the segment, "/live/58130/national-
            # assembly-budget-session/", is a story, the live index is "/live/"; a written probe of loopback
            # sites, 2026-12-07)
            if s == "live" and any(_STORY_PART_RE.search(t) for t in segs[i + 1:]):
                continue
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
    if FILE_EXT.search(last):
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


def split(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or None when the URL cannot be parsed: urllib raises on "http://[::1/x" (a
    bracket never closed) and, when the port is asked for, on a port past 65535; a link in a page, a
    feed or a sitemap is the publisher's text, broken as it may be."""
    try:
        parts = urlsplit(url)
        parts.port   # (the port is parsed only when asked for)
    except ValueError:
        return None
    return parts


def join(base: str, link: str) -> str | None:
    """``urljoin(base, link)``, or None when the result is no address a request can be made of (split)."""
    try:
        url = urljoin(base, link)
    except ValueError:
        return None
    return url if split(url) is not None else None


def host_of(url: str) -> str:
    """The URL's host name, "" when it has none or cannot be parsed ("https://[::1/…" in a page's form)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


_ESCAPE_RE = re.compile(r"%[0-9a-fA-F]{2}")


def same_address(url: str) -> str:
    """One spelling of an address for lookups: its non-ASCII characters percent-encoded as a request
    sends them (w3lib's safe_url_string, which Scrapy's Request applies) and every percent escape in
    upper case (RFC 3986 §6.2.2.1: "%d9%83" and "%D9%83" are the same octet). An Arabic slug linked as
    typed, as its lower-case escapes and as its upper-case ones (a written probe of loopback sites,
    2026-12-07) is one address, looked up once among the stored and the requested."""
    try:
        url = safe_url_string(url)
    except ValueError:
        return url
    return _ESCAPE_RE.sub(lambda m: m.group(0).upper(), url) if "%" in url else url


def strip_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="")) if parts.fragment else url


def host_in(host: str, domains: list[str] | tuple[str, ...]) -> bool:
    """The host is one of the domains or a subdomain of one."""
    host = (host or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (x.lower().rstrip(".") for x in domains))


# Query parameters that only say where a click came from: any "utm_*" (Google Analytics' campaign tags)
# and the click ids and mail-campaign tags of Firefox's query-stripping list (privacy.query_stripping.
# strip_list: gclid, dclid, msclkid, fbclid, mc_eid, yclid, _hsenc, …). One story reached from a feed as
# "…/story/?utm_source=rss&utm_medium=feed" and from a sitemap as "…/story/" is one request, one address.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "_openstat", "__s",
})


def strip_tracking(url: str) -> str:
    """*url* without its tracking parameters (``utm_*``, TRACKING_PARAMS); the others keep their order and
    their bytes as written."""
    if "?" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    pairs = parts.query.split("&")
    kept = [x for x in pairs if not _tracking(unquote(x.split("=", 1)[0]).lower())]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query="&".join(kept)))


def _tracking(name: str) -> bool:
    return name.startswith("utm_") or name in TRACKING_PARAMS
