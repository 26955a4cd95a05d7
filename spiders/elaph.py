"""Elaph (إيلاف), https://elaph.com: sitemap index and RSS; stories at
/Web/<Section>/<yyyy>/<mm>/<id>.html."""
from __future__ import annotations

from .sitespider import SiteSpider


class ElaphSpider(SiteSpider):
    name = "elaph"
    allowed_domains = ["elaph.com"]
    sitemaps = ["https://elaph.com/sitemaps/allsitemaps.xml"]      # [u]
    feeds = ["https://elaph.com/Web/RSS/rss.aspx"]                 # [u]
    article_url_pattern = r"elaph\.com/Web/[A-Za-z]+/\d{4}/\d{1,2}/\d+\.html?"
    deny_url_patterns = [r"elaph\.com/Web/(?:Video|Videos|Gallery|Photos)/"]
