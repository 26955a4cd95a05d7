"""Bounded reads for ``scraper extract`` (no Scrapy): a URL fetched with a deadline over the
whole exchange (connect, headers, every byte of the body: a slow-drip server cannot hold it past
*timeout*) and a size cap (the body is streamed and the read stops at the cap); a file, and the
content of a ``.gz`` file, read up to a size cap. A limit hit raises ``LimitHit`` with its name
(``max_bytes``, ``timeout``)."""
from __future__ import annotations

import gzip
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


def fetch_url(url: str, *, timeout: float, max_bytes: int,
              headers: dict[str, str] | None = None) -> tuple[bytes, str, dict[str, str]]:
    """GET *url* (redirects followed) -> (body, final URL, {"Content-Type": …}).

    The exchange runs in a helper thread that the caller waits for at most *timeout* seconds;
    past that the thread is told to stop (it does at its next chunk, or when its socket times
    out) and ``LimitHit("timeout")`` is raised. A body past *max_bytes* (announced or received)
    raises ``LimitHit("max_bytes")``; other failures raise what urllib raised."""
    result: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            req = urllib.request.Request(url, headers={
                "User-Agent": USER_AGENT, "Accept-Language": "ar,en;q=0.5", **(headers or {})})
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (user's URL)
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
            if isinstance(reason, TimeoutError) and not isinstance(exc, LimitHit):
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
