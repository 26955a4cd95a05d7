"""Enab Baladi (عنب بلدي), https://www.enabbaladi.net: WordPress feed and the online section;
stories at /archives/<id>."""
from __future__ import annotations

from .sitespider import SiteSpider


class EnabBaladiSpider(SiteSpider):
    name = "enabbaladi"
    allowed_domains = ["enabbaladi.net"]
    feeds = ["https://www.enabbaladi.net/feed/"]                   # [u], many configs
    # archive listing /archives/category/online (public code [u]); its links are followed.
    section_pages = ["https://www.enabbaladi.net/archives/category/online"]
    article_url_pattern = r"(?:www\.)?enabbaladi\.net/archives/\d+(?:[/?#]|$)"
