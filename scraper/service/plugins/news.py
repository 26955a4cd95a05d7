"""Datasette plugin of the archive (loaded from this plugin folder by ``scraper serve``).

* SQL functions on every connection of the ``news`` database (``prepare_connection``):
  ``fold_search(text)`` — the index's folding (``scraper.textnorm.fold_search``);
  ``fts_query(q)`` — user input -> safe FTS5 MATCH expression (``scraper.storage.fts_query``);
  ``news_snippet(body, q)`` — a window of the original body around the first hit, hits in
  ``[brackets]`` (``scraper.storage.make_snippet``, what ``scraper search`` prints).
  The connection is also made ``query_only``: nothing served can write.
* Template filters for the article page (``prepare_jinja2_environment``).
* Cell rendering: titles link to the article page, snippet hits are highlighted.
* Routes: ``POST /-/extract`` and ``/-/health.json`` (``register_routes``).
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from markupsafe import Markup, escape

from scraper.service import routes
from scraper.storage import fts_query, make_snippet, search_tokens
from scraper.textnorm import arabic_ratio, fold_search

NEWS = "news"
CLUSTER_COLUMNS = "canonical_url TEXT PRIMARY KEY, cluster_id INTEGER NOT NULL, signature BLOB"


def news_snippet(body: str | None, query: str | None) -> str:
    return make_snippet(body or "", search_tokens(query or ""))


@hookimpl
def prepare_connection(conn, database):
    if database != NEWS:
        return
    conn.create_function("fold_search", 1, lambda s: fold_search(s or ""), deterministic=True)
    conn.create_function("fts_query", 1, lambda s: fts_query(s or ""), deterministic=True)
    conn.create_function("news_snippet", 2, news_snippet, deterministic=True)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_clusters'").fetchone() is None:
        # an archive not opened since clustering came: no clusters yet (serving never writes
        # it), so an empty stand-in in this connection's temp schema keeps the queries valid
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS article_clusters ({CLUSTER_COLUMNS})")
    conn.execute("PRAGMA query_only = 1")


# --------------------------------------------------------------------------- templates

def from_json(value, default=()):
    if not value:
        return list(default)
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return [value]


def text_dir(text: str | None) -> str:
    """``rtl`` when most letters are Arabic script, else ``ltr``."""
    return "rtl" if arabic_ratio(text or "") >= 0.5 else "ltr"


def paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def http_url(value: str | None) -> str:
    """Only http(s) links are rendered as links (stored URLs come from crawls, but still)."""
    v = (value or "").strip()
    return v if v.lower().startswith(("http://", "https://")) else ""


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["article_path"] = lambda url: article_path(datasette, url or "")
    env.filters["marked"] = _marked
    env.filters["from_json"] = from_json
    env.filters["text_dir"] = text_dir
    env.filters["paragraphs"] = paragraphs
    env.filters["http_url"] = http_url


def article_path(datasette, canonical_url: str) -> str:
    return datasette.urls.row(NEWS, "articles", tilde_encode(canonical_url))


def _marked(snippet: str) -> Markup:
    """``[hit]`` -> ``<mark>hit</mark>`` on the escaped snippet."""
    out, rest = [], snippet
    while True:
        i = rest.find("[")
        j = rest.find("]", i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            out.append(escape(rest))
            break
        out.append(escape(rest[:i]))
        out.append(Markup("<mark>") + escape(rest[i + 1:j]) + Markup("</mark>"))
        rest = rest[j + 1:]
    return Markup("").join(out)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != NEWS or table not in (None, "articles"):
        return None
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "title" and table is None and "canonical_url" in keys and row["canonical_url"]:
        href = article_path(datasette, row["canonical_url"])
        return Markup('<a href="{}" dir="auto">{}</a>').format(href, value or "(no title)")
    if column == "snippet" and table is None and isinstance(value, str):
        return Markup('<span dir="auto">') + _marked(value) + Markup("</span>")
    return None


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """The article page's ``also_on``: the same story (cluster) on other sites."""
    if view_name != "row" or database != NEWS or table != "articles" or request is None:
        return None

    async def also_on():
        pks = urlsafe_components(request.url_vars.get("pks", ""))
        url = pks[0] if pks else ""
        db = datasette.get_database(NEWS)
        if not await db.table_exists("article_clusters"):
            return {"also_on": []}
        rows = await db.execute(
            "SELECT b.site, b.title, b.canonical_url FROM article_clusters c "
            "JOIN article_clusters o ON o.cluster_id = c.cluster_id "
            "JOIN articles b ON b.canonical_url = o.canonical_url "
            "WHERE c.canonical_url = :url AND o.canonical_url != :url ORDER BY b.site",
            {"url": url})
        return {"also_on": [dict(r) for r in rows]}

    return also_on


@hookimpl
def register_routes():
    return routes.ROUTES


@hookimpl
def skip_csrf(scope):
    """``/-/extract`` is an API for programs (no cookies, no state): no CSRF token."""
    return scope.get("path") == "/-/extract"
