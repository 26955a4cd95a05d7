"""Routes the plugin adds to Datasette: ``POST /-/extract`` and ``/-/health.json``.

Every error is a JSON object ``{"ok": false, "error": "..."}`` with a 4xx/5xx status; no
traceback reaches a client."""
from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

from datasette.utils.asgi import Response

from .extract import FETCH_TIMEOUT, MAX_BYTES, InputError, article_dict, check_url, fetch
from .health import health_report

NEWS = "news"
TRUE = {"1", "true", "yes", "on"}


def _error(status: int, message: str) -> Response:
    return Response.json({"ok": False, "error": message}, status=status)


async def _read_body(request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(413, f"request body larger than {limit} bytes")
    body, more = b"", True
    while more:
        message = await request.receive()
        if message.get("type") == "http.disconnect":
            break
        body += message.get("body", b"")
        if len(body) > limit:
            raise InputError(413, f"request body larger than {limit} bytes")
        more = message.get("more_body", False)
    return body


def _fields(content_type: str, body: bytes) -> dict[str, Any]:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:   # (nested past the recursion limit)
            raise InputError(400, f"body is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise InputError(400, "JSON body must be an object with 'url' or 'html'")
        return data
    if ctype in ("application/x-www-form-urlencoded", ""):
        try:
            return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise InputError(400, "form body is not UTF-8") from None
    raise InputError(415, f"unsupported Content-Type {ctype!r}: send JSON "
                          "(application/json) or a form (application/x-www-form-urlencoded)")


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in TRUE


def _limits(datasette) -> tuple[int, float, bool]:
    """``max_bytes``, ``fetch_timeout`` and ``fetch_private`` from the plugin's configuration
    (metadata ``plugins: news:``; ``scraper serve --max-bytes/--fetch-timeout/--fetch-private``)."""
    cfg = datasette.plugin_config("news") or {}
    return (int(cfg.get("max_bytes") or MAX_BYTES), float(cfg.get("fetch_timeout") or FETCH_TIMEOUT),
            _flag(cfg.get("fetch_private", False)))


async def extract_view(request, datasette) -> Response:
    max_bytes, timeout, private = _limits(datasette)
    if request.method != "POST":
        return _error(405, "POST a form or JSON with 'url' (a page to fetch) or 'html' "
                           "(the page itself, with optional 'url' as its address); "
                           "'removed=1' adds the removed blocks")
    try:
        body = await _read_body(request, max_bytes)
        fields = _fields(request.headers.get("content-type", ""), body)
        html, url, site = fields.get("html"), fields.get("url"), fields.get("site")
        for name, value in (("html", html), ("url", url), ("site", site)):
            if value is not None and not isinstance(value, str):
                raise InputError(400, f"'{name}' must be a string")
        if html:
            data = html.encode("utf-8")
            page_url = check_url(url) if url else "about:blank"
            headers = {"Content-Type": "text/html; charset=utf-8"}
        elif url:
            data, page_url, headers = await fetch(check_url(url), timeout=timeout,
                                                  max_bytes=max_bytes, private=private)
        else:
            raise InputError(400, "give 'url' (a page to fetch) or 'html' (the page itself)")
        article = await asyncio.to_thread(article_dict, data, page_url, headers, site or None)
    except InputError as exc:
        return _error(exc.status, exc.message)
    if not _flag(fields.get("removed")):
        article.pop("removed", None)
    # a page without an article (no body, consent wall, blocked…) is a 422 with the same JSON
    return Response.json(article, status=422 if article.get("problem") else 200)


async def health_view(datasette) -> Response:
    db = datasette.get_database(NEWS)
    report = await db.execute_fn(health_report)
    return Response.json(report)


ROUTES = [
    (r"^/-/extract$", extract_view),
    (r"^/-/health\.json$", health_view),
]
