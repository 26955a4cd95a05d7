"""Bounded reads for ``scraper extract`` (no Scrapy): a URL fetched with a deadline over the
whole exchange (connect, headers, every byte of the body: a slow-drip server cannot hold it past
*timeout*) and a size cap (the body is streamed and the read stops at the cap); a file, and the
content of a ``.gz`` file, read up to a size cap. A limit hit raises ``LimitHit`` with its name
(``max_bytes``, ``timeout``). With ``public_only`` a URL whose server is on a loopback, private,
link-local or otherwise non-global address is refused (``PrivateAddress``) before a byte is sent:
the check is on the address the socket actually connected to, so it holds for every redirect hop
and against a name that resolves differently the second time."""
from __future__ import annotations

import gzip
import http.client
import ipaddress
import socket
import threading
import urllib.request
import zlib
from pathlib import Path
from typing import Any

USER_AGENT = "Mozilla/5.0 (compatible; arabic-news-scraper/0.1; +extract)"


class LimitHit(OSError):
    """A size or time limit stopped the read."""

    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name = name


class PrivateAddress(OSError):
    """``public_only`` refused a server on a non-global address."""


def _global(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _public_connection(*args, **kwargs) -> socket.socket:
    """``socket.create_connection`` that refuses a peer on a non-global address (checked on the
    connected socket, before TLS or the request)."""
    sock = socket.create_connection(*args, **kwargs)
    peer = sock.getpeername()[0]
    if not _global(peer):
        sock.close()
        raise PrivateAddress(f"refused to fetch from the non-public address {peer}")
    return sock


class _PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _public_connection


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _public_connection


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_PublicHTTPSConnection, req, context=self._context)


def _opener(public_only: bool):
    if not public_only:
        return urllib.request.build_opener()
    # no proxy from the environment: the check is on the server itself, not on a proxy
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _PublicHTTPHandler,
                                       _PublicHTTPSHandler)


def fetch_url(url: str, *, timeout: float, max_bytes: int,
              headers: dict[str, str] | None = None,
              public_only: bool = False) -> tuple[bytes, str, dict[str, str]]:
    """GET *url* (redirects followed) -> (body, final URL, {"Content-Type": …}).

    The exchange runs in a helper thread that the caller waits for at most *timeout* seconds;
    past that the thread is told to stop (it does at its next chunk, or when its socket times
    out) and ``LimitHit("timeout")`` is raised. A body past *max_bytes* (announced or received)
    raises ``LimitHit("max_bytes")``; with *public_only*, a server (first or after a redirect) on a
non-global address raises ``PrivateAddress``; other failures raise what urllib raised."""
    result: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            req = urllib.request.Request(url, headers={
                "User-Agent": USER_AGENT, "Accept-Language": "ar,en;q=0.5", **(headers or {})})
            with _opener(public_only).open(req, timeout=timeout) as resp:  # noqa: S310 (user's URL)
                declared = resp.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise LimitHit("max_bytes", f"announced {declared} bytes, more than "
                                                f"{max_bytes} (--max-bytes)")
                chunks, size = [], 0
                while not stop.is_set():
                    chunk = resp.read1(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > max_bytes:
                        raise LimitHit("max_bytes", f"more than {max_bytes} bytes (--max-bytes)")
                    chunks.append(chunk)
                result["ok"] = (b"".join(chunks), resp.geturl(),
                                {"Content-Type": resp.headers.get("Content-Type", "")})
        except BaseException as exc:   # handed to the caller's thread
            # the socket's own timeout (same length as the deadline) can fire just before the
            # caller's wait ends: that is the same limit, not a network failure
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, PrivateAddress):
                exc = reason
            elif isinstance(reason, TimeoutError) and not isinstance(exc, LimitHit):
                exc = LimitHit("timeout", f"no complete answer within {timeout:g} s (--timeout)")
            result["error"] = exc

    thread = threading.Thread(target=work, name="scraper-extract-fetch", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive() or ("ok" not in result and "error" not in result):
        stop.set()
        raise LimitHit("timeout", f"no complete answer within {timeout:g} s (--timeout)")
    if "error" in result:
        raise result["error"]
    return result["ok"]


def read_file(path: Path, *, max_bytes: int) -> bytes:
    """A file's bytes; a ``.gz`` file's content, decompressed in steps and at most *max_bytes*
    of it (``LimitHit("max_bytes")`` past that). A plain file is the user's own: read whole."""
    if path.suffix != ".gz":
        return path.read_bytes()
    with gzip.open(path, "rb") as f:
        try:
            data = f.read(max_bytes + 1)
        except (EOFError, zlib.error) as exc:
            raise OSError(f"broken gzip file: {exc}") from exc
    if len(data) > max_bytes:
        raise LimitHit("max_bytes", f"decompresses to more than {max_bytes} bytes (--max-bytes)")
    return data
