"""Every site spider on recorded article pages, through its real parse path.

Layout of tests/site_fixtures/<spider>/ (one JSON per test case):

* ``expected.json``: the site's first case; ``pages/<case>.json``: more cases (other templates:
  article, opinion, video story, an older or newer layout, another edition of the same site);
* every case says its ``kind``: ``real`` (a saved page of the live site), ``real-other-edition``
  (a saved page of the same site and templates in another language), ``excerpt`` (a third
  party's trimmed copy of a real page) or ``synthetic`` (written here from the site's documented
  markup), its ``template``, and its ``provenance``: ``repository``, ``path``, ``commit``, ``url``
  of the public test suite that saved the page (for synthetic pages: who wrote it); every page
  that is not ours is also listed in tests/site_fixtures/PROVENANCE.md (a test keeps it complete);
* the page: ``corpus_id`` = a page of ../shared/corpus (read through manifest.jsonl at run time,
  never copied here; skipped when the corpus is absent; ``SCRAPER_CORPUS`` points elsewhere),
  ``file`` = a page stored in ``pages/`` (gzipped when large), else ``article.html``;
* expectations, hand-checked against the page: ``url``, ``title``, ``published_at`` (or
  ``published_date``: the day only), ``language``, ``canonical_url``, the exact ``body`` (list of
  paragraphs), ``body_contains``, ``body_not_contains``; for corpus pages
  ``gold_paragraphs_in_order`` (the corpus gold, in order), ``body_not_contains_gold_without``
  (the corpus noise strings) and ``min_token_f1`` (the corpus metric, scraper/bench.py);
  ``expect_body_selector`` = the site body selector that must find the story.

``known_core_gaps`` ({field: why}) names checks that fail because of the shared core (reported,
not hidden): the case is an expected failure while they fail and an error once they pass.

The site module's ``fixture`` attribute (shown in the README's site table) must say which kinds
its cases are. Also here: the site modules are data only, ``scrapy list`` / ``scraper sites`` /
the README table agree with the registry, ``profile_for``, and the site-selector-miss fallback
and its stat.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from scraper.crawling.items import ArticleItem
from spiders import registry
from spiders.base import NewsSpider
from spiders.sitespider import SiteSpider

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "site_fixtures"
# ../shared/corpus beside the checkout; SCRAPER_CORPUS points elsewhere (e.g. from a worktree)
CORPUS = Path(os.environ.get("SCRAPER_CORPUS") or (ROOT / ".." / "shared" / "corpus")).resolve()
SITES = [c.name for c in registry.site_spider_classes()]

EXPECTED_SITES = {
    "arabi21", "aljazeera", "alarabiya", "bbcarabic", "skynewsarabia", "youm7", "hespress",
    "masrawy", "almasryalyoum", "aawsat", "alquds", "rtarabic", "france24", "independentarabia",
    "alhurra", "cnnarabic", "anadolu", "enabbaladi", "annahar", "elaph", "lbcgroup",
    "akhbarelyom", "albayan",
}


KIND_LABELS = {"real": "real", "real-other-edition": "real (other edition)", "excerpt": "excerpt",
               "synthetic": "synthetic"}


def load_expected(site: str) -> dict:
    return json.loads((FIXTURES / site / "expected.json").read_text("utf-8"))


def site_cases(site: str) -> list[tuple[str, dict]]:
    """(case name, expectations) of every fixture of *site*: expected.json, then pages/*.json."""
    cases = [("expected", load_expected(site))]
    pages = FIXTURES / site / "pages"
    if pages.is_dir():
        cases += [(p.stem, json.loads(p.read_text("utf-8"))) for p in sorted(pages.glob("*.json"))]
    return cases


def fixture_kinds(site: str) -> str:
    """What the site's cases are, as the module's ``fixture`` attribute says it."""
    kinds = {exp["kind"] for _, exp in site_cases(site)}
    return " + ".join(KIND_LABELS[k] for k in KIND_LABELS if k in kinds)


CASES = [(site, name) for site in SITES for name, _ in site_cases(site)]


_MANIFEST: dict[str, dict] | None = None


def corpus_page(corpus_id: str) -> tuple[dict, bytes]:
    global _MANIFEST
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"corpus not available at {CORPUS} (real pages are read at run time, "
                    f"never copied into the repository)")
    if _MANIFEST is None:
        _MANIFEST = {}
        with manifest.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    _MANIFEST[d["id"]] = d
    if corpus_id not in _MANIFEST:
        pytest.skip(f"corpus page {corpus_id} not in {manifest}")
    rec = _MANIFEST[corpus_id]
    data = (CORPUS / rec["html"]).read_bytes()
    return rec, gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def make_spider(cls, **kwargs):
    crawler = get_crawler(cls, {"SQLITE_PATH": "/nonexistent/never.db"})
    spider = crawler._create_spider(**kwargs)
    crawler.spider = spider
    return spider


def parse_page(cls, url: str, body: bytes, headers: dict | None = None) -> tuple[list, NewsSpider]:
    """The spider's article callback on a response for *url*, as Scrapy would call it for an
    article request found by discovery."""
    spider = make_spider(cls)
    request = Request(url, callback=spider.parse_article, meta={"article": True, "entry": {}, "hop": 1})
    response = HtmlResponse(url=request.url, body=body, request=request,
                            headers=headers or {"Content-Type": "text/html"})
    return list(request.callback(response)), spider


def page_for(site: str, exp: dict) -> tuple[str, bytes, dict | None]:
    if "corpus_id" in exp:
        rec, body = corpus_page(exp["corpus_id"])
        return rec["url"], body, rec
    if "file" in exp:
        data = (FIXTURES / site / "pages" / exp["file"]).read_bytes()
        return exp["url"], gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data, None
    return exp["url"], (FIXTURES / site / "article.html").read_bytes(), None


# --------------------------------------------------------------------------- the registry

def test_every_issue_site_has_a_spider_and_a_fixture():
    assert set(SITES) == EXPECTED_SITES
    for site in SITES:
        for name, exp in site_cases(site):
            assert ("corpus_id" in exp) or ("file" in exp) or (FIXTURES / site / "article.html").is_file(), \
                (site, name)
    real = {s for s in SITES if any(exp["kind"] == "real" for _, exp in site_cases(s))}
    assert real == {"youm7", "albayan", "akhbarelyom", "lbcgroup", "cnnarabic", "bbcarabic"}


@pytest.mark.parametrize("site", SITES)
def test_fixture_kinds_and_provenance(site):
    """Every case says what it is and where it comes from; the module (and so the README table)
    says the same kinds; a corpus page's provenance is the corpus manifest's."""
    assert registry.spider_class(site).fixture == fixture_kinds(site), \
        f"{site}: set `fixture = {fixture_kinds(site)!r}` in spiders/{site}.py"
    for name, exp in site_cases(site):
        assert exp.get("kind") in KIND_LABELS and exp.get("template"), (site, name)
        prov = exp.get("provenance") or {}
        if exp["kind"] == "synthetic":
            assert prov.get("written_by"), (site, name)
            continue
        assert prov.get("repository") and prov.get("path") and prov.get("url"), (site, name)
        assert re.fullmatch(r"[0-9a-f]{40}", prov.get("commit") or ""), (site, name)
        if "corpus_id" in exp and (CORPUS / "manifest.jsonl").is_file():
            rec, _ = corpus_page(exp["corpus_id"])
            assert (prov["repository"], prov["path"], prov["commit"], prov["url"]) == \
                (rec["source_repo"], rec["source_path"], rec["source_commit"], rec["url"]), (site, name)


@pytest.mark.parametrize("site", SITES)
def test_site_module_is_declarative_data(site):
    cls = registry.spider_class(site)
    assert issubclass(cls, SiteSpider) and cls.__module__ == f"spiders.{site}"
    own = {k for k, v in vars(cls).items() if callable(v) and not k.startswith("__")}
    assert own == set(), f"{site}: site modules declare data only, found {own}"
    assert cls.allowed_domains, site
    spider = make_spider(cls)
    points = spider.entry_points()
    assert points and all(p.startswith("https://") or p.startswith("http://") for p in points)
    for p in points:   # discovery endpoints live on the site (or its feed/API host)
        host = re.sub(r"^https?://([^/?#]+).*$", r"\1", p)
        assert any(host == d or host.endswith("." + d) for d in cls.allowed_domains) \
            or host == "feeds.bbci.co.uk", (site, p)
    if cls.article_url_pattern:
        re.compile(cls.article_url_pattern)
    prof = registry.profile_for(name=site)
    assert prof.name == site and prof.domains == tuple(cls.allowed_domains)


@pytest.mark.parametrize("site", SITES)
def test_site_evidence_marks_are_well_formed(site):
    """Every selector parses (an invalid one would silently match nothing), every ``unverified``
    entry names a declared attribute or one of its values, nothing is marked twice, and the
    module says where its values come from."""
    from cssselect import GenericTranslator

    cls = registry.spider_class(site)
    for sel in (*cls.body_selectors, *cls.noise_selectors):
        GenericTranslator().css_to_xpath(sel)          # raises on a typo
    for pat in cls.deny_url_patterns:
        re.compile(pat)
    items = registry.unverified_items(cls)             # raises on an entry that names nothing
    assert len(items) == len(set(items)) == len(cls.unverified)
    for item in items:                                  # no value marked beside its whole attribute
        attr = item.split(":")[0]
        assert item == attr or attr not in cls.unverified, (site, item)
    assert cls.fixture and all(k in KIND_LABELS.values() for k in cls.fixture.split(" + "))
    doc = sys.modules[cls.__module__].__doc__ or ""
    assert "site-evidence.md" in doc, f"{site}: the module docstring names no evidence"


def test_unverified_entry_that_names_nothing_is_an_error():
    class Broken(registry.spider_class("aljazeera")):
        unverified = ("feedz",)

    with pytest.raises(ValueError, match="feedz"):
        registry.unverified_items(Broken)


def test_scrapy_list_shows_every_site_and_generic():
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert set(out.stdout.split()) == EXPECTED_SITES | {"generic"}


def run_cli(*argv: str) -> tuple[int, str]:
    from scraper.cli import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = main(list(argv))
    return rc, buf.getvalue()


def test_readme_table_is_scraper_sites_markdown():
    rc, out = run_cli("sites", "--markdown")
    assert rc == 0
    readme = (ROOT / "README.md").read_text("utf-8")
    m = re.search(r"<!-- sites:start -->\n(.*?)\n?<!-- sites:end -->", readme, re.S)
    assert m, "README.md lacks the <!-- sites:start --> / <!-- sites:end --> markers"
    assert m.group(1).strip() == out.strip(), \
        "README's table of supported sites is out of date: paste `scraper sites --markdown`"
    for site in EXPECTED_SITES | {"generic"}:
        assert f"| `{site}` |" in out


def test_scraper_sites_text_and_json():
    rc, out = run_cli("sites")
    assert rc == 0
    assert "https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}" in out
    assert "https://api.skynewsarabia.com//rest/v2/latest.json?category=section" in out
    assert "https://www.alquds.co.uk/sitemap_index.xml [unverified]" in out
    assert "  independentarabia: article_url_pattern\n" in out
    assert "https://www.aljazeera.net/rss\n" in out + "\n" and "aljazeera.net/rss [unverified]" not in out
    assert "daily sitemaps" in out and "JSON API" in out
    rc, out = run_cli("sites", "--json")
    rows = {r["spider"]: r for r in json.loads(out)}
    assert set(rows) == EXPECTED_SITES | {"generic"}
    assert rows["youm7"]["endpoints"]["daily sitemaps"] == ["https://www.youm7.com/Sitemap/{y}/{m}/{d}"]
    assert rows["youm7"]["body_selectors"][0] == "div#articleBody"
    assert rows["almasryalyoum"]["settings"]["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert rows["generic"]["in_all"] is False and rows["generic"]["domains"] == []
    assert rows["independentarabia"]["unverified"] == ["sitemaps", "article_url_pattern", "deny_url_patterns"]
    assert "feeds: https://arabi21.com/rss" in rows["arabi21"]["unverified"]
    assert rows["aljazeera"]["unverified"] == [] and rows["generic"]["unverified"] == []
    assert rows["youm7"]["fixture"] == "real" and rows["aljazeera"]["fixture"] == "synthetic"
    assert rows["bbcarabic"]["fixture"] == "real + synthetic" and rows["generic"]["fixture"] is None


@pytest.mark.parametrize("url,site", [
    ("https://www.bbc.com/arabic/articles/c4gz7kx2q1vo", "bbcarabic"),
    ("https://www.bbc.com/news/world-12345678", None),
    ("https://www.aa.com.tr/ar/الاقتصاد/x/3512345", "anadolu"),
    ("https://www.aa.com.tr/tr/ekonomi/x/3512345", None),
    ("https://www.france24.com/ar/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/20250311-x", "france24"),
    ("https://arabic.cnn.com/middle-east/article/2025/03/10/x", "cnnarabic"),
    ("https://www.youm7.com/story/2020/8/24/x/4943459", "youm7"),
    ("https://api.skynewsarabia.com/rest/v2/latest.json", "skynewsarabia"),
    ("https://example.com/news/1", None),
])
def test_profile_for_url(url, site):
    prof = registry.profile_for(url=url)
    assert (prof.name if prof else None) == site


def test_profile_for_name_generic_and_unknown(caplog):
    prof = registry.profile_for(name="almasryalyoum")
    assert prof.body_selectors == (".masry-article-details .article-details", "div.article-details")
    assert ".related-article-inside-body" in prof.noise_selectors
    assert registry.profile_for(name="generic") is None
    with caplog.at_level("WARNING"):
        assert registry.profile_for(name="no-such-site") is None
    assert "Unknown site" in caplog.text
    assert registry.profile_for() is None


# --------------------------------------------------------------------------- the fixtures

def check_item(item, exp: dict, rec: dict | None) -> dict[str, str]:
    """All expectations on one item; returns {check: message} of the failures."""
    bad: dict[str, str] = {}
    body = item["body"]
    for key in ("title", "language", "canonical_url", "published_at"):
        if key in exp and item[key] != exp[key]:
            bad[key] = f"{key}: {item[key]!r} != {exp[key]!r}"
    if "published_date" in exp and not (item["published_at"] or "").startswith(exp["published_date"]):
        bad["published_at"] = f"published_at: {item['published_at']!r} is not on {exp['published_date']}"
    if "body" in exp and body.split("\n") != exp["body"]:
        bad["body"] = "body differs:\n" + body
    missing = [s for s in exp.get("body_contains", []) if s not in body]
    if rec is not None and exp.get("gold_paragraphs_in_order"):
        pos = 0
        for para in rec["gold_paragraphs"]:
            i = body.find(para, pos)
            if i < 0:
                missing.append(para[:80])
            else:
                pos = i + len(para)
    if missing:
        bad["body_contains"] = f"story text lost: {missing}"
    if exp.get("min_token_f1"):
        from scraper.bench import prf

        gold = rec["gold_paragraphs"] if rec is not None else exp["body"]
        f1 = prf(body, gold, exp.get("language") or "")[2]
        if f1 < exp["min_token_f1"]:
            bad["min_token_f1"] = f"token F1 {f1:.3f} < {exp['min_token_f1']}"
    noise = list(exp.get("body_not_contains", []))
    if rec is not None and exp.get("body_not_contains_gold_without"):
        noise += rec.get("gold_without") or []
    leaked = [s for s in noise if s in body]
    if leaked:
        bad["body_not_contains"] = f"noise leaked: {leaked}"
    return bad


def body_selector_hit(cls, body: bytes) -> str | None:
    """The first of the site's body selectors that finds the story on the page (as the core
    tries them: an element with more than 50 characters of text)."""
    from lxml import etree

    from scraper.htmlio import select, text_of

    root = etree.HTML(body)
    for sel in cls.body_selectors:
        if any(len(text_of(el).strip()) > 50 for el in select(root, sel)):
            return sel
    return None


@pytest.mark.parametrize("site,case", CASES)
def test_site_fixture_through_the_spider(site, case):
    exp = dict(site_cases(site))[case]
    url, body, rec = page_for(site, exp)
    if exp.get("expect_body_selector"):
        assert body_selector_hit(registry.spider_class(site), body) == exp["expect_body_selector"]
    items, spider = parse_page(registry.spider_class(site), url, body)
    assert len(items) == 1, f"{site}: no article extracted"
    (item,) = items
    assert isinstance(item, ArticleItem)
    assert item["site"] == site
    stats = spider.crawler.stats
    if spider.body_selectors:   # the declared body selector really finds the story
        assert stats.get_value("site_selector_miss") is None, f"{site}: body selector missed"
    assert stats.get_value("articles/extracted") == 1
    bad = check_item(item, exp, rec)
    gaps = exp.get("known_core_gaps") or {}
    unexpected = {k: v for k, v in bad.items() if k not in gaps}
    assert not unexpected, f"{site}: " + "\n".join(unexpected.values())
    fixed = [k for k in gaps if k not in bad]
    assert not fixed, f"{site}: known core gap(s) {fixed} now pass: remove them from the case {case}"
    if gaps:
        pytest.xfail(f"{site}: core gap(s): " + "; ".join(f"{k}: {v}" for k, v in gaps.items()))


def test_provenance_file_lists_every_page_that_is_not_ours():
    table = (FIXTURES / "PROVENANCE.md").read_text("utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    cases = [(site, name, exp) for site in SITES for name, exp in site_cases(site) if exp["kind"] != "synthetic"]
    assert len(rows) == len(cases)
    for site, name, exp in cases:
        case = "expected.json" if name == "expected" else f"pages/{name}.json"
        prov = exp["provenance"]
        assert any(row.startswith(f"| `{site}` | `{case}` | {exp['kind']} |") and prov["repository"] in row
                   and f"`{prov['path']}`" in row and f"`{prov['commit'][:12]}`" in row for row in rows), \
            f"tests/site_fixtures/PROVENANCE.md lacks {site} {case}"


def test_real_ar_pages_pass_through_their_site_spiders():
    """The corpus's real_ar pages (real pages of our sites, hand-annotated) through the site
    spider serving their URL: no noise string of the gold left, token F1 >= 0.98 (the corpus
    metric, scraper/bench.py), and each one is a fixture case of its site."""
    from scraper.bench import leaks, prf

    corpus_page("youm7.com_6573469")          # skips when the corpus is absent
    pages = [r for r in _MANIFEST.values() if r["set"] == "real_ar"]
    assert len(pages) >= 3
    referenced = {exp.get("corpus_id") for s in SITES for _, exp in site_cases(s)}
    for rec in pages:
        cls = registry.spider_for_url(rec["url"])
        assert cls is not None, f"no site spider serves {rec['url']}"
        assert rec["id"] in referenced, f"{rec['id']} is no fixture case of {cls.name}"
        _, body = corpus_page(rec["id"])
        (item,), _ = parse_page(cls, rec["url"], body)
        f1 = prf(item["body"], rec["gold_paragraphs"], rec["lang"])[2]
        left = leaks(item["body"], rec["gold_without"])
        assert not left and f1 >= 0.98, f"{rec['id']} via {cls.name}: F1 {f1:.3f}, noise left {left}"


def test_selector_miss_falls_back_to_generic_and_is_counted():
    """A page where the site's body selector finds nothing still yields the article (generic
    container detection) and counts ``site_selector_miss``."""
    exp = load_expected("skynewsarabia")
    html = (FIXTURES / "skynewsarabia" / "article.html").read_text("utf-8")
    redesigned = html.replace("firstBodyDiv", "storyText").replace("article-body", "story")
    assert "firstBodyDiv" not in redesigned and "article-body" not in redesigned
    assert not any(sel in ("#storyText", "div.story") for sel in registry.spider_class("skynewsarabia").body_selectors)
    items, spider = parse_page(registry.spider_class("skynewsarabia"), exp["url"], redesigned.encode())
    (item,) = items
    assert spider.crawler.stats.get_value("site_selector_miss") == 1
    assert item["body"].split("\n") == exp["body"]


def test_scraper_stats_shows_selector_misses_per_site(tmp_path):
    from scraper.storage import Store

    db = tmp_path / "news.db"
    with Store(db) as store:
        for spider, misses in (("youm7", 3), ("aljazeera", 0)):
            run = store.start_run(spider)
            stats = {"finish_reason": "finished", "articles/extracted": 5}
            if misses:
                stats["site_selector_miss"] = misses
            store.finish_run(run, "finished", stats)
    rc, out = run_cli("stats", "--db", str(db))
    assert rc == 0
    assert re.search(r"run \d+ youm7: .*site_selector_miss=3", out), out
    assert not re.search(r"aljazeera: .*site_selector_miss", out)


def test_the_registry_leaves_out_a_site_module_that_cannot_be_imported(tmp_path, monkeypatch, caplog):
    # (`scraper sites`, `scraper check`, `scraper extract --site` read the site modules through the registry:
    # one module's bug raised out of all of them)
    import logging
    import sys

    import spiders
    from spiders import registry

    (tmp_path / "zz_broken.py").write_text('raise RuntimeError("a bug in one site module")\n')
    monkeypatch.setattr(spiders, "__path__", [*spiders.__path__, str(tmp_path)])
    registry._classes.cache_clear()
    try:
        with caplog.at_level(logging.ERROR):
            names = [c.name for c in registry.all_spider_classes()]
        assert "aljazeera" in names and "generic" in names
        assert [r.getMessage() for r in caplog.records if "zz_broken" in r.getMessage()] == [
            "Spider module spiders.zz_broken cannot be imported (RuntimeError: a bug in one site module): "
            "its spiders are left out"]
    finally:
        registry._classes.cache_clear()
        sys.modules.pop("spiders.zz_broken", None)
