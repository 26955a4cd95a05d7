"""A story for subscribers is said so (``Article.paywalled``, the ``articles.paywalled`` column): by the
page's structured data, or by a paywall's cut-off notice under the story's first lines."""
from __future__ import annotations

import json

import pytest

from corpus_pages import corpus_page
from scraper.extract import extract

URL = "https://news.example.com/2024/05/03/story-1"
PARAS = [
    "The council voted on Tuesday to approve a new plan for the riverside district, ending two years of debate "
    "over how the land should be used.",
    "Under the plan, the old warehouses along the water will be turned into housing, with a quarter of the new "
    "homes set aside for families on lower incomes.",
    "Supporters said the vote would bring life back to a part of the city that has been empty since the port "
    "moved north in the 1990s.",
]


def page(ld: dict | None = None, meta: str = "") -> bytes:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (f"<html><head><title>Council approves plan</title>{meta}{script}</head><body><article>"
            "<h1>Council approves plan</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "</article></body></html>").encode()


ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves plan"}


@pytest.mark.parametrize("ld, meta", [
    # Google's structured data for paywalled content (its example: the article and its part not free)
    ({**ARTICLE, "isAccessibleForFree": False,
      "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}}, ""),
    ({**ARTICLE, "isAccessibleForFree": "False"}, ""),
    ({**ARTICLE, "isAccessibleForFree": "false"}, ""),
    ({**ARTICLE, "isAccessibleForFree": "https://schema.org/False"}, ""),
    ({**ARTICLE, "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".pw"}]}, ""),
    (None, '<meta property="article:content_tier" content="locked">'),
], ids=["bool", "False", "false", "schema-url", "part-only", "content-tier"])
def test_a_page_that_says_its_story_is_for_subscribers(ld, meta):
    art = extract(page(ld, meta), URL)
    assert art.paywalled
    assert art.paragraphs == PARAS   # (the flag takes nothing from the body)


@pytest.mark.parametrize("ld, meta", [
    (ARTICLE, ""),
    ({**ARTICLE, "isAccessibleForFree": True}, ""),
    ({**ARTICLE, "isAccessibleForFree": "True", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "True"}}, ""),
    # a metered page serves the whole story to a reader within the quota; a free one is free
    (None, '<meta property="article:content_tier" content="metered">'),
    (None, '<meta property="article:content_tier" content="free">'),
    # not the article's: a site's product or its web page object
    ([ARTICLE, {"@context": "https://schema.org", "@type": "Product", "name": "Premium", "isAccessibleForFree": False}], ""),
    # a word, not a Boolean
    ({**ARTICLE, "isAccessibleForFree": "no-such-value/false"}, ""),
], ids=["none", "true", "True", "metered", "free", "other-object", "not-a-boolean"])
def test_a_free_story_is_not_said_to_be_for_subscribers(ld, meta):
    art = extract(page(ld, meta), URL)
    assert not art.paywalled
    assert art.paragraphs == PARAS


def test_a_registration_walls_box_under_the_lead_says_the_story_is_cut():
    # (a written probe of 52 walls, 2026-12-06: a French registration wall under a story's lead, its box
    # a sign-up box, was stored as a whole story; its first line says the rest is for signed-in readers)
    lead = ("Le conseil municipal a voté jeudi soir la fermeture définitive de la piscine à la fin de l’été, "
            "invoquant des travaux de mise aux normes que la commune n’est pas en mesure de financer seule, "
            "a indiqué le maire à l’issue de la séance.")
    box = ("<div class='regwall'><h2>Connectez-vous pour lire la suite</h2><p>Cet article est réservé aux lecteurs "
           "inscrits.</p><form class='regwall-login'><label>Adresse e-mail</label><input type='email'>"
           "<button>Se connecter</button></form><p class='signup'>Pas encore de compte ? Créer un compte</p></div>")
    html = (f"<html lang='fr'><head><title>Piscine</title></head><body><main><article><h1>La piscine fermera</h1>"
            f"<p>{lead}</p></article>{box}</main></body></html>").encode()
    art = extract(html, URL)
    assert art.paywalled and art.paragraphs == [lead]
    assert [r.rule for r in art.removed if "Connectez-vous" in r.text] == ["boilerplate.paywall-cut"]


@pytest.mark.parametrize("page_id, paywalled", [
    ("ca_TheGlobeAndMail_2024_08_28", True),      # JSON-LD: isAccessibleForFree false
    ("uk_TheTelegraph_2024_09_17", True),         # article:content_tier locked
    ("de_BoersenZeitung_2024_12_16", True),       # the cut-off notice under the lead
    ("at_DerStandard_2024_05_03", False),
])
def test_real_pages(page_id, paywalled):
    rec, data = corpus_page(page_id)
    assert extract(data, rec["url"]).paywalled is paywalled


def test_a_crawl_stores_the_flag_counts_it_and_says_so(tmp_path):
    # a real crawl (scraper crawl generic, loopback site): the story the page says is for subscribers is
    # stored with paywalled = 1, counted (articles/paywalled) and named in the summary; the free one is 0
    import sqlite3

    from tests.loopcrawl import ROOT, crawl_generic

    story = (ROOT / "tests" / "sites" / "blocked" / "article.html").read_text("utf-8")
    story = story.replace('<link rel="canonical" href="__BASE__/news/2025/03/10/economy-talks-1001.html">', "")
    assert "canonical" not in story   # (each page its own article)
    site = tmp_path / "site"
    site.mkdir()
    (site / "free.html").write_text(story, "utf-8")
    ld = json.dumps({**ARTICLE, "isAccessibleForFree": False})
    (site / "locked.html").write_text(story.replace("</head>", f'<script type="application/ld+json">{ld}</script></head>', 1),
                                      "utf-8")
    items = "".join(f"<item><title>S{k}</title><link>__BASE__/n/{name}.html</link>"
                    f"<pubDate>Mon, 10 Mar 2025 0{k}:00:00 +0000</pubDate></item>" for k, name in enumerate(("free", "locked")))
    (site / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/feed.xml": {"file": "feed.xml"},
              "/n/free.html": {"file": "free.html"}, "/n/locked.html": {"file": "locked.html"}}
    base, _, rows, stats, printed = crawl_generic(site, routes, tmp_path, "/feed.xml")
    conn = sqlite3.connect(tmp_path / "bad.db")
    flags = dict(conn.execute("SELECT url, paywalled FROM articles"))
    conn.close()
    assert flags == {f"{base}/n/free.html": 0, f"{base}/n/locked.html": 1}
    assert stats.get("articles/paywalled") == 1, stats
    assert "paywalled: generic: 1 of the articles stored are for subscribers" in printed, printed


def test_scraper_extract_says_it(tmp_path, capsys):
    from scraper.cli import main

    for name, ld in (("locked.html", {**ARTICLE, "isAccessibleForFree": False}), ("free.html", ARTICLE)):
        (tmp_path / name).write_bytes(page(ld))
    assert main(["extract", str(tmp_path / "locked.html")]) == 0
    assert "paywalled: the page says the story is for subscribers" in capsys.readouterr().out
    assert main(["extract", str(tmp_path / "free.html")]) == 0
    assert "paywalled" not in capsys.readouterr().out


def test_substacks_paywall_under_a_paid_posts_free_part_cuts_the_story():
    # (a written probe of modern web pages, 2026-12-06: Substack's "Keep reading with a 7-day free trial"
    # and its line under it were stored as the story's last lines)
    box = ("<div class='paywall'><h2 class='paywall-title'>Keep reading with a 7-day free trial</h2>"
           "<p>Subscribe to Portside Dispatch to keep reading this post and get 7 days of free access to the full "
           "post archives.</p><div class='paywall-cta'><a class='button'>Start trial</a></div></div>")
    html = (f"<html lang='en'><head><title>Council approves plan</title></head><body><article class='post'>"
            "<h1>Council approves plan</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + box
            + "</article></body></html>").encode()
    art = extract(html, URL)
    assert art.paywalled and art.paragraphs == PARAS
