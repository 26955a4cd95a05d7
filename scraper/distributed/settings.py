"""The Scrapy settings a distributed worker runs with, over the project's own."""
from __future__ import annotations

ITEMS_KEY = "scraper:items"


def worker_settings(redis_url: str) -> dict:
    return {
        # scrapy-redis: one request queue and one duplicate filter per spider, in Redis
        "SCHEDULER": "scraper.distributed.scheduler.ReliableScheduler",
        "DUPEFILTER_CLASS": "scraper.distributed.dupefilter.RedisDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        # the queue and the seen fingerprints outlive a worker: the others go on with them, and
        # the next run skips what was already crawled (reset: redis-cli DEL <spider>:dupefilter)
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        # items go to one Redis list, written into SQLite by `scraper ingest`, with the start and
        # end of each spider run (crawl_runs rows: runs.py)
        "ITEM_PIPELINES": {"scraper.distributed.runs.RunPipeline": 300},
        "REDIS_ITEMS_KEY": ITEMS_KEY,
        "SPIDER_MIDDLEWARES": {"scraper.distributed.scheduler.InflightAckMiddleware": 1},
        # the workers never open the database (no incremental read of stored URLs either: the
        # shared duplicate filter does that job across runs)
        "SQLITE_PATH": "",
    }
