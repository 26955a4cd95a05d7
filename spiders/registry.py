"""The site spiders, found from the modules of this package (no Scrapy settings needed).

    all_spider_classes()            every spider class (site spiders and ``generic``), by name
    profile_for(name=, url=)        the SiteProfile of a spider (by name, or by the URL's host)
    sites_table()                   one dict per spider: domains, discovery kinds and endpoints,
                                    what is unverified, the kind of test fixture
    (``scraper sites [--markdown|--json]`` is scraper/cli/sites.py)

``scraper sites --markdown`` prints exactly the README's table of supported sites (the part
between ``<!-- sites:start -->`` and ``<!-- sites:end -->``); a test keeps them equal.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from scraper.site import SiteProfile
from scraper.urls import host_in

from .base import NewsSpider

logger = logging.getLogger(__name__)

_NOT_SPIDER_MODULES = {"base", "sitespider", "registry"}

# discovery attribute -> label (in the order entry points are requested)
DISCOVERY_KINDS = (
    ("news_sitemaps", "news sitemap"),
    ("dated_sitemaps", "daily sitemaps"),
    ("json_apis", "JSON API"),
    ("feeds", "RSS"),
    ("sitemaps", "sitemap"),
    ("section_pages", "section pages"),
)
# the attributes a site module may list in ``unverified`` (besides single values of them)
EVIDENCE_ATTRS = ("news_sitemaps", "dated_sitemaps", "json_apis", "feeds", "sitemaps", "section_pages",
                  "article_url_pattern", "deny_url_patterns", "body_selectors", "noise_selectors",
                  "noise_phrases", "consent_cookies", "custom_settings", "allowed_domains")
GENERIC_SITE = "any (`-a start=URL`)"
GENERIC_DISCOVERY = ("robots.txt, sitemaps, news sitemaps, feeds, section pages (and, without a sitemap or feed, "
                     "the start page's sections and next pages)")


@lru_cache(maxsize=1)
def _classes() -> tuple[type[NewsSpider], ...]:
    import spiders

    found: dict[str, type[NewsSpider]] = {}
    for info in pkgutil.iter_modules(spiders.__path__):
        if info.name in _NOT_SPIDER_MODULES or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"spiders.{info.name}")
        except Exception as e:   # noqa: BLE001 - one site's broken module leaves out that site only
            logger.error("Spider module spiders.%s cannot be imported (%s: %s): its spiders are left out",
                         info.name, type(e).__name__, e)
            continue
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, NewsSpider) and obj.__module__ == module.__name__
                    and getattr(obj, "name", "")):
                found.setdefault(obj.name, obj)
    return tuple(found[n] for n in sorted(found))


def all_spider_classes() -> list[type[NewsSpider]]:
    """Every spider class of the project, sorted by name (``generic`` included)."""
    return list(_classes())


def site_spider_classes() -> list[type[NewsSpider]]:
    """The per-site spiders (those part of ``scraper crawl --all``)."""
    return [c for c in _classes() if getattr(c, "include_in_all", True)]


def spider_class(name: str) -> type[NewsSpider] | None:
    return next((c for c in _classes() if c.name == name), None)


def _profile_of(cls: type[NewsSpider]) -> SiteProfile:
    return SiteProfile(
        name=cls.name,
        domains=tuple(cls.allowed_domains or ()),
        body_selectors=tuple(cls.body_selectors or ()),
        noise_selectors=tuple(cls.noise_selectors or ()),
        noise_phrases=tuple(cls.noise_phrases or ()),
        consent_cookies=dict(cls.consent_cookies or {}),
    )


def _prefix_matches(path: str, prefixes: tuple[str, ...]) -> bool:
    if not prefixes:
        return True
    path = unquote(path or "/")
    return any(path == p.rstrip("/") or path.startswith(p.rstrip("/") + "/") for p in prefixes)


def spider_for_url(url: str) -> type[NewsSpider] | None:
    """The site spider whose domains (and path prefix, e.g. ``/arabic``) cover *url*; the most
    specific domain wins."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:   # ("http://[::1/x": no site's)
        return None
    best, best_len = None, -1
    for cls in site_spider_classes():
        for d in cls.allowed_domains or ():
            if host_in(host, (d,)) and _prefix_matches(parts.path, tuple(getattr(cls, "path_prefixes", ()))):
                if len(d) > best_len:
                    best, best_len = cls, len(d)
    return best


def profile_for(name: str | None = None, url: str | None = None) -> SiteProfile | None:
    """The SiteProfile of spider *name*, else of the site spider serving *url*'s host; None for
    ``generic``, unknown names (a warning is logged) and URLs of no configured site."""
    if name:
        cls = spider_class(name)
        if cls is None:
            logger.warning("Unknown site %r (known: %s): generic extraction", name,
                           ", ".join(c.name for c in site_spider_classes()))
            return None
        if not getattr(cls, "include_in_all", True):
            return None
        return _profile_of(cls)
    if url:
        cls = spider_for_url(url)
        return _profile_of(cls) if cls is not None else None
    return None


# --------------------------------------------------------------------------- the table

def _values(cls: type[NewsSpider], attr: str) -> list[str]:
    v = getattr(cls, attr, None)
    if not v:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]  # lists, tuples, dict keys


def unverified_items(cls: type[NewsSpider]) -> list[str]:
    """``cls.unverified`` spelled out: each entry is an attribute name or ``attr: value``
    (an entry that is neither names nothing and raises ValueError: a typo must not hide)."""
    out = []
    for entry in getattr(cls, "unverified", ()) or ():
        if entry in EVIDENCE_ATTRS:
            if not _values(cls, entry):
                raise ValueError(f"{cls.name}: unverified {entry!r} is empty")
            out.append(entry)
            continue
        attrs = [a for a in EVIDENCE_ATTRS if entry in _values(cls, a)]
        if not attrs:
            raise ValueError(f"{cls.name}: unverified {entry!r} is neither an attribute nor one of its values")
        out.append(f"{attrs[0]}: {entry}")
    return out


def site_label(cls: type[NewsSpider]) -> str:
    label = getattr(cls, "site_label", None)
    if label:
        return label
    domains = list(cls.allowed_domains or ())
    if not domains:
        return GENERIC_SITE
    prefixes = tuple(getattr(cls, "path_prefixes", ()) or ())
    return domains[0] + (prefixes[0].rstrip("/") if prefixes else "")


def sites_table() -> list[dict[str, Any]]:
    """One row per spider: ``spider``, ``site``, ``domains``, ``discovery`` (kinds, in request
    order), ``endpoints`` ({kind: [url or template, …]}), ``article_url_pattern``,
    ``body_selectors``, ``noise_selectors``, ``consent_cookies`` (names), ``settings``
    (politeness overrides), ``in_all``, ``unverified`` (``attr`` or ``attr: value`` entries that
    no public evidence confirms) and ``fixture`` (``real``/``synthetic``; ``None`` for generic)."""
    rows = []
    for cls in all_spider_classes():
        endpoints = {label: list(getattr(cls, attr, ()) or ())
                     for attr, label in DISCOVERY_KINDS if getattr(cls, attr, None)}
        generic = not getattr(cls, "include_in_all", True) and not endpoints
        rows.append({
            "spider": cls.name,
            "site": GENERIC_SITE if generic else site_label(cls),
            "domains": list(cls.allowed_domains or ()),
            "discovery": GENERIC_DISCOVERY.split(", ") if generic else list(endpoints),
            "endpoints": endpoints,
            "article_url_pattern": cls.article_url_pattern,
            "body_selectors": list(cls.body_selectors or ()),
            "noise_selectors": list(cls.noise_selectors or ()),
            "consent_cookies": sorted(cls.consent_cookies or {}),
            "settings": dict(cls.custom_settings or {}),
            "in_all": bool(getattr(cls, "include_in_all", True)),
            "unverified": [] if generic else unverified_items(cls),
            "fixture": None if generic else getattr(cls, "fixture", None),
        })
    return rows


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_table(rows: list[dict[str, Any]] | None = None) -> str:
    """The README table (site spiders first, ``generic`` last)."""
    rows = rows if rows is not None else sites_table()
    rows = sorted(rows, key=lambda r: (not r["in_all"], r["spider"]))
    out = ["| spider | site | discovery | unverified | test fixture |", "|---|---|---|---|---|"]
    for r in rows:
        unv = ", ".join(dict.fromkeys(u.split(":")[0] for u in r.get("unverified") or ())) or "–"
        fixture = r.get("fixture") or "–"
        out.append(f"| `{r['spider']}` | {_md_cell(r['site'])} | {_md_cell(', '.join(r['discovery']))} "
                   f"| {_md_cell(unv)} | {fixture} |")
    return "\n".join(out)


def text_table(rows: list[dict[str, Any]] | None = None) -> str:
    """Plain table: spider, domains, discovery kind and endpoint (one endpoint a line)."""
    rows = rows if rows is not None else sites_table()
    rows = sorted(rows, key=lambda r: (not r["in_all"], r["spider"]))
    lines: list[list[str]] = []
    for r in rows:
        first = [r["spider"], ", ".join(r["domains"]) or "(from -a start=/url=)"]
        unv = set(r.get("unverified") or ())
        kinds = dict((label, attr) for attr, label in DISCOVERY_KINDS)
        items = [(k, u + (" [unverified]" if kinds[k] in unv or f"{kinds[k]}: {u}" in unv else ""))
                 for k, us in r["endpoints"].items() for u in us]
        if not items:
            lines.append([*first, ", ".join(r["discovery"]), ""])
            continue
        for i, (k, u) in enumerate(items):
            lines.append([*(first if i == 0 else ["", ""]), k, u])
    headers = ["spider", "domains", "discovery", "endpoint"]
    widths = [max(len(h), *(len(x[i]) for x in lines)) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip()

    return "\n".join([fmt(headers), fmt(["-" * w for w in widths]), *(fmt(x) for x in lines)])
