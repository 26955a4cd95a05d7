"""RT Arabic (آر تي عربي), https://arabic.rt.com (mirror: rtarabic.com): RSS feed; stories at
/<section>/<id>-<slug>/ (mirror: /<section>/<id>/).

Sources (../shared/reference/site-evidence.md, "rtarabic"): the feed is used directly by CFW
(2025-26) and many configs; /middle_east/1790098-<slug> (2026) and /world/1180580-<slug> match.
RT runs a mirror domain (rtarabic.com/middle_east/1839452/, rss.rtarabic.com/news) whose links
are accepted too. web-share (2022) read the body from `.article .text`: not used (generic)."""
from __future__ import annotations

from .sitespider import SiteSpider


class RtArabicSpider(SiteSpider):
    name = "rtarabic"
    allowed_domains = ["arabic.rt.com", "rtarabic.com"]
    feeds = ["https://arabic.rt.com/rss/"]
    article_url_pattern = r"(?:arabic\.rt\.com/[a-z_-]+/\d{5,}-|//(?:www\.)?rtarabic\.com/[a-z_-]+/\d{5,}(?:[-/?#]|$))"
    deny_url_patterns = [r"(?:arabic\.rt|rtarabic)\.com/(?:video|videos|photolines|programs|tv|live|lessons)/"]
    # the social follow line closing RT stories ("تابعوا RT على" + network links): modelled on
    # the "تابعونا على" furniture lines, not seen in public code
    noise_phrases = ("تابعوا RT على",)
    unverified = ("deny_url_patterns", "noise_phrases")
