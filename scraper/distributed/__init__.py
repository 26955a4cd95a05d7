"""Many machines on scrapy-redis and a real Redis: a shared request queue and duplicate filter,
workers on any number of machines, items pushed to Redis and written into SQLite by one
``scraper ingest`` process (SQLite keeps one writer; the workers never open the file).

``scheduler.py``  the Scrapy side: scrapy-redis's scheduler with in-flight tracking, so that
                  the requests of a worker that dies are put back in the queue for the others
``ingest.py``     Redis → SQLite (no Scrapy): batches of items into ``scraper.storage.Store``
``settings.py``   the settings a worker runs with (``scraper worker``)

Roles (one command each, see the README's "Many machines" section)::

    redis-server --bind 0.0.0.0 --protected-mode no        # the Redis machine
    scraper worker --all --redis redis://HOST:6379/0       # every crawling machine
    scraper ingest --redis redis://HOST:6379/0 --db data/news.db   # the machine with the file
"""
