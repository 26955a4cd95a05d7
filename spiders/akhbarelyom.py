"""Akhbar El Yom (بوابة أخبار اليوم), https://akhbarelyom.com: the RSS feed linked from its pages;
stories at /news/newdetails/<id>/<n>/<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class AkhbarElyomSpider(SiteSpider):
    name = "akhbarelyom"
    allowed_domains = ["akhbarelyom.com"]
    # linked from the recorded page (corpus htmldate_ar akhbarelyom.com_1731695567)
    feeds = ["https://akhbarelyom.com/RSS/GetSectionRSS?JournalID=1"]
    article_url_pattern = r"akhbarelyom\.com/news/newdetails/\d+"
    # the recorded page's story sits in `div.entry-content`
    body_selectors = ("div.entry-content",)
