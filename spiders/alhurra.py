"""Alhurra (الحرة), https://www.alhurra.com: the site feed; since its relaunch stories are
id-only (alhurra.com/<id>; the English edition alhurra.com/en/<id>); before it,
/<section>/<yyyy>/<mm>/<dd>/<slug> and /a/<slug>/<id>.html.

Sources (../shared/reference/site-evidence.md, "alhurra"):
- Feed `https://alhurra.com/feed`: CFW 2025-26 and three other configs (the old `/rss` is not
  seen in any recent config). CFW: "returns 200 but empty from CF Workers" (datacenters).
- Id-only story URLs: an Arabic one in a July-2026 news-monitor dump
  (https://alhurra.com/27230, language "Arabic"), English ones /en/13586, /en/18540, /en/23726,
  /en/37210 (Feb-Jun 2026). The English edition is another site: /en/ is denied.
- The old forms stay accepted (2021 URLs) for links still pointing at them.
- Inline read-also pairs (<p dir="RTL">اقرأ أيضا:</p><p><a class="underline" …>) were seen in
  captured pre-relaunch article HTML [peers-and-sites.md §4]; the core's read-also rules
  drop them. No body selector is documented for the relaunched site."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlhurraSpider(SiteSpider):
    name = "alhurra"
    allowed_domains = ["alhurra.com"]
    feeds = ["https://alhurra.com/feed"]
    article_url_pattern = (r"alhurra\.com/(?:\d{4,}(?:[/?#]|$)"
                           r"|[^?#]+/\d{4}/\d{2}/\d{2}/[^/?#]+"
                           r"|a/[^?#]+/\d+\.html)")
    deny_url_patterns = [r"alhurra\.com/en(?:[/?#]|$)",
                         r"alhurra\.com/(?:video|videos|programs|shows|live)/"]
    # one Arabic sample only for the id-only form; the video/programme deny is a guess
    unverified = ("article_url_pattern", r"alhurra\.com/(?:video|videos|programs|shows|live)/")
