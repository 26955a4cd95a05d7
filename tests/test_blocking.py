"""scraper.blocking: blocks named from status + headers, challenge pages from the one parsed page
(through ``extract()``, as the spiders see them), and no false alarm on real pages."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from scraper.blocking import Block, block_from_headers, block_of, challenge_in_tree
from scraper.extract import extract
from scraper.htmlio import decode_html, parse_html

ROOT = Path(__file__).resolve().parents[1]
CHALLENGES = ROOT / "tests" / "sites" / "blocked" / "challenges"
# ../shared/corpus beside the checkout; SCRAPER_CORPUS points elsewhere (e.g. from a worktree)
CORPUS = Path(os.environ.get("SCRAPER_CORPUS") or (ROOT / ".." / "shared" / "corpus")).resolve()


def tree(data: bytes):
    text, _ = decode_html(data)
    return parse_html(text)


# --------------------------------------------------------------------------- headers

@pytest.mark.parametrize("status,headers,kind", [
    (403, {"Server": "cloudflare", "CF-RAY": "8f00-CDG"}, "cloudflare"),
    (503, {"server": "cloudflare"}, "cloudflare"),
    (200, {"cf-mitigated": "challenge"}, "cloudflare"),            # challenge header, any status
    (403, {b"Server": [b"BaseHTTP/0.6", b"cloudflare"]}, "cloudflare"),   # Scrapy Headers shape
    (403, {"Server": "AkamaiGHost"}, "akamai"),
    (403, {"X-DataDome": "protected"}, "datadome"),
    (403, {"Set-Cookie": "datadome=abc; Path=/"}, "datadome"),
    (403, [("Set-Cookie", "_pxhd=abc; Path=/")], "perimeterx"),
    (200, {"X-Sucuri-Block": "BNP005"}, "sucuri"),
    (403, {"Server": "Sucuri/Cloudproxy"}, "sucuri"),
    (403, {"X-Iinfo": "9-12345678-0 NNNN CT(0 0 0)"}, "imperva"),
    (202, {"x-amzn-waf-action": "challenge"}, "aws-waf"),    # AWS WAF's challenge: not a block status
    (405, {"x-amzn-waf-action": "captcha"}, "aws-waf"),
    (429, {"Server": "Vercel", "X-Vercel-Mitigated": "challenge"}, "vercel"),
    (403, {"X-Vercel-Challenge-Token": "2.1761144392.60.abc"}, "vercel"),
    (403, {"Server": "ddos-guard", "Set-Cookie": "__ddg3=abc; Path=/"}, "ddos-guard"),
    (403, {}, "http_403"),
    (429, {"Retry-After": "120"}, "http_429"),
    (503, {"Server": "nginx"}, "http_503"),
])
def test_blocks_from_status_and_headers(status, headers, kind):
    block = block_from_headers(status, headers)
    assert block is not None and block.kind == kind and block.status == status


@pytest.mark.parametrize("status,headers", [
    (200, {"Server": "cloudflare", "CF-RAY": "8f00-CDG"}),   # every page behind Cloudflare
    (200, {"Set-Cookie": "datadome=abc"}),                    # DataDome sets it on good pages too
    (200, {"Server": "AkamaiGHost"}),
    (200, {"Server": "ddos-guard"}),                          # every page behind DDoS-Guard
    (200, {"Server": "Vercel", "X-Vercel-Id": "cdg1::abc"}),  # every page on Vercel
    (200, {"x-amzn-waf-action": ""}),
    (404, {"Server": "cloudflare"}),
    (500, {}),
    (302, {"Location": "/x"}),
])
def test_no_block_without_block_status_or_challenge_header(status, headers):
    assert block_from_headers(status, headers) is None


# --------------------------------------------------------------------------- pages

PAGES = {
    "cloudflare_managed.html": "cloudflare",
    "cloudflare_captcha_2021.html": "cloudflare",
    "cloudflare_block_1020.html": "cloudflare",
    "akamai_access_denied.html": "akamai",
    "datadome_interstitial.html": "datadome",
    "datadome_captcha.html": "datadome",
    "perimeterx_block.html": "perimeterx",
    "sucuri_block.html": "sucuri",
    "ddos_guard_block.html": "ddos-guard",
    "vercel_checkpoint.html": "vercel",
    "anubis_challenge.html": "anubis",
    "captcha_own_page.html": "captcha",
}


@pytest.mark.parametrize("name,kind", sorted(PAGES.items()))
def test_challenge_pages_through_extract(name, kind):
    article = extract((CHALLENGES / name).read_bytes(), "https://www.example-news.test/news/1")
    assert article.problem == "blocked"
    assert article.blocked == kind
    assert article.body == ""


def test_every_challenge_fixture_is_covered():
    assert {p.name for p in CHALLENGES.glob("*.html")} == set(PAGES)


@pytest.mark.parametrize("name,kind", sorted(PAGES.items()))
def test_unnamed_block_status_is_named_by_its_page(name, kind):
    block = block_of(503, {"Server": "nginx"}, tree((CHALLENGES / name).read_bytes()))
    assert block == Block(kind, 503, block.evidence)


@pytest.mark.parametrize("html", [
    # an article titled like a block page, with a story under it
    "<html><head><title>Access Denied</title></head><body><article>"
    + "<p>قالت وزارة الداخلية إن الوصول إلى المنطقة الحدودية سيبقى ممنوعا حتى إشعار آخر بسبب الأوضاع.</p>" * 40
    + "</article></body></html>",
    # short page titled "Access Denied" without Akamai's reference: a plain error page, not named
    "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1><p>Login required.</p></body></html>",
    # a story that talks about Cloudflare challenges
    "<html><head><title>How sites stop bots</title></head><body><article>"
    + "<p>Many sites show a page titled Just a moment... and ask to enable JavaScript and cookies to continue.</p>" * 50
    + "</article></body></html>",
    "<html><head><title>Just a moment</title></head><body>" + "<div><p>word</p></div>" * 300 + "</body></html>",
    # a site's own contact page with a reCAPTCHA: a widget and no words asking for a person
    "<html lang='ar'><head><title>اتصل بنا</title></head><body><h1>اتصل بنا</h1><form><input name='email'>"
    "<textarea name='msg'></textarea><div class='g-recaptcha' data-sitekey='x'></div><button>إرسال</button>"
    "</form></body></html>",
    # a short story about captchas: the words and no widget
    "<html><head><title>Why sites ask if you are a robot</title></head><body><article><p>Sites see unusual "
    "traffic and ask readers to prove they are not a robot before they read on.</p></article></body></html>",
    # short stories (under 3,000 characters) that quote a challenge page's words in their prose: a
    # Cloudflare outage, bot walls, a story titled like the wall it reports (a written probe of
    # 2026-12-06 lost the first two as blocks)
    "<html><head><title>Outage takes thousands of sites offline</title></head><body><article><h1>Outage</h1>"
    "<p>Thousands of websites were unreachable for almost two hours on Tuesday after a fault at the network "
    "company that sits in front of a large share of the world's shops, banks and news sites.</p><p>Visitors saw "
    "a grey page that said \u201cChecking your browser before accessing\u201d the site, and then an error, "
    "instead of the pages they had asked for, the company said in a statement.</p><p>Engineers traced the "
    "fault to a configuration file that had doubled in size and was pushed to every machine of the network "
    "at once, the company's chief technology officer wrote on the company blog on Wednesday.</p>"
    "<p>The company said it would review how such files are checked before they are sent out.</p>"
    "</article></body></html>",
    "<html><head><title>Press and hold: the bot wars</title></head><body><article><p>If you have ever been "
    "asked to \u201cPress &amp; Hold to confirm you are a human\u201d, or told to \u201cPlease enable JS and "
    "disable any ad blocker\u201d before a page would load, you have met the quiet war between publishers "
    "and the programs that copy them.</p><p>Companies that sell bot management say that more than a third of "
    "the traffic that reaches large websites now comes from software rather than from people, and that the "
    "share grows every year.</p><p>Publishers say the walls protect their work, while readers complain that "
    "the checks slow them down and shut out people who use older browsers or assistive tools.</p>"
    "</article></body></html>",
    "<html><head><title>Just a moment: the checks that stop readers</title></head><body><article>"
    + "<p>Readers of several news sites were stopped on Monday by a page asking them to wait while their "
    "browser was checked, and many gave up before the story they wanted to read had loaded at all.</p>" * 3
    + "</article></body></html>",
    # a short story whose comment form carries Cloudflare's Turnstile widget (its challenges.cloudflare.com
    # iframe, as the widget's script renders it; a written probe of 2026-12-07 lost the story as a block)
    "<html lang='ar'><head><title>عطل في كلاودفلير</title><script src='https://challenges.cloudflare.com/turnstile/"
    "v0/api.js' async defer></script></head><body><article><h1>عطل في كلاودفلير يعطل آلاف المواقع</h1>"
    + "<p>تعطلت آلاف المواقع والتطبيقات حول العالم لساعات يوم الثلاثاء بعد خلل في شبكة شركة كلاودفلير التي تقف "
    "أمام نسبة كبيرة من المتاجر والبنوك والمواقع الإخبارية، بحسب بيان للشركة.</p>" * 3
    + "</article><form id='commentform'><textarea name='comment'></textarea><div class='cf-turnstile' "
    "data-sitekey='0x4AAAAAAAQx7b'><iframe src='https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/"
    "turnstile/if/ov2/av0/rcv/q8r2m/0x4AAAAAAAQx7b/light/fbE/new/flexible/ar/' title='Cloudflare'></iframe>"
    "</div><button>إرسال التعليق</button></form></body></html>",
    # CloudFront's error page over an origin that did not answer (a 502): no block, whatever its title
    "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>502 ERROR</H1><H2>The "
    "request could not be satisfied.</H2>CloudFront wasn't able to connect to the origin. We can't connect to the "
    "server for this app or website at this time.</BODY></HTML>",
])
def test_pages_that_are_not_challenges(html):
    root = tree(html.encode())
    assert challenge_in_tree(root) is None
    assert extract(html.encode(), "https://x.test/a").problem != "blocked"


@pytest.mark.parametrize("page,kind", [
    (b"<html><body><h1>Please verify you are a human</h1><p>Press &amp; Hold to confirm you are "
     b"a human (and not a bot).</p></body></html>", "perimeterx"),
    (b"<html><head><title>www.example.test</title></head><body><h1>www.example.test</h1><p>Verifying "
     b"you are human. This may take a few seconds.</p><p>www.example.test needs to review the "
     b"security of your connection before proceeding.</p></body></html>", "cloudflare"),
    (b"<html><head><title>Checking your browser</title></head><body>...</body></html>", "cloudflare"),
    (b"<html><body><h1>Checking if the site connection is secure</h1></body></html>", "cloudflare"),
    (b"<html><head><title>Pardon Our Interruption</title></head><body><p>As you were browsing "
     b"something about your browser made us think you were a bot.</p></body></html>", "imperva"),
    (b"<html><body><iframe src='/_Incapsula_Resource?CWUDNSAI=9&amp;incident_id=1'></iframe>"
     b"</body></html>", "imperva"),
    (b"<html><body>Request unsuccessful. Incapsula incident ID: 123-456</body></html>", "imperva"),
    (b"<html><head><title>Making sure you\xe2\x80\x99re not a bot!</title></head><body><p>Loading...</p>"
     b"</body></html>", "anubis"),
    (b"<html><head><title>Checking you are not a bot</title></head><body><p id='status'>Loading challenge "
     b"<em>js-refresh</em>...</p></body></html>", "go-away"),
    (b"<html><body><p>Please verify you are human to continue.</p><iframe src='https://newassets.hcaptcha.com/"
     b"captcha/v1/abc/static/hcaptcha.html'></iframe></body></html>", "captcha"),
    (b"<html><body><h1>Security check</h1><div class='cf-turnstile' data-sitekey='0x4AAA'></div></body></html>",
     "captcha"),
    # Anubis's page as served, its explanation folded in a <details> box (three paragraphs of 30-60 words that
    # made it a story's page; a second written probe of walls, 2026-12-07), and an Arab site's own block page
    (b"<html><head><title>Making sure you&#39;re not a bot!</title></head><body><h1>Making sure you&#39;re not a "
     b"bot!</h1><p>Loading...</p><details><summary>Why am I seeing this?</summary>"
     + b"<p>You are seeing this because the administrator of this website has set up Anubis to protect the server "
       b"against the scourge of AI companies aggressively scraping websites, which causes downtime.</p>" * 3
     + b"</details><footer>Protected by Anubis From Techaro.</footer></body></html>", "anubis"),
    ("<html><head><title>تم حظر وصولك | الوطن نيوز</title></head><body><h1>تم حظر وصولك إلى هذا الموقع</h1><p>رصد "
     "نظام الحماية الخاص بالموقع نشاطاً غير اعتيادي صادراً من عنوان IP الخاص بك.</p></body></html>".encode(),
     "access-denied"),
    # AWS WAF's interstitial served with 200 (its x-amzn-waf-action header lost): what the parse sees of it
    # is an empty title and an empty box (a written probe page of 2026-12-07 came out as "no_body")
    (b"<!DOCTYPE html><html lang='en'><head><title></title><script>window.gokuProps = {\"key\":\"AQIDAHjcYu\"};"
     b"</script><script src='https://1c5c1ecf7303.us-east-1.token.awswaf.com/1c5c1ecf7303/9d1e7a6b5c40/"
     b"challenge.js'></script></head><body><div id='challenge-container'></div><script>AwsWafIntegration."
     b"saveReferrer(); AwsWafIntegration.getToken().then(() => { window.location.reload(true); });</script>"
     b"<noscript><h1>JavaScript is disabled</h1>In order to continue, we need to verify that you're not a robot. "
     b"This requires JavaScript. Enable JavaScript and then reload the page.</noscript></body></html>", "aws-waf"),
    # AWS WAF's CAPTCHA page (title "Human Verification", served with 405; its text as public scrapers quote it):
    # a third written probe of walls and blocks, 2026-12-07, stored it as a story
    (b"<html lang='en'><head><title>Human Verification</title></head><body><div id='captcha-container'><div "
     b"class='amzn-captcha-verify-container'><h1>Let's confirm you are human</h1><p>Complete the security check before "
     b"continuing. This step verifies that you are not a bot, which helps to protect your account and prevent spam."
     b"</p><button>Begin</button></div></div></body></html>", "aws-waf"),
    # a second written probe of walls and blocks (2026-12-07): Cloudflare's 1020/1015/1010 pages, Wordfence's 403
    # (its three paragraphs of explanation pass for a story: its help link names it), ModSecurity's 406, Radware,
    # Reblaze, Yandex SmartCaptcha, Tencent Cloud WAF, a regulator's block page
    (b"<html><head><title>Access denied | www.example.test used Cloudflare to restrict access</title></head><body>"
     b"<h1>Error 1020</h1><h2>What happened?</h2><p>This website is using a security service to protect itself from "
     b"online attacks.</p></body></html>", "cloudflare"),
    (b"<html><head><title>Access denied | x used Cloudflare to restrict access</title></head><body><h2>What happened?"
     b"</h2><p>The owner of this website (www.example.test) has banned you temporarily from accessing this website."
     b"</p></body></html>", "cloudflare"),
    (b"<html><head><title>Your access to this site has been limited by the site owner</title></head><body><h1>Your "
     b"access to this site has been limited by the site owner</h1>"
     + b"<p>If you think you have been blocked in error, contact the owner of this site for assistance, and tell them "
       b"what you were doing when the block happened on this site.</p>" * 3
     + b"<p><a href='https://www.wordfence.com/help/?query=locked-out'>Documentation</a></p></body></html>", "wordfence"),
    (b"<html><head><title>406 Not Acceptable</title></head><body><h1>Not Acceptable!</h1><p>An appropriate "
     b"representation of the requested resource could not be found on this server. This error was generated by "
     b"Mod_Security.</p></body></html>", "modsecurity"),
    (b"<html><head><title>Unauthorized Request Blocked</title></head><body><h1>Unauthorized Activity Has Been Detected"
     b"</h1><p>Case Number: 123</p></body></html>", "radware"),
    (b"<html><head><title>Access denied (403)</title></head><body><p>Access denied (403)</p><p>Current session has been "
     b"terminated.</p></body></html>", "reblaze"),
    ("<html><head><title>Вы не робот?</title></head><body><p>Подтвердите, что запросы отправляли вы, а не робот</p>"
     "<button>Я не робот</button></body></html>".encode(), "yandex"),
    ("<html><head><title>501</title></head><body><p>您的访问可能会对网站造成危险，已被腾讯云安全拦截。</p></body></html>".encode(),
     "tencent"),
    ("<html><head><title>الموقع محجوب</title></head><body><h1>عذراً، هذا الموقع محجوب</h1><p>الموقع الذي تحاول الوصول "
     "إليه يحتوي على محتوى محظور.</p></body></html>".encode(), "isp"),
    # CloudFront's 403 for an AWS WAF rule and F5 BIG-IP ASM's blocking page, served with 200 (a written probe of
    # walls and errors, 2026-12-07, stored both as stories)
    (b"<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1><H2>The "
     b"request could not be satisfied.</H2><HR noshade size='1px'>Request blocked. We can't connect to the server for "
     b"this app or website at this time.<BR clear='all'><HR noshade size='1px'><PRE>Generated by cloudfront "
     b"(CloudFront)\nRequest ID: 3vQm8X1kZpR7dT2y==</PRE></BODY></HTML>", "cloudfront"),
    (b"<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with "
     b"your administrator.<br><br>Your support ID is: 14739016548216735082<br><br><a href='javascript:history."
     b"back();'>[Go Back]</a></body></html>", "f5"),
    # Akamai's page under a translated title: its reference link on errors.edgesuite.net names it
    (b"<HTML><HEAD><TITLE>Acceso denegado</TITLE></HEAD><BODY><H1>Acceso denegado</H1>No tiene permiso para acceder "
     b"a \"http&#58;&#47;&#47;www&#46;example&#46;es&#47;economia&#47;\" en este servidor.<P>Referencia&#32;&#35;18&#46;"
     b"4f2d3b17&#46;1741945207&#46;2a6c91e<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;4f2d3b17&#46;"
     b"1741945207&#46;2a6c91e</P></BODY></HTML>", "akamai"),
    # a site's own check page: its captcha widget told only by the site key it carries
    ("<html><head><title>التحقق الأمني</title></head><body><div class='box'><h1>نتحقق من أنك لست روبوتاً</h1><form "
     "method='post' action='/__shield/verify'><div class='captcha-widget' data-sitekey='10000000-ffff'></div><label>"
     "<input type='checkbox'> أنا لست روبوتاً</label><button>متابعة</button></form></div></body></html>".encode(),
     "captcha"),
    # a site's own browser check in Arabic, no widget
    ("<html><head><title>لحظة من فضلك…</title></head><body><h1>جارٍ التحقق من متصفحك</h1><p>يرجى الانتظار بضع ثوانٍ. "
     "يقوم نظام الحماية لدينا بالتأكد من أنك لست برنامجاً آلياً قبل السماح لك بالدخول إلى الموقع.</p></body></html>"
     .encode(), "bot-check"),
    # DataDome's captcha page itself (its frame's page, localised in French: a written probe of walls, 2026-12-07)
    ("<html lang='fr'><head><title>example.fr</title></head><body><div id='captcha-container' class='captcha'><div "
     "class='captcha__human'><div class='captcha__human__container'><div class='captcha__human__title'>Nous voulons "
     "nous assurer que c'est bien vous qui consultez le site et non un robot.</div><div id='captcha-submit'></div>"
     "</div></div><div class='captcha__robot'><div class='captcha__robot__warning'>Pourquoi cette vérification ? Le "
     "comportement de votre navigateur a attiré notre attention.</div></div></div></body></html>".encode(), "datadome"),
])
def test_short_challenge_pages_in_other_shapes(page, kind):
    assert challenge_in_tree(tree(page))[0] == kind


def test_no_fixture_or_loopback_page_is_a_challenge():
    pages = [*ROOT.glob("tests/site_fixtures/**/*.html"), *ROOT.glob("tests/fixtures/*.html"),
             *ROOT.glob("tests/sites/akhbar/**/*.html")]
    assert len(pages) > 20
    named = {str(p.relative_to(ROOT)): challenge_in_tree(tree(p.read_bytes())) for p in pages}
    assert {k: v for k, v in named.items() if v} == {}


def test_no_real_corpus_page_is_a_challenge():
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"corpus not available at {CORPUS}")
    named = {}
    for line in manifest.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        data = (CORPUS / rec["html"]).read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        found = challenge_in_tree(tree(data))
        if found:
            named[rec["id"]] = found
    assert named == {}
