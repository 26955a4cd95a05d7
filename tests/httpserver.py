"""A small threaded HTTP server for crawl tests (127.0.0.1, random free port).

Serves a fixture site directory. ``routes`` (a dict, or ``routes.json`` in the site directory)
maps URL paths (without query) to a spec::

    {"file": "article1.html"}                     # body from a file in the site directory
    {"status": 404}                               # status with a short body
    {"status": 302, "location": "/consent?x=1"}   # redirect ("__BASE__" allowed)
    {"delay": 3, "file": "a.html"}                # slow route (timeouts)
    {"headers": {"Content-Type": "text/html"}}    # per-route headers (e.g. no charset)
    {"body": "literal text"}                      # inline body

Paths without a route are served from the directory when such a file exists, else 404.
In every body served, ``__BASE__`` is replaced by ``http://127.0.0.1:PORT`` (byte-level, so it
works in windows-1256 files too). Every request is recorded in ``server.log`` as
``(method, path_with_query, status, headers_dict)``.

Standalone, for manual ``scrapy crawl`` / ``scrapy parse`` runs::

    python tests/httpserver.py tests/sites/akhbar [PORT]
"""
from __future__ import annotations

import json
import mimetypes
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


class _Handler(BaseHTTPRequestHandler):
    server: SiteServer._HTTPServer  # type: ignore[name-defined]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        site: SiteServer = self.server.site
        path = urlsplit(self.path).path
        spec = site.routes.get(path)
        status, headers, body = site.resolve(path, spec)
        site.log.append((self.command, self.path, status, dict(self.headers.items())))
        if site.on_request is not None:   # e.g. who is on the other end of this connection
            site.on_request(self)
        delay = float((spec or {}).get("delay", 0))
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class SiteServer:
    """``with SiteServer(dir) as srv: srv.base`` — or ``start()`` / ``stop()``."""

    class _HTTPServer(ThreadingHTTPServer):
        daemon_threads = True
        allow_reuse_address = True
        site: SiteServer

    def __init__(self, root: str | Path, routes: dict[str, dict] | None = None,
                 host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        if routes is None:
            rj = self.root / "routes.json"
            routes = json.loads(rj.read_text("utf-8")) if rj.exists() else {}
        self.routes: dict[str, dict] = {k: v for k, v in routes.items() if not k.startswith("_")}
        self.host = host
        self.port = port
        self.log: list[tuple[str, str, int, dict]] = []
        # called with the request handler while the connection is open (handler.client_address)
        self.on_request: Any = None
        self._httpd: SiteServer._HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> str:
        httpd = self._HTTPServer((self.host, self.port), _Handler)
        self.port = httpd.server_address[1]
        httpd.site = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True)
        self._thread.start()
        return self.base

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> SiteServer:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- helpers
    def requested(self, path: str) -> bool:
        """Was *path* (path only, query ignored) requested?"""
        return any(urlsplit(p).path == path for _, p, _, _ in self.log)

    def paths(self) -> list[str]:
        return [p for _, p, _, _ in self.log]

    def _fill(self, data: bytes) -> bytes:
        return data.replace(b"__BASE__", self.base.encode("ascii"))

    def resolve(self, path: str, spec: dict | None) -> tuple[int, dict[str, str], bytes]:
        spec = dict(spec or {})
        status = int(spec.get("status", 200))
        headers = {k: self._fill(v.encode("latin-1")).decode("latin-1")
                   for k, v in (spec.get("headers") or {}).items()}
        body: bytes
        if "file" in spec or ("body" not in spec and status == 200):
            rel = spec.get("file") or path.lstrip("/")
            f = (self.root / rel).resolve()
            if self.root.resolve() not in f.parents or not f.is_file():
                return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>404 Not Found</h1>"
            body = self._fill(f.read_bytes())
            ctype = DEFAULT_TYPES.get(f.suffix.lower()) or mimetypes.guess_type(f.name)[0]
            headers.setdefault("Content-Type", ctype or "application/octet-stream")
        elif "body" in spec:
            body = self._fill(str(spec["body"]).encode("utf-8"))
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        else:
            body = f"<html><body><h1>{status}</h1></body></html>".encode()
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
        if "location" in spec:
            headers["Location"] = self._fill(spec["location"].encode("latin-1")).decode("latin-1")
        return status, headers, body


def main(argv: list[str]) -> None:
    root = argv[1] if len(argv) > 1 else str(Path(__file__).parent / "sites" / "akhbar")
    port = int(argv[2]) if len(argv) > 2 else 0
    srv = SiteServer(root, port=port)
    print(srv.start(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main(sys.argv)
