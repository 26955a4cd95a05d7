"""``scraper check``: a live canary per site, as a real Scrapy crawl.

For each site spider (or ``generic`` on ``start=`` URLs) one crawl runs with the project's
settings (robots.txt, politeness, proxies, consent handling, blocked-answer counting: all as in
``scraper crawl``), through the spider's own discovery code (entry points, feed/sitemap/JSON
parsing, ``accept_article_url``), with ``limit=N`` article requests and nothing stored
(no pipelines, no database). A mixin on the spider class (``CheckMixin``) writes down what
happened to every entry point and article page; ``verdict()`` turns those figures into one word.

Verdicts, first that applies:

``blocked``          an entry point was blocked, or no article came through and something was
                     blocked, or more article pages were blocked than extracted
                     (403/429/503 or a challenge page: ``scraper.blocking``)
``unreachable``      no entry point answered and every failure was DNS, refused, timeout or a
                     lost connection (or every article fetch failed that way)
``empty_discovery``  entry points answered, no article URL in them
``consent_wall``     no article extracted and consent walls met, or walls on more pages than
                     articles extracted
``no_article``       article pages fetched, no story in them (or all failed with HTTP errors)
``selector_miss``    stories extracted, but the site's body selectors matched nothing on at
                     least half of them (the generic fallback did the work)
``ok``               otherwise

``--record DIR`` writes every article page fetched in the fixture layout of
``tests/site_fixtures/`` (see tests/test_sites.py): ``DIR/<site>/pages/<case>.html`` (the body
as received, decompressed; ``.html.gz`` when large) and ``DIR/<site>/pages/<case>.json``, a draft
test case from today's extraction (``kind``, ``file``, ``provenance``: URL, status, headers,
time; title, dates, body…) to be checked by hand before it is copied into
``tests/site_fixtures/<site>/pages/``.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

VERDICTS = ("ok", "blocked", "unreachable", "empty_discovery", "selector_miss", "consent_wall",
            "no_article")
NETWORK_ERRORS = frozenset({"dns", "timeout", "connection_refused", "connection", "data_loss",
                            "download_failed"})
DEFAULT_ARTICLES = 3


# --------------------------------------------------------------------------- verdict (pure)

def figures(endpoints: Mapping[str, str], article_urls: int,
            articles: Mapping[str, str]) -> dict[str, Any]:
    """The numbers behind a verdict, from the outcome of every entry point / discovery document
    (``answered``, ``blocked:<kind>``, ``error:<kind>``) and every article page (``ok``,
    ``selector_miss``, ``blocked:<kind>``, ``consent_wall``, ``no_body``…, ``error:<kind>``)."""
    def split(outcomes: Mapping[str, str]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        blocked: dict[str, int] = {}
        errors: dict[str, int] = {}
        other: dict[str, int] = {}
        for o in outcomes.values():
            head, _, kind = o.partition(":")
            bucket = blocked if head == "blocked" else errors if head == "error" else other
            key = kind if head in ("blocked", "error") else o
            bucket[key] = bucket.get(key, 0) + 1
        return blocked, errors, other

    eb, ee, eo = split(endpoints)
    ab, ae, ao = split(articles)
    extracted = ao.get("ok", 0) + ao.get("selector_miss", 0)
    return {
        "endpoints": len(endpoints),
        "endpoints_answered": eo.get("answered", 0),
        "endpoints_blocked": sum(eb.values()),
        "endpoint_errors": ee,
        "article_urls": article_urls,
        "articles_fetched": len(articles),
        "articles_ok": extracted,
        "selector_miss": ao.get("selector_miss", 0),
        "consent_wall": ao.get("consent_wall", 0),
        "no_article": {k: v for k, v in ao.items() if k not in ("ok", "selector_miss", "consent_wall")},
        "articles_blocked": sum(ab.values()),
        "article_errors": ae,
        "blocked": {k: eb.get(k, 0) + ab.get(k, 0) for k in sorted({*eb, *ab})},
    }


def verdict(f: Mapping[str, Any]) -> str:
    """One word from ``figures()`` (rules in the module doc)."""
    blocked = f["endpoints_blocked"] + f["articles_blocked"]
    ok = f["articles_ok"]
    if f["endpoints_blocked"] and not f["article_urls"]:
        return "blocked"
    if blocked and (ok == 0 or f["articles_blocked"] > ok):
        return "blocked"
    if not f["endpoints_answered"] and not f["articles_fetched"]:
        errors = f["endpoint_errors"]
        if errors and set(errors) <= NETWORK_ERRORS:
            return "unreachable"
        return "empty_discovery"
    if not f["article_urls"]:
        return "empty_discovery"
    answered = f["articles_fetched"] - sum(f["article_errors"].values())
    if not answered and f["article_errors"] and set(f["article_errors"]) <= NETWORK_ERRORS:
        return "unreachable"
    if ok == 0:
        return "consent_wall" if f["consent_wall"] else "no_article"
    if f["consent_wall"] > ok:
        return "consent_wall"
    if f["selector_miss"] and 2 * f["selector_miss"] >= ok:
        return "selector_miss"
    return "ok"


# --------------------------------------------------------------------------- the spider side

def _stat_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, int]:
    out = {}
    for k, v in after.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            d = v - (before.get(k) or 0)
            if d:
                out[k] = d
    return out


def _outcome_from_stats(diff: Mapping[str, int], items: int) -> str | None:
    for k in diff:
        if k.startswith("blocked/"):
            return "blocked:" + k[len("blocked/"):]
    if items:
        return "selector_miss" if diff.get("site_selector_miss") else "ok"
    for k in diff:
        if k.startswith("articles/no_article/"):
            return k[len("articles/no_article/"):]
    if diff.get("consent_wall") or diff.get("consent_wall/retried"):
        return "consent_wall"
    for k in diff:
        if k.startswith("errors/") and k != "errors/entry_point":
            return "error:" + k[len("errors/"):]
    return None


class CheckMixin:
    """Put before a NewsSpider subclass: records endpoints, article URLs and article outcomes in
    ``self.check_log`` (and pages for ``--record``) without changing what the spider does."""

    check_record_pages: bool = False

    def _check_state(self) -> dict[str, Any]:
        st = getattr(self, "_check", None)
        if st is None:
            st = self._check = {"endpoints": {}, "article_urls": set(), "articles": {}, "pages": []}
        return st

    @property
    def check_log(self) -> dict[str, Any]:
        return self._check_state()

    def _stats(self) -> dict[str, Any]:
        crawler = getattr(self, "crawler", None)
        return dict(crawler.stats.get_stats()) if crawler is not None and crawler.stats else {}

    @staticmethod
    def _first_url(request: Any) -> str:
        hops = request.meta.get("redirect_urls") or ()
        return hops[0] if hops else request.url

    def article_request(self, url: str, **kwargs: Any):
        from scraper.urls import strip_fragment
        self._check_state()["article_urls"].add(strip_fragment(url))
        return super().article_request(url, **kwargs)

    def _run(self, method, response, **kwargs) -> tuple[list, dict[str, int]]:
        before = self._stats()
        out = list(method(response, **kwargs))
        diff = _stat_diff(before, self._stats())
        return out, diff

    def parse(self, response: Any, **kwargs: Any) -> Iterator[Any]:
        meta = response.meta
        st = self._check_state()
        out, diff = self._run(super().parse, response, **kwargs)
        url = self._first_url(response.request) if response.request is not None else response.url
        if not meta.get("article") and (meta.get("start") or meta.get("discovery")):
            outcome = _outcome_from_stats(diff, 0)
            if outcome is None or not outcome.startswith("blocked:"):
                outcome = "answered"
            st["endpoints"][url] = outcome
        yield from out

    def parse_article(self, response: Any, **kwargs: Any) -> Iterator[Any]:
        from scraper.items import ArticleItem

        st = self._check_state()
        out, diff = self._run(super().parse_article, response, **kwargs)
        items = [x for x in out if isinstance(x, ArticleItem)]
        url = self._first_url(response.request) if response.request is not None else response.url
        outcome = _outcome_from_stats(diff, len(items))
        if response.meta.get("article"):
            retried = outcome == "consent_wall" and any(not isinstance(x, ArticleItem) for x in out)
            if outcome is not None and not retried:   # a consent retry: its own outcome counts
                st["articles"][url] = outcome
        else:   # an entry point (-a start=) that is an article page itself, or a listing
            blocked = outcome is not None and outcome.startswith("blocked:")
            st["endpoints"][url] = outcome if blocked else "answered"
            if items:
                st["articles"][url] = outcome
        if self.check_record_pages and outcome and not outcome.startswith(("blocked:", "error:")):
            st["pages"].append({
                "url": url, "final_url": response.url, "status": response.status,
                "headers": dict(response.headers.to_unicode_dict()), "body": response.body,
                "outcome": outcome, "item": dict(items[0]) if items else None,
                "fetched_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            })
        yield from out

    def on_error(self, failure: Any) -> None:
        from scraper.blockguard import BlockedResponse
        from scraper.middlewares import ConsentWallIgnored
        from spiders.base import error_kind

        request = failure.request
        exc = failure.value
        response = getattr(exc, "response", None)
        if isinstance(exc, BlockedResponse):
            outcome = "blocked:" + exc.block.kind
        elif isinstance(exc, ConsentWallIgnored):
            outcome = "consent_wall"
        elif response is not None and type(exc).__name__ == "HttpError":
            outcome = f"error:http_{response.status}"
        elif "robots.txt" in str(exc):
            outcome = "error:robots_txt"
        else:
            outcome = "error:" + error_kind(exc)
        st = self._check_state()
        url = self._first_url(request)
        if request.meta.get("article"):
            st["articles"][url] = outcome
        else:
            st["endpoints"][url] = outcome
        return super().on_error(failure)


def check_class(cls: type) -> type:
    """The spider class with ``CheckMixin`` in front (same name, so SITE_PROXIES and logs apply)."""
    return type(f"Check{cls.__name__}", (CheckMixin, cls), {"name": cls.name,
                                                            "__module__": cls.__module__})


# --------------------------------------------------------------------------- results

def site_result(site: str, log: Mapping[str, Any], finish_reason: str | None,
                failure: str | None = None) -> dict[str, Any]:
    f = figures(log["endpoints"], len(log["article_urls"]), log["articles"])
    v = verdict(f)
    if failure and v == "empty_discovery" and not f["endpoints"]:
        v = "unreachable"
    return {"site": site, "verdict": v, **f, "finish_reason": finish_reason,
            **({"failure": failure} if failure else {})}


def _slug(url: str) -> str:
    path = unquote(urlsplit(url).path).strip("/").split("/")[-1] or "index"
    path = re.sub(r"\.[a-z0-9]{2,5}$", "", path, flags=re.I)
    path = re.sub(r"[^\w-]+", "-", path, flags=re.UNICODE).strip("-")[:60] or "page"
    return f"{path}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"


def draft_expected(page: Mapping[str, Any], file: str | None = None) -> dict[str, Any]:
    """A draft test case in the format of tests/site_fixtures/<site>/pages/<case>.json (see
    tests/test_sites.py) from today's extraction, with the recording as its provenance."""
    item = page.get("item")
    out: dict[str, Any] = {
        "draft": ("recorded by `scraper check --record`: check every field by hand against the "
                  "page, name the template, add body_not_contains (the noise you see on it), "
                  "then drop this key"),
        "kind": "real",
        "template": "",
        "provenance": {
            "recorded_by": "scraper check --record", "url": page["url"],
            "final_url": page["final_url"], "status": page["status"],
            "fetched_at": page["fetched_at"], "headers": page["headers"],
        },
    }
    if file:
        out["file"] = file
    out["url"] = page["url"]
    if not item:
        out["problem"] = page["outcome"]
        return out
    body = [p for p in (item.get("body") or "").split("\n") if p]
    out.update({
        "title": item.get("title") or "",
        "published_at": item.get("published_at"),
        "language": item.get("language") or "",
        "canonical_url": item.get("canonical_url") or page["url"],
        "body": body,
        "body_contains": [p[:70] for p in (body[:1] + body[-1:])] if body else [],
        "body_not_contains": [],
    })
    if page["outcome"] == "selector_miss":
        out["selector_missed"] = True
    return out


GZIP_ABOVE = 100 * 1024   # pages larger than this are stored gzipped (as the fixtures are)


def record_pages(root: Path, site: str, pages: list[Mapping[str, Any]]) -> list[Path]:
    """Write each page as a fixture case ``<root>/<site>/pages/<case>.json`` beside the page
    (``<case>.html``, or ``.html.gz`` when large); returns the JSON files."""
    import gzip

    made = []
    folder = Path(root) / site / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        case = _slug(page["url"])
        body = page["body"] or b""
        if len(body) > GZIP_ABOVE:
            name = f"{case}.html.gz"
            (folder / name).write_bytes(gzip.compress(body, mtime=0))
        else:
            name = f"{case}.html"
            (folder / name).write_bytes(body)
        case_file = folder / f"{case}.json"
        case_file.write_text(json.dumps(draft_expected(page, name), ensure_ascii=False, indent=1)
                             + "\n", encoding="utf-8")
        made.append(case_file)
    return made


# --------------------------------------------------------------------------- running

def check_sites(classes: list[type], settings: Any, *, articles: int = DEFAULT_ARTICLES,
                start: list[str] | None = None, since: str | None = None,
                record: Path | None = None) -> list[dict[str, Any]]:
    """Run one check crawl per spider class, all in one CrawlerProcess (different sites in
    parallel, each with its own politeness). *settings*: the project's Scrapy ``Settings``
    (pipelines and the database are switched off here). Returns one result per class, in order."""
    from scrapy.crawler import CrawlerProcess

    settings = settings.copy()
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("SQLITE_PATH", "", priority="cmdline")
    process = CrawlerProcess(settings)
    runs: list[tuple[str, Any, dict]] = []
    for cls in classes:
        checker = check_class(cls)
        checker.check_record_pages = record is not None
        crawler = process.create_crawler(checker)
        kwargs: dict[str, Any] = {"limit": str(articles)}
        if start:
            kwargs["start"] = ",".join(start)
        if since:
            kwargs["since"] = since
        failure: dict[str, str] = {}
        d = process.crawl(crawler, **kwargs)
        d.addErrback(lambda f, failure=failure: failure.setdefault("error", f.getErrorMessage()))
        runs.append((cls.name, crawler, failure))
    process.start()
    results = []
    for name, crawler, failure in runs:
        spider = getattr(crawler, "spider", None)
        log = spider.check_log if spider is not None else {
            "endpoints": {}, "article_urls": set(), "articles": {}, "pages": []}
        stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        res = site_result(name, log, stats.get("finish_reason"), failure.get("error"))
        if record is not None and log["pages"]:
            res["recorded"] = [str(p) for p in record_pages(record, name, log["pages"])]
        results.append(res)
    return results
