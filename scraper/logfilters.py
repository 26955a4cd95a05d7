"""Log hygiene for unattended runs: one line per failure, no tracebacks for expected network errors."""
from __future__ import annotations

import logging


class OneLineRobotsErrors(logging.Filter):
    """Scrapy's RobotsTxtMiddleware logs a failed robots.txt download at ERROR with a full
    traceback. A site that cannot be reached is reported (once, as an ERROR) by the spider's
    errback for its entry point; the robots.txt failure itself becomes one WARNING line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and str(record.msg).startswith("Error downloading"):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "robots.txt unavailable for %(request)s: %(f_exception)s"
            record.exc_info, record.exc_text = None, None
        return True


class QuietLogsExtension:
    """Scrapy extension (see EXTENSIONS in scraper/settings.py) that installs the filters."""

    def __init__(self) -> None:
        logger = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
        if not any(isinstance(f, OneLineRobotsErrors) for f in logger.filters):
            logger.addFilter(OneLineRobotsErrors())

    @classmethod
    def from_crawler(cls, crawler):
        return cls()
