"""Extraction on demand for ``POST /-/extract``: bytes + URL -> the core's article as the dict
``scraper extract --json`` prints. Fetching has a timeout and a size limit (no Scrapy here)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..article import Article
from ..extract import _site_of, extract_tree, tree_for_explain
from ..htmlio import UndecodableError
from ..rules.consent import is_consent_host
from ..urls import host_of, split

MAX_BYTES = 5 * 1024 * 1024       # request body and fetched page: 5 MiB
FETCH_TIMEOUT = 15.0              # seconds for the whole fetch of a `url`
USER_AGENT = "Mozilla/5.0 (compatible; arabic-news-scraper/0.1; +serve)"


class InputError(Exception):
    """Bad input or a failed fetch: *status* is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _profile(name: str | None, url: str):
    try:
        from spiders.registry import profile_for, spider_class   # site modules (optional)
    except ImportError:
        return None
    if name and spider_class(name) is None:
        raise InputError(400, f"unknown site {name[:100]!r} (see `scraper sites`)")
    return profile_for(name=name or None, url=url)


def article_dict(data: bytes, url: str, headers: dict[str, str] | None = None,
                 site: str | None = None) -> dict[str, Any]:
    """What ``scraper extract --json`` prints for these bytes (one JSON object)."""
    art = Article(url=url)
    profile = _profile(site, url)
    art.site = profile.name if profile is not None else _site_of(url)
    try:
        root = tree_for_explain(data, headers or {})
    except UndecodableError as exc:
        art.problem = "empty" if "empty" in str(exc) else "undecodable"
        root = None
    if root is not None:
        art = extract_tree(root, art, profile)
    if not art.problem and is_consent_host(host_of(url)):
        art.problem = "consent_wall"
    d = asdict(art)
    d.pop("selector_missed", None)
    d.pop("decisions", None)
    return d


def check_url(url: str) -> str:
    url = (url or "").strip()
    parts = split(url)   # (None: "http://[::1/x", a port past 65535)
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(400, f"url must be an absolute http(s) URL, got {url[:200]!r}")
    return url


async def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_BYTES,
                private: bool = False) -> tuple[bytes, str, dict[str, str]]:
    """GET *url* (redirects followed) -> (body, final URL, {"Content-Type": …}), through the same
    bounded read as ``scraper extract`` (``scraper.fetch.fetch_url``: a deadline over the whole
    exchange, so a slow-drip server cannot hold a worker, and a streamed size cap), run in a
    thread so that the server's event loop is never blocked. Unless *private* (``scraper serve
    --fetch-private``), a server on a loopback, private or link-local address (first or after a
    redirect) is refused with 403: the service must not be a way into the network it runs in."""
    import asyncio
    import urllib.error

    from ..fetch import LimitHit, PrivateAddress, fetch_url

    try:
        return await asyncio.to_thread(fetch_url, url, timeout=timeout, max_bytes=max_bytes,
                                       headers={"User-Agent": USER_AGENT}, public_only=not private)
    except PrivateAddress as exc:
        raise InputError(403, f"fetching {url}: {exc} (`scraper serve --fetch-private` allows "
                              "loopback and private addresses)") from None
    except LimitHit as exc:
        if exc.name == "timeout":
            raise InputError(504, f"fetching {url} took longer than {timeout:g} s") from None
        raise InputError(413, f"page at {url} is larger than {max_bytes} bytes") from None
    except urllib.error.HTTPError as exc:
        raise InputError(502, f"fetching {url} failed: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(502, f"fetching {url} failed: {reason}") from None
