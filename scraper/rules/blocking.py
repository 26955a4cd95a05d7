"""Blocked answers and bot-challenge pages: rules as data (matching code: scraper.blocking).

Each entry names its public source. Abbreviations:
W00F = EnableSecurity/wafw00f plugins (wafw00f/plugins/cloudflare.py, kona.py, sucuri.py,
perimeterx.py: the header/cookie/content fingerprints of each vendor);
CS = VeNoMouS/cloudscraper tests/fixtures (real Cloudflare challenge pages, e.g.
js_challenge_02_11_2021.html: title "Please Wait... | Cloudflare", ``#cf-wrapper``,
``#challenge-form``, ``window._cf_chl_opt``);
CFW = saved Cloudflare managed-challenge pages in public repositories (2024-2026: title
"Just a moment...", ``<div class="main-wrapper" role="main">``,
``<noscript><span id="challenge-error-text">Enable JavaScript and cookies to continue``);
CFD = Cloudflare's documentation of the ``cf-mitigated: challenge`` response header;
CRW = apify/crawlee-python src/crawlee/_utils/blocked.py (``challenges.cloudflare.com`` iframe);
Imperva/Incapsula (not among the five named by issue 8, cheap to name too): ``X-Iinfo``
header, ``_Incapsula_Resource`` iframe, "Request unsuccessful. Incapsula incident ID", the
"Pardon Our Interruption" page of its Distil bot product.
AWS = AWS WAF developer guide, "CAPTCHA and Challenge action behavior" (waf-captcha-and-challenge-actions:
a Challenge answer is ``202`` with ``x-amzn-waf-action: challenge``, a CAPTCHA answer ``405`` with
``x-amzn-waf-action: captcha``, each with a JavaScript interstitial);
VCL = Vercel's Security Checkpoint (Attack Challenge Mode, bot protection) as its users quote it:
``429`` (or ``403``) with ``x-vercel-mitigated: challenge``, ``x-vercel-challenge-token`` and the page
"We're verifying your browser … Vercel Security Checkpoint" (issues warpdotdev/docs#219,
alltheplaces/alltheplaces#17972, VeNoMouS/cloudscraper#316, unclecode/crawl4ai#305);
DDG = DDoS-Guard: ``Server: ddos-guard`` on its ``403`` and the page titled "DDOS-GUARD" with a reCAPTCHA
(Ekultek/WhatWaf#1005, mikf/gallery-dl#3569, FlareSolverr/FlareSolverr#559);
ANB = Anubis (TecharoHQ/anubis), the proof-of-work wall sites put before AI scrapers, served with 200:
title "Making sure you're not a bot!", its images under ``/.within.website/x/cmd/anubis/``, "Protected
by Anubis From Techaro" (a saved page in ricfulop/CSL doc_scraper/documentation_archive/freecad/Api.md);
go-away (git.gammaspectra.live/git/go-away), a wall of the same kind: "Checking you are not a bot";
CAP = the captcha widgets' own markup as their documentation gives it (reCAPTCHA ``div.g-recaptcha`` and
its ``www.google.com/recaptcha/`` or ``www.recaptcha.net/recaptcha/`` frames, hCaptcha ``div.h-captcha``
and ``hcaptcha.com`` frames, Turnstile ``div.cf-turnstile``), as pages of a site's own put them before
the story (aponkral/reguard templates/reGuard-recaptcha.tpl).
PC = public code and saved responses quoting the vendor's block page (Akamai "Access Denied …
Reference #18.…  errors.edgesuite.net"; Sucuri ``X-Sucuri-Block``/``Server: Sucuri/Cloudproxy``
with ``cdn.sucuri.net/sucuri-firewall-block.css``; DataDome ``<p id="cmsg">Please enable JS and
disable any ad blocker</p>`` + ``geo.captcha-delivery.com`` iframe, ``x-datadome`` header,
``datadome`` cookie; PerimeterX/HUMAN "Access to this page has been denied", ``#px-captcha``,
"Press & Hold", "Please verify you are a human").

Our page parser drops ``<script>`` and ``<style>`` before building the tree
(scraper.htmlio.strip_code), so page rules look only at what stays: the title, element ids and
classes, iframe/link/form URLs and visible text. Script-only markers (``_cf_chl_opt``,
``_pxAppId``) cannot be seen and are not listed.

The kind names are the stats suffixes: ``blocked/<kind>``.
"""
from __future__ import annotations

# Answers that are a block whatever the body says (stats ``blocked/http_<status>`` unless a
# vendor is named by headers or page).
BLOCK_STATUSES: frozenset[int] = frozenset({403, 429, 503})

# --- headers ---------------------------------------------------------------------------------
# (kind, header name (lower case), substring of the value (lower case) or "" = any value,
#  needs a block status?, source)
# needs_status=False: the header alone says "this answer is a challenge", whatever the status.
HEADER_RULES: tuple[tuple[str, str, str, bool, str], ...] = (
    ("cloudflare", "cf-mitigated", "challenge", False, "CFD: set on every challenge answer"),
    ("cloudflare", "cf-chl-bypass", "", False, "CS: legacy IUAM challenge answers"),
    ("cloudflare", "server", "cloudflare", True, "W00F cloudflare.py: Server: cloudflare"),
    ("cloudflare", "cf-ray", "", True, "W00F cloudflare.py: CF-RAY on every Cloudflare answer"),
    ("akamai", "server", "akamaighost", True, "W00F kona.py: Server: AkamaiGHost"),
    ("akamai", "server", "akamainetstorage", True, "PC: Akamai NetStorage edge"),
    ("datadome", "x-datadome", "", True, "PC: x-datadome: protected on DataDome answers"),
    ("datadome", "x-dd-b", "", True, "PC: DataDome block answers"),
    ("sucuri", "x-sucuri-block", "", False, "W00F sucuri.py: X-Sucuri-Block on blocked answers"),
    ("sucuri", "x-sucuri-id", "", True, "W00F sucuri.py: X-Sucuri-ID"),
    ("sucuri", "server", "sucuri", True, "W00F sucuri.py: Server: Sucuri/Cloudproxy"),
    ("imperva", "x-iinfo", "", True, "PC: Imperva/Incapsula answers carry X-Iinfo"),
    ("aws-waf", "x-amzn-waf-action", "challenge", False, "AWS: 202 + x-amzn-waf-action: challenge"),
    ("aws-waf", "x-amzn-waf-action", "captcha", False, "AWS: 405 + x-amzn-waf-action: captcha"),
    ("vercel", "x-vercel-mitigated", "challenge", False, "VCL: x-vercel-mitigated: challenge"),
    ("vercel", "x-vercel-challenge-token", "", False, "VCL: the checkpoint's challenge token"),
    ("ddos-guard", "server", "ddos-guard", True, "DDG: Server: ddos-guard on its 403"),
)

# Cookies set by the vendor on its block answer: (kind, cookie name (lower case), source).
COOKIE_RULES: tuple[tuple[str, str, str], ...] = (
    ("datadome", "datadome", "PC: DataDome's session cookie, set by its captcha answer"),
    ("perimeterx", "_pxhd", "W00F perimeterx.py; PC: PerimeterX/HUMAN cookies"),
    ("perimeterx", "_px3", "PC: PerimeterX/HUMAN cookies"),
    ("perimeterx", "_pxvid", "PC: PerimeterX/HUMAN cookies"),
    ("cloudflare", "cf_chl_rc_m", "PC: Cloudflare challenge cookies"),
)

# --- page ------------------------------------------------------------------------------------
# Page titles (compared after lower-casing, collapsing spaces and dropping trailing dots and
# ellipses), as (kind, title prefix, source). A title alone is enough only on a short page
# (see MAX_ELEMENTS, MAX_TEXT_CHARS): an article titled "Access denied" has a story under it.
TITLE_RULES: tuple[tuple[str, str, str], ...] = (
    ("cloudflare", "just a moment", "CFW: managed challenge (all 2024-2026 saved pages)"),
    ("cloudflare", "attention required! | cloudflare", "PC: Cloudflare block page (error 1020)"),
    ("cloudflare", "please wait... | cloudflare", "CS js_challenge_02_11_2021.html"),
    ("cloudflare", "please wait | cloudflare", "CS"),
    ("cloudflare", "checking your browser", "CS: legacy IUAM page"),
    ("sucuri", "sucuri website firewall", "W00F sucuri.py: <title>Sucuri WebSite Firewall - Access Denied"),
    ("perimeterx", "access to this page has been denied", "W00F perimeterx.py; PC HUMAN block page"),
    ("akamai", "access denied", "PC: Akamai 'Access Denied' page (needs its Reference # text too)"),
    ("imperva", "pardon our interruption", "PC: Imperva (ex-Distil) bot page"),
    ("ddos-guard", "ddos-guard", "DDG: <title>DDOS-GUARD</title>"),
    ("vercel", "vercel security checkpoint", "VCL"),
    ("anubis", "making sure you're not a bot", "ANB: the wall's title (curly apostrophes read as straight)"),
    ("go-away", "checking you are not a bot", "go-away's challenge page title"),
    # CloudFront's error page: the same title over a 502/503/504 (the origin did not answer) as over a block,
    # so only with the block's own line (TITLE_NEEDS_TEXT); "Request blocked." is an AWS WAF rule's or a
    # geographic restriction's 403 (W00F cloudfront.py and aws.py; the page as quoted in public issues;
    # a written probe of walls and errors, 2026-12-07)
    ("cloudfront", "error: the request could not be satisfied", "W00F; PC: CloudFront's 403 page"),
    # F5 BIG-IP ASM / Advanced WAF's default blocking response (W00F f5bigipasm.py; the same probe)
    ("f5", "request rejected", "W00F f5bigipasm.py: the blocking page's title"),
    # an Arab site's own block page ("your access has been blocked", "access denied" in Arabic; a written
    # probe of walls and errors, 2026-12-07, stored one as a story): the short page of a firewall's refusal
    ("access-denied", "تم حظر وصولك", "a written probe, 2026-12-07"),
    ("access-denied", "تم حظر الوصول", "a written probe, 2026-12-07"),
    ("access-denied", "تم رفض الوصول", "Arabic for the vendors' 'Access denied'"),
    # an ISP's or a regulator's block page served in the site's place ("الموقع محجوب" over "… محتوى محظور بموجب
    # سياسة تنظيم الوصول إلى الإنترنت …": a second written probe of walls and blocks, 2026-12-07, after the Gulf
    # regulators' block pages as reported)
    ("isp", "الموقع محجوب", "a written probe, 2026-12-07"), ("isp", "هذا الموقع محجوب", "a written probe, 2026-12-07"),
    # the web server's own refusal served in the site's place, nginx's and Apache's default pages ("<title>403
    # Forbidden</title>" over "<h1>403 Forbidden</h1><hr><center>nginx</center>", nginx's ngx_http_special_response.c;
    # Apache's "You don't have permission to access this resource."): a written probe of walls and blocks,
    # 2026-12-07, served one with 200 (a 403 is a block by its status already: BLOCK_STATUSES)
    ("forbidden", "403 forbidden", "nginx's and Apache's default 403 page"),
)
# Titles that name a vendor only together with one of these texts in the page (lower case).
TITLE_NEEDS_TEXT: dict[str, tuple[str, ...]] = {
    "akamai": ("reference #", "errors.edgesuite.net", "you don't have permission to access"),
    "cloudfront": ("request blocked",),
    "f5": ("the requested url was rejected", "your support id is"),
}

# Elements that exist only on challenge pages: (kind, XPath predicate on one element, source).
# All are tested in one walk over the (small) page: ``//*[p1 or p2 …]``.
ELEMENT_RULES: tuple[tuple[str, str, str], ...] = (
    ("cloudflare", "@id='challenge-error-text'", "CFW: noscript text of the managed challenge"),
    ("cloudflare", "@id='challenge-form'", "CS: form of the JS/captcha challenge"),
    ("cloudflare", "@id='challenge-running' or @id='challenge-stage' or @id='cf-challenge-running'",
     "CS; PC: challenge stages"),
    ("cloudflare", "contains(concat(' ', normalize-space(@class), ' '), ' cf-browser-verification ')",
     "CS: legacy IUAM page"),
    ("cloudflare", "self::iframe and starts-with(@src, 'https://challenges.cloudflare.com')",
     "CRW blocked.py: Turnstile iframe"),
    ("cloudflare", "self::form and contains(@action, '__cf_chl_')", "CS: challenge form action token"),
    ("datadome", "self::iframe and contains(@src, 'captcha-delivery.com')",
     "PC: DataDome captcha iframe (geo.captcha-delivery.com/captcha/)"),
    ("datadome", "self::p and @id='cmsg'",
     "PC: DataDome interstitial 'Please enable JS and disable any ad blocker'"),
    # DataDome's captcha page itself (the page of its geo.captcha-delivery.com frame, as a reader or a
    # crawler following the frame gets it: "We want to make sure it is actually you we are dealing with and not
    # a robot." in div.captcha__human__title, "Why this verification?" in .captcha__robot__warning, in the
    # site's language; public scrapers' block checks read these classes: '#captcha-container >
    # div.captcha__human', '.captcha__robot__warning'; a written probe of walls, 2026-12-07, stored its French
    # page as a story)
    ("datadome", "contains(@class, 'captcha__human') or contains(@class, 'captcha__robot')",
     "PC: DataDome's captcha page (div.captcha__human__title, .captcha__robot__warning)"),
    ("perimeterx", "@id='px-captcha' or @id='px-captcha-wrapper' or @id='px-captcha-modal'",
     "W00F perimeterx.py; PC: HUMAN press-and-hold captcha"),
    ("sucuri", "self::link and contains(@href, 'sucuri.net/sucuri-firewall-block.css')",
     "W00F sucuri.py: cdn.sucuri.net/sucuri-firewall-block.css"),
    ("imperva", "self::iframe and contains(@src, '_Incapsula_Resource')",
     "CRW blocked.py: iframe[src*=\"_Incapsula_Resource\"]"),
    ("anubis", "self::img and contains(@src, '/.within.website/x/cmd/anubis/')",
     "ANB: the mascot images of the wall"),
    ("wordfence", "self::a and contains(@href, 'wordfence.com/help/?query=locked-out')",
     "Wordfence's 403 page (wf-waf/src/views/403.php): its help link for a locked-out reader; the page's three "
     "paragraphs of explanation pass for a story (STORY_PARAGRAPHS), this link only a block page prints"),
    ("aws-waf", "self::div and @id='challenge-container' and not(*) and not(normalize-space())",
     "AWS: the interstitial's empty box, which its challenge.js fills (saved challenge pages in public "
     "repositories: <div id=\"challenge-container\"></div> before AwsWafIntegration.getToken(), beside "
     "window.gokuProps and a <script> of *.token.awswaf.com/…/challenge.js, which the parse never sees: "
     "scripts are cut before it); a 200 page without the x-amzn-waf-action header"),
)

# The element markers a story's page may carry as well (a widget of the page, not a challenge page of
# its own): a page holding one is a challenge only when it carries no story (STORY_PARAGRAPHS).
EMBEDDABLE_ELEMENTS = frozenset({"self::iframe and starts-with(@src, 'https://challenges.cloudflare.com')"})
assert EMBEDDABLE_ELEMENTS <= {pred for _k, pred, _s in ELEMENT_RULES}

# Visible text of the page (lower case) that names a challenge on a short page:
# (kind, text, source).
TEXT_RULES: tuple[tuple[str, str, str], ...] = (
    ("aws-waf", "complete the security check before continuing. this step verifies that you are not a bot",
     "AWS WAF's CAPTCHA page (its <title> 'Human Verification', 405): 'Let's confirm you are human / Complete the "
     "security check before continuing. This step verifies that you are not a bot, which helps to protect your "
     "account and prevent spam.', as public scrapers' block checks and test fixtures quote it; a written probe "
     "of walls and blocks, 2026-12-07, stored it as a story"),
    ("cloudflare", "enable javascript and cookies to continue", "CFW"),
    ("cloudflare", "needs to review the security of your connection before proceeding", "CFW"),
    ("cloudflare", "sorry, you have been blocked", "PC: Cloudflare block page (error 1020)"),
    ("cloudflare", "checking your browser before accessing", "CS: legacy IUAM page"),
    ("cloudflare", "checking if the site connection is secure", "PC: Cloudflare 2022 interstitial"),
    ("cloudflare", "verifying you are human. this may take a few seconds", "CFW: managed challenge text"),
    ("cloudflare", "performing security verification", "PC: Cloudflare 2025 interstitial heading"),
    ("imperva", "request unsuccessful. incapsula incident id", "PC: Imperva/Incapsula block page"),
    ("perimeterx", "press & hold to confirm you are", "PC: HUMAN press-and-hold captcha"),
    ("perimeterx", "please verify you are a human", "PC: PerimeterX block page headline"),
    ("perimeterx", "we believe you are using automation tools", "W00F perimeterx.py"),
    ("datadome", "please enable js and disable any ad blocker", "PC: DataDome interstitial"),
    ("sucuri", "access denied - sucuri website firewall", "W00F sucuri.py"),
    ("vercel", "vercel security checkpoint", "VCL: the page's heading"),
    ("anubis", "protected by anubis from techaro", "ANB: the wall's footer"),
    ("f5", "the requested url was rejected. please consult with your administrator", "W00F f5bigipasm.py"),
    # Cloudflare's 1020/1015/1010 pages ("Access denied | <host> used Cloudflare to restrict access": the
    # wording of cloudflare/workers-sdk's limited-response template), the WAFs of the wafw00f and identYwaf
    # signatures (Wordfence's wf-waf 403.php, Apache ModSecurity's 406, Radware, Reblaze), Yandex SmartCaptcha's
    # checkbox page, Tencent Cloud WAF's interception page: a second written probe of walls and blocks,
    # 2026-12-07, stored all of them as stories
    ("cloudflare", "this website is using a security service to protect itself from online attacks",
     "CFW: 1020 and block pages"),
    ("cloudflare", "has banned you temporarily from accessing this website", "CFW: 1015 rate limit"),
    ("cloudflare", "has banned your access based on your browser's signature", "CFW: 1010 browser signature"),
    ("wordfence", "your access to this site has been limited by the site owner", "W00F wordfence.py; wf-waf 403.php"),
    ("wordfence", "your access to this service has been limited", "Wordfence's 403 page"),
    ("modsecurity", "this error was generated by mod_security", "W00F modsecurity.py; Apache's 406 page"),
    ("radware", "unauthorized activity has been detected", "W00F radware.py; identYwaf"),
    ("reblaze", "current session has been terminated", "W00F reblaze.py; identYwaf"),
    ("yandex", "подтвердите, что запросы отправляли вы, а не робот", "Yandex SmartCaptcha's checkbox page"),
    ("tencent", "已被腾讯云安全拦截", "W00F tencent.py; identYwaf"),
    # Imunify360's bot protection on shared hosts ("Access denied by Imunify360 bot-protection. IPs used by bots
    # when attacking websites are blocked …", as its users quote the page; a written probe of walls and blocks,
    # 2026-12-07, in an Indonesian host's frame)
    ("imunify360", "access denied by imunify360", "Imunify360's block page as quoted in public issues"),
    # Akamai's block page links its reference on its own error host whatever language its title is in
    # (the page as quoted in public issues: "Reference #18.… https://errors.edgesuite.net/18.…"; a Spanish
    # "Acceso denegado" page in a written probe of walls, 2026-12-07, passed as a story)
    ("akamai", "errors.edgesuite.net/", "PC: Akamai 'Access Denied' page's reference link"),
    # a site's own browser check in Arabic ("جارٍ التحقق من متصفحك" over "… بالتأكد من أنك لست برنامجاً آلياً …": the
    # wording of Cloudflare's interstitial, "Checking your browser", in Arabic; a written probe of pages that are
    # no articles, 2026-12-07, stored it as a story)
    ("bot-check", "التحقق من متصفحك", "a written probe, 2026-12-07"),
    ("bot-check", "أنك لست برنامجا", "a written probe, 2026-12-07"),
    ("bot-check", "أنك لست برنامجاً", "a written probe, 2026-12-07"),
)

# A captcha page of no named vendor (kind ``captcha``): on a short page, a captcha widget (CAP)
# together with one of these phrases asking the reader to prove a person is there. The widget
# alone is no wall (a site's contact or log-in page has one); the phrases alone name none either.
# Compared with the page's folded text (scraper.textnorm.fold: hamza, tashkeel, case).
CAPTCHA_WIDGETS = (
    "self::iframe and (contains(@src, 'google.com/recaptcha/') or contains(@src, 'recaptcha.net/recaptcha/')"
    " or contains(@src, 'hcaptcha.com/'))",
    # (a substring test first: the whole-token test builds two strings for every element with a class)
    "contains(@class, 'captcha') and (contains(concat(' ', normalize-space(@class), ' '), ' g-recaptcha ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' h-captcha '))",
    "contains(@class, 'cf-turnstile') and contains(concat(' ', normalize-space(@class), ' '), ' cf-turnstile ')",
    # any element that carries a captcha's site key (reCAPTCHA's, hCaptcha's and Turnstile's widgets all read
    # data-sitekey; a site's own wrapper, <div class="captcha-widget" data-sitekey="…">, in a written probe of
    # loopback sites, 2026-12-07, whose check page was stored)
    "@data-sitekey",
)  # CAP
CAPTCHA_PHRASES = (
    "not a robot", "are you a robot", "you are a human", "you are human", "are you human",
    "unusual traffic", "security check", "human verification", "prove you're human",
    # (Arabic: "تحقق من أنك لست روبوتا", "أنا لست برنامج روبوت", "أكد أنك إنسان", "حركة مرور غير عادية")
    "لست روبوت", "لست برنامج روبوت", "انك انسان", "حركة مرور غير عادية", "التحقق الامني",
)

# A page with more elements than this is not looked at (the Cloudflare captcha page of CS has
# about 70 elements, the managed challenge about 15, Akamai's and DataDome's fewer than 10; a
# news article page has thousands).
MAX_ELEMENTS = 400
# A page with more visible text than this is not a challenge page, whatever it mentions
# (challenge and block pages carry a few hundred characters; the largest saved one, the 2021
# Cloudflare captcha page of CS, about 1,300).
MAX_TEXT_CHARS = 3000

# A short page that carries a story is no challenge page, whatever its title or text quotes (an
# article on a Cloudflare outage quoting "Checking your browser before accessing", one on bot
# walls quoting "Please enable JS and disable any ad blocker": both were taken for blocks in a
# written probe of 52 wall and control pages, 2026-12-06). A story here: this many <p> of this
# many words. The vendors' element markers still count, but those a story page may carry too
# (EMBEDDABLE_ELEMENTS: Cloudflare's Turnstile widget, its challenges.cloudflare.com iframe, in the
# comment form under a short story, a written probe of walls and stories, 2026-12-07). Paragraphs in a
# <details> box do not count (Anubis's folded explanation). The challenge
# and block pages saved in tests/sites/blocked/challenges and the probe's 14 have at most two such
# paragraphs (PerimeterX's block page 27 and 21 words, its third 19; Cloudflare's block page
# "This website is using a security service…" 44 and "You can email the site owner…" 36).
STORY_PARAGRAPHS = 3
STORY_PARAGRAPH_WORDS = 20

# What the operator is told, once per site and run, when a site blocks us.
HINT = ("use a proxy (the http_proxy/https_proxy environment variables for every site, or "
        "SITE_PROXIES={'<site>': 'http://host:port'} / the spider's proxy attribute for this one) "
        "or slow down (DOWNLOAD_DELAY, AUTOTHROTTLE_TARGET_CONCURRENCY, a sparser cron schedule)")
