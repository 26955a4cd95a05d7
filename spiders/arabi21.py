"""Arabi21 (عربي21), https://arabi21.com: RSS discovery, story pages /story/<id>/…"""
from __future__ import annotations

from .sitespider import SiteSpider


class Arabi21Spider(SiteSpider):
    name = "arabi21"
    allowed_domains = ["arabi21.com"]
    # Both feeds are referenced in public code (peers-and-sites.md, §4); they carry
    # summaries only, so every story page is fetched.
    feeds = ["https://arabi21.com/feed", "https://arabi21.com/rss"]
    article_url_pattern = r"/story/\d+"
