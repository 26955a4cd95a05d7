"""``scraper check``: every verdict from a real check crawl against its own loopback server.

One ``scraper check`` subprocess runs the nine loopback "sites" of tests/check_spiders.py at once
(``-s SPIDER_MODULES=spiders,tests.check_spiders``), each against its own server: ok, a 403, a
Cloudflare-style 503 challenge, 200 challenge pages, a refused port, an empty feed, a selector
miss, consent walls, pages without an article. Then the generic spider on ``--start`` (a 200
challenge entry page), the human table, ``--record`` and the exit codes.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.sitecheck import figures, verdict
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
ARTICLE = "sites/blocked/article.html"
CHALLENGES = "sites/blocked/challenges/"


def rss(base_paths: list[str]) -> str:
    items = "".join(f"<item><title>Story {i}</title><link>__BASE__{p}</link>"
                    f"<pubDate>Mon, 10 Mar 2025 0{i}:00:00 +0000</pubDate></item>"
                    for i, p in enumerate(base_paths))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
            f"<link>__BASE__/</link>{items}</channel></rss>")


FEED_HEADERS = {"Content-Type": "application/rss+xml; charset=UTF-8"}
A1, A2 = "/news/2025/03/10/story-one-1.html", "/news/2025/03/10/story-two-2.html"


def feed_of(pages: dict[str, dict]) -> dict[str, dict]:
    return {"/feed.xml": {"body": rss(list(pages)), "headers": FEED_HEADERS}, **pages}


ROUTES = {
    "check_ok": feed_of({A1: {"file": ARTICLE}, A2: {"file": ARTICLE}}),
    "check_forbidden": {"/feed.xml": {"status": 403, "body": "Forbidden"}},
    "check_cloudflare503": {"/feed.xml": {
        "status": 503, "file": CHALLENGES + "cloudflare_managed.html",
        "headers": {"Server": "cloudflare", "CF-RAY": "8f00-CDG"}}},
    "check_challenge200": feed_of({A1: {"file": CHALLENGES + "datadome_captcha.html"},
                                   A2: {"file": CHALLENGES + "perimeterx_block.html"}}),
    "check_emptyfeed": {"/feed.xml": {"body": rss([]), "headers": FEED_HEADERS}},
    "check_selectormiss": feed_of({A1: {"file": ARTICLE}, A2: {"file": ARTICLE}}),
    "check_consentwall": feed_of({A1: {"file": "fixtures/wall_privacy_notice_with_buttons.html"},
                                  A2: {"file": "sites/akhbar/consent.html"}}),
    "check_noarticle": feed_of({A1: {"body": "<html><head><title>Home</title></head><body><nav>"
                                             "<a href='/a'>A</a> <a href='/b'>B</a></nav><p>Soon.</p>"
                                             "</body></html>",
                                     "headers": {"Content-Type": "text/html; charset=utf-8"}},
                                A2: {"status": 404}}),
}
EXPECTED = {
    "check_ok": "ok",
    "check_forbidden": "blocked",
    "check_cloudflare503": "blocked",
    "check_challenge200": "blocked",
    "check_refused": "unreachable",
    "check_emptyfeed": "empty_discovery",
    "check_selectormiss": "selector_miss",
    "check_consentwall": "consent_wall",
    "check_noarticle": "no_article",
}


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def scraper_check(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "scraper.cli", "check", *args, "--timeout", "5",
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_TIMES=0",
           "-s", "REMOTE_CONTROL_ENABLED=0", "-s", "SPIDER_MODULES=spiders,tests.check_spiders"]
    full_env = {k: v for k, v in os.environ.items()
                if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    full_env.pop("SCRAPY_SETTINGS_MODULE", None)
    full_env.update(env or {})
    return subprocess.run(cmd, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def servers():
    started = {name: SiteServer(TESTS, routes=routes) for name, routes in ROUTES.items()}
    for s in started.values():
        s.start()
    bases = {name: s.base for name, s in started.items()}
    bases["check_refused"] = f"http://127.0.0.1:{free_port()}"
    try:
        yield started, bases
    finally:
        for s in started.values():
            s.stop()


@pytest.fixture(scope="module")
def all_sites(servers, tmp_path_factory):
    _, bases = servers
    record = tmp_path_factory.mktemp("record")
    proc = scraper_check(*EXPECTED, "--json", "--record", str(record),
                         env={"SCRAPER_TEST_CHECK_SITES": json.dumps(bases)})
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    return {"proc": proc, "results": {r["site"]: r for r in lines}, "record": record,
            "bases": bases}


@pytest.mark.parametrize("site,expected", sorted(EXPECTED.items()))
def test_every_verdict_on_its_loopback_site(all_sites, site, expected):
    r = all_sites["results"].get(site)
    assert r is not None, all_sites["proc"].stderr[-3000:]
    assert r["verdict"] == expected, r


def test_figures_behind_the_verdicts(all_sites):
    res = all_sites["results"]
    ok = res["check_ok"]
    assert (ok["endpoints"], ok["endpoints_answered"], ok["article_urls"], ok["articles_fetched"],
            ok["articles_ok"]) == (1, 1, 2, 2, 2)
    assert res["check_forbidden"]["blocked"] == {"http_403": 1}
    assert res["check_cloudflare503"]["blocked"] == {"cloudflare": 1}
    assert res["check_challenge200"]["blocked"] == {"datadome": 1, "perimeterx": 1}
    assert res["check_challenge200"]["article_urls"] == 2
    assert res["check_refused"]["endpoint_errors"] == {"connection_refused": 1}
    assert res["check_emptyfeed"]["endpoints_answered"] == 1
    assert res["check_emptyfeed"]["article_urls"] == 0
    assert res["check_selectormiss"]["selector_miss"] == 2
    assert res["check_consentwall"]["consent_wall"] == 2
    assert res["check_noarticle"]["no_article"] == {"no_body": 1}
    assert res["check_noarticle"]["article_errors"] == {"http_404": 1}


def test_exit_code_is_1_when_a_site_is_not_ok(all_sites):
    assert all_sites["proc"].returncode == 1, all_sites["proc"].stderr[-2000:]
    assert "Traceback" not in all_sites["proc"].stderr


def test_articles_limit(servers):
    _, bases = servers
    proc = scraper_check("check_ok", "--json", "--articles", "1",
                         env={"SCRAPER_TEST_CHECK_SITES": json.dumps(bases)})
    (r,) = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert (r["verdict"], r["article_urls"], r["articles_fetched"]) == ("ok", 2, 1)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_record_writes_fixture_cases(all_sites):
    base = all_sites["bases"]["check_ok"]
    pages = all_sites["record"] / "check_ok" / "pages"
    cases = sorted(pages.glob("*.json"))
    assert len(cases) == 2 and len(list(pages.glob("*.html"))) == 2
    for case in cases:
        exp = json.loads(case.read_text("utf-8"))
        assert exp["url"] in (base + A1, base + A2) and exp["kind"] == "real"
        prov = exp["provenance"]
        assert prov["url"] == exp["url"] and prov["status"] == 200
        assert prov["headers"]["Content-Type"].startswith("text/html")
        assert (pages / exp["file"]).read_bytes() == (TESTS / ARTICLE).read_bytes().replace(
            b"__BASE__", base.encode())
        assert exp["title"] == "وزراء المالية العرب يبحثون خطة لدعم التجارة البينية"
        assert exp["body"] and exp["body"][0].startswith("اجتمع وزراء المالية العرب")
        assert exp["body_contains"][0] == exp["body"][0][:70]
        assert "draft" in exp
    # pages with a problem are recorded too, with the problem as the draft
    walls = sorted((all_sites["record"] / "check_consentwall" / "pages").glob("*.json"))
    assert [json.loads(p.read_text("utf-8"))["problem"] for p in walls] == \
        ["consent_wall", "consent_wall"]
    # blocked answers are not article pages
    assert not (all_sites["record"] / "check_challenge200").exists()


def test_generic_start_on_a_200_challenge_page_and_the_table():
    routes = {"/": {"file": CHALLENGES + "cloudflare_managed.html",
                    "headers": {"Content-Type": "text/html; charset=UTF-8"}}}
    with SiteServer(TESTS, routes=routes) as srv:
        proc = scraper_check("--start", srv.base + "/")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:3] == ["site", "verdict", "endpoints"]
    row = next(x for x in lines if x.startswith("generic"))
    assert row.split()[1] == "blocked" and "cloudflare 1" in row
    assert "0/1 ok; not ok: generic" in proc.stdout
    assert "blocked: generic: use a proxy" in proc.stdout and "SITE_PROXIES={'generic'" in proc.stdout


def test_usage_errors(capsys):
    """Refused before any crawl starts (in-process: no reactor is started)."""
    from scraper.cli import main

    assert main(["check", "no_such_site"]) == 2
    assert "unknown site(s): no_such_site" in capsys.readouterr().err
    assert main(["check", "generic"]) == 2                  # needs --start
    with pytest.raises(SystemExit) as e:
        main(["check", "aljazeera", "--articles", "0"])
    assert e.value.code == 2


# --------------------------------------------------------------------------- verdict rules

def f(endpoints=None, urls=0, articles=None):
    return figures(endpoints or {}, urls, articles or {})


@pytest.mark.parametrize("fig,expected", [
    (f({"e": "answered"}, 3, {"a": "ok", "b": "ok", "c": "selector_miss"}), "ok"),
    (f({"e": "answered"}, 3, {"a": "ok", "b": "blocked:http_429"}), "ok"),          # partly blocked
    (f({"e": "answered"}, 3, {"a": "ok", "b": "blocked:cloudflare", "c": "blocked:cloudflare"}), "blocked"),
    (f({"e": "blocked:akamai", "f": "answered"}, 0), "blocked"),
    (f({"e": "error:dns", "f": "error:timeout"}), "unreachable"),
    (f({"e": "error:http_404"}), "empty_discovery"),
    (f({"e": "answered"}, 2, {"a": "error:timeout", "b": "error:connection"}), "unreachable"),
    (f({"e": "answered"}, 2, {"a": "error:http_404", "b": "no_body"}), "no_article"),
    (f({"e": "answered"}, 3, {"a": "ok", "b": "consent_wall", "c": "consent_wall"}), "consent_wall"),
    (f({"e": "answered"}, 2, {"a": "selector_miss", "b": "ok"}), "selector_miss"),
    (f({"e": "answered"}, 3, {"a": "selector_miss", "b": "ok", "c": "ok"}), "ok"),
])
def test_verdict_rules(fig, expected):
    assert verdict(fig) == expected
