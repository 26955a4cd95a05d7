"""The reading side: the archive served by Datasette (``scraper serve``).

A thin adapter, like the spiders: Datasette does the serving, browsing, JSON and SQL; this
package only gives it the project's parts.

``app.py``            builds the Datasette instance (database ``news``, read-only) and runs it.
``metadata.yml``      titles, table defaults (newest first), hidden index tables, and the canned
                      queries ``search`` and ``sites``.
``plugins/news.py``   the plugin folder: SQL functions (``fold_search``, ``fts_query``,
                      ``news_snippet``) registered through ``prepare_connection``, template
                      filters, cell rendering, and the routes ``POST /-/extract`` and
                      ``/-/health.json``.
``extract.py``        bytes + URL -> the core's article as JSON (what ``scraper extract --json``
                      prints), with size and fetch-time limits.
``health.py``         per-site health from ``crawl_runs`` and ``articles``.
``templates/``        the article page (``row-news-articles.html``).
``static/``           the stylesheet (right-to-left article bodies).
"""
