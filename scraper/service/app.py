"""Build and run the Datasette instance that serves the archive (no Scrapy here)."""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DB_NAME = "news"
METADATA = HERE / "metadata.yml"
PLUGINS_DIR = HERE / "plugins"
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"
STATIC_MOUNT = "news-static"

# Datasette settings: small pages, long cells cut in tables (the article page shows all),
# a time limit for arbitrary SQL.
SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 3000,
    "truncate_cells_html": 240,
    "allow_download": False,
    "suggest_facets": False,
}


class NotAnArchive(Exception):
    """The file is missing or empty (*refused* False), or is not our database (*refused*)."""

    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused


def check_archive(path: Path) -> None:
    """Is *path* one of our databases? Writes nothing (``storage.schema.check_database``)."""
    from ..storage.schema import DatabaseRefused, check_database

    try:
        version = check_database(path)
    except DatabaseRefused as exc:
        raise NotAnArchive(str(exc), refused=True) from None
    if not version:
        raise NotAnArchive(f"no archive at {path} (run `scraper crawl` first, or pass --db)")


def load_metadata() -> dict[str, Any]:
    return yaml.safe_load(METADATA.read_text("utf-8"))


def make_datasette(db_path: str | Path, *, settings: dict[str, Any] | None = None,
                   plugin_config: dict[str, Any] | None = None):
    """A Datasette serving *db_path* as database ``news``.

    Read-only twice over: the database is added as *mutable* only so that Datasette opens it
    with ``?mode=ro`` (an ``immutable=1`` file would be hashed at start and misread while a
    crawl writes to it), and every connection gets ``PRAGMA query_only`` from the plugin.
    Where ``mode=ro`` cannot work (a read-only file or folder: SQLite cannot keep its WAL index
    beside it), the archive is served immutable, as ``scraper stats``/``search`` read it
    (``storage.readers.readonly_params``).
    Nothing in the UI writes: there are no writable canned queries. *plugin_config* (e.g.
    ``max_bytes``, ``fetch_timeout`` of ``POST /-/extract``) becomes ``plugins: news:``."""
    from datasette.app import Datasette
    from datasette.database import Database

    metadata = load_metadata()
    if plugin_config:
        metadata.setdefault("plugins", {}).setdefault("news", {}).update(plugin_config)
    ds = Datasette(
        metadata=metadata,
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        static_mounts=[(STATIC_MOUNT, str(STATIC_DIR))],
        settings={**SETTINGS, **(settings or {})},
    )
    from ..storage.readers import readonly_params

    mutable = "immutable" not in readonly_params(db_path)
    ds.add_database(Database(ds, path=str(Path(db_path).resolve()), is_mutable=mutable),
                    name=DB_NAME)
    return ds


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 = any free port), so the real address can be printed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(ds, sock: socket.socket, *, log_level: str = "warning") -> None:
    """Run the Datasette app with uvicorn on an already bound socket until interrupted."""
    import uvicorn

    config = uvicorn.Config(ds.app(), log_level=log_level, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
