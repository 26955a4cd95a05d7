"""A site with no sitemap and a broken feed lists some stories only on its section pages and on a
section's second page (scraper.listing): unit tests of the two link pickers, and a real crawl of such a
loopback site (a written probe of loopback sites, 2026-12-07, crawl38 "dhow": two of its five stories
were lost)."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.listing import next_page_link, section_links
from tests.loopcrawl import crawl_generic

BASE = "https://gazette.example"


def _root(body: str):
    return lxml_html.document_fromstring(body)


def test_section_links_are_the_start_pages_links_to_its_sections():
    page = _root(f"""<html><body><header><a href="/">Home</a><a href="/oman/">Oman</a><a href="/business">Business</a>
      <a href="/ar/politics/">سياسة</a><a href="/about-us/">About</a><a href="/tag/ports/">Ports</a>
      <a href="/video/">Video</a><a href="/search?q=x">Search</a><a href="https://other.example/world/">World</a>
      <a href="/oman/">Oman again</a><a href="/feed.xml">RSS</a><a href="#top">Top</a><a href="/a/b/c/">deep</a>
      <a href="/sport/" rel="nofollow">Sport</a></header>
      <main><a href="/oman/muttrah-fish-market-extended-hours-7701">Muttrah fish market</a>
      <a href="/business/">More business</a></main></body></html>""")
    assert section_links(page, BASE + "/", BASE + "/", 12) == [
        BASE + "/oman/", BASE + "/business", BASE + "/ar/politics/"]
    assert section_links(page, BASE + "/", BASE + "/", 1) == [BASE + "/oman/"]
    assert section_links(page, BASE + "/oman/", BASE + "/oman/", 12)[0] == BASE + "/business"   # (not itself)


def test_next_page_link_by_rel_next_or_by_the_next_page_number():
    by_rel = _root('<html><head><link rel="next" href="/oman/?page=2"></head><body><a href="/x">x</a></body></html>')
    assert next_page_link(by_rel, BASE + "/oman/", BASE + "/oman/") == BASE + "/oman/?page=2"
    anchor = _root('<html><body><a class="more" rel="next" href="?page=3">Load more</a></body></html>')
    assert next_page_link(anchor, BASE + "/oman/?page=2", BASE + "/oman/?page=2") == BASE + "/oman/?page=3"
    numbered = _root('<html><body><a href="/oman/page/1/">1</a><a href="/oman/page/2/">2</a><a href="/oman/page/3/">3'
                     '</a><a href="/business/page/2/">b</a></body></html>')
    assert next_page_link(numbered, BASE + "/oman/", BASE + "/oman/") == BASE + "/oman/page/2/"
    assert next_page_link(numbered, BASE + "/oman/page/2/", BASE + "/oman/page/2/") == BASE + "/oman/page/3/"
    # another host's "next", another listing's page 2, no pagination at all: none
    for body in ('<html><body><a rel="next" href="https://other.example/oman/?page=2">next</a></body></html>',
                 '<html><body><a href="/business/?page=2">2</a></body></html>', "<html><body><p>x</p></body></html>"):
        assert next_page_link(_root(body), BASE + "/oman/", BASE + "/oman/") is None, body


def _story(k: int, title: str) -> str:
    text = " ".join(f"Paragraph {j} of story {k} tells the harbour's news in sentences long enough to read as a story."
                    for j in range(3))
    return (f"<html><head><title>{title}</title><meta property='og:type' content='article'></head><body><article>"
            f"<h1>{title}</h1><p>{text}</p><p>{text.replace('Paragraph', 'Line')}</p></article></body></html>")


@pytest.mark.parametrize("feed", [False, True])
def test_a_crawl_from_the_home_page_reads_its_sections_and_one_next_page(tmp_path, feed):
    # (feed: the home page's feed answers with an entry: the sections are not read, the site's own discovery
    # works; without one, they are read once the rest of the crawl is done)
    site = tmp_path / "site"
    site.mkdir()
    stories = {"/oman/muttrah-fish-market-hours-7701": "Muttrah fish market opens earlier",
               "/business/salalah-port-reefer-capacity-7718": "Salalah port adds reefer plugs",
               "/oman/jebel-akhdar-road-closures-7723": "Jebel Akhdar road closes at night",
               "/oman/sur-dhow-yard-apprentices-7730": "Sur dhow yard apprentices"}
    paths = list(stories)
    nav = '<nav><a href="/">Home</a><a href="/oman/">Oman</a><a href="/business/">Business</a><a href="/about/">About</a></nav>'
    pages = {
        "home.html": f'<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>{nav}'
                     f'<a href="{paths[0]}">{stories[paths[0]]}</a></body></html>',
        # the section's first page: the home page's story; its second page: a story listed nowhere else; its
        # third page (LISTING_MAX_PAGES is 2): not read
        "oman.html": f'<html><body>{nav}<a href="{paths[0]}">x</a><a rel="next" href="/oman/page/2/">Load more</a></body></html>',
        "oman2.html": f'<html><body>{nav}<a href="{paths[2]}">x</a><a rel="next" href="/oman/page/3/">Load more</a></body></html>',
        "oman3.html": f'<html><body>{nav}<a href="{paths[3]}">x</a></body></html>',
        "business.html": f'<html><body>{nav}<a href="{paths[1]}">x</a></body></html>',
        "about.html": f'<html><body>{nav}<a href="{paths[3]}">x</a></body></html>',
    }
    for name, body in pages.items():
        (site / name).write_text(body, "utf-8")
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/": {"file": "home.html"},
              "/rss": {"status": 500, "body": "Internal Server Error"},
              "/oman/": {"file": "oman.html"}, "/oman/page/2/": {"file": "oman2.html"},
              "/oman/page/3/": {"file": "oman3.html"}, "/business/": {"file": "business.html"},
              "/about/": {"file": "about.html"}}
    for k, (path, title) in enumerate(stories.items()):
        (site / f"s{k}.html").write_text(_story(k, title), "utf-8")
        routes[path] = {"file": f"s{k}.html"}
    if feed:
        (site / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>'
                                      f'x</title><link>__BASE__{paths[0]}</link></item></channel></rss>', "utf-8")
        routes["/rss"] = {"file": "rss.xml", "headers": {"Content-Type": "application/rss+xml"}}
    base, _, rows, stats, _ = crawl_generic(site, routes, tmp_path, "/")
    if feed:
        assert rows == [base + paths[0]]
        assert "discovery/sections" not in stats and "discovery/next_pages" not in stats, stats
        return
    assert sorted(rows) == sorted(base + p for p in paths[:3])
    assert stats.get("discovery/sections") == 2 and stats.get("discovery/next_pages") == 1, stats
