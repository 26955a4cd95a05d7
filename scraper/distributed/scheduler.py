"""scrapy-redis's scheduler, with the requests a worker holds tracked in Redis.

scrapy-redis pops a request from the shared queue when a worker takes it; if that worker dies
(killed, machine lost), the requests it was downloading or parsing are gone. Here the pop
moves the request, atomically (one Lua script), into the worker's in-flight hash
``<spider>:inflight:<worker>``, and the worker keeps ``<spider>:alive:<worker>`` alive (a key
with a TTL, ``SCRAPER_REDIS_WORKER_TTL`` seconds, default 10, refreshed every third of it).
Any worker that finds an in-flight hash whose owner is no longer alive puts those requests
back in the queue, with their priority: one Lua script checks the owner's alive key, moves every
request and deletes the hash, so no request can slip in between (a worker whose heartbeat came
late, busy or starved of CPU, is taken for dead: its requests go back to the queue and are crawled
twice, never lost).

A request leaves the in-flight hash ("ack") when everything its response produced has been
handed over: every request it yielded is in the queue (or was filtered as a duplicate), and
every item went through the pipeline (pushed to Redis). Requests that are redirected or
retried leave it when their follow-up request is queued. What is left in a worker's hash when
its engine is idle is stale (requests dropped on the way) and is cleared. Delivery is at least
once: a page whose worker died after pushing its item but before the ack is crawled again,
and ``scraper ingest`` stores it once (articles are keyed by canonical URL).

A worker whose queue is empty stays open while another worker's in-flight hash holds requests
(a live worker's may yield more; a dead one's are put back at the next heartbeat), and closes
when every queue and every in-flight hash of its spider is empty.
"""
from __future__ import annotations

import logging
import warnings
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, ScrapyDeprecationWarning
from scrapy_redis.scheduler import Scheduler

from .runs import worker_id

logger = logging.getLogger(__name__)

INFLIGHT_META = "_redis_inflight"
PARENT_META = "_redis_parent"

# KEYS[1] dupefilter (set), KEYS[2] queue (zset); ARGV: fingerprint ('' = dont_filter), score, blob.
# Seen-marking and queueing in one step: a worker killed in between cannot leave a URL marked seen
# but never queued (scrapy-redis does SADD and ZADD as two calls).
_SEEN_AND_QUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# KEYS[1] queue (zset), KEYS[2] in-flight hash; returns {id, blob} or nil. The hash keeps
# "<score>\n<blob>", the score for the way back (_RECOVER).
_POP_TO_INFLIGHT = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local id = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], id, r[2] .. '\\n' .. r[1])
return {id, r[1]}
"""

# KEYS[1] in-flight hash of another worker, KEYS[2] that worker's alive key, KEYS[3] queue (zset);
# returns -1 (the worker is alive) or how many requests went back. One step: the check and the
# move cannot be split by the owner's next pop (it would land in a hash about to be deleted).
# (A value without a score prefix, written by a version before the score was kept, goes back
# at score 0: a serialized request never starts with digits and a newline.)
_RECOVER = """
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
local vals = redis.call('HVALS', KEYS[1])
for _, v in ipairs(vals) do
  local score, blob = string.match(v, '^(-?[%d.e+-]+)\\n(.*)$')
  if score == nil then score, blob = '0', v end
  redis.call('ZADD', KEYS[3], score, blob)
end
redis.call('DEL', KEYS[1])
return #vals
"""


class ReliableScheduler(Scheduler):
    """``scrapy_redis.scheduler.Scheduler`` + in-flight tracking and dead-worker recovery."""

    @classmethod
    def from_crawler(cls, crawler):
        inst = super().from_crawler(crawler)
        inst.crawler = crawler
        inst.ttl = max(1.0, crawler.settings.getfloat("SCRAPER_REDIS_WORKER_TTL", 10.0))
        return inst

    # -- lifecycle
    def open(self, spider):
        with warnings.catch_warnings():
            # scrapy-redis tells a resumed queue through Spider.log(), which Scrapy 2.19 deprecates
            # with a warning in every worker's log; the same line is logged here instead
            warnings.filterwarnings("ignore", r"Spider\.log\(\) is deprecated", ScrapyDeprecationWarning)
            super().open(spider)
        if len(self.queue):
            logger.info("Resuming crawl (%d requests scheduled)", len(self.queue))
        name = spider.name
        self.worker_id = worker_id(self.crawler)   # also the owner of its crawl_runs row (runs.py)
        self.inflight_key = f"{name}:inflight:{self.worker_id}"
        self.alive_key = f"{name}:alive:{self.worker_id}"
        self.inflight_prefix = f"{name}:inflight:"
        self.alive_prefix = f"{name}:alive:"
        self._pop = self.server.register_script(_POP_TO_INFLIGHT)
        self._enqueue = self.server.register_script(_SEEN_AND_QUEUE)
        self._recover = self.server.register_script(_RECOVER)
        self._open: dict[str, list] = {}        # in-flight id -> [outputs not handed over, done]
        self._item_parent: dict[int, str] = {}  # id(item) -> in-flight id of its response
        sig = self.crawler.signals
        for s in (signals.item_scraped, signals.item_dropped, signals.item_error):
            sig.connect(self._item_done, signal=s)
        sig.connect(self._spider_idle, signal=signals.spider_idle)
        self._beat()
        from twisted.internet import task

        self._loop = task.LoopingCall(self._beat)
        self._loop.start(self.ttl / 3.0, now=False)
        logger.info("Distributed worker %s on %s (queue %s)", self.worker_id,
                    self.server.connection_pool.connection_kwargs.get("host", "?"), self.queue.key)

    def close(self, reason):
        if getattr(self, "_loop", None) is not None and self._loop.running:
            self._loop.stop()
        if reason == "finished":
            self.server.delete(self.inflight_key)   # idle: nothing of ours is in flight
        # else (shutdown, killed by a signal): what we held goes back to the queue at once
        self.server.delete(self.alive_key)
        super().close(reason)

    # -- queue
    def next_request(self):
        got = self._pop(keys=[self.queue.key, self.inflight_key])
        if not got:
            return None
        ident, blob = got
        ident = ident.decode() if isinstance(ident, bytes) else ident
        request = self.queue._decode_request(blob)
        request.meta[INFLIGHT_META] = ident
        self._open[ident] = [0, False]
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def enqueue_request(self, request: Request) -> bool:
        parent = request.meta.pop(PARENT_META, None)
        previous = request.meta.pop(INFLIGHT_META, None)   # a redirect or retry of a held request
        try:
            fp = "" if request.dont_filter else self.df.request_fingerprint(request)
            added = self._enqueue(keys=[self.df.key, self.queue.key],
                                  args=[fp, -request.priority, self.queue._encode_request(request)])
            if not added:
                self.df.log(request, self.spider)
                return False
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/redis")
            return True
        finally:
            if previous:
                self.ack(previous)
            if parent:
                self._handed_over(parent)

    # -- acks
    def ack(self, ident: str) -> None:
        self._open.pop(ident, None)
        self.server.hdel(self.inflight_key, ident)

    def output(self, ident: str | None, obj: Any) -> None:
        """Something the response of *ident* produced is on its way (request or item)."""
        if not ident or ident not in self._open:
            return
        self._open[ident][0] += 1
        if isinstance(obj, Request):
            obj.meta[PARENT_META] = ident
        else:
            self._item_parent[id(obj)] = ident

    def response_done(self, ident: str | None) -> None:
        if not ident or ident not in self._open:
            return
        self._open[ident][1] = True
        if self._open[ident][0] <= 0:
            self.ack(ident)

    def _handed_over(self, ident: str) -> None:
        entry = self._open.get(ident)
        if entry is None:
            return
        entry[0] -= 1
        if entry[1] and entry[0] <= 0:
            self.ack(ident)

    def _item_done(self, item: Any = None, **kw: Any) -> None:
        ident = self._item_parent.pop(id(item), None)
        if ident:
            self._handed_over(ident)

    # -- liveness and recovery
    def _beat(self) -> None:
        try:
            self.server.set(self.alive_key, self.worker_id, px=int(self.ttl * 1000))
            self.recover_dead()
        except Exception as e:   # Redis briefly unreachable: try again at the next beat
            logger.warning("Redis heartbeat failed: %s", e)

    def _others(self):
        for key in self.server.scan_iter(match=self.inflight_prefix + "*", count=1000):
            key = key.decode() if isinstance(key, bytes) else key
            wid = key[len(self.inflight_prefix):]
            if wid.endswith(":recovering"):   # (the recovery guard of older versions: a string with a TTL)
                continue
            if wid != self.worker_id:
                yield key, wid

    def recover_dead(self) -> int:
        """Put the in-flight requests of dead workers back in the queue; how many."""
        n = 0
        for key, wid in self._others():
            moved = self._recover(keys=[key, self.alive_prefix + wid, self.queue.key])
            if moved > 0:
                n += moved
                logger.warning("Worker %s is gone: %d of its requests put back in the queue", wid, moved)
        if n and self.stats:
            self.stats.inc_value("distributed/requeued_from_dead_workers", n)
        return n

    def _spider_idle(self, spider: Any = None) -> None:
        # the engine is idle: whatever is still in our hash was dropped on the way (stale)
        self.server.delete(self.inflight_key)
        self._open.clear()
        self._item_parent.clear()
        self.recover_dead()
        if len(self.queue):
            raise DontCloseSpider("requests in the shared queue")
        # (any worker's: one that died since recover_dead() above is put back at the next beat;
        # closing then would leave its requests to no one)
        for key, wid in self._others():
            if self.server.hlen(key):
                raise DontCloseSpider(f"worker {wid} still holds requests")


class InflightAckMiddleware:
    """Spider middleware, outermost (order 1): tells the scheduler what each response produced
    and when its callback is done, so that the response's request can be acknowledged."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> InflightAckMiddleware:
        return cls(crawler)

    def _scheduler(self) -> ReliableScheduler | None:
        engine = getattr(self.crawler, "engine", None)
        slot = getattr(engine, "_slot", None)
        sched = getattr(slot, "scheduler", None)
        return sched if isinstance(sched, ReliableScheduler) else None

    async def process_spider_output_async(self, response, result, spider=None):
        sched = self._scheduler()
        ident = response.request.meta.get(INFLIGHT_META) if response.request is not None else None
        try:
            async for obj in result:
                if sched is not None:
                    sched.output(ident, obj)
                yield obj
        finally:
            if sched is not None:
                sched.response_done(ident)

    def process_spider_output(self, response, result, spider=None):
        sched = self._scheduler()
        ident = response.request.meta.get(INFLIGHT_META) if response.request is not None else None
        try:
            for obj in result:
                if sched is not None:
                    sched.output(ident, obj)
                yield obj
        finally:
            if sched is not None:
                sched.response_done(ident)
