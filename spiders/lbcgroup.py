"""LBCI (إل بي سي آي), https://www.lbcgroup.tv: Google News sitemap and the Arabic latest-news
feed; stories at /news/<section>/<id>/<slug>/ar.

Sources (../shared/reference/site-evidence.md, "lbcgroup"): fundus's LB publisher (2026-08):
`NewsMap("https://www.lbcgroup.tv/newssitemap.xml", languages={"en","ar"})` and
`RSSFeed("https://www.lbcgroup.tv/Rss/latest-news/ar")`; fundus dropped
`Sitemap(".../sitemap.xml")` in 3b682458 (2026-01-08), so it is no longer used here. Its test
page (LBCGroup_2026_01_08, corpus `lb_LBCGroup_2026_01_08`) has the story as `<br>`-separated
text in `div.LongDesc`. CFW: the direct feed 403s from datacenters."""
from __future__ import annotations

from .sitespider import SiteSpider


class LbcGroupSpider(SiteSpider):
    name = "lbcgroup"
    allowed_domains = ["lbcgroup.tv"]
    news_sitemaps = ["https://www.lbcgroup.tv/newssitemap.xml"]
    feeds = ["https://www.lbcgroup.tv/Rss/latest-news/ar"]
    # the Arabic edition only (the news sitemap lists /en stories too); fundus test URL
    # /news/lifestyle/898682/<slug>/ar
    article_url_pattern = r"lbcgroup\.tv/news/[^/?#]+/\d+/[^/?#]+/ar(?:[/?#]|$)"
    deny_url_patterns = [r"lbcgroup\.tv/news/category/", r"lbcgroup\.tv/(?:videos?|programs?|episodes?)/"]
    # fundus LBCGroupParser: body `//div[@class='LongDesc']`, drops `^Reuters$|^AFP$` lines.
    body_selectors = ("div.LongDesc",)
    noise_phrases = ("Reuters", "AFP")
    # The home-made English cookie banner (div.WebsiteCookies) is a core consent rule;
    # no consent cookie value is documented.
    unverified = ("deny_url_patterns",)
    fixture = "real"
