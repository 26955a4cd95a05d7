"""The Scrapy adapters of the core: the item, downloader middlewares (consent walls, blocked
answers, Retry-After and back-off, per-site proxies), extensions (quiet logs, the logged run-time
limit) and the ``scraper check`` crawl. Settings stay in ``scraper/settings.py``, spiders in
``spiders/``, the SQLite pipeline in ``pipelines/`` (Scrapy's own layout)."""
