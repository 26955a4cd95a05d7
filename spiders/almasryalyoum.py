"""Al-Masry Al-Youm (المصري اليوم), https://www.almasryalyoum.com: RSS feeds and the latest-news
section page; stories at /news/details/<id>.

Sources (../shared/reference/site-evidence.md, "almasryalyoum"):
- `/rss/RssFeeds`: calibre's recipe (2016) and two lists (`/rss/rssfeeds`).
- `/rss/rssfeed`: tested by CFW 2025-26, which found it stale (~14 h behind, server-cached),
  so it scrapes the section page `/section/index/3` instead: both are here.
- URLs /news/details/3055115 (fetch_util 2026-07 fixture `data-url`), /news/details/3055099.
- Body: fetch_util (2026-07) fixture (a trimmed copy of /news/details/3055115, kept as this
  site's excerpt fixture) and profile: scope `.masry-article-details`, body
  `.article-details` (`.article-details.update-font`); strip `.related-article-inside-body`,
  `.masry-article-horizontal-ads`, `.no-print`. calibre's `div.article` (2016) matches
  neither and is gone; its 2016 noise classes are kept, unverified.
- "Behind Cloudflare": one unattributed README only, no 2025-26 evidence either way."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlmasryAlyoumSpider(SiteSpider):
    name = "almasryalyoum"
    allowed_domains = ["almasryalyoum.com"]
    feeds = ["https://www.almasryalyoum.com/rss/RssFeeds",
             "https://www.almasryalyoum.com/rss/rssfeed"]
    section_pages = ["https://www.almasryalyoum.com/section/index/3"]
    article_url_pattern = r"almasryalyoum\.com/news/details/\d+"
    body_selectors = (".masry-article-details .article-details", "div.article-details")
    noise_selectors = (".related-article-inside-body", ".masry-article-horizontal-ads", ".no-print",
                       # calibre 2016
                       "div.min_related", "div.seealso", "div.tags", "div.share_buttons_container",
                       "div.news_SMSBox", "#feedback", "#comments")
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5.0,
                       "AUTOTHROTTLE_START_DELAY": 5.0}
    unverified = ("https://www.almasryalyoum.com/rss/RssFeeds", "div.min_related", "div.seealso",
                  "div.tags", "div.share_buttons_container", "div.news_SMSBox", "#feedback",
                  "#comments", "custom_settings")
    fixture = "excerpt + synthetic"
