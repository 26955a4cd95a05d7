"""Akhbar El Yom (بوابة أخبار اليوم), https://akhbarelyom.com: the RSS feed linked from its pages;
stories at /news/newdetails/<id>/<n>/<slug> (mobile links: m.akhbarelyom.com/news/NewDetails/…).

Sources (../shared/reference/site-evidence.md, "akhbarelyom"): the feed is only linked from the
2020 recorded page (corpus htmldate_ar akhbarelyom.com_1731695567); configs also list
/RSS/GetSectionNewsRSS/1?SectionID=1, /rss?sectionId=69, /rss/home, none checked live. Story
URLs of Aug 2026 (/news/newdetails/4858519/1/<slug>) match; mobile links spell the path
NewDetails, hence the case-insensitive pattern. Body: `div.entry-content` on the 2020 page, and
`.entry-content.HtmlDecode p` in a Feb-2025 puppeteer scraper."""
from __future__ import annotations

from .sitespider import SiteSpider


class AkhbarElyomSpider(SiteSpider):
    name = "akhbarelyom"
    allowed_domains = ["akhbarelyom.com"]
    # linked from the recorded 2020 page; whether it still answers is unknown
    feeds = ["https://akhbarelyom.com/RSS/GetSectionRSS?JournalID=1"]
    article_url_pattern = r"(?i)akhbarelyom\.com/news/newdetails/\d+"
    # Feb-2025 scraper (`.entry-content.HtmlDecode`), then the 2020 page's `div.entry-content`
    body_selectors = ("div.entry-content.HtmlDecode", "div.entry-content")
    unverified = ("feeds",)
    fixture = "real"
