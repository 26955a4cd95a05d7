"""LBCI (إل بي سي آي), https://www.lbcgroup.tv: Google News sitemap, sitemap and the Arabic
latest-news feed; stories at /news/<section>/<id>/<slug>/ar."""
from __future__ import annotations

from .sitespider import SiteSpider


class LbcGroupSpider(SiteSpider):
    name = "lbcgroup"
    allowed_domains = ["lbcgroup.tv"]
    # fundus LB publisher: NewsMap newssitemap.xml (en + ar), Sitemap sitemap.xml,
    # RSSFeed /Rss/latest-news/<lang>.
    news_sitemaps = ["https://www.lbcgroup.tv/newssitemap.xml"]
    feeds = ["https://www.lbcgroup.tv/Rss/latest-news/ar"]
    sitemaps = ["https://www.lbcgroup.tv/sitemap.xml"]
    # the Arabic edition only (the news sitemap lists /en stories too)
    article_url_pattern = r"lbcgroup\.tv/news/[^/?#]+/\d+/[^/?#]+/ar(?:[/?#]|$)"
    deny_url_patterns = [r"lbcgroup\.tv/news/category/", r"lbcgroup\.tv/(?:videos?|programs?|episodes?)/"]
    # fundus LBCGroupParser: body `//div[@class='LongDesc']`, drops `^Reuters$|^AFP$` lines.
    body_selectors = ("div.LongDesc",)
    noise_phrases = ("Reuters", "AFP")
    # The home-made English cookie banner (div.WebsiteCookies) is a core consent rule;
    # no consent cookie value is documented.
