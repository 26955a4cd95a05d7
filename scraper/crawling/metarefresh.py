"""Meta refresh read from the head of a page, not from the whole page decoded.

Scrapy's ``MetaRefreshMiddleware`` (and our ``ConsentWallMiddleware``, which must know where a
refresh goes before it is followed) call ``scrapy.utils.response.get_meta_refresh``, which looks
for ``<meta http-equiv="refresh">`` in ``response.text[0:4096]``: the first 4,096 characters,
but ``response.text`` decodes the WHOLE body first (and, for a page without a declared charset,
runs the charset detection over the whole body too) and keeps that text on the response. A
second pass over every raw body beside the one parse of ``scraper.extract`` (issue 10: "one pass
per page"), about 4% of a loopback crawl's CPU (py-spy, ``scraper.benchmarks.crawl``).

``head_meta_refresh()`` gives the same answer from the first ``HEAD_BYTES`` bytes only: 4,096
characters take at most 4 bytes each in any encoding, so the window Scrapy reads is always
inside them. The encoding is Scrapy's own (BOM, ``Content-Type`` charset, ``<meta charset>``);
for a page that declares none, Scrapy's detection (ASCII, UTF-8, then charset_normalizer's
guess) runs on those bytes instead of on the whole body (a UTF-8 character cut at the end of the
window is left out first). Only there can the window's text differ from Scrapy's: a page that
declares no charset and whose first 16 KB are valid UTF-8 while the rest is not, or one that is
not UTF-8 at all, where the statistical guess on 16 KB may name another single-byte code page;
then only non-ASCII characters differ (the markup of a refresh is ASCII; a non-ASCII refresh URL
on such a page may be percent-encoded differently). All 563 corpus pages, served with and
without a charset, give Scrapy's window exactly (tests/test_metarefresh.py).

``HeadMetaRefreshMiddleware`` is Scrapy's ``MetaRefreshMiddleware`` (same settings:
``METAREFRESH_ENABLED``, ``METAREFRESH_IGNORE_TAGS``, ``METAREFRESH_MAXDELAY``, same redirect
handling and stats) calling ``head_meta_refresh``. The result is cached per response (as Scrapy
caches its own), so the consent middleware and this one look once per page.
"""
from __future__ import annotations

import re
from typing import Any, cast
from weakref import WeakKeyDictionary

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.httpobj import urlparse_cached
from w3lib import html as w3html
from w3lib.encoding import html_to_unicode

HEAD_CHARS = 4096                 # what Scrapy's get_meta_refresh reads: response.text[0:4096]
HEAD_BYTES = 4 * HEAD_CHARS       # enough bytes for HEAD_CHARS characters in any encoding

_cache: WeakKeyDictionary[Response, tuple[Any, Any]] = WeakKeyDictionary()
_REFRESH = re.compile("refresh", re.I)


def _utf8_whole(data: bytes) -> bytes:
    """*data* without a UTF-8 sequence cut at its end (the window may end inside a character)."""
    n = len(data)
    i = n - 1
    while i >= 0 and n - i <= 4 and (data[i] & 0xC0) == 0x80:
        i -= 1
    if i < 0 or data[i] < 0xC0:
        return data
    need = 2 if data[i] < 0xE0 else 3 if data[i] < 0xF0 else 4
    return data[:i] if n - i < need else data


def head_encoding(response: TextResponse, head: bytes) -> str:
    """The encoding Scrapy gives *response* (``response.encoding``), without decoding the whole
    body for a page that declares none: detection on *head* (its first bytes) instead."""
    declared = getattr(response, "_declared_encoding", None)
    detect = getattr(response, "_auto_detect_fun", None)
    if declared is None or detect is None:   # another Scrapy: its own answer (whole body)
        return response.encoding
    enc = declared()
    if enc:
        return enc
    if getattr(response, "_cached_benc", None):   # already inferred by someone: the same answer
        return response._cached_benc
    sample = _utf8_whole(head) if len(head) < len(response.body) else head
    return detect(sample) or getattr(response, "_DEFAULT_ENCODING", "ascii")


def head_text(response: TextResponse) -> tuple[str, str]:
    """(``response.text[0:HEAD_CHARS]``, the encoding) from the first ``HEAD_BYTES`` bytes."""
    cached = getattr(response, "_cached_ubody", None)
    if cached is not None:            # decoded already by someone: nothing to save
        return cached[:HEAD_CHARS], response.encoding
    head = response.body[:HEAD_BYTES]
    enc = head_encoding(response, head)
    return html_to_unicode(f"charset={enc}", head)[1][:HEAD_CHARS], enc


def head_meta_refresh(response: TextResponse,
                      ignore_tags: Any = ("script", "noscript")) -> tuple[Any, Any]:
    """``scrapy.utils.response.get_meta_refresh(response, ignore_tags)``: (interval, absolute
    URL) or (None, None), read from the head of the body only; cached per response."""
    try:
        return _cache[response]
    except KeyError:
        pass
    text, enc = head_text(response)
    if _REFRESH.search(text) is None:
        # no "refresh" anywhere in the window (nearly every page): w3lib's answer is (None, None)
        # without its scan of every <meta> (it keeps a tag only when "refresh" is in attrs.lower(),
        # which this case-insensitive search always finds)
        _cache[response] = (None, None)
        return None, None
    # the base URL (<base href>, Scrapy's get_base_url) only joins a refresh URL found: most
    # pages have none, and are answered without looking for it
    result = w3html.get_meta_refresh(text, response.url, enc, ignore_tags=ignore_tags)
    if result[1] is not None:
        base = w3html.get_base_url(text, response.url, enc)
        if base != response.url:
            result = w3html.get_meta_refresh(text, base, enc, ignore_tags=ignore_tags)
    _cache[response] = result
    return result


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's ``MetaRefreshMiddleware`` reading the refresh with ``head_meta_refresh``
    (its ``process_response``, line for line, with that one call changed)."""

    def process_response(self, request: Request, response: Response,
                         spider: Any = None) -> Request | Response:
        if (
            request.meta.get("dont_redirect", False)
            or request.method == "HEAD"
            or not isinstance(response, HtmlResponse)
            or urlparse_cached(request).scheme not in {"http", "https"}
        ):
            return response
        interval, url = head_meta_refresh(response, ignore_tags=self._ignore_tags)
        if not url:
            return response
        redirected = self._redirect_request_using_get(request, response, url)
        if urlparse_cached(redirected).scheme not in {"http", "https"}:
            return response
        if cast("float", interval) < self._maxdelay:
            return self._redirect(redirected, request, "meta refresh")
        return response
