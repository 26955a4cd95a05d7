"""Sky News Arabia (سكاي نيوز عربية), https://www.skynewsarabia.com: the site's own JSON API
(latest articles) and the RSS feed; stories at /<section>/<id>-<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class SkyNewsArabiaSpider(SiteSpider):
    name = "skynewsarabia"
    allowed_domains = ["skynewsarabia.com"]
    # `latest.json?...&pageSize=20&types=ARTICLE` is what several public Scrapy spiders list
    # (peers-and-sites.md, §4); its `contentItems[].shareUrl` is the article address.
    # defaultSectionId 1 = all sections (unverified: public code shows 2 and 4 for sections).
    json_apis = ["https://api.skynewsarabia.com/rest/v2/latest.json"
                 "?defaultSectionId=1&pageSize=20&types=ARTICLE"]
    feeds = ["https://www.skynewsarabia.com/web/rss"]            # [u]
    article_url_pattern = r"skynewsarabia\.com/[a-z-]+/\d{5,}-"
    deny_url_patterns = [r"skynewsarabia\.com/(?:video|program|programs|live|infographic|gallery|"
                         r"varieties/image-gallery)/"]
    # A public Scrapy spider reads `div.article-body div#firstBodyDiv > p`.
    body_selectors = ("#firstBodyDiv", "div.article-body")
    noise_selectors = ("div.article-tags",)
