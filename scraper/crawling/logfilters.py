"""Log hygiene for unattended runs: one line per failure, no tracebacks for expected network errors."""
from __future__ import annotations

import logging


_UNREACHABLE = ("DNSLookupError", "CannotResolveHostError", "ConnectionRefusedError",
                "TCPTimedOutError", "TimeoutError", "DownloadTimeoutError", "NoRouteError",
                "DownloadConnectionRefusedError", "ConnectError")


def _unreachable(exc: BaseException) -> bool:
    return any(k.__name__ in _UNREACHABLE for k in type(exc).__mro__)


class OneLineRobotsErrors(logging.Filter):
    """Scrapy's RobotsTxtMiddleware logs a failed robots.txt download at ERROR with a full
    traceback. A site that cannot be reached is reported (once, as an ERROR) by the spider's
    errback for its entry point; the robots.txt failure itself becomes one WARNING line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and str(record.msg).startswith("Error downloading"):
            # The site itself unreachable (DNS, refused, timeout): its entry points fail too and
            # say so as ERRORs; the robots.txt line would be a second line for one problem.
            exc = record.args.get("f_exception") if isinstance(record.args, dict) else None
            if exc is not None and _unreachable(exc):
                record.levelno, record.levelname = logging.INFO, "INFO"
            else:
                record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "robots.txt unavailable for %(request)s: %(f_exception)s"
            record.exc_info, record.exc_text = None, None
        return True


class SizeLimitsToDebug(logging.Filter):
    """Scrapy's own WARNING when a body passes ``download_maxsize`` (while downloading, or
    while decompressing) becomes DEBUG: the spider's errback says it once, as a limit hit with
    its stat (``limits/page_size``, ``limits/decompressed_size``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING:
            msg = str(record.msg)
            if "larger than download max size" in msg or "during decompression" in msg:
                record.levelno, record.levelname = logging.DEBUG, "DEBUG"
                return True
        return True


class StorageFailureEchoes(logging.Filter):
    """After a spider's storage failure (a full disk: its one ERROR line said it, stat
    ``storage/failure``), Scrapy's own attempts to save its job folder at close (the scheduler's
    queue state, ``SpiderState``) fail the same way and would each log an ERROR with a
    traceback: they become one INFO line each. Other errors are left as they are."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if record.levelno < logging.ERROR or not isinstance(exc, OSError):
            return True
        crawler = getattr(getattr(record, "spider", None), "crawler", None)
        stats = getattr(crawler, "stats", None)
        if stats is None or not stats.get_value("storage/failure"):
            return True
        record.levelno, record.levelname = logging.INFO, "INFO"
        record.msg = f"{record.getMessage()} ({exc.strerror or exc}; after the storage failure)"
        record.args = None
        record.exc_info, record.exc_text = None, None
        return True


_FILTERS = {
    "scrapy.downloadermiddlewares.robotstxt": OneLineRobotsErrors,
    "scrapy.core.downloader.handlers.http11": SizeLimitsToDebug,
    "scrapy.core.downloader.handlers.http2": SizeLimitsToDebug,
    "scrapy.core.http2.stream": SizeLimitsToDebug,
    "scrapy.downloadermiddlewares.httpcompression": SizeLimitsToDebug,
    "scrapy.core.engine": StorageFailureEchoes,
    "scrapy.utils.signal": StorageFailureEchoes,
}


class QuietLogsExtension:
    """Scrapy extension (see EXTENSIONS in scraper/settings.py) that installs the filters."""

    def __init__(self) -> None:
        for name, cls in _FILTERS.items():
            logger = logging.getLogger(name)
            if not any(isinstance(f, cls) for f in logger.filters):
                logger.addFilter(cls())

    @classmethod
    def from_crawler(cls, crawler):
        return cls()


# --------------------------------------------------------------------------- `scraper crawl` logs

QUIET_LEVEL = "WARNING"


def cron_log_settings(settings, *, verbose: bool, overrides: dict[str, str],
                      log_file: str | None = None) -> None:
    """Logging for ``scraper crawl`` (cron): WARNING and up, so that a run prints one line per
    problem and its summary table, not Scrapy's start-up banners, settings and stats dumps per
    spider. ``--verbose`` or ``-s LOG_LEVEL=…`` keeps Scrapy's usual output. With *log_file*
    the log goes to a size-rotated file (``LOG_FILE_MAX_BYTES``, ``LOG_FILE_BACKUPS``) instead
    of stderr; call :func:`install_log_file` once the settings are final."""
    if not verbose and "LOG_LEVEL" not in overrides:
        settings.set("LOG_LEVEL", QUIET_LEVEL, priority="cmdline")
        settings.set("STATS_DUMP", False, priority="cmdline")
    if log_file:
        # Scrapy's own handler would be a plain FileHandler growing forever: ours rotates.
        settings.set("LOG_FILE", log_file, priority="cmdline")
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")


def install_log_file(settings) -> logging.Handler:
    """A RotatingFileHandler on the root logger, formatted and filtered like Scrapy's own
    root handler (``LOG_FORMAT``, ``LOG_DATEFORMAT``, ``LOG_LEVEL``, ``LOG_SHORT_NAMES``)."""
    from logging.handlers import RotatingFileHandler

    from scrapy.utils.log import TopLevelFormatter

    path = settings.get("LOG_FILE")
    handler = RotatingFileHandler(
        path, maxBytes=settings.getint("LOG_FILE_MAX_BYTES", 10 * 1024 * 1024),
        backupCount=settings.getint("LOG_FILE_BACKUPS", 5),
        encoding=settings.get("LOG_ENCODING") or "utf-8")
    handler.setFormatter(logging.Formatter(fmt=settings.get("LOG_FORMAT"),
                                           datefmt=settings.get("LOG_DATEFORMAT")))
    handler.setLevel(settings.get("LOG_LEVEL"))
    if settings.getbool("LOG_SHORT_NAMES"):
        handler.addFilter(TopLevelFormatter(["scrapy"]))
    logging.root.setLevel(logging.NOTSET)
    logging.root.addHandler(handler)
    return handler
