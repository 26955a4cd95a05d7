"""Al Arabiya (العربية), https://www.alarabiya.net: media RSS and the sitemap;
stories at /<section>/<yyyy>/<mm>/<dd>/<slug>. Behind Cloudflare: slow and gentle."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlarabiyaSpider(SiteSpider):
    name = "alarabiya"
    allowed_domains = ["alarabiya.net"]
    # `.mrss/ar.xml` and `/sitemap.xml` are seen only in unattributed public code [u].
    feeds = ["https://www.alarabiya.net/.mrss/ar.xml"]
    sitemaps = ["https://www.alarabiya.net/sitemap.xml"]
    article_url_pattern = r"alarabiya\.net/[^?#]*/\d{4}/\d{2}/\d{2}/[^/?#]+"
    deny_url_patterns = [r"alarabiya\.net/(?:[^/?#]+/)?(?:videos?|programs|gallery|infographics?)/"]
    # Public code reads paragraphs `p.body-1.paragraph` (not a container): generic container
    # detection is used. Cloudflare blocks reported (newspaper4k#502, an unattributed scraper
    # gets 403): one request at a time, a long delay.
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5.0,
                       "AUTOTHROTTLE_START_DELAY": 5.0}
