"""Consent walls: responses that are a consent screen instead of the page we asked for.

Two downloader middlewares and one function share the same decision:

* ``ConsentRedirectMiddleware`` (just before ``RedirectMiddleware``) sees a 3xx whose
  ``Location`` is a consent host (``consent.google.com``, ``guce.yahoo.com``…) before it is
  followed. Following it would usually be filtered as offsite anyway, silently.
* ``ConsentWallMiddleware`` (after ``HttpCompressionMiddleware``) sees the final response:
  its host or any hop of ``meta['redirect_urls']`` is a consent host, or Scrapy's
  ``MetaRefreshMiddleware`` (next in the chain; ours reads the head only:
  ``scraper.crawling.metarefresh``) is about to follow a ``<meta http-equiv=refresh>`` to one
  (the same cached ``head_meta_refresh`` result, so the head is read once; followed, the
  refresh would be filtered as offsite, silently).
* ``consent_wall_retry_or_drop()`` is what both call, and what the spider calls when
  ``extract()`` reports ``problem == "consent_wall"``.

One pass per page: no middleware scans a raw body. Wall *markup* (Yahoo's ``#consent-page``,
Le Monde's ``.gdpr-lmd-wall``, ``<body class="cookiewall">``, a form posting to
``consent.google.com``, a consent-screen ``<title>``, a meta refresh to a consent host that was
not followed) is recognised by ``scraper.extract`` in the same DOM walk that extracts the story
(``scraper.domwalk`` page facts), and the spider's ``parse_article`` then calls
``consent_wall_retry_or_drop()``.

Decision: if the spider's ``SiteProfile.consent_cookies`` is set and the request was not
retried yet (``meta['consent_retry']``), request the ORIGINAL URL (first of
``redirect_urls``) again with those cookies passed as ``Request(cookies=…)``, so that
``CookiesMiddleware`` puts them in the jar for the site's domain (``RedirectMiddleware``
drops a raw ``Cookie`` header when a redirect changes host). Otherwise count the stat
``consent_wall``, log one line, and drop the page (``IgnoreRequest``).

Hosts are matched on the parsed hostname only: a path such as ``/consent`` on the site
itself is not a consent host (it may still be caught by the page's markup or text).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from ..rules import consent as consent_rules
from ..urls import join
from .metarefresh import head_meta_refresh

logger = logging.getLogger(__name__)

_REDIRECT_META_KEYS = ("redirect_urls", "redirect_reasons", "redirect_times", "redirect_ttl",
                       "retry_times")


class ConsentWallIgnored(IgnoreRequest):
    """A page dropped because it is a consent wall (already logged and counted)."""


# --------------------------------------------------------------------------- matching

def consent_host(url: str | None) -> str | None:
    """The hostname of *url* if it is a known consent host, else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    return host if consent_rules.is_consent_host(host) else None


def meta_refresh_wall(response: Response, settings: Any = None) -> str | None:
    """The consent host that Scrapy's MetaRefreshMiddleware is about to follow, else None.

    Reads ``scraper.crawling.metarefresh.head_meta_refresh`` (Scrapy's ``get_meta_refresh`` on
    the first bytes of the body, not on the whole body decoded), which caches its result per
    response: ``HeadMetaRefreshMiddleware`` (priority 580, right after this one) gets the same
    object back, so the refresh is looked for once per page, not twice."""
    if not isinstance(response, HtmlResponse):
        return None
    if settings is not None and not settings.getbool("METAREFRESH_ENABLED", True):
        return None   # not followed: the page goes to extract(), which sees the <meta> in the DOM
    # the same ignore_tags as MetaRefreshMiddleware: the cached result is shared with it
    ignore = settings.getlist("METAREFRESH_IGNORE_TAGS") if settings is not None else ["noscript"]
    try:
        interval, target = head_meta_refresh(response, ignore_tags=ignore)
    except (ValueError, AttributeError):  # undecodable body: not a refresh we can follow
        return None
    if not target:
        return None
    maxdelay = settings.getint("METAREFRESH_MAXDELAY", 100) if settings is not None else 100
    if interval is not None and interval >= maxdelay:
        return None   # not followed either
    return consent_host(target)


def wall_reason(request: Request, response: Response, settings: Any = None) -> str | None:
    """Why *response* (to *request*) is a consent wall, from its URL, its redirect chain and
    the meta refresh Scrapy is about to follow; None when only the page itself can tell."""
    for hop in [*request.meta.get("redirect_urls", ()), response.url]:
        host = consent_host(hop)
        if host:
            return f"redirected to consent host {host}"
    host = meta_refresh_wall(response, settings)
    if host:
        return f"meta refresh to consent host {host}"
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
                               url: str | None = None, set_cookie: bool = False) -> Request | None:
    """A consent wall answered *request*. Returns the one retry request (original URL, the
    site's consent cookies, ``meta['consent_retry']``) or None when the page is dropped
    (stat ``consent_wall`` incremented, one log line). ``set_cookie``: the wall's answer set a cookie
    (a site that lets the reader in once its cookie is back, a "reload" gate): the one retry goes too,
    with the cookie jar's cookies for the site (a written probe of loopback sites, 2026-12-07, whose
    four stories behind such a gate were all dropped)."""
    spider = getattr(crawler, "spider", None)
    stats = getattr(crawler, "stats", None)
    profile = getattr(spider, "profile", None)
    cookies = dict(getattr(profile, "consent_cookies", None) or {})
    domains = tuple(getattr(profile, "domains", ()) or ()) or tuple(
        getattr(spider, "allowed_domains", ()) or ())
    orig = original_url(request)
    shown = url if url and url != orig else None
    where = f"{orig} (at {shown})" if shown else orig
    if (cookies or set_cookie) and not request.meta.get("consent_retry"):
        meta = {k: v for k, v in request.meta.items() if k not in _REDIRECT_META_KEYS}
        meta["consent_retry"] = True
        retry = request.replace(
            url=orig, cookies=_consent_cookie_list(orig, cookies, domains) if cookies else request.cookies,
            dont_filter=True, meta=meta,
        )
        retry.headers.pop(b"Cookie", None)
        if stats:
            stats.inc_value("consent_wall/retried")
        logger.info("Consent wall at %s: %s; retrying once with %s", where, reason,
                    f"consent cookies {', '.join(cookies)}" if cookies else "the cookie the wall set")
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
    """Final responses: a consent host in the redirect chain, or a meta refresh to one."""

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
        reason = wall_reason(request, response, getattr(self.crawler, "settings", None))
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
        target = join(response.url, location.decode("latin-1").strip())
        if target is None:
            return response   # (no address: Scrapy's redirect middleware says so)
        host = consent_host(target)
        if not host:
            return response
        return self._wall(request, response, f"redirect to consent host {host}")
