"""Enab Baladi (عنب بلدي), https://www.enabbaladi.net: WordPress feed and the online section;
stories at /archives/<id>.

Sources (../shared/reference/site-evidence.md, "enabbaladi"): the feed is in many configs,
implemented collectors among them; the section listing /archives/category/online is read by the
`sdb` scrapers with live tests (2023: /archives/651728). The English edition
(english.enabbaladi.net/archives/<yyyy>/<mm>/<slug>/) is another site: the pattern is anchored
on the host so it stays out."""
from __future__ import annotations

from .sitespider import SiteSpider


class EnabBaladiSpider(SiteSpider):
    name = "enabbaladi"
    allowed_domains = ["enabbaladi.net"]
    feeds = ["https://www.enabbaladi.net/feed/"]
    section_pages = ["https://www.enabbaladi.net/archives/category/online"]
    article_url_pattern = r"//(?:www\.)?enabbaladi\.net/archives/\d+(?:[/?#]|$)"
