"""Scrapy settings for the Arabic news scraper.

Every value can be overridden on the command line (``scrapy crawl x -s NAME=value``) or per
spider (``custom_settings``). Defaults are polite: robots.txt obeyed, one request a second
per site, two at a time at most, AutoThrottle on.
"""
from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "arabic_news_scraper"

SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
# one site module that cannot be imported leaves out its own spiders, not every site's
# (scraper/crawling/spiderloader.py)
SPIDER_LOADER_CLASS = "scraper.crawling.spiderloader.SafeSpiderLoader"

# --- politeness --------------------------------------------------------------------
USER_AGENT = "arabic-news-scraper/0.1 (Scrapy; news archiving crawler; obeys robots.txt)"
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Items (and requests) from one callback processed concurrently (Scrapy's default: 100). Our
# pipeline is synchronous, so more buys nothing, while Scrapy >= 2.14 starts that many asyncio
# tasks per response: 100 cost ~10% of a crawl's CPU (cProfile, scraper.benchmarks.crawl).
CONCURRENT_ITEMS = 4
# Scrapy's duplicate filter with its request fingerprints in a temporary SQLite file instead of a
# Python set (scraper/dupefilter.py): flat memory on multi-million-URL backfills. Scrapy's default:
# "scrapy.dupefilters.RFPDupeFilter".
DUPEFILTER_CLASS = "scraper.dupefilter.DiskDupeFilter"
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# --- robustness ------------------------------------------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 2
# The spider's errback logs every request that finally failed (one line, URL + reason),
# so Scrapy's own "Gave up retrying" line would be a duplicate.
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"
# Politeness under pressure (scraper.crawling.backoff.RetryAfterMiddleware, in place of Scrapy's
# RetryMiddleware): a 429/503 with Retry-After (seconds or HTTP-date) is retried after it, at
# most RETRY_AFTER_MAX seconds (default 60); after BACKOFF_AFTER (3) 429/503 answers in a row
# from a site, its delay between requests doubles (BACKOFF_MIN_DELAY 2 s at least, at most
# BACKOFF_MAX_DELAY 60 s), with one WARNING line.
RETRY_AFTER_MAX = 60
BACKOFF_AFTER = 3
BACKOFF_MIN_DELAY = 2.0
BACKOFF_MAX_DELAY = 60.0
DOWNLOAD_TIMEOUT = 30

# --- limits: bounded work per run ---------------------------------------------------------
# Each hit is one WARNING line and a stat limits/<name> (in the run's stats and crawl_runs).
# Run-time limit per spider (s), default 2 h: the spider closes with reason
# "closespider_timeout" (the run is not clean, exit 1) and the lock is released. limits/run_time
CLOSESPIDER_TIMEOUT = 2 * 3600
# Any response (sitemaps: at most 50 MB uncompressed by the sitemaps.org protocol), also the
# size after Content-Encoding decompression (Scrapy's HttpCompressionMiddleware).
# limits/page_size, limits/decompressed_size
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 32 * 1024 * 1024
# Article pages (per request, meta download_maxsize): real ones are well under 1 MiB.
# limits/page_size, limits/decompressed_size
ARTICLE_MAXSIZE = 4 * 1024 * 1024
# Content of a .gz sitemap/feed served as a file (decompressed by us, streamed).
# limits/decompressed_size
GUNZIP_MAXSIZE = 50 * 1024 * 1024
# Sitemap indexes below sitemap indexes followed (robots.txt -> index -> index -> index ->
# sitemap is depth 3); deeper ones, and an index seen before in the run, are not. limits/sitemap_depth
SITEMAP_MAX_DEPTH = 3
# Entries read per sitemap, feed or JSON listing (the rest ignored). limits/sitemap_urls
SITEMAP_MAX_URLS = 5000
# Article links followed per listing (section/home) page. limits/listing_links
LISTING_MAX_LINKS = 200
# Section pages read from a start page (its links to /section/-like addresses: scraper.listing), and
# pages of one listing read in turn by its "next" link (1: the page itself only).
LISTING_MAX_SECTIONS = 12
LISTING_MAX_PAGES = 2
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = True
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "ar,en;q=0.5",
}

# --- memory: bytes in flight ------------------------------------------------------------
# Page bytes a crawl holds at once (README "Flat memory"): at most CONCURRENT_REQUESTS responses
# downloading, each at most ARTICLE_MAXSIZE (the corpus's largest real page: 2.8 MB), plus the
# responses waiting for or in the spider callbacks: Scrapy starts no new download while those
# pass SCRAPER_SLOT_MAX_ACTIVE_SIZE bytes (Scrapy's default 5,000,000, a soft bound: downloads
# already started still land). 16 x 4 MiB + 5 MB: about 70 MiB at worst; 3 MB in the callbacks on average (a
# 3,000-page loopback crawl, politeness off).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 5_000_000
# glibc malloc serves every block of at least this many bytes (page bodies, their decoded text)
# with its own mmap, unmapped when freed (scraper.crawling.memory.MallocTuning; what
# MALLOC_MMAP_THRESHOLD_ in the environment does). glibc's default raises its threshold to the
# largest block freed so far, so multi-MB pages then grow the heap for good. 0: glibc's default.
# Default 256 KiB. Stats memory/mmap_threshold, memory/malloc_tuning.
MALLOC_MMAP_THRESHOLD = 256 * 1024
# glibc's fastbins off (mallopt(M_MXFAST, 0), scraper.crawling.memory): each page's parse tree,
# tens of thousands of small blocks, was merged all at once at the next large malloc (1-2 ms spikes
# wherever that fell); now each block as it is freed. The reactor thread's CPU per page -4%
# (median of 15 interleaved pairs, scraper.benchmarks.crawl). True: glibc's default. Stat
# memory/fastbins.
MALLOC_FASTBINS = False
# Pending requests on disk (scraper.crawling.jobdir): each spider of `scraper crawl` runs with
# Scrapy's JOBDIR = JOBDIR_ROOT/<spider>: its scheduler queues and request fingerprints in files,
# not in memory (~2.7 KB of RAM per pending URL otherwise: an archive backfill of millions of
# sitemap URLs), removed when the spider finished, kept (and resumed by the next run) when it was
# stopped, discarded by the next run when its process died. Default "auto": <SQLITE_PATH>.jobs,
# beside the database (under its crawl lock). A path: there (`scraper crawl --jobdir DIR`).
# "": Scrapy's in-memory queues (`scraper crawl --no-jobdir`). `scrapy crawl` ignores it (Scrapy's
# own -s JOBDIR=DIR is the same for one spider).
JOBDIR_ROOT = "auto"
# Scrapy's disk queue for JOBDIR (default "scrapy.squeues.PickleLifoDiskQueue"), naming each
# request's callbacks without listing the spider's members (scraper/crawling/diskqueue.py): the
# same files, ~1% of a crawl's CPU less.
SCHEDULER_DISK_QUEUE = "scraper.crawling.diskqueue.PickleLifoDiskQueue"

# Python's cyclic garbage collector at engine start (scraper.crawling.gctuning.GCTuning): every
# object alive then (Scrapy, Twisted, lxml, our rules) frozen out of its passes (GC_FREEZE, default
# True), and a young pass every GC_THRESHOLD net allocations (default 10,000; Python's 700; 0
# keeps Python's). Full passes over the start-up objects were ~7% of a crawl's CPU. Stats gc/frozen,
# gc/threshold.
GC_FREEZE = True
GC_THRESHOLD = 10_000

# Scrapy's own HTTP/1.1 handler with the race of its close timer fixed (a busy reactor at engine
# stop made Twisted log CRITICAL AlreadyCalledError and the process's spiders "not clean").
DOWNLOAD_HANDLERS = {
    "http": "scraper.crawling.http11.HTTP11DownloadHandler",
    "https": "scraper.crawling.http11.HTTP11DownloadHandler",
}

# --- consent walls -------------------------------------------------------------------
# ConsentRedirectMiddleware sits just before RedirectMiddleware (600) so it sees a 3xx whose
# Location is a consent host before it is followed; ConsentWallMiddleware sits after
# HttpCompressionMiddleware (590) so it sees the final, decompressed response.
EXTENSIONS = {
    "scraper.crawling.logfilters.QuietLogsExtension": 0,   # robots.txt failures: one line, no traceback
    # CLOSESPIDER_TIMEOUT & co. with one WARNING line and a limits/run_time stat
    "scrapy.extensions.closespider.CloseSpider": None,
    "scraper.crawling.runlimit.CloseSpiderLogged": 0,
    "scraper.crawling.blockguard.BlockReport": 0,          # one WARNING per blocked site and run, with a hint
    "scraper.crawling.memory.MallocTuning": 0,             # MALLOC_MMAP_THRESHOLD (see above)
    "scraper.crawling.gctuning.GCTuning": 0,               # GC_FREEZE, GC_THRESHOLD (see below)
    # Scrapy's remote-control server (off below) imported only when switched on: its module pulls
    # in aiohttp, 0.28 s of CPU per process for nothing (scraper/crawling/remotecontrol.py)
    "scraper.crawling.remotecontrol.RemoteControlWhenEnabled": 0,
}
# Scrapy's own extensions without its RemoteControl (in its place: the entry above). Scrapy imports
# every class named in EXTENSIONS_BASE and EXTENSIONS, even one set to None, so it leaves this list.
EXTENSIONS_BASE = {k: v for k, v in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if k != "scrapy.extensions.remote_control.RemoteControl"}

DOWNLOADER_MIDDLEWARES = {
    # Retry-After and per-site backoff (see RETRY_AFTER_MAX above)
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.crawling.backoff.RetryAfterMiddleware": 550,
    "scraper.crawling.consent.ConsentRedirectMiddleware": 610,
    "scraper.crawling.consent.ConsentWallMiddleware": 585,
    # Scrapy's MetaRefreshMiddleware (same place, same METAREFRESH_* settings) reading the refresh
    # from the first 16 KB of the body, where Scrapy's 4,096-character window always lies,
    # instead of decoding the whole body to text on every response (scraper/crawling/metarefresh.py)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "scraper.crawling.metarefresh.HeadMetaRefreshMiddleware": 580,
    # 403/429/503 and challenge answers: counted as blocked/<kind>, dropped (after retries)
    "scraper.crawling.blockguard.BlockedMiddleware": 540,
    # the whole-page text a component decoded and cached on a response (Scrapy's own
    # MetaRefreshMiddleware did, on every response) dropped before the response waits for the
    # spider (which reads the bytes): half the RSS spikes of large pages
    # (scraper/crawling/memory.py). Stat memory/decoded_text_released
    "scraper.crawling.memory.DecodedTextRelease": 30,
    # per-site proxies (SITE_PROXIES / spider attribute `proxy`), before HttpProxyMiddleware (750)
    "scraper.crawling.proxies.SiteProxyMiddleware": 740,
}

# --- proxies -----------------------------------------------------------------------------
# All sites: the standard http_proxy / https_proxy / no_proxy environment variables (Scrapy's
# HttpProxyMiddleware). One site: SITE_PROXIES = {"<spider>": "http://user:pass@host:port"}
# (default {}: none), or a `proxy` attribute on the spider (-a proxy=URL).
SITE_PROXIES: dict[str, str] = {}

# --- site health -------------------------------------------------------------------------
# A site is dark when its last DARK_AFTER_RUNS finished runs stored nothing new (default 3):
# `scraper stats` flags it, `scraper crawl` exits with code 6 when a site it ran is dark.
DARK_AFTER_RUNS = 3

# --- output ----------------------------------------------------------------------------
SQLITE_PATH = "data/news.db"
# Each SQLite pipeline marks runs left "running" by a dead process as "interrupted" (default True).
# `scraper crawl --jobs N` sets it False for its workers and marks them once in the parent.
SQLITE_MARK_INTERRUPTED = True
# `scraper crawl --jobs N`: the spiders wait in one queue (largest last run first) and each worker
# takes the next when one of its spiders finishes, and also when, at two looks a second apart, it
# used less than JOBS_TAKE_BELOW_CPU of the time it could run (default 0.75; waiting for a core on
# a loaded machine does not count) while each of its spiders still has requests waiting: a polite
# crawl takes them all within seconds; a worker busy on its core leaves them to a worker that frees
# up. 0: only when one finishes.
JOBS_TAKE_BELOW_CPU = 0.75
# The SQLite pipeline writes its batches (SQLITE_BATCH_SIZE items, default 50) on one writer thread
# (default True): SQLite's FTS indexing and commit and numpy's MinHash release the GIL, so part of
# a write overlaps the next pages' extraction on a second core, and a write waiting for the
# database (another process's transaction) does not stop the downloads. One batch at a time;
# flushed before the spider closes. False: written in the reactor thread.
SQLITE_WRITER_THREAD = True
ITEM_PIPELINES = {
    "pipelines.sqlite.SQLitePipeline": 300,
}
FEED_EXPORT_ENCODING = "utf-8"

# --- no listener, no secret ------------------------------------------------------------
# Scrapy starts a telnet console (a Python shell, its password logged at INFO) and, since
# 2.14, a "remote control" HTTP server that runs posted Python code, with an access token in a
# job file under the user's state folder (an ERROR when that folder is not writable). An
# unattended crawler needs neither: both off. Opt in for one debugging run with
# -s TELNETCONSOLE_ENABLED=1 or -s REMOTE_CONTROL_ENABLED=1 (see the README).
TELNETCONSOLE_ENABLED = False     # Scrapy's default: True
REMOTE_CONTROL_ENABLED = False    # Scrapy's default: True

# --- logs ---------------------------------------------------------------------------------
# `scrapy crawl` logs at INFO as usual. `scraper crawl` (cron) logs at WARNING: one line per
# problem and its summary table; --verbose or -s LOG_LEVEL=INFO restores the rest.
LOG_LEVEL = "INFO"
# `scraper crawl --log-file PATH`: the file is rotated at LOG_FILE_MAX_BYTES (default 10 MiB),
# keeping LOG_FILE_BACKUPS old files (default 5: PATH.1 … PATH.5).
LOG_FILE_MAX_BYTES = 10 * 1024 * 1024
LOG_FILE_BACKUPS = 5
