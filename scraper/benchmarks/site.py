"""A loopback news site made of the real corpus pages, served by nginx (for the benchmarks).

Each corpus page is decompressed once into ``<dir>/pages/``; the sitemap lists N distinct
article URLs (``/news/2026/01/15/<n>-<page id>.html``) that nginx maps back onto those files,
so 2,000 (or 20,000) URLs reuse a few hundred real pages. The page's own canonical URL and
``og:url`` are neutralised in the copy (``rel="x-canonical"``) so that each URL is stored as its
own article, as distinct pages of a real site would be.

nginx (Debian ``nginx-light``/``nginx``; ``make bench-crawl`` installs it where missing) is
started with a generated config in the same folder, one worker, access log off, on 127.0.0.1
and a free port. Without nginx, a threaded Python server stands in (slower: said in the output).
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
ARTICLE_RE = r"^/news/\d+/\d+/\d+/\d+-(.+)$"
_CANONICAL = re.compile(rb"""(rel\s*=\s*["']?)canonical\b|(["'])og:url\2""", re.I)


def find_corpus(path: str | os.PathLike | None = None) -> Path:
    """The corpus folder: *path*, $SCRAPER_CORPUS, ../shared/corpus of the checkout, or
    /work/shared/corpus."""
    for p in (path, os.environ.get("SCRAPER_CORPUS"), DEFAULT_CORPUS, "/work/shared/corpus"):
        if p and (Path(p) / "manifest.jsonl").exists():
            return Path(p)
    raise SystemExit("corpus not found: give --corpus DIR (the folder with manifest.jsonl and pages/)")


def _neutralise(body: bytes) -> bytes:
    return _CANONICAL.sub(lambda m: (m.group(1) + b"x-canonical") if m.group(1) is not None
                          else m.group(2) + b"og:x-url" + m.group(2), body)


def load_pages(corpus: Path, dest: Path) -> list[str]:
    """Decompress every corpus page into *dest* once; returns the page file names."""
    dest.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    seen_bytes: set[str] = set()
    with open(corpus / "manifest.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            same = rec.get("identical_bytes_as") or []
            if any(x in seen_bytes for x in ([same] if isinstance(same, str) else same)):
                continue   # the same bytes under another id: one copy is enough
            src = corpus / rec["html"]
            if not src.exists():
                continue
            name = re.sub(r"[^A-Za-z0-9_-]+", "_", f"{rec['set']}_{rec['id']}") + ".html"
            out = dest / name
            if not out.exists():
                out.write_bytes(_neutralise(gzip.decompress(src.read_bytes())))
            seen_bytes.add(rec["id"])
            names.append(name)
    if not names:
        raise SystemExit(f"no pages in {corpus}")
    return names


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Site:
    """One loopback site: its folder (sitemap, robots.txt) and, once served, its base URL."""
    root: Path
    n_articles: int
    port: int = 0
    urls: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sitemap(self) -> str:
        return f"{self.base}/sitemap.xml"


def build_sites(workdir: Path, n_articles: int, n_sites: int = 1, corpus: Path | None = None,
                lastmod: str = "2026-01-15") -> list[Site]:
    """*n_sites* sites of *n_articles* article URLs each, over the same decompressed pages."""
    corpus = find_corpus(corpus)
    pages_dir = workdir / "pages"
    names = load_pages(corpus, pages_dir)
    sites = []
    k = 0
    for i in range(n_sites):
        root = workdir / f"site{i}"
        root.mkdir(parents=True, exist_ok=True)
        link = root / "pages"
        if not link.exists():
            link.symlink_to(pages_dir)
        site = Site(root=root, n_articles=n_articles, port=free_port())
        paths = []
        for n in range(n_articles):
            paths.append(f"/news/2026/01/15/{n:06d}-{names[k % len(names)][:-5]}")
            k += 1
        site.urls = paths
        (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
        sites.append(site)
    return sites


def write_sitemaps(sites: list[Site]) -> None:
    """Sitemaps with absolute URLs (ports are known now)."""
    for site in sites:
        with open(site.root / "sitemap.xml", "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
            for p in site.urls:
                f.write(f"<url><loc>{site.base}{p}.html</loc><lastmod>2026-01-15</lastmod></url>\n")
            f.write("</urlset>\n")


NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
{user}
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 60;
  charset off;
  types {{ text/html html; application/xml xml; text/plain txt; }}
  default_type application/octet-stream;
  client_body_temp_path {dir}/tmp-body;
  proxy_temp_path {dir}/tmp-proxy;
  fastcgi_temp_path {dir}/tmp-fastcgi;
  uwsgi_temp_path {dir}/tmp-uwsgi;
  scgi_temp_path {dir}/tmp-scgi;
{servers}
}}
"""
NGINX_SERVER = """\
  server {{
    listen 127.0.0.1:{port};
    root {root};
    location /news/ {{ rewrite "{rx}" /pages/$1 break; }}
  }}
"""


class Server:
    """nginx (or the Python fallback) serving *sites*; use as a context manager."""

    def __init__(self, sites: list[Site], workdir: Path, prefer_nginx: bool = True):
        self.sites = sites
        self.workdir = workdir
        self.nginx = shutil.which("nginx") or (
            "/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
        if not prefer_nginx:
            self.nginx = None
        self.proc: subprocess.Popen | None = None
        self.httpds: list[ThreadingHTTPServer] = []
        self.kind = "nginx" if self.nginx else "python http.server (nginx not installed)"

    def __enter__(self) -> Server:
        for _ in range(5):
            write_sitemaps(self.sites)
            if self.nginx:
                if self._start_nginx():
                    return self
                for s in self.sites:
                    s.port = free_port()
                continue
            self._start_python()
            return self
        raise SystemExit("could not start nginx (see nginx-error.log in " + str(self.workdir) + ")")

    def _start_nginx(self) -> bool:
        os.chmod(self.workdir, 0o755)
        servers = "".join(NGINX_SERVER.format(port=s.port, root=s.root, rx=ARTICLE_RE) for s in self.sites)
        user = "user root;" if os.geteuid() == 0 else ""
        conf = self.workdir / "nginx.conf"
        conf.write_text(NGINX_CONF.format(dir=self.workdir, servers=servers, user=user))
        self.proc = subprocess.Popen([self.nginx, "-c", str(conf), "-p", str(self.workdir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            if all(_listening(s.port) for s in self.sites):
                return True
            time.sleep(0.05)
        self._stop_nginx()
        return False

    def _start_python(self) -> None:
        rx = re.compile(ARTICLE_RE)
        for site in self.sites:
            root = str(site.root)

            class Handler(SimpleHTTPRequestHandler):
                protocol_version = "HTTP/1.1"

                def __init__(self, *a, **kw):
                    super().__init__(*a, directory=root, **kw)

                def translate_path(self, path):
                    m = rx.match(path.split("?", 1)[0])
                    if m:
                        path = "/pages/" + m.group(1)
                    return super().translate_path(path)

                def log_message(self, *a):
                    pass

            httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
            httpd.daemon_threads = True
            site.port = httpd.server_address[1]
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            self.httpds.append(httpd)
        write_sitemaps(self.sites)

    def _stop_nginx(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __exit__(self, *exc) -> None:
        self._stop_nginx()
        for h in self.httpds:
            h.shutdown()
            h.server_close()


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False
