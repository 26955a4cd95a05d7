"""Alhurra (الحرة), https://www.alhurra.com: RSS feed; stories at
/<section>/<yyyy>/<mm>/<dd>/<slug> (older: /a/<slug>/<id>.html)."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlhurraSpider(SiteSpider):
    name = "alhurra"
    allowed_domains = ["alhurra.com"]
    feeds = ["https://www.alhurra.com/rss"]                        # [u]
    article_url_pattern = (r"alhurra\.com/(?:[^?#]+/\d{4}/\d{2}/\d{2}/[^/?#]+"
                           r"|a/[^?#]+/\d+\.html)")
    deny_url_patterns = [r"alhurra\.com/(?:video|videos|programs|shows|live)/"]
    # The body carries inline read-also pairs: <p dir="RTL">اقرأ أيضا:</p><p><a class="underline"
    # href="https://www.alhurra.com/a/...">…</a></p> (captured article HTML [u]); the core's
    # read-also rules drop them (marker line + the link lines after it).
