"""SQLite storage of the archive (no Scrapy).

``schema``   DDL, versions (``PRAGMA user_version``) and migrations; ``check_database(path)``
             tells whether a file is ours without writing to it (``DatabaseRefused``).
``store``    ``Store``: the writer used by the crawl (articles, aliases, search index, crawl
             runs); ``StorageFailure`` for failed writes.
``readers``  read-only opening for ``stats``, ``search`` and ``serve``.
``search``   folded search form, safe FTS5 queries, snippets.
"""
from .readers import NoDatabase, connect_readonly, readonly_params
from .schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseRefused,
    Migration,
    check_database,
    migrate,
)
from .search import FTS_TOKENIZER, fts_query, make_snippet, search_form, search_tokens
from .store import (
    ARTICLE_COLUMNS,
    RUN_COLUMNS,
    StorageFailure,
    Store,
    content_hash,
    describe_error,
    ensure_folder,
    run_errors,
    storage_hint,
    to_utc_iso,
    utcnow,
)

__all__ = [
    "ARTICLE_COLUMNS", "FTS_TOKENIZER", "MIGRATIONS", "RUN_COLUMNS", "SCHEMA_VERSION",
    "DatabaseRefused", "Migration", "NoDatabase", "StorageFailure", "Store",
    "check_database", "connect_readonly", "content_hash", "describe_error", "ensure_folder",
    "fts_query", "make_snippet", "migrate", "readonly_params", "run_errors", "search_form",
    "search_tokens", "storage_hint", "to_utc_iso", "utcnow",
]
