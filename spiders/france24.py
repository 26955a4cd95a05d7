"""France 24 Arabic (فرانس 24), https://www.france24.com/ar: RSS feed and sitemap;
stories at /ar/<section>/<yyyymmdd>-<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class France24Spider(SiteSpider):
    name = "france24"
    allowed_domains = ["france24.com"]
    path_prefixes = ("/ar/",)
    feeds = ["https://www.france24.com/ar/rss"]                    # [u]
    sitemaps = ["https://www.france24.com/ar/sitemap.xml"]         # [u]
    article_url_pattern = r"france24\.com/ar/[^?#]+/\d{8}-[^/?#]+"
    # video and programme pages (section names are Arabic; checked on the decoded URL too)
    deny_url_patterns = [r"france24\.com/ar/(?:فيديو|برامج|video|tv-shows|live)/"]
