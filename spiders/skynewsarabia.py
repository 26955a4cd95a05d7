"""Sky News Arabia (سكاي نيوز عربية), https://www.skynewsarabia.com: the site's own JSON API
(latest articles) and the RSS feed; stories at /<section>/<id>[-<slug>].

Sources (../shared/reference/site-evidence.md, "skynewsarabia"):
- JSON API: a Feb-2025 script uses the site's own form
  `api.skynewsarabia.com//rest/v2/latest.json?category=section&nextPageToken=…&pageSize=20&types=…`
  and reads `contentItems[].shareUrl`, `headline`, `date` (the first page needs no token; the
  double slash is the site's). 2019 spiders used `defaultSectionId=2|4` instead.
- Feed `/rss.xml`: a 2026-02 feed monitor (WPM: 200, valid, 188 items) and CFW; the old
  `/web/rss` is only in hand lists.
- URLs /middle-east/1496957-<slug>, and id-only /middle-east/1884498 (2026 code): both accepted.
- Body and noise: fetch_util's 2026-07 profile and fixture (spec/fixtures/skynewsarabia_article.html,
  a trimmed copy of /middle-east/1879607-, kept as this site's excerpt fixture): the story page is
  `main.article_detail_page` holding the headline `h1.sna_content_heading`, the dateline
  `.article-sub-heading`, the picture caption `.article_image_heading_bg`, the lead
  `p.article-summary` and the paragraphs in `.article-content .article-body`; related and share
  boxes `.rel_article_group`, `sna-related-article`, `sna-share`, `.noprint`. The page scope is
  tried first so that the lead is kept; `.article-body` alone is the fallback.
  `#firstBodyDiv` and `div.article-tags` come from a 2019 spider."""
from __future__ import annotations

from .sitespider import SiteSpider


class SkyNewsArabiaSpider(SiteSpider):
    name = "skynewsarabia"
    allowed_domains = ["skynewsarabia.com"]
    json_apis = ["https://api.skynewsarabia.com//rest/v2/latest.json"
                 "?category=section&pageSize=20&types=ARTICLE"]
    feeds = ["https://www.skynewsarabia.com/rss.xml"]
    article_url_pattern = r"skynewsarabia\.com/[a-z-]+/\d{5,}(?:[-/?#]|$)"
    deny_url_patterns = [r"skynewsarabia\.com/(?:video|program|programs|live|infographic|gallery|"
                         r"varieties/image-gallery)/"]
    body_selectors = ("main.article_detail_page", ".article-content .article-body", "div.article-body",
                      "#firstBodyDiv")
    noise_selectors = (".article-sub-heading", ".article_image_heading_bg",
                       ".rel_article_group", "sna-related-article", "sna-share", ".noprint",
                       "div.article-tags")
    unverified = ("deny_url_patterns", "#firstBodyDiv", "div.article-tags")
    fixture = "excerpt + synthetic"
