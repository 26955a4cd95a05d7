"""Al Jazeera (الجزيرة نت), https://www.aljazeera.net: one sitemap per day plus the RSS feed;
stories at /<section>/<yyyy>/<m>/<d>/<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class AljazeeraSpider(SiteSpider):
    name = "aljazeera"
    allowed_domains = ["aljazeera.net"]
    # Daily sitemaps "sitemap.xml?yyyy=Y&mm=M&dd=D" (several independent scrapers, month and
    # day not padded); the feed is RSSHub's `rssUrl: 'rss'` (peers-and-sites.md, §4).
    dated_sitemaps = ["https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}"]
    feeds = ["https://www.aljazeera.net/rss"]
    article_url_pattern = r"aljazeera\.net/[^?#]*/\d{4}/\d{1,2}/\d{1,2}/[^/?#]+"
    deny_url_patterns = [r"aljazeera\.net/(?:video|programs|gallery|podcasts?|liveblog)/",
                         r"/liveblog/"]
    # RSSHub reads the body from `.wysiwyg` and removes `.more-on` ("اقرأ أيضا" boxes).
    body_selectors = (".wysiwyg",)
    noise_selectors = (".more-on",)
