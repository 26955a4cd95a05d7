"""Arabi21 (عربي21), https://arabi21.com: RSS discovery, story pages /story/<id>/…

Sources (../shared/reference/site-evidence.md, "arabi21"): `/feed` is read by a PHP aggregator
(its <enclosure>s) and many lists; `/rss` is in lists only. Both carry summaries only
(capyreader#1167), so every story page is fetched. URLs /story/1748077/<slug> (Mar 2026) match."""
from __future__ import annotations

from .sitespider import SiteSpider


class Arabi21Spider(SiteSpider):
    name = "arabi21"
    allowed_domains = ["arabi21.com"]
    feeds = ["https://arabi21.com/feed", "https://arabi21.com/rss"]
    article_url_pattern = r"/story/\d+"
    unverified = ("https://arabi21.com/rss",)
