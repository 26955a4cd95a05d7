"""Al Bayan (البيان), https://www.albayan.ae: the "latest news" RSS linked from its pages;
stories at /<section>/<subsection>/<yyyy-mm-dd>-1.<id>.

Sources (../shared/reference/site-evidence.md, "albayan"): everything comes from the 2020 recorded
page (corpus htmldate_ar albayan.ae_1623715966) and web-share (2022, `#articledetails`); story
URLs of that Polopoly shape were still in use in Aug 2024 (/sports/all-games/2024-08-29-1.4926095).
Nothing newer: `https://www.albayan.ae/rss` answered 404 in a 2026 feed monitor (WPM), so the
feed below may be gone too."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlbayanSpider(SiteSpider):
    name = "albayan"
    allowed_domains = ["albayan.ae"]
    # <link rel="alternate" title="آخر الأخبار" href="/cmlink/1.446"> on the recorded page
    feeds = ["https://www.albayan.ae/cmlink/1.446"]
    article_url_pattern = r"albayan\.ae/[^?#]+/\d{4}-\d{2}-\d{2}-1\.\d+"
    deny_url_patterns = [r"albayan\.ae/(?:[^?#]*/)?(?:videos?|photos?|gallery)/"]   # a guess
    # the recorded page: div#articledetails (itemprop=articleBody); the Google News prompt
    # after the paragraphs is p.follow-google.
    body_selectors = ("#articledetails", "[itemprop=articleBody]")
    noise_selectors = ("p.follow-google",)
    unverified = ("feeds", "deny_url_patterns", "body_selectors", "noise_selectors")
    fixture = "real"
