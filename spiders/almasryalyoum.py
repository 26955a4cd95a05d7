"""Al-Masry Al-Youm (المصري اليوم), https://www.almasryalyoum.com: RSS feeds;
stories at /news/details/<id>. Behind Cloudflare: slow and gentle."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlmasryAlyoumSpider(SiteSpider):
    name = "almasryalyoum"
    allowed_domains = ["almasryalyoum.com"]
    # calibre's recipe: /rss/RssFeeds (also ?homePage=true, ?sectionId=N).
    feeds = ["https://www.almasryalyoum.com/rss/RssFeeds"]
    article_url_pattern = r"almasryalyoum\.com/news/details/\d+"
    # calibre keeps `div.article` and removes these.
    body_selectors = ("div.article",)
    noise_selectors = ("div.min_related", "div.seealso", "div.tags", "div.share_buttons_container",
                       "div.news_SMSBox", "#feedback", "#comments")
    # "Cloudflare bypass" needed according to an unattributed README [u].
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 5.0,
                       "AUTOTHROTTLE_START_DELAY": 5.0}
