"""``Retry-After`` (RFC 9110, 10.2.3): delay-seconds or an HTTP-date -> seconds to wait,
bounded. No Scrapy here; ``scraper.backoff`` is the downloader middleware that uses it."""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


def retry_after_seconds(value: str | bytes | None, *, limit: float,
                        now: datetime | None = None) -> float | None:
    """Seconds to wait before retrying, at most *limit*; ``None`` when the header is missing or
    unreadable; ``0`` for a date in the past."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        seconds = float(int(value))
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
    return max(0.0, min(float(limit), seconds))
