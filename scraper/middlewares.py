"""Consent walls: responses that are a consent screen instead of the page we asked for.

Two downloader middlewares and one function share the same decision:

* ``ConsentRedirectMiddleware`` (just before ``RedirectMiddleware``) sees a 3xx whose
  ``Location`` is a consent host (``consent.google.com``, ``guce.yahoo.com``…) before it is
  followed. Following it would usually be filtered as offsite anyway, silently.
* ``ConsentWallMiddleware`` (after ``HttpCompressionMiddleware``) sees the final response:
  its host or any hop of ``meta['redirect_urls']`` is a consent host, a
  ``<meta http-equiv=refresh>`` points to one, or the body carries known wall markup
  (``scraper.rules.consent.WALL_MARKUP_PATTERNS``) and no article markers.
* ``consent_wall_retry_or_drop()`` is what both call, and what the spider calls when
  ``extract()`` reports ``problem == "consent_wall"`` (a wall recognised from the page text).

Decision: if the spider's ``SiteProfile.consent_cookies`` is set and the request was not
retried yet (``meta['consent_retry']``), request the ORIGINAL URL (first of
``redirect_urls``) again with those cookies passed as ``Request(cookies=…)``, so that
``CookiesMiddleware`` puts them in the jar for the site's domain (``RedirectMiddleware``
drops a raw ``Cookie`` header when a redirect changes host). Otherwise count the stat
``consent_wall``, log one line, and drop the page (``IgnoreRequest``).

Hosts are matched on the parsed hostname only: a path such as ``/consent`` on the site
itself is not a consent host (it may still be caught by markup or page text).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from .rules import consent as consent_rules

logger = logging.getLogger(__name__)

# How much of a body is scanned for wall markup / meta refresh.
SCAN_BYTES = 512 * 1024

# A page carrying one of these is an article (possibly with a banner or an in-page modal):
# it goes to extract(), which cleans the banner or reports a wall from the page text.
_ARTICLE_MARKERS = re.compile(
    rb"""(?:property|name)\s*=\s*["']og:type["'][^>]{0,80}content\s*=\s*["']article"""
    rb"""|content\s*=\s*["']article["'][^>]{0,80}(?:property|name)\s*=\s*["']og:type"""
    rb"""|["']@type["']\s*:\s*\[?\s*["'](?:News|Reportage|Analysis|Opinion|Report|Blog)?"""
    rb"""(?:Article|Posting)["']""",
    re.I,
)
_META_REFRESH = re.compile(
    rb"""<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*>""", re.I
)
_REFRESH_URL = re.compile(rb"""content\s*=\s*["']?\s*\d*\s*[;,]?\s*url\s*=\s*['"]?([^"'>\s]+)""", re.I)

_REDIRECT_META_KEYS = ("redirect_urls", "redirect_reasons", "redirect_times", "redirect_ttl",
                       "retry_times")


class ConsentWallIgnored(IgnoreRequest):
    """A page dropped because it is a consent wall (already logged and counted)."""


# --------------------------------------------------------------------------- matching

# Byte patterns of known wall markup, compiled once (the rules live in scraper.rules.consent).
_MARKUP_RES = [re.compile(p, re.I) for p in consent_rules.WALL_MARKUP_PATTERNS]


def consent_host(url: str | None) -> str | None:
    """The hostname of *url* if it is a known consent host, else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return host if consent_rules.is_consent_host(host) else None


def wall_markup(body: bytes) -> str | None:
    """The first wall-markup pattern found in *body* (as text, for the log), else None."""
    head = body[:SCAN_BYTES]
    for rx in _MARKUP_RES:
        m = rx.search(head)
        if m:
            return m.group(0)[:80].decode("utf-8", "replace")
    return None


def looks_like_article_markup(body: bytes) -> bool:
    return bool(_ARTICLE_MARKERS.search(body[:SCAN_BYTES]))


def meta_refresh_target(body: bytes, base_url: str) -> str | None:
    m = _META_REFRESH.search(body[:SCAN_BYTES])
    if not m:
        return None
    u = _REFRESH_URL.search(m.group(0))
    if not u:
        return None
    return urljoin(base_url, u.group(1).decode("latin-1").strip())


def wall_reason(request: Request, response: Response) -> str | None:
    """Why *response* (to *request*) is a consent wall, or None."""
    for hop in [*request.meta.get("redirect_urls", ()), response.url]:
        host = consent_host(hop)
        if host:
            return f"redirected to consent host {host}"
    body = response.body or b""
    if not body:
        return None
    target = meta_refresh_target(body, response.url)
    host = consent_host(target)
    if host:
        return f"meta refresh to consent host {host}"
    marker = wall_markup(body)
    if marker and not looks_like_article_markup(body):
        return f"consent wall markup {marker!r}"
    return None


# --------------------------------------------------------------------------- decision

def original_url(request: Request) -> str:
    """The URL the spider asked for, before any redirect."""
    hops = request.meta.get("redirect_urls") or ()
    return hops[0] if hops else request.url


def _consent_cookie_list(url: str, cookies: dict[str, str], domains: Iterable[str]) -> list[dict]:
    host = (urlsplit(url).hostname or "").lower()
    domain = None
    for d in domains or ():
        d = d.lower().lstrip(".")
        if d and (host == d or host.endswith("." + d)):
            domain = "." + d
            break
    out = []
    for name, value in cookies.items():
        c = {"name": name, "value": value, "path": "/"}
        if domain:
            c["domain"] = domain
        out.append(c)
    return out


def consent_wall_retry_or_drop(crawler: Any, request: Request, reason: str,
                               url: str | None = None) -> Request | None:
    """A consent wall answered *request*. Returns the one retry request (original URL, the
    site's consent cookies, ``meta['consent_retry']``) or None when the page is dropped
    (stat ``consent_wall`` incremented, one log line)."""
    spider = getattr(crawler, "spider", None)
    stats = getattr(crawler, "stats", None)
    profile = getattr(spider, "profile", None)
    cookies = dict(getattr(profile, "consent_cookies", None) or {})
    domains = tuple(getattr(profile, "domains", ()) or ()) or tuple(
        getattr(spider, "allowed_domains", ()) or ())
    orig = original_url(request)
    shown = url if url and url != orig else None
    where = f"{orig} (at {shown})" if shown else orig
    if cookies and not request.meta.get("consent_retry"):
        meta = {k: v for k, v in request.meta.items() if k not in _REDIRECT_META_KEYS}
        meta["consent_retry"] = True
        retry = request.replace(
            url=orig, cookies=_consent_cookie_list(orig, cookies, domains),
            dont_filter=True, meta=meta,
        )
        retry.headers.pop(b"Cookie", None)
        if stats:
            stats.inc_value("consent_wall/retried")
        logger.info("Consent wall at %s: %s; retrying once with consent cookies %s",
                    where, reason, ", ".join(cookies))
        return retry
    if stats:
        stats.inc_value("consent_wall")
    logger.warning("Consent wall, page dropped: %s: %s%s", where, reason,
                   " (even with consent cookies)" if request.meta.get("consent_retry") else "")
    return None


def _skip(request: Request) -> bool:
    """robots.txt (also fetched by RobotsTxtMiddleware) and opted-out requests."""
    if request.meta.get("dont_check_consent"):
        return True
    return urlsplit(request.url).path.endswith("/robots.txt")


class ConsentWallMiddleware:
    """Final responses: consent host in the redirect chain, meta refresh to one, wall markup."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConsentWallMiddleware:
        return cls(crawler)

    def _wall(self, request: Request, response: Response, reason: str) -> Request:
        retry = consent_wall_retry_or_drop(self.crawler, request, reason, url=response.url)
        if retry is not None:
            return retry
        raise ConsentWallIgnored(f"consent wall: {reason}")

    def process_response(self, request: Request, response: Response, spider: Any = None):
        if _skip(request):
            return response
        reason = wall_reason(request, response)
        if reason is None:
            return response
        return self._wall(request, response, reason)


class ConsentRedirectMiddleware(ConsentWallMiddleware):
    """3xx responses whose ``Location`` is a consent host: not followed."""

    def process_response(self, request: Request, response: Response, spider: Any = None):
        if _skip(request) or not (300 <= response.status < 400):
            return response
        location = response.headers.get(b"Location")
        if not location:
            return response
        target = urljoin(response.url, location.decode("latin-1").strip())
        host = consent_host(target)
        if not host:
            return response
        return self._wall(request, response, f"redirect to consent host {host}")
