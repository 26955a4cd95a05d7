"""Cookie-consent banners, consent walls and consent cookies: rules as data.

Each entry names its public source. Abbreviations (see ../shared/reference/consent-and-noise.md):
AC = duckduckgo/autoconsent rules, COM = cavi-au/Consent-O-Matic, MZ = mozilla/cookie-banner-rules-list,
FX = fundus raw-HTML fixtures, TF = trafilatura settings.py/xpaths.py, BBC = bbc/simorgh translations,
TAC = tarteaucitron.js lang/tarteaucitron.ar.js, FTR = fivefilters/ftr-site-config, PC = public code.

Matching of ids and classes is on whole tokens (one class name, or the id), case-insensitive,
never on substrings of arbitrary words: trafilatura learned that bare ``cookie`` substrings match
WordPress body classes such as ``cookies-not-set`` and delete whole pages.
"""
from __future__ import annotations

import re

# --- DOM rules: exact ids (lower-cased) ------------------------------------------------------
CMP_IDS: dict[str, str] = {
    # WordPress plugins, server-rendered
    "cookie-law-info-bar": "cookie-law-info (FX Daily Maverick; AC cookie-law-info.json)",
    "cookie-law-info-again": "cookie-law-info (AC cookie-law-info.json)",
    "cookie-law-bg": "cookie-law-info (AC cookie-law-info.json)",
    "cliSettingsPopup".lower(): "cookie-law-info settings modal (PC)",
    "cmplz-cookiebanner-container": "Complianz (PC; MZ global rule)",
    "cmplz-manage-consent": "Complianz (PC)",
    "moove_gdpr_cookie_info_bar": "Moove GDPR (AC moove.json)",
    "moove_gdpr_cookie_modal": "Moove GDPR (AC moove.json)",
    "cookie-notice": "Cookie Notice by dFactory (PC saved WP pages; MZ danas.rs)",
    "cn-notice-text": "Cookie Notice by dFactory (PC)",
    "gdpr-cookie-consent-bar": "WPEka GDPR Cookie Consent (AC wp-cookie-notice.json)",
    "borlabscookiebox": "Borlabs Cookie (TF; AC)",
    "ckybannertemplate": "CookieYes banner template (FX The Namibian)",
    # third-party CMP containers (rarely server-rendered, cheap to cover)
    "onetrust-consent-sdk": "OneTrust (AC onetrust.ts; FX Reuters)",
    "onetrust-banner-sdk": "OneTrust (AC onetrust.ts)",
    "onetrust-pc-sdk": "OneTrust (AC onetrust.ts)",
    "optanon-menu": "OneTrust legacy (COM optanon.json)",
    "didomi-host": "Didomi (AC didomi.json)",
    "didomi-popup": "Didomi (AC didomi.json)",
    "didomi-notice": "Didomi (AC didomi.json)",
    "usercentrics-root": "Usercentrics (AC usercentrics-*.json)",
    "usercentrics-cmp-ui": "Usercentrics (AC)",
    "qc-cmp2-container": "Quantcast Choice (AC quantcast.json)",
    "qc-cmp2-main": "Quantcast Choice (AC quantcast.json)",
    "cybotcookiebotdialog": "Cookiebot (AC cookiebot.ts; MZ global)",
    "cybotcookiebotdialogbodyunderlay": "Cookiebot (AC cookiebot.ts)",
    "cb-cookieoverlay": "Cookiebot (COM cookiebot.json)",
    "truste-consent-track": "TrustArc (AC trustarc-top.ts)",
    "truste-consent-content": "TrustArc (AC)",
    "trustarc-banner-overlay": "TrustArc (AC)",
    "iubenda-cs-banner": "iubenda (AC iubenda.json; MZ repubblica.it)",
    "cmpbox": "consentmanager.net (AC consentmanager.ts; MZ global)",
    "cmpbox2": "consentmanager.net (AC)",
    "cmpwrapper": "consentmanager.net (AC)",
    "tarteaucitronroot": "tarteaucitron.js (AC; COM)",
    "tarteaucitronalertbig": "tarteaucitron.js (TAC)",
    "cc--main": "orestbida cookieconsent v2 (AC)",
    "cc-main": "orestbida cookieconsent v3 (AC)",
    "sd-cmp": "Sirdata (AC)",
    "_evidon_banner": "Evidon (AC)",
    "fides-banner": "NYT Fides (AC)",
    "bbccookies": "BBC cookie banner (MZ bbc.com rule)",
    "termly-code-snippet-support": "Termly (AC termly.json)",
    "axeptio_btn_dismiss": "Axeptio (AC axeptio.json)",
    "cookieChoiceInfo".lower(): "Google's cookiechoices.js bar, which Blogger puts on its blogs for EU readers "
                                "(Blogger's template CSS '#cookieChoiceInfo{bottom:0;top:auto}' and cookie-banner "
                                "selector lists in public code; a written probe of page kinds, 2026-12-07)",
    "cookiewall": "generic cookie wall id (ISD common.css; EL general_hide)",
    "consent-page": "Yahoo consent page (AC yahoo.json)",
    "privacy-cp-wall-settings": "contentpass wall (COM contentpass.json)",
    "pg-root-shadow-host": "DPG Media privacy gate (AC)",
    "pg-shadow-host": "DPG Media privacy gate (AC)",
}

# --- DOM rules: exact class tokens (lower-cased) ------------------------------------------------
CMP_CLASSES: dict[str, str] = {
    "cli-modal": "cookie-law-info (AC cookie-law-info.json)",
    "cli-popupbar-overlay": "cookie-law-info (AC)",
    "cli-bar-container": "cookie-law-info (FX Daily Maverick)",
    "wt-cli-cookie-bar-container": "cookie-law-info (EL README)",
    "cmplz-cookiebanner": "Complianz (PC)",
    "cmplz-soft-cookiewall": "Complianz soft cookie wall (PC)",
    # consent plugins' placeholders over an embed they hold back until consent (its notice, not the page's
    # banner): Complianz's "<div class="cmplz-blocked-content-notice">" with its blocked_content_text
    # (Really-Simple-Plugins/complianz-gdpr, class-cookie-blocker.php and its field defaults), Borlabs
    # Cookie's "<div class="_brlbs-content-blocker">" preview (borlabs-cookie's content blocker previewHTML);
    # a written probe of European blogs, 2026-12-07, kept Complianz's notice in a match report
    "cmplz-blocked-content-notice": "Complianz blocked-content notice (complianz-gdpr source)",
    "_brlbs-content-blocker": "Borlabs Cookie content blocker (borlabs-cookie previewHTML)",
    "moove-gdpr-info-bar-container": "Moove GDPR (PC template)",
    "moove-gdpr-cookie-notice": "Moove GDPR (PC template)",
    "cookie-notice-container": "Cookie Notice by dFactory (PC)",
    "cky-consent-container": "CookieYes (AC cookieyes.json; FX The Namibian)",
    "cky-consent-bar": "CookieYes (AC cookieyes.json)",
    "cky-modal": "CookieYes (AC cookieyes.json)",
    "cky-overlay": "CookieYes (AC)",
    "contao-cookiebar": "Oveleon Contao Cookiebar (oveleon/contao-cookiebar contao/templates/cookiebar/cookiebar_default.html5: "
                        "<div class=\"contao-cookiebar cc-wrap\" role=\"complementary\">; a written probe of German news pages, 2026-12-06)",
    "fc-consent-root": "Google Funding Choices (AC fundingchoices.json; NHA-015 youm7/ahram)",
    "fc-dialog-container": "Google Funding Choices (AC fundingchoices.json)",
    "fc-dialog-overlay": "Google Funding Choices (AC fundingchoices.json)",
    "fc-ab-root": "Google Funding Choices ad-block dialog (AC)",
    "onetrust-pc-dark-filter": "OneTrust (AC onetrust.ts)",
    "optanon-alert-box-wrapper": "OneTrust legacy (COM optanon.json)",
    "js-consent-banner": "OneTrust prehide (AC onetrust.ts)",
    "didomi-popup-notice": "Didomi (AC didomi.json)",
    "didomi-notice-banner": "Didomi (AC didomi.json)",
    "uc-banner-wrapper": "Usercentrics legacy (AC)",
    "qc-cmp2-container": "Quantcast Choice (MZ global)",
    "qc-cmp2-summary-buttons": "Quantcast Choice (AC)",
    "truste-consent-content": "TrustArc (AC)",
    "trustarc-banner-container": "TrustArc (AC)",
    "truste_popframe": "TrustArc (AC)",
    "osano-cm-window": "Osano (AC osano.json)",
    "osano-cm-dialog": "Osano (AC osano.json)",
    "axeptio_mount": "Axeptio (AC axeptio.json)",
    "axeptio_widget": "Axeptio (AC axeptio.json)",
    "ncmp__banner": "consentmanager.net ncmp (AC consentmanager-ncmp.json)",
    "klaro": "Klaro (AC)",
    "privacy-cp-wall": "contentpass wall (COM contentpass.json; MZ corriere.it)",
    "privacy-cp-wall__wrapper_cmp": "contentpass wall (COM contentpass.json)",
    "gdpr-lmd-wall": "Le Monde consent wall (MZ lemonde.fr)",
    "cookiewall": "generic cookie wall class (ISD common.css)",
    "message-container": "",  # placeholder removed below (too generic on its own)
    "sp_veil": "Sourcepoint veil (AC)",
    "consent-form": "Yahoo consent form (AC yahoo.json)",
    "website-cookies": "LBC home-made banner (FX lb/LBCGroup_2026_01_08)",
    "websitecookies": "LBC home-made banner (FX lb/LBCGroup_2026_01_08)",
}
CMP_CLASSES.pop("message-container")

# id prefixes (lower-cased)
# --- DOM rules: custom elements that are consent UI whatever their attributes ----------------------
CONSENT_TAGS: dict[str, str] = {
    "amp-consent": "AMP consent component (amp.dev docs components/amp-consent; ampproject/amphtml extensions/amp-consent)",
    "amp-user-notification": "AMP user notification, the older cookie notice (ampproject/amphtml extensions/amp-user-notification)",
    "amp-geo": "AMP geo lookup that drives amp-consent (ampproject/amphtml extensions/amp-geo)",
}

CMP_ID_PREFIXES: dict[str, str] = {
    "sp_message_container_": "Sourcepoint message container (AC sourcepoint-frame.ts; MZ global)",
    "cookie-law-info": "cookie-law-info (AC)",
    "cmplz-cookiebanner": "Complianz (PC)",
    "cybotcookiebotdialog": "Cookiebot (AC)",
    "onetrust-": "OneTrust (AC)",
}

# Generic, anchored vocabulary for home-made and themed banners, matched against one whole
# lower-cased class token or id. Derived from TF ``_COOKIE_CONSENT_RE`` (commit 3d89493a) and
# widened with the forms seen in EL general_hide and Arabic theme markup (PC). A short namespace
# prefix of one to three letters may come first, as atomic and ITCSS class names print it ("o-cookieBanner",
# note.com's organism; "c-cookie-banner", "js-cookie-notice"): a written probe of blogs in 14 languages,
# 2026-12-07, kept note.com's banner (not "no-": "no-cookie-banner" says there is none).
GENERIC_TOKEN_RE = re.compile(
    r"^(?:(?!no[-_])[a-z]{1,3}[-_])?(?:"
    r"cookies?[-_]?(?:banner|bar|consent|law|notice|notification|policy[-_]?(?:banner|bar|popup|notice)|popup|pop[-_]?up|message|msg|box|wrapper|container|alert|modal|overlay|warning|disclaimer|info|dialog|panel|wall|accept|agreement|compliance|prompt|strip)s?"
    r"|notice[-_]{0,2}cookies?|accept[-_]?cookies?|website[-_]?cookies|site[-_]?cookies"
    r"|consent[-_]?(?:banner|manager|sdk|popup|pop[-_]?up|modal|bar|box|wall|dialog|overlay|notice|layer|interstitial)"
    r"|gdpr[-_]?(?:banner|consent|cookies?|popup|bar|notice|modal|wall|box)"
    r"|cmp[-_]?(?:banner|container|wrapper|dialog|popup)|privacy[-_]?wall"
    r"|cookiebot\w*|cmplz[-_]\w+|borlabs[-_]?cookie\w*|moove[-_]?gdpr\w*|onetrust\w*|didomi\w*|cookieyes\w*"
    r")(?:$|__|--)",
    re.I,
)

# Markup whose presence marks a consent wall (the whole page is a consent screen), seen in the DOM walk
# (scraper.domwalk page facts): Yahoo (AC yahoo.json), Le Monde (MZ), contentpass (COM), generic (ISD
# common.css); a form posting to a consent host (Google, uBO) and a meta refresh to one are page facts too.
WALL_IDS = {"consent-page", "cookiewall", "privacy-cp-wall-settings", "privacywall", "privacy-wall"}
WALL_CLASSES = {"gdpr-lmd-wall", "privacy-cp-wall", "cookiewall", "consent-form", "privacy-wall"}
# ("privacy-wall": DPG Media's name for its consent wall, in its accept URL …/privacy-wall/accept, and
# a home-made wall of that name in a written probe page, 2026-12-04)
WALL_BODY_CLASSES = {"cookiewall", "cookiewall-active", "didomi-popup-open", "sp-message-open", "qc-cmp-ui-showing",
                     "consent-page"}   # (the last: a page served as a consent screen, the same probe as WALL_NAME_RE's interstitial)
# <title> of pages that are only a consent screen (NPR, Google "Before you continue", Arabic CMPs).
WALL_TITLE_RE = re.compile(
    r"cookie consent|consent and choices|consent management|before you continue|privacy (?:settings|choices|wall)"
    r"|cookie (?:settings|preferences)|avant de continuer|bevor sie fortfahren"
    # ("privacy settings", "your privacy choices" in Dutch, German, French, Italian and Spanish: the title
    # of a Dutch publisher's consent gate in a written probe of walls, 2026-12-07, "… - Privacy-instellingen")
    r"|privacy[- ]?instellingen|datenschutz[- ]?einstellungen|paramètres de confidentialité"
    r"|(?:vos )?choix de confidentialité|impostazioni (?:della |sulla )?privacy|configuración de privacidad"
    r"|إشعار الخصوصية|إعدادات الخصوصية|خصوصيتك تهمنا|نهتم بخصوصيتك|قبل أن تتابع|قبل المتابعة"
    r"|(?:إعدادات|موافقة|الموافقة على) (?:ملفات تعريف الارتباط|الكوكيز)",
    re.I,
)  # NPR (goosepaper#61), Google ("Before you continue"), CMP screens (PC); never bare cookie words:
   # an article titled "قانون جديد لملفات تعريف الارتباط" is an article

# A consent screen served at the story's address keeps the story's metadata (og:type article, a
# NewsArticle JSON-LD) while the page shows only the screen: that metadata is then no proof of a
# story. The screen is told by its box: the chosen story box (or the box right around it) holds the
# consent buttons, what is left of it is short (under WALL_BOX_MAX_CHARS) and at least
# WALL_BOX_CONSENT_SHARE of the text of its lines of more than WALL_LEFTOVER_TITLE_WORDS words speaks
# of cookies or of the reader's choices (WALL_CHOICE_WORDS, below). A brief with a banner in its box
# leaves its own story line; a story about cookie law in a box with such buttons is longer.
# (Written for tests/test_adversarial.py; a wall page of the shared corpus keeps no story metadata.)
WALL_BOX_MAX_CHARS = 1500
WALL_BOX_CONSENT_SHARE = 0.5
# ... or, whatever the buttons are made of (links, <span>s), the consent text taken out is at least
# what is left, what is left is under WALL_LEFTOVER_MAX_CHARS, and each of its lines of more than
# WALL_LEFTOVER_TITLE_WORDS words still speaks of the reader's choices (a cookie word or one of
# WALL_CHOICE_WORDS, folded): "يمكنك الموافقة على ذلك أو رفضه أو إدارة تفضيلاتك …". A brief with a
# banner leaves a line of its own story.
WALL_LEFTOVER_MAX_CHARS = 250
WALL_LEFTOVER_TITLE_WORDS = 5
# (a line of at most WALL_DATELINE_MAX_WORDS words that holds a date and ends no sentence is no story line
# left: a source and date line under a wall, verdicts._dateline_only)
WALL_DATELINE_MAX_WORDS = 12
WALL_CHOICE_WORDS = [
    "الموافقة", "موافقتك", "تفضيلاتك", "خياراتك", "الخصوصية", "خصوصيتك", "شركاؤنا", "شركائنا",
    "إعداداتك",   # ("يمكنك قبول جميع الملفات أو رفضها أو تعديل إعداداتك في أي وقت.": the second probe, 2026-12-05)
    "consent", "preferences", "your choices", "privacy", "our partners", "your settings",
    # (the same in the languages of the European and Turkish walls: a Turkish KVKK wall's "açık rızanızı", "iş
    # ortaklarımızla", "kişisel verilerinizi" in a box named kvkkWall passed as a story; a written probe of walls,
    # 2026-12-07)
    "rızanızı", "rızanız", "açık rıza", "iş ortaklarımız", "kişisel verileriniz", "tercihlerinizi",
    "einwilligung", "unsere partner", "ihre auswahl", "consentement", "nos partenaires", "vos choix",
    "consentimiento", "nuestros socios", "consenso", "i nostri partner", "toestemming", "onze partners",
    # (a pay-or-accept wall's opening, "Sie haben die Wahl: Lesen Sie unsere Inhalte wie gewohnt mit Werbung …
    # oder abonnieren Sie …": a written probe of walls, 2026-12-07; its partners counted: BANNER_PARTNERS_COUNTED)
    "sie haben die wahl", "vous avez le choix", "tienes la opción", "puoi scegliere",
]

# A consent wall's own box named as one: an id or class token that joins a consent word and "wall"
# ("cookiewall", "privacy-wall", "consent-wall", "cmp-wall", "cmpbox-wall", "gdpr-wall"; WALL_IDS and
# WALL_CLASSES above name the ones seen on real pages). The story box, or a box around it, so named,
# with less than WALL_NAMED_MAX_CHARS characters left, is the wall's text, unless the page's metadata
# says article and most of what is left does not speak of cookies or choices (a story in a box a site
# named so). A written probe of walls in five European languages (2026-12-07): the German "Pur" wall in
# main#cmpbox-wall, the French one in div#sd-cmp-wall, the Italian one in div#gdp-cookiewall passed as
# stories, their lines in no vocabulary of the line rules.
# (... or "popup", "gate", "modal", "overlay" after a consent word; and the data-protection laws' names in
# other countries, which sites name their consent screens by: Polish "rodo" ("rodo-popup"), Turkish "kvkk"
# ("kvkk-wall"), French/Spanish "rgpd", German "dsgvo", Brazilian "lgpd": the second written probe of
# walls, 2026-12-07)
# (... and "interstitial", the page a consent screen is served as: "<div class="consent-interstitial">" filling a
# page whose <body> says "consent-page", a written probe of walls, 2026-12-07, stored as a story)
WALL_NAME_RE = re.compile(r"(?:cmp|consent|cookies?|privacy|gdpr|rgpd|dsgvo|rodo|kvkk|lgpd|tcf)[-_]?(?:box[-_]?)?"
                          r"(?:wall|popup|gate|modal|overlay|interstitial)(?![a-z])", re.I)
WALL_NAMED_MAX_CHARS = 2500
# A page that does not say it is an article, of which less than WALL_SHORT_MAX_CHARS characters are left,
# every line of more than a title's words speaking of cookies or the reader's choices and one of them a
# banner's (a cookie word with a banner statement or button): a home-made wall with no telling markup
# ("يستخدم موقع الخليج اليوم الكوكيز …" over "لا يمكن عرض الأخبار والمقالات قبل تحديد اختيارك بشأن الكوكيز.":
# the second written probe of walls, 2026-12-07); not a line that quotes or reports anyone, and not under
# a <title> that speaks of cookies: a short story about cookie law on a page without article metadata
# (tests/test_adversarial.py) says "the ministry said".
WALL_SHORT_MAX_CHARS = 600

# A modal dialog (aria-modal="true": it holds the page back while it is open) that holds a consent button (a
# <button> or <input> labelled as one, C's button labels) is a consent screen, whatever its classes and however
# long its purposes' texts: its text goes (consent.dialog), and the wall verdicts weigh it as consent text. A
# written probe of walls (2026-12-07): a contentpass "Pur" layer, <div class="cp-layer" role="dialog"
# aria-modal="true"> with "Zustimmen und weiter" and eleven purposes, over a story page with no story, was stored
# as the story.
CONSENT_DIALOG = "consent.dialog"

# Consent hosts: a redirect through one of these (or landing on one) is a consent wall.
WALL_HOST_PATTERNS: list[str] = [
    r"^consent\.google\.[a-z.]+$",          # Google (newspaper4k google_news.py; COM google_consentdomain)
    r"^consent\.youtube\.com$",            # YouTube (yt-dlp YoutubeConsentRedirectIE)
    r"^consent\.yahoo\.com$",              # Yahoo (AC yahoo.json)
    r"^guce\.[a-z0-9.-]+$",                # Yahoo/AOL guce.* (yfinance PR #1657)
    r"^myprivacy\.dpgmedia\.[a-z]+$",      # DPG Media (fanboy-adblock#1388)
    r"(?:^|\.)privacy-mgmt\.com$",         # Sourcepoint (ISD rules)
    r"(?:^|\.)sp-prod\.net$",              # Sourcepoint (ISD rules)
    r"^sourcepoint(?:cmp)?\.",             # Sourcepoint first-party CNAMEs (MZ; AC)
    r"^cmpv2\.",                           # Sourcepoint first-party (cmpv2.standard.co.uk)
    r"^consent\.[a-z0-9-]+\.[a-z.]+$",     # generic consent.<site> hosts (inference)
]
WALL_HOST_RE = re.compile("|".join(f"(?:{p})" for p in WALL_HOST_PATTERNS), re.I)


def is_consent_host(host: str) -> bool:
    return bool(host) and bool(WALL_HOST_RE.search(host.lower().rstrip(".")))


# aria-label of a banner container: <div role="dialog" aria-label="Cookie consent">, Moove's
# <aside aria-label="GDPR Cookie Banner">, Cookie Notice's aria-label="Cookie Notice" (PC; AC)
ARIA_CONSENT_RE = re.compile(r"cookie|consent|gdpr|çerez|كوكيز|الكوكيز|الارتباط|الموافقة على", re.I)

# A banner's short title line, taken with the banner sentence after it ("🍪 نحن نهتم بخصوصيتك")
BANNER_TITLE_RE = re.compile(
    r"خصوصي|privacy|privacidad|datenschutz|confidentialit|cookie|كوكيز|ملفات (?:تعريف )?الارتباط", re.I)

# --- Consent cookies that CMPs store after "accept" --------------------------------------------------
# For site modules whose CMP is known: ``consent_cookies = CMP_CONSENT_COOKIES["complianz"]``; the wall
# middleware retries a walled request once with them (in the cookie jar of the site's domain).
CMP_CONSENT_COOKIES: dict[str, dict[str, str]] = {
    "cookie-law-info": {"viewed_cookie_policy": "yes"},          # MZ; AC
    "cookie-notice": {"cookie_notice_accepted": "true"},         # MZ danas.rs
    "complianz": {"cmplz_banner-status": "dismissed", "cmplz_consent_status": "allow"},  # PC
    "moove": {"moove_gdpr_popup": '{"strict":"1","thirdparty":"1","advanced":"1"}'},    # MZ endorfy.com
    "onetrust": {"OptanonAlertBoxClosed": "2026-01-01T00:00:00.000Z"},                   # uBO; paperboy#3
    "google": {"SOCS": "CAI"},                                    # yt-dlp _initialize_consent
}

# --- Text rules (applied to folded text, see scraper.textnorm.fold) -------------------------------
# Cookie vocabulary: a block must contain one of these to be a cookie banner at all.
COOKIE_WORDS_AR = [
    "ملفات تعريف الارتباط", "ملف تعريف الارتباط", "ملفات تعريف ارتباط", "ملفات الارتباط",
    "ملفات ارتباط", "ملفات تعرف الارتباط", "ملفات التعريف", "ملف الارتباط",
    "الكوكيز", "كوكيز", "للكوكيز", "بالكوكيز", "الكوكي", "ملفات الكوكي",
]  # consent-and-noise.md §4 (BBC, TAC, spatie/laravel-cookie-consent, PC)
COOKIE_WORDS_EN = ["cookie", "cookies", "consent", "tcf"]  # whole words (PC, NHA-015 "TCF vendor")
# ... and Turkish's own word ("Deneyiminizi geliştirmek için çerezler kullanıyoruz.": a written probe of
# recall-hard pages, 2026-12-07; the other languages' banners say "cookie(s)"), whole words
# (... and Hebrew's, "cookies" as "עוגיות" and as "קובצי cookie": "אתר זה עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה",
# a written probe of world publishers, 2026-12-07)
COOKIE_WORDS_OTHER = ["çerez", "çerezler", "çerezleri", "çerezlere", "çerezlerin", "çerezlerden",
                      "עוגיות", "בעוגיות", "העוגיות", "קובצי", "בקובצי"]

# First-person site statements that make a cookie sentence a banner (not prose about cookies).
BANNER_STATEMENTS_AR = [
    "هذا الموقع يستخدم", "يستخدم هذا الموقع", "يستخدم موقعنا", "موقعنا يستخدم", "نستخدم", "نحن نستخدم",
    "نستخدم نحن وشركاؤنا", "نحن وشركاؤنا", "يستعمل هذا الموقع", "هذا الموقع يستعمل",
    "باستمرارك", "بإستمرارك", "باستمرارك في", "من خلال الاستمرار في", "من خلال إستمرارك", "عند الاستمرار في",
    "فإنك توافق", "فانت توافق", "فأنت توافق", "فإنك تقر", "أنت توافق", "توافق على استخدام",
    "أخبرنا عما إذا كنت توافق", "الرجاء أحطنا علما", "لقد حدثنا سياستنا", "سيتم تحسين تجربتك",
    "سيتم تحسين تجربتنا", "خصوصيتك تهمنا", "نحن نهتم بخصوصيتك", "لمنحك أفضل", "لتحسين تجربتك",
    "لقد أدخلنا تغييرات مهمة على سياستنا",
    # the reader asked to agree before reading on, on a home-made wall with nothing else on the page
    # ("للمتابعة يرجى الموافقة على استخدام ملفات تعريف الارتباط." over a "موافق" link, "نطلب موافقتك
    # على استخدام …", "لمواصلة القراءة، اضغط على موافق …": a written probe of such walls, 2026-12-05;
    # requests in the second person, which a story about cookie law does not address to its reader)
    "يرجى الموافقة", "الرجاء الموافقة", "يرجى قبول", "الرجاء قبول", "يرجى السماح", "الرجاء السماح",
    "اضغط على موافق", "انقر على موافق", "اضغط على أوافق", "انقر على أوافق", "اضغط على قبول", "انقر على قبول",
    "لقبول ملفات", "لقبول الكوكيز", "للسماح بملفات", "للسماح بالكوكيز", "نطلب موافقتك", "موافقتك على استخدام",
    "وافق للمتابعة", "لمتابعة القراءة", "لمواصلة القراءة", "لمتابعة التصفح", "لمواصلة التصفح",
    "لا يمكنك متابعة", "قبل عرض المحتوى", "قبل عرض الصفحة",
    # ... a site that does not open without them ("موقعنا لا يعمل دون ملفات تعريف الارتباط. فعّلها في
    # متصفحك ثم أعد تحميل الصفحة.") and a consent-or-pay wall ("هذا المحتوى متاح بعد الموافقة على ملفات
    # تعريف الارتباط الإعلانية أو الاشتراك في النسخة المدفوعة."): a second probe of walls in a site's
    # header and footer, 2026-12-05
    # (said to the reader, "this content", "your browser": a story's sentence says "تفعيل ملفات تعريف
    # الارتباط صار شرطا لقراءة بعض الصحف", "إن المحتوى متاح بعد الموافقة …")
    "لا يعمل دون", "لا يعمل بدون", "فعلها في متصفحك", "في إعدادات متصفحك", "هذا المحتوى متاح بعد",
    "هذه المادة متاحة بعد",
    # the IAB framework's wording in Arabic (the third probe, 2026-12-05: "نقوم نحن و842 من شركائنا
    # بتخزين المعلومات على جهازك و/أو الوصول إليها، مثل ملفات تعريف الارتباط، ومعالجة البيانات الشخصية …")
    "من شركائنا بتخزين", "بتخزين المعلومات على جهازك", "المعرفات الفريدة",
    "الإعلانات والمحتوى المخصص", "قياس الإعلانات والمحتوى", "أبحاث الجمهور وتطوير الخدمات",
    "قبل الموافقة أو رفضها", "ستطبق تفضيلاتك",
]  # BBC simorgh, TAC, spatie, PC (consent-and-noise.md §4); "لقد أدخلنا تغييرات مهمة على سياستنا": the
   # body line of Simorgh's Arabic privacy banner (bbc/simorgh ConsentBanner/Banner/__snapshots__/
   # index.amp.test.jsx.snap, tests/noise_markup/consent_bbcarabic_amp_privacy.html)
BANNER_STATEMENTS_EN = [
    "we use cookies", "this site uses cookies", "this website uses cookies", "our site uses cookies",
    "our website uses cookies", "uses cookies to", "by continuing to", "by using this site",
    "by using our site", "by using this website", "you agree to our use of cookies", "you consent to",
    "accept cookies", "accept all cookies", "we and our partners", "your personal data will be processed",
    "manage options", "tcf vendor", "cookie settings", "cookie preferences", "consent to the use",
    "we value your privacy", "your privacy choices", "to give you the best experience",
    "your choices", "consent choices", "use of cookies", "cookies and similar", "similar technologies",
    "accept or reject", "you can change your", "personalised ads", "personalized ads",
    "ensure that we give you the best experience",
    # OneTrust's default banner text ("By clicking “Accept All Cookies”, you agree to the storing of cookies on your
    # device to enhance site navigation, analyze site usage, and assist in our marketing efforts."), which Finsweet's
    # Webflow banner copies too (a written probe of modern blogs, 2026-12-07, kept it over a Webflow post), and its
    # other languages below (BANNER_STATEMENTS_OTHER)
    "to the storing of cookies on your device", "assist in our marketing efforts",
    # the IAB Transparency and Consent Framework's own wording, which every CMP built on it prints ("We
    # and our 842 partners store and/or access information on a device, such as cookies and process
    # personal data, such as unique identifiers … for personalised advertising and content, advertising
    # and content measurement, audience research and services development."; the number of partners
    # breaks "we and our partners"): a third probe of walls, 2026-12-05, where its long lines passed
    # for a story's prose
    "store and/or access information", "access information on a device", "such as unique identifiers",
    "personalised ads and content", "personalized ads and content", "personalised advertising and content",
    "personalized advertising and content", "ad and content measurement", "advertising and content measurement",
    "audience research and services development", "identification through device scanning",
    "you may click to consent", "before consenting", "refuse consenting", "your preferences will apply",
    # the requests of home-made walls in English (the probe of 2026-12-05: "To continue, please accept
    # our cookies.")
    "please accept", "accept our cookies", "please consent", "you must consent", "click accept",
    "allow cookies", "to keep reading", "to continue reading", "before viewing this page",
    "please enable cookies", "enable cookies in your browser", "cookies are disabled in your browser",
]  # PC saved WP pages, FX Daily Maverick / LBC, NHA-015
# The same first-person statements in the other languages of European consent banners and their
# walls (the IAB framework's standard texts and the usual home-made banners: "Wir und unsere Partner
# verwenden Cookies …", "Nous et nos partenaires utilisons des cookies …"): a probe of walls written
# in German, French and Spanish in a site's frame, 2026-12-05, where all 40 passed as stories. Only
# where they open a sentence (a line's start, after a sentence's end or an opening quote mark): a
# story's sentence reports them in the middle ("Viele Verlage schreiben, wir und unsere Partner
# verwenden Cookies, ohne …, kritisierte die Behörde."), and the quotation test knows only Arabic and
# English verbs of saying.
# (the same "we and our partners" with their count, "Wir und unsere 147 Partner verwenden Cookies …", as IAB
# framework banners print it: a written probe of walls, 2026-12-07; a regex, opening a sentence as these do)
BANNER_PARTNERS_COUNTED = (r"(?:wir und unsere|we and our|nous et nos|noi e i nostri|wij en onze|nosotros y nuestros"
                           r"|nós e os nossos)\s+\d[\d.,]*\s+(?:partnern?|partners?|partenaires|partner|socios|parceiros)")
# (quotation marks around labels of at most BANNER_QUOTED_LABEL_MAX_WORDS words, with no verb of saying, are a
# banner naming its own links, not a story quoting one: clean._quoted_labels_only)
BANNER_QUOTED_LABEL_MAX_WORDS = 3
BANNER_STATEMENTS_EU = [
    "wir verwenden cookies", "verwenden wir cookies", "wir nutzen cookies", "wir und unsere partner",
    "diese website verwendet cookies", "diese webseite verwendet cookies", "wir brauchen ihre zustimmung",
    "nous utilisons des cookies", "nous et nos partenaires", "ce site utilise des cookies",
    "vos choix concernant les cookies", "acceptez les cookies",
    "utilizamos cookies", "usamos cookies", "nosotros y nuestros socios", "este sitio web utiliza cookies",
    "utilizziamo i cookie", "noi e i nostri partner", "questo sito utilizza cookie",
    "nós e os nossos parceiros", "wij gebruiken cookies", "wij en onze partners", "deze website gebruikt cookies",
    # the French CMPs' notice as it opens ("Avec votre accord, nous et nos 285 partenaires utilisons des
    # cookies ou technologies similaires pour stocker, consulter et traiter des données personnelles …",
    # "Avec votre accord, nos partenaires et nous utilisons des cookies …": banners saved in public
    # repositories; the partners' number breaks "nous et nos partenaires") and a consent-or-pay wall's
    # request ("Pour continuer à lire <journal>, acceptez les cookies ou abonnez-vous": a written probe
    # of 52 walls, 2026-12-06, where the French one passed as a story and its English twin did not)
    "avec votre accord", "pour continuer à lire", "pour continuer votre lecture",
]
# The IAB framework's purposes in their French, German and Spanish wording, which only its dialogs
# print (TCF dialogs and the framework's translated purpose lists saved in public repositories:
# "Stocker et/ou accéder à des informations sur un appareil", "Publicités et contenu personnalisés,
# mesure de performance des publicités et du contenu, études d’audience et développement de
# services", "Informationen auf einem Gerät speichern und/oder abrufen", "Almacenar o acceder a
# información en un dispositivo", "Anuncios y contenido personalizados, medición de anuncios y del
# contenido"): anywhere in a line, as the English framework's wording in BANNER_STATEMENTS_EN.
# The first-person statements of banners in more languages, anywhere in a line (a Turkish sentence ends with its
# verb: "Deneyiminizi geliştirmek için çerezler kullanıyoruz."; Tilda's Russian banner "Мы используем cookies
# для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь …": the same probe)
BANNER_STATEMENTS_OTHER = [
    # (OneTrust's default text in Italian, French, German, Spanish, Portuguese: see BANNER_STATEMENTS_EN)
    "alla memorizzazione dei cookie sul tuo dispositivo", "le stockage de cookies sur votre appareil",
    "der speicherung von cookies auf ihrem gerät", "el almacenamiento de cookies en su dispositivo",
    "el almacenamiento de cookies en tu dispositivo", "o armazenamento de cookies no seu dispositivo",
    "çerezler kullanıyoruz", "çerez kullanıyoruz", "çerezleri kullanıyoruz", "çerezler kullanılmaktadır",
    "çerez kullanılmaktadır", "мы используем cookie", "мы используем файлы cookie", "сайт использует cookie",
    "сайт использует файлы cookie", "продолжая пользоваться сайтом", "продолжая использовать сайт",
    "ми використовуємо cookie", "ми використовуємо файли cookie", "używamy plików cookie",
    "ta strona używa plików cookie", "ta strona korzysta z plików cookie", "používáme cookies",
    "používáme soubory cookie", "tento web používá cookies", "vi använder cookies", "vi bruger cookies",
    # (Google's own notice on Blogger and sites using it, in Czech: "Tento web používá k poskytování služeb,
    # personalizaci reklam a analýze návštěvnosti soubory cookie. Používáním tohoto webu s tím souhlasíte.": the
    # general-web probe of 2010-20, 2026-12-07)
    "tento web používá", "používáním tohoto webu",
    # (a Portuguese app's "O Notion usa cookies para melhorar sua experiência.": the non-news probe, 2026-12-07)
    "usa cookies para", "utiliza cookies para", "usa cookies e", "utiliza cookies e",
    "kami menggunakan cookie", "situs ini menggunakan cookie", "folosim cookie", "acest site folosește cookie",
    # (Dutch with the kinds of cookies between the verb and the word, "Wij gebruiken functionele en analytische cookies om
    # de website goed te laten werken", a Dutch municipality's banner: a written probe of page kinds, 2026-12-07)
    "wij gebruiken functionele", "we gebruiken functionele", "wij gebruiken analytische", "we gebruiken analytische",
    "we gebruiken cookies", "maakt gebruik van cookies", "alle cookies accepteren",
    "עושה שימוש בעוגיות", "משתמש בעוגיות", "משתמשים בעוגיות", "עושה שימוש בקובצי", "משתמש בקובצי", "המשך הגלישה באתר",
]
BANNER_FRAMEWORK_EU = [
    "stocker et/ou accéder à des informations sur un appareil", "publicités et contenu personnalisés",
    "mesure de performance des publicités et du contenu", "informationen auf einem gerät speichern",
    "almacenar o acceder a información en un dispositivo", "anuncios y contenido personalizados",
    "medición de anuncios y del contenido",
]
# A short line (25 words or fewer) that speaks like a banner is still a story's sentence on a page
# whose <title> or first <h1> speaks of cookies, when it is a paragraph of the story's own box between
# two of its sentences (lines of this many words or more, in the same box): "وتظهر لافتة تطلب من
# الزائر النقر على موافق لقبول ملفات تعريف الارتباط قبل عرض المحتوى." in a story about cookie law (a
# written probe, 2026-12-05: 6 of 7 such sentences went, with the story's headline as the banner's
# title). On any other page such a line between the story's paragraphs is a banner.
BANNER_STORY_NEIGHBOUR_WORDS = 10
# A line that says a banner's statement counts one more point of cookie_banner_score when a box at most
# BANNER_BUTTON_BOX_LEVELS levels above its block holds one of the page's consent buttons (a <button>
# labelled as one): "Diese Website verwendet Cookies … Sie können selbst entscheiden, welche Kategorien Sie
# zulassen möchten." (32 words, no "this site" word, scored 2) beside "Alle akzeptieren" / "Alle ablehnen" in
# a Jimdo banner (a written probe of European blogs, 2026-12-07).
BANNER_BUTTON_BOX_LEVELS = 3
# A banner's line taken out in the box that holds the page's consent buttons (a <button> labelled as
# one, BUTTON_LABELS_*), at most CONSENT_BOX_LEVELS boxes up from the line (below <article>, <main>,
# <body> and a box named as the story's): the box's other lines go with it (consent.box) when they are
# at most CONSENT_BOX_MAX_CHARS characters together and none of CONSENT_BOX_PROSE_WORDS words or more
# speaks of neither cookies nor the reader's choices (WALL_CHOICE_WORDS). A privacy centre printed
# beside a brief, its intro a banner's line, its categories' titles and descriptions under it, had
# left them all in the story (a written probe, tests/test_walls.py, 2026-12-05).
CONSENT_BOX_LEVELS = 4
CONSENT_BOX_MAX_CHARS = 1500
CONSENT_BOX_PROSE_WORDS = 20
# A consent-or-pay wall over the story's lead (the "Pur" model of European publishers: accept the
# tracking or subscribe; the story itself is not served): the consent text taken out (consent.*) offers
# a subscription in one of these words, is at least CONSENT_OR_PAY_SHARE times what is left (a measure
# from below: removal texts are cut at their record's length), and what is left is under
# CONSENT_OR_PAY_MAX_LEAD characters (a title and a line of the lead), whatever the page's metadata.
# A brief beside a plain cookie banner offers no subscription and stays a story. Source: a written
# probe of walls, 2026-12-05 ("Accept cookies or subscribe … Or subscribe to read without
# advertising cookies for €2.99 a month.", "… أو اشترك لتقرأ دون ملفات الإعلانات مقابل 10 ريالات شهريا").
CONSENT_OR_PAY_WORDS = ["subscribe", "subscription", "abonnement", "abonnieren", "abonnez", "suscríbete",
                        "suscripción", "abbonati", "abbonamento", "اشترك", "اشتراك", "الاشتراك",
                        # (reading without the advertising, the other half of the offer, and the German
                        # publishers' shared pass that sells it: "Werbefrei lesen mit contentpass" left over
                        # after the consent text went, a written probe of walls, 2026-12-07)
                        "werbefrei", "ohne werbetracking", "contentpass", "sans publicité", "senza pubblicità",
                        "sin publicidad", "ad-free", "بدون إعلانات", "دون إعلانات"]
# (the offer is asked of the consent text taken out, and of what is left when that is short)
# A consent screen that says the story is held back until the reader chooses (one of WALL_GATE_PHRASES in the
# consent text taken out), over what is left of the story: at most WALL_GATE_MAX_LINES line(s) and
# WALL_GATE_MAX_CHARS characters (its first sentence shown behind the screen), is a wall: no story to store
# ("لا يمكنك متابعة القراءة قبل تحديد اختيارك." over an Arabic site's lede: a written probe of walls,
# 2026-12-07). A brief beside a banner that says so keeps its two sentences and more.
WALL_GATE_PHRASES = [
    "لا يمكنك متابعة", "لا يمكن متابعة", "لا يمكنك مواصلة", "لا يمكن عرض", "قبل المتابعة", "قبل أن تتابع",
    "لمتابعة القراءة", "لمواصلة القراءة", "للمتابعة يرجى", "وافق للمتابعة",
    "to continue reading", "to keep reading", "before you continue", "you cannot continue", "to read this article",
    "um weiterzulesen", "bevor sie fortfahren", "pour continuer à lire", "pour poursuivre la lecture",
    "avant de continuer", "para seguir leyendo", "para continuar leyendo", "per continuare a leggere",
    # (and in Portuguese, Dutch, Polish, Turkish and Persian: consentmanager's cmpbox over a Portuguese daily's
    # lede, "Para continuar a ler, escolha uma opção.", a written probe of walls and no-article pages, 2026-12-07)
    "para continuar a ler", "para continuar lendo", "para seguir lendo", "om verder te lezen", "aby czytać dalej",
    "aby kontynuować czytanie", "okumaya devam etmek için", "برای ادامه مطالعه", "برای ادامه خواندن",
]
WALL_GATE_MAX_LINES = 1
WALL_GATE_MAX_CHARS = 250
CONSENT_OR_PAY_SHARE = 1
CONSENT_OR_PAY_MAX_LEAD = 400
# A banner naming its own button in quotes to tell the reader to press it, the verb in the imperative
# opening a sentence ("انقر على «أوافق» لقبول ملفات الكوكيز والمتابعة", "Click “Accept” to continue": the
# probe of 2026-12-05) is no quotation (a story quoting a banner's button says "users who click …").
BANNER_PRESS_VERBS = ["انقر", "اضغط", "click", "press", "tap"]

# The banner's own "you agree" (second person: news prose about consent says "users agree"). Two
# uses: a banner line that quotes its own button is not a quotation in a story ('من خلال النقر على
# "موافق"، فإنك توافق على تخزين ملفات تعريف الارتباط على جهازك …' and 'بالنقر على "قبول ملفات تعريف
# الارتباط"، فإنك توافق …': Arabic banner texts in public site code, found with the search tools;
# 'By clicking "Accept All Cookies", you agree to the storing of cookies on your device …': OneTrust's
# default English text); and a short line of the same banner without a cookie word ("باستخدامك لهذا
# الموقع فإنك توافق على سياسة الخصوصية وشروط الاستخدام") goes with the cookie line just before it.
BANNER_YOU_AGREE = [
    "فإنك توافق", "فأنت توافق", "أنت توافق", "فإنك تقر", "فإنك تقبل", "فإنك توافقون", "فأنتم توافقون",
    "you agree", "you consent", "you accept", "you are consenting",
    # (the same in OneTrust's other languages: "Cliccando su “Accetta” acconsenti alla memorizzazione dei cookie …", a
    # written probe of modern blogs, 2026-12-07)
    "acconsenti", "vous acceptez", "stimmen sie", "aceptas", "usted acepta", "você concorda", "concorda com",
    "u gaat akkoord",
]  # "you are consenting": the Cookie Law Info plugin's default text ('… or you click "Accept" below
   # then you are consenting to this.', scrapinghub b0cf2bbf, kept only by its class names)
BANNER_YOU_AGREE_MAX_WORDS = 40   # the short banner line beside a cookie line; a story line is longer

# Consent prompts of embedded third-party content, printed INSIDE the story (a line starting with one
# of these goes): BBC simorgh arabic translations (social embed consent), and their English forms.
EMBED_CONSENT_LINES = [
    "هل تسمح بعرض المحتوى من", "موافقتكم مطلوبة قبل عرض", "لعرض المحتوى، اختر", "لعرض المحتوى اختر",
    "تحذير: المحتوى من طرف ثالث قد يتضمن إعلانات", "تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية",
    "تحذير: المحتوى الخارجي قد يتضمن إعلانات",
    "تخطى المنشور", "نهاية المنشور", "السماح بمحتوى", "Allow content from", "Allow Twitter content",
    "Allow Instagram content", "Allow Facebook content", "Allow YouTube content",
    "This article contains content provided by", "We ask for your permission before anything is loaded",
    "Accept and continue", "Skip twitter post", "End of twitter post", "Skip instagram post",
    "End of instagram post", "Skip youtube post", "End of youtube post", "Skip facebook post",
    "End of facebook post",
    # the Arabic forms of the same (BBC Arabic's embeds: "تخطى رسالة تويتر، 1" / "نهاية رسالة تويتر، 1", X
    # named as "إكس" since 2023; a written probe page of Simorgh markup, 2026-12-04)
    "تحتوي هذه المقالة على محتوى يقدمه", "يحتوي هذا المقال على محتوى يقدمه",
    *(f"{edge} رسالة {site}" for edge in ("تخطى", "تخط", "نهاية")
      for site in ("تويتر", "إكس", "اكس", "يوتيوب", "إنستغرام", "انستغرام", "فيسبوك", "تيك توك")),
    "Empfohlener redaktioneller Inhalt", "Externer Inhalt", "An dieser Stelle finden Sie externen Inhalt",
    "Contenu externe", "Contenido externo",
    # German "two-click" placeholders of embeds (YouTube, X, graphics) that ask for consent before
    # loading, seen on fundus pages of de_Gamestar, de_Tagesspiegel, de_BusinessInsiderDE, de_DieWelt
    "An dieser Stelle findest du einen externen Inhalt", "An dieser Stelle finden Sie einen von unseren Redakteuren",
    "Du kannst ihn dir mit einem Klick anzeigen lassen", "Sie können ihn sich mit einem Klick anzeigen lassen",
    "Ich bin damit einverstanden, dass mir", "Personenbezogene Daten können an Drittplattformen übermittelt",
    "Externen Inhalt anzeigen", "Externe Inhalte anzeigen", "Deine Privatsphäre-Einstellungen verhindern das Laden",
    "Ihre Privatsphäre-Einstellungen verhindern das Laden", "Um eingebettete Inhalte anzuzeigen",
    "YouTube-Inhalte erlauben", "Ein Klick für den Datenschutz",
    # (a two-click video placeholder's consent line, as public code writes it: "Mit dem Laden des Videos
    # akzeptieren Sie die Datenschutzerklärung von YouTube"; and the external-content line naming the
    # platform, "An dieser Stelle finden Sie einen Inhalt von X": a written probe of German news pages,
    # 2026-12-06)
    "Mit dem Laden des Videos akzeptieren Sie", "Mit dem Laden des Videos akzeptierst du",
    "An dieser Stelle finden Sie einen Inhalt von", "An dieser Stelle findest du einen Inhalt von",
    # (... and with both words, "An dieser Stelle finden Sie einen externen Inhalt von X.com, der den Artikel
    # ergänzt.": a written probe of modern web pages, 2026-12-06)
    "An dieser Stelle finden Sie einen externen Inhalt",
    # (the same placeholder as other sites word it, "Wir haben an dieser Stelle einen Beitrag von Bluesky
    # eingebunden. Sie können sich den Inhalt mit einem Klick anzeigen lassen …", and an English app's "This content
    # is not available due to your privacy preferences." over its button: a written probe of modern web
    # pages, 2026-12-07)
    "Wir haben an dieser Stelle einen Beitrag von", "Wir haben an dieser Stelle einen externen Inhalt",
    "This content is not available due to your privacy preferences",
    "This content is not available due to your privacy settings",
    # (an Arabic embed's placeholder: "هذا المحتوى مستضاف على يوتيوب ولا يظهر لأنك لم توافق على ملفات تعريف الارتباط
    # الخاصة بالطرف الثالث.", a written probe of adversarial Arabic pages, 2026-12-07)
    "هذا المحتوى مستضاف على", "هذا المحتوى مستضاف لدى",
    # (Complianz's default blocked_content_text, 'Click to accept marketing cookies and enable this content'
    # (complianz-gdpr source); French dailies' placeholder over a held-back video, "Ce contenu est bloqué car
    # vous n'avez pas accepté les cookies …": a written probe of European blogs and news, 2026-12-07)
    "Click to accept marketing cookies and enable this content", "Ce contenu est bloqué car vous n'avez pas accepté",
    "Ce contenu est bloqué car vous n’avez pas accepté",
    # (the "external content" title of such a placeholder in Polish, Italian, Portuguese, Dutch and Turkish, as
    # "Externer Inhalt", "Contenu externe" above, and its Polish line "Ta treść pochodzi z serwisu zewnętrznego
    # (Instagram). Aby ją wyświetlić, musisz wyrazić zgodę …": a written probe of walls and stories, 2026-12-07)
    "Treść zewnętrzna", "Ta treść pochodzi z serwisu zewnętrznego", "Contenuto esterno", "Conteúdo externo",
    "Externe inhoud", "Harici içerik",
]  # BBC simorgh (socialEmbed consent strings, arabic.ts / english); German embed placeholders (above):
   # "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte …" under
   # "Externer Inhalt nicht verfügbar" (fundus de_BusinessInsiderDE_2024_01_29), "YouTube-Inhalte
   # erlauben" (Gamestar's toggle label, fundus de_Gamestar_2024_04_28), "Ein Klick für den Datenschutz"
   # (the title of ZDFheute's Datawrapper placeholder, fundus de_ZDF_2024_04_22)

# Button / link labels of banners (a line that is only these is banner debris).
BUTTON_LABELS_AR = [
    # (agreeing and reading on, and refusing and closing, in one label: "أوافق وأتابع القراءة" / "رفض وإغلاق", a
    # written probe of walls, 2026-12-07, whose wall in three plain boxes was not told one)
    "أوافق وأتابع القراءة", "موافق ومتابعة", "موافقة ومتابعة", "قبول ومتابعة", "قبول والمتابعة",
    "رفض وإغلاق", "رفض واغلاق",
    "موافق", "نعم، موافق", "نعم موافق", "أوافق", "اوافق", "قبول", "قبول الكل", "قبول كل شيء",
    "تقبل كل شيء", "قبول جميع ملفات تعريف الارتباط", "قبول الضرورية فقط", "الضرورية فقط", "الأساسية فقط",
    "رفض", "رفض الكل", "رفض كل شيء", "أرفض", "إدارة الإعدادات", "إدارة خياراتي", "ادارة خياراتي",
    "إعدادات الخصوصية", "إعدادات ملفات تعريف الارتباط", "تخصيص", "إغلاق", "اغلاق", "السماح", "السماح بالكوكيز",
    "السماح للكوكيز", "حفظ", "فهمت", "فهمتك!", "حسنا", "أعرف أكثر", "اعرف المزيد", "إعرف المزيد", "المزيد من المعلومات",
    "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط", "كلا، أعدني إلى الإعدادات", "إطلع على التغييرات",
    "وافق على جمع المعلومات واستمر", "رفض جمع المعلومات واستمر", "موافقة وإكمال",
    # (a consent dialog's "accept and read on", "manage the options", "save the options and leave": a written probe
    # of Arabic pages, 2026-12-07, whose full-page dialog was kept as the story)
    "قبول ومتابعة القراءة", "إدارة الخيارات", "ادارة الخيارات", "حفظ الخيارات", "حفظ الخيارات والخروج",
]  # BBC, TAC, PC
BUTTON_LABELS_EN = [
    "accept", "accept all", "accept cookies", "accept all cookies", "i accept", "i agree", "agree",
    "ok", "okay", "got it", "got it!", "allow", "allow all", "allow cookies", "reject", "reject all",
    "decline", "deny", "manage options", "manage settings", "cookie settings", "settings", "customize",
    "learn more", "more info", "more information", "privacy policy", "cookie policy", "close", "continue",
    "save", "save preferences", "necessary only", "only necessary",
]  # AC heuristic-patterns (EN); FX LBC ("Accept", "Learn More")
# ... and the European banners' own (the probe of European walls, 2026-12-05; "Einwilligen": the label
# uAssets clicks on spiegel.de, consent-and-noise.md)
BUTTON_LABELS_EU = [
    "akzeptieren", "alle akzeptieren", "ablehnen", "alle ablehnen", "zustimmen", "einwilligen",
    "accepter", "tout accepter", "refuser", "tout refuser", "continuer sans accepter",
    "aceptar", "aceptar todo", "rechazar", "accetta", "accetta tutto", "rifiuta", "aceitar", "rejeitar",
    "akkoord", "accepteren", "weigeren",
    # (agreeing and reading on in one label, as the walls word it: Didomi's "Accepter & Fermer", contentpass's
    # "Mit Werbung lesen" beside "Akzeptieren und weiter", a Spanish pay-or-accept wall's "Aceptar y seguir leyendo
    # gratis": a written probe of walls, 2026-12-07, found no consent button on two such walls)
    "aceptar y continuar", "aceptar y seguir leyendo", "aceptar y seguir leyendo gratis", "aceptar y cerrar",
    "continuar sin aceptar", "akzeptieren und weiter", "zustimmen und weiter", "zustimmen und weiterlesen",
    "akzeptieren und weiterlesen", "mit werbung lesen",
    "mit werbung weiterlesen", "accepter et continuer", "accepter et fermer", "accepter fermer", "accetta e continua",
    "accetta e chiudi", "continua senza accettare", "aceitar e continuar", "aceitar e fechar", "akkoord en doorgaan",
    "accepteren en doorgaan",
]

# A consent preference centre (the panel of cookie categories with their toggles) is known by lines
# that only its interface prints: its title, "Manage Consent Preferences", the "Always Active" label
# of a category that cannot be switched off. Where such a line is a line of the page (the panel's
# markup names nothing: hashed classes, or a home-made panel), it and the run of lines around it that
# speak of cookies or of the reader's choices (WALL_CHOICE_WORDS, PREFERENCE_CENTER_WORDS), button labels, and a category's
# title printed twice (the heading and the toggle's label) go (consent.preference-center). A short
# line inside the run ("Sale of Personal Data") goes when the run goes on after it. Sources:
# OneTrust's panel as served in fundus us_Reuters_2023_05_16 and magic_html npr.org_8dc28536
# ("Privacy Preference Center", "Manage Consent Preferences", "Always Active", "Strictly Necessary
# Cookies", "These cookies are …"); leaked under scraper.bench --opaque-classes, where OneTrust's
# ids name nothing. Arabic: "مركز تفضيلات الخصوصية", "إدارة تفضيلات الموافقة", "نشط دائماً", "حفظ
# التفضيلات", "إدارة تفضيلات ملفات تعريف الارتباط" (Arabic strings of consent panels in public site
# code: vanilla-cookieconsent configurations and home-made panels, found with the search tools).
PREFERENCE_CENTER_LINES = [
    "privacy preference center", "privacy preference centre", "privacy preferences center",
    "manage consent preferences", "always active", "confirm my choices", "vendor search",
    "information storage and access",   # (IAB TCF v1's first purpose, listed in OneTrust's vendor panel)
    "مركز تفضيلات الخصوصية", "إدارة تفضيلات الموافقة", "نشط دائماً",   # (folded: with or without the tanween)
    "حفظ التفضيلات", "إدارة تفضيلات ملفات تعريف الارتباط",
]
# Words of the panel's privacy-law lines ("CCPA Right to Opt-Out of the Sale of Your Personal
# Information", Reuters) and of its category texts when they say "these files" for cookies ("هذه
# الملفات ضرورية لعمل الموقع …"), counted in the run with the cookie and WALL_CHOICE_WORDS
PREFERENCE_CENTER_WORDS = ["opt-out", "opt out", "personal information", "personal data",
                           "بياناتك الشخصية", "البيانات الشخصية", "هذه الملفات"]
PREFERENCE_CENTER_MAX_WORDS = 200   # a line of the run (OneTrust's intro: 156 words); a longer one ends it
PREFERENCE_CENTER_GAP_WORDS = 6     # a short line without those words, inside the run
# The panel is the smallest box around its UI-only lines (at least PREFERENCE_CENTER_MIN_ANCHORS of
# them); only lines inside it go, and a box that holds the page's <h1>, or is <body>, <article> or
# <main>, is no panel: a story about cookie law whose every paragraph speaks of cookies, consent
# and privacy, printed right before such a panel in the same wrapper, lost all its paragraphs to a
# first version that followed the run of such lines out of the panel (tests/test_adversarial.py).
PREFERENCE_CENTER_MIN_ANCHORS = 2
