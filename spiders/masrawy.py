"""Masrawy (مصراوي), https://www.masrawy.com: section RSS feeds; stories at
/news/<section>/details/<y>/<m>/<d>/<id>/<slug>.

Sources (../shared/reference/site-evidence.md, "masrawy"): feeds are /rss/feed/<sectionId>/<name>:
/rss/feed/25/أخبار (news; CFW), /206/إقتصاد and /847/… asserted in an implemented collector's
tests. The old /rss/rss is only in hand lists and is dropped. CFW: the feed "works from public
networks but … contains 0 items" from datacenters, hence the gentle settings. URLs
/news/news_egypt/details/2026/8/31/3041377/, /news/news_economy/details/2026/5/13/2987317/<slug>
match. A lead not used: web-share (2022) read the body from `.ArticleDetails.details`."""
from __future__ import annotations

from .sitespider import SiteSpider


class MasrawySpider(SiteSpider):
    name = "masrawy"
    allowed_domains = ["masrawy.com"]
    # /rss/feed/25/أخبار and /rss/feed/206/إقتصاد, percent-encoded
    feeds = ["https://www.masrawy.com/rss/feed/25/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
             "https://www.masrawy.com/rss/feed/206/%D8%A5%D9%82%D8%AA%D8%B5%D8%A7%D8%AF"]
    article_url_pattern = r"masrawy\.com/[^?#]*/details/\d{4}/\d{1,2}/\d{1,2}/\d+"
    deny_url_patterns = [r"masrawy\.com/(?:videos?|photos?|galleries|infographics?)/"]
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3.0}
    unverified = ("deny_url_patterns",)
