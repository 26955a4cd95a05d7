"""Benchmarks outside the test suite: the crawl path's throughput and memory, and a noise probe.

``python -m scraper.benchmarks.crawl``   2,000 corpus pages on loopback: bare Scrapy, this
                                         project, Scrapy + trafilatura, side by side
``python -m scraper.benchmarks.jobs``    several loopback sites: ``scraper crawl --all --jobs 1``
                                         against ``--jobs 2``
``python -m scraper.benchmarks.memory``  a 20,000-page loopback crawl (peak RSS, RSS over time)
                                         and SQLite write speed with the FTS index
``python -m scraper.benchmarks.store``   ``Store.upsert_many`` articles/s on the corpus gold
                                         bodies: plain rows, + FTS, + clustering, beside a
                                         bare FTS5 insert and sqlite-utils
``python -m scraper.benchmarks.noise_probe``
                                         written Arabic story pages with the furniture of
                                         today's sites: what each extractor leaks, side by side
                                         (``scraper.bench`` measures quality on real pages)

The crawl benchmarks' pages are the real corpus (``../shared/corpus/pages``), read at run time and served by
nginx (``scraper.benchmarks.site``); nothing of the corpus is copied into the repository.
"""
