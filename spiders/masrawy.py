"""Masrawy (مصراوي), https://www.masrawy.com: RSS feed; stories at
/news/<section>/details/<y>/<m>/<d>/<id>/<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class MasrawySpider(SiteSpider):
    name = "masrawy"
    allowed_domains = ["masrawy.com"]
    feeds = ["https://www.masrawy.com/rss/rss"]                    # [u]
    article_url_pattern = r"masrawy\.com/[^?#]*/details/\d{4}/\d{1,2}/\d{1,2}/\d+"
    deny_url_patterns = [r"masrawy\.com/(?:videos?|photos?|galleries|infographics?)/"]
    # Reported: feed requests from datacenter IPs come back empty (Cloudflare) [u].
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3.0}
