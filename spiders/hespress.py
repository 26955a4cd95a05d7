"""Hespress (هسبريس), https://www.hespress.com: RSS feed; stories at /<slug>-<id>.html."""
from __future__ import annotations

from .sitespider import SiteSpider


class HespressSpider(SiteSpider):
    name = "hespress"
    allowed_domains = ["hespress.com"]
    # The Arabic site only (fr./en. are other editions): www.hespress.com/feed, many configs [u].
    feeds = ["https://www.hespress.com/feed"]
    # unverified: not seen in public code (WordPress-style story URLs ending in an id).
    article_url_pattern = r"//(?:www\.)?hespress\.com/[^/?#]+-\d{4,}\.html"
