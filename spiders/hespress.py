"""Hespress (هسبريس), https://www.hespress.com: RSS feed; stories at /<slug>-<id>.html.

Sources (../shared/reference/site-evidence.md, "hespress"): a WordPress site
(/wp-content/themes/hespress/) whose `/feed` is used directly by CFW (2025-26); category feeds
/sport/feed/, /economie/feed exist too. Story URLs /<slug>-1027143.html, /<slug>-1283197.html,
/<slug>-843790.html match. The Arabic site only (fr./en. are other editions)."""
from __future__ import annotations

from .sitespider import SiteSpider


class HespressSpider(SiteSpider):
    name = "hespress"
    allowed_domains = ["hespress.com"]
    feeds = ["https://www.hespress.com/feed"]
    article_url_pattern = r"//(?:www\.)?hespress\.com/[^/?#]+-\d{4,}\.html"
