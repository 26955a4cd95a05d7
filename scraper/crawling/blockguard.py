"""Blocked answers in crawls (Scrapy adapters of ``scraper.blocking``).

* ``BlockedMiddleware`` (downloader middleware, just below ``RetryMiddleware`` (550), so it sees
  the final answer after retries, and after decompression): an answer with status 403, 429
  or 503, or with a vendor's challenge header (``cf-mitigated: challenge``,
  ``X-Sucuri-Block``), is counted as ``blocked/<kind>`` and dropped (``BlockedResponse``, an
  ``IgnoreRequest``: never parsed as an article, never stored). When status and headers name
  no vendor, the body of the dropped answer is parsed once to name it from its challenge page
  (that DOM is the only one ever built for it).
* A challenge page served with 200 is recognised by the extractor on the page it parses anyway
  (``Article.problem == "blocked"``) or by the spider on an entry page; the spider calls
  ``count_block`` for it.
* ``BlockReport`` (extension): once per site and run, when the spider closes, one WARNING line
  with the counts per kind and what to do (``scraper.rules.blocking.HINT``: a proxy, a slower
  schedule). ``Retry-After`` and backoff are the retry middleware's business, not this one's.
"""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from ..blocking import HINT, Block, block_from_headers, challenge_in_tree

logger = logging.getLogger(__name__)

STAT_PREFIX = "blocked/"
# Only this much of a blocked answer's body is parsed to name its vendor.
PARSE_BYTES = 256 * 1024


class BlockedResponse(IgnoreRequest):
    """An answer dropped because the site blocked us (counted as ``blocked/<kind>``)."""

    def __init__(self, block: Block, url: str):
        super().__init__(f"blocked ({block.kind}, HTTP {block.status}, {block.evidence}): {url}")
        self.block = block
        self.url = url


def count_block(crawler: Any, block: Block, url: str) -> None:
    """Count one blocked answer (``blocked/<kind>``); one DEBUG line per URL (the per-site
    report is ``BlockReport``'s, at the end of the run)."""
    stats = getattr(crawler, "stats", None)
    if stats is not None:
        stats.inc_value(STAT_PREFIX + block.kind)
    logger.debug("Blocked (%s, HTTP %s, %s): %s", block.kind, block.status, block.evidence, url)


def blocked_counts(stats: dict[str, Any]) -> dict[str, int]:
    """{kind: n} from a crawl's stats."""
    out = {}
    for k, v in stats.items():
        if k.startswith(STAT_PREFIX) and isinstance(v, (int, float)) and v:
            out[k[len(STAT_PREFIX):]] = int(v)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in counts.items())


def site_hint(site: str) -> str:
    return HINT.replace("<site>", site)


def _parse_body(response: Response):
    """The answer's page, parsed once as the extractor parses pages (None if not HTML)."""
    from ..htmlio import UndecodableError, decode_html, parse_html

    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    body = response.body or b""
    if not body or (ctype and "html" not in ctype and "text/plain" not in ctype):
        return None
    try:
        text, _ = decode_html(body[:PARSE_BYTES], response.headers.to_unicode_dict())
        return parse_html(text)
    except (UndecodableError, ValueError):
        return None
    except Exception:   # an unparsable block page still counts as a block
        return None


def block_of_response(response: Response) -> Block | None:
    """Status/headers first; the body only when they name no vendor."""
    block = block_from_headers(response.status, response.headers)
    if block is None or block.vendor:
        return block
    found = challenge_in_tree(_parse_body(response))
    if found:
        return Block(found[0], block.status, found[1])
    return block


def _skip(request: Request) -> bool:
    if request.meta.get("dont_check_block"):
        return True
    return urlsplit(request.url).path.endswith("/robots.txt")


class BlockedMiddleware:
    """Downloader middleware: counts and drops blocked answers (see the module doc)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> BlockedMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None):
        if _skip(request):
            return response
        block = block_of_response(response)
        if block is None:
            return response
        count_block(self.crawler, block, response.url)
        raise BlockedResponse(block, response.url)


class BlockReport:
    """Extension: one WARNING per site and run naming the blocks and the remedy."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> BlockReport:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Any, reason: str = "") -> None:
        counts = blocked_counts(self.crawler.stats.get_stats() if self.crawler.stats else {})
        if not counts:
            return
        total = sum(counts.values())
        name = getattr(spider, "name", "") or "this site"
        logger.warning("%s: %d answer%s blocked (%s): %s", name, total, "" if total == 1 else "s",
                       describe_counts(counts), site_hint(name),
                       extra={"spider": spider})
