"""Elaph (إيلاف), https://elaph.com: Google News sitemap, sitemap index and RSS; stories at
/Web/<Section>/<yyyy>/<mm>/<id>.html.

Sources (../shared/reference/site-evidence.md, "elaph"):
- `sitemaps/google_news.xml` and `sitemaps/allsitemaps.xml`: the configured sources of a
  2025-26 ingestion pipeline ("connects to the master sitemap … and the Google News sitemap").
- Feed `/Web/RSS/rss.aspx`: in lists only.
- Body `div.content-body` (title `h1.article-title`): a 2026 Scrapy spider (`iq_elaph`).
- URLs /Web/News/2021/01/1315892.html, /Web/NewsPapers/2025/10/1578739.html match.
Also seen there, not used: a JSON listing api.elaph.com/v2/web/com/marticles/index/<section>/<page>
(`data[].PostingURL`)."""
from __future__ import annotations

from .sitespider import SiteSpider


class ElaphSpider(SiteSpider):
    name = "elaph"
    allowed_domains = ["elaph.com"]
    news_sitemaps = ["https://elaph.com/sitemaps/google_news.xml"]
    sitemaps = ["https://elaph.com/sitemaps/allsitemaps.xml"]
    feeds = ["https://elaph.com/Web/RSS/rss.aspx"]
    article_url_pattern = r"elaph\.com/Web/[A-Za-z]+/\d{4}/\d{1,2}/\d+\.html?"
    deny_url_patterns = [r"elaph\.com/Web/(?:Video|Videos|Gallery|Photos)/"]
    body_selectors = ("div.content-body",)
    unverified = ("feeds", "deny_url_patterns")
