"""A loopback HTTP server of hostile answers for the operations tests (limits, Retry-After,
decoding): generated bodies, gzip Content-Encoding, bodies without Content-Length, endless and
slow-drip streams, 429/503 with Retry-After. 127.0.0.1, a free port; every request is logged
with its arrival time (``server.log``: ``(monotonic_time, path)``).

Routes are functions ``path -> (status, headers, body | iterator of chunks)`` registered in
``HostileServer.routes``; an iterator body is sent without Content-Length (the connection is
closed after it), a chunk ``("sleep", s)`` pauses.
"""
from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Answer = tuple[int, dict[str, str], Any]


def article_html(title: str, paras: int = 6, pad: int = 0) -> bytes:
    body = "".join(f"<p>{'جملة عربية طويلة من خبر اليوم عن الاقتصاد والسياسة ' * 4}{i}</p>"
                   for i in range(paras))
    filler = f"<div class='x'>{'ا' * pad}</div>" if pad else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:type' content='article'></head><body><article>"
            f"<h1>{title}</h1>{body}</article>{filler}</body></html>").encode("utf-8")


def urlset(locs: Iterable[str], lastmod: str = "2001-01-01") -> bytes:
    items = "".join(f"<url><loc>{u}</loc><lastmod>{lastmod}</lastmod></url>\n" for u in locs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">\n{items}</urlset>\n').encode()


def sitemapindex(locs: Iterable[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{u}</loc></sitemap>\n" for u in locs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.'
            f'org/schemas/sitemap/0.9">\n{items}</sitemapindex>\n').encode()


def gzip_bomb(size: int) -> bytes:
    """A gzip'd urlset of about *size* bytes once decompressed (old entries, mostly spaces)."""
    head = urlset(["http://127.0.0.1/news/2001/01/01/old-1"])[:-len(b"</urlset>\n")]
    return gzip.compress(head + b" " * size + b"</urlset>\n", 9)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        srv: HostileServer = self.server.owner
        path = urlsplit(self.path).path
        srv.log.append((time.monotonic(), self.path))
        route = srv.routes.get(path)
        status, headers, body = route(self.path) if route else (404, {}, b"not found")
        try:
            self.send_response(status)
            headers = {"Content-Type": "text/html; charset=utf-8", **headers}
            for k, v in headers.items():
                self.send_header(k, v)
            if isinstance(body, (bytes, bytearray)):
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for chunk in body:
                if isinstance(chunk, tuple) and chunk[0] == "sleep":
                    time.sleep(chunk[1])
                    continue
                self.wfile.write(chunk)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass


class HostileServer:
    class _HTTPServer(ThreadingHTTPServer):
        daemon_threads = True
        allow_reuse_address = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass    # clients that hang up on purpose (size limits) are the point

    def __init__(self, routes: dict[str, Callable[[str], Answer]] | None = None):
        self.routes: dict[str, Callable[[str], Answer]] = dict(routes or {})
        self.log: list[tuple[float, str]] = []
        self._httpd: HostileServer._HTTPServer | None = None

    @property
    def base(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> HostileServer:
        self._httpd = self._HTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def times(self, path: str) -> list[float]:
        return [t for t, p in self.log if urlsplit(p).path == path]

    def requested(self, path: str) -> bool:
        return bool(self.times(path))
