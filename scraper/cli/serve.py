"""``scraper serve``: the archive as a read-only Datasette service (see scraper/service/)."""
from __future__ import annotations

import argparse
import sys

from .common import DB_HELP, EXIT_FAIL, EXIT_OK, EXIT_REFUSED, resolve_db


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "serve", help="serve the archive read-only (Datasette: browse, search, extract, health)",
        description="Serve the archive with Datasette as database 'news', read-only: article "
                    "pages, /news/search?q=…, POST /-/extract, /-/health.json.",
    )
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8001,
                   help="port (default 8001; 0 = any free port, printed at start)")
    p.add_argument("--max-bytes", type=int, default=None,
                   help="POST /-/extract: largest request body / fetched page (default 5 MiB)")
    p.add_argument("--fetch-timeout", type=float, default=None,
                   help="POST /-/extract: seconds to fetch a 'url' (default 15)")
    p.add_argument("--fetch-private", action="store_true",
                   help="POST /-/extract: also fetch from loopback, private and link-local "
                        "addresses (refused by default: the service is not a way into its network)")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from ..service.app import NotAnArchive, bind, check_archive, make_datasette, serve

    db = resolve_db(args.db)
    try:
        check_archive(db)
    except NotAnArchive as exc:
        print(f"scraper serve: {exc}", file=sys.stderr)
        return EXIT_REFUSED if exc.refused else EXIT_FAIL
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"scraper serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return EXIT_FAIL
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"serving {db} read-only at http://{shown}:{port}/news", flush=True)
    try:
        limits = {"max_bytes": args.max_bytes, "fetch_timeout": args.fetch_timeout,
                  "fetch_private": args.fetch_private}
        serve(make_datasette(db, plugin_config={k: v for k, v in limits.items() if v}), sock)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return EXIT_OK
