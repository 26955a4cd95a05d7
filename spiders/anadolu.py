"""Anadolu Agency Arabic (وكالة الأناضول), https://www.aa.com.tr/ar: RSS feed;
stories at /ar/<section>/<slug>/<id>."""
from __future__ import annotations

from .sitespider import SiteSpider


class AnadoluSpider(SiteSpider):
    name = "anadolu"
    allowed_domains = ["aa.com.tr"]
    path_prefixes = ("/ar/",)
    feeds = ["https://www.aa.com.tr/ar/rss/default?cat=guncel"]    # [u]
    article_url_pattern = r"aa\.com\.tr/ar/[^/?#]+/[^/?#]+/\d{5,}"
    deny_url_patterns = [r"aa\.com\.tr/ar/(?:video|videos|photo|foto|info|infografik|p)/",
                         r"aa\.com\.tr/ar/[^?#]*(?:فيديو|صور)/"]
    # fundus AnadoluAjansiParser V1 body `div.detay-icerik` (Turkish pages, same templates).
    body_selectors = ("div.detay-icerik",)
