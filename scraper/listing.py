"""Listing pages, without Scrapy: the section pages a site's start page links to, and a listing's
next page. The generic spider reads a start page (a home or section page) as a listing and follows
its article links; a site with no sitemap and no working feed lists some stories only on its section
pages, or only on a section's second page ("Load more"). These functions pick those addresses from
the page's parsed tree; ``spiders/base.py`` (``parse_listing``) requests them, within
``LISTING_MAX_SECTIONS`` and ``LISTING_MAX_PAGES``.

Source: a written probe of loopback sites (2026-12-07, crawl38 "dhow"): an English site whose
sitemap was 404 and whose feed answered 500 listed one story only on /business/ and one only on
/oman/?page=2; both were lost.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .urls import FILE_EXT, LISTING_SEGMENTS, join, looks_like_article, strip_fragment

# Path segments of a site's service pages and of listings that are no sections of news (a tag's, an
# author's, a gallery's, the search): not followed as sections. The URL words of listings and services
# (urls.LISTING_SEGMENTS) less those of sections, archives, live pages and page numbers, which are followed
# (a page number's listing as a "next" page), and more service pages' names.
SECTION_SEGMENTS = frozenset({"section", "sections", "category", "categories", "topic", "topics", "archive",
                              "archives", "live", "page", "قسم", "أقسام"})
NOT_SECTION_SEGMENTS = (LISTING_SEGMENTS - SECTION_SEGMENTS) | frozenset({
    "sign-in", "signup", "sign-up", "subscription", "newsletters", "terms-of-use", "account", "my-account",
    "profile", "advertise", "advertising", "jobs", "careers", "help", "faq", "shop", "store", "donate", "apps",
    "app", "epaper", "e-paper", "اتصل-بنا", "من-نحن", "سياسة-الخصوصية",
})
# A section's address: one or two path segments (/oman/, /ar/politics/), no query.
SECTION_MAX_SEGMENTS = 2

# A listing's page N: ?page=N / ?paged=N / ?p=N, or /page/N/ (WordPress) at the end of the path.
_PAGE_QUERY_RE = re.compile(r"(?:^|&)(?:page|paged|p|pg)=(\d{1,4})(?:&|$)", re.I)
_PAGE_PATH_RE = re.compile(r"/page/(\d{1,4})/?$", re.I)


def _rel(el) -> set:
    return set((el.get("rel") or "").lower().split())


def section_links(root, page_url: str, base: str, max_n: int) -> list[str]:
    """Up to *max_n* addresses of section pages that the start page *root* links to, in the page's
    order: on its host, one or two path segments, no query, no file, not an article's address,
    not the page itself or the home page, not a service page or a tag's, author's or gallery's
    listing (NOT_SECTION_SEGMENTS)."""
    if max_n <= 0:
        return []
    here = urlsplit(page_url)
    own = here.path.rstrip("/")
    out: list[str] = []
    seen: set = set()
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")) or "nofollow" in _rel(a):
            continue
        u = join(base, href)
        if u is None:
            continue
        u = strip_fragment(u)
        parts = urlsplit(u)
        if parts.hostname != here.hostname or parts.scheme not in ("http", "https") or parts.query:
            continue
        segs = [s.lower() for s in unquote(parts.path).split("/") if s]
        if not 1 <= len(segs) <= SECTION_MAX_SEGMENTS or parts.path.rstrip("/") == own:
            continue
        if any(s in NOT_SECTION_SEGMENTS for s in segs) or FILE_EXT.search(segs[-1]) or looks_like_article(u):
            continue
        key = parts.path.rstrip("/")
        if key in seen:
            continue
        seen.add(key)
        out.append(u)
        if len(out) >= max_n:
            break
    return out


def _page_number(url: str) -> int | None:
    parts = urlsplit(url)
    m = _PAGE_QUERY_RE.search(parts.query)
    if m is not None:
        return int(m.group(1))
    m = _PAGE_PATH_RE.search(parts.path)
    return int(m.group(1)) if m is not None else None


def next_page_link(root, page_url: str, base: str) -> str | None:
    """The listing's next page: the address a ``rel="next"`` link or anchor gives (HTML's pagination
    link), else an anchor to the same path with the next page number (``?page=2``, ``/page/2/``);
    on the page's host; None when there is none."""
    here = urlsplit(page_url)
    for el in root.iter("link", "a"):
        if "next" in _rel(el):
            u = join(base, (el.get("href") or "").strip())
            if u is not None and urlsplit(u).hostname == here.hostname and strip_fragment(u) != page_url:
                return strip_fragment(u)
    want = (_page_number(page_url) or 1) + 1
    stem = _PAGE_PATH_RE.sub("/", here.path).rstrip("/")
    for a in root.iter("a"):
        u = join(base, (a.get("href") or "").strip())
        if u is None:
            continue
        parts = urlsplit(u)
        if parts.hostname == here.hostname and _page_number(u) == want and (
                _PAGE_PATH_RE.sub("/", parts.path).rstrip("/") == stem):
            return strip_fragment(u)
    return None
