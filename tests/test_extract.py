"""Normalisation of the stored text and page metadata, through ``scraper.extract.extract``."""
from __future__ import annotations

import json
import unicodedata

import pytest

from scraper import textnorm
from scraper.extract import extract

URL = "https://news.example.com/2024/05/03/story-1"
HEADERS = {"Content-Type": "text/html; charset=utf-8"}

from samples import STORY as _STORY  # noqa: E402

STORY = _STORY[:3]


def ps(paras) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def page(body: str, head: str = "", lang: str | None = "ar", title: str = "محادثات هاتفية بين الرئيسين") -> str:
    lang_attr = f' lang="{lang}"' if lang is not None else ""
    title_el = f"<title>{title}</title>" if title else ""
    return (f"<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset=\"utf-8\">\n{title_el}\n{head}\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>")


def story_div(paras=STORY) -> str:
    return f'<div class="article-body">\n{ps(paras)}\n</div>'


def run(html: str, url: str = URL):
    return extract(html.encode("utf-8"), url, headers=HEADERS)


def ld_script(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# ----------------------------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------------------------
VOWELED = "قَالَ الوَزِيرُ"
DIRTY = ("\u200f" + VOWELED + " \u200eإن\u061c الحكومة\u200b ستعلن   خطة\u00a0جديدة\t\tلدعم الاقتصاد الوطني\u202b "
         "خلال الأسبوع المقبل\u202c، مؤكدا أن الخطة تشمل إجراءات عاجلة لمساعدة الأسر محدودة الدخل على مواجهة "
         "ارتفاع الأسعار وتراجع قيمة العملة المحلية.\u200f")
# NFD: alef + combining hamza above (U+0654) instead of the precomposed أ
DECOMPOSED = ("\u0627\u0654علنت الوزارة \u0627\u0654مس عن إطلاق برنامج جديد لدعم المشروعات الصغيرة والمتوسطة في "
              "المحافظات الأقل نموا، بتمويل يصل إلى مئة مليون دولار على مدى ثلاث سنوات.")


def test_stored_body_is_nfc_without_invisible_marks_and_with_collapsed_whitespace():
    art = run(page(story_div([DIRTY, DECOMPOSED] + STORY[:2])))
    body = art.body
    assert unicodedata.is_normalized("NFC", body)
    for ch in ("\u200f", "\u200e", "\u061c", "\u200b", "\u202b", "\u202c", "\u00a0", "\t"):
        assert ch not in body, f"U+{ord(ch):04X} left in body"
    assert "  " not in body
    first, second = art.paragraphs[:2]
    assert first.startswith(VOWELED + " إن الحكومة ستعلن خطة جديدة لدعم")
    assert second.startswith("أعلنت الوزارة أمس")  # composed to U+0623
    assert art.paragraphs[2:] == STORY[:2]


def test_tashkeel_is_kept_in_the_stored_body():
    voweled = ("وَقَالَ الرَّئِيسُ فِي كَلِمَتِهِ أَمَامَ البَرْلَمَانِ إِنَّ البِلَادَ تَمُرُّ بِمَرْحَلَةٍ صَعْبَةٍ تَتَطَلَّبُ "
               "تَضَافُرَ الجُهُودِ، وَإِنَّ الحُكُومَةَ سَتَعْمَلُ عَلَى تَخْفِيفِ الأَعْبَاءِ عَنِ المُوَاطِنِينَ.")
    art = run(page(story_div([voweled] + STORY)))
    assert art.paragraphs[0] == voweled


def test_paragraph_breaks_become_newlines_and_inline_markup_does_not_split_words():
    para = ("أكد <b>وزير</b> الخارجية أن <a href='/x'>المفاوضات</a> مستمرة، وأن الجولة المقبلة ستعقد في <i>جنيف</i> "
            "بمشاركة وفود من عشر دول، في محاولة للتوصل إلى اتفاق شامل ينهي الأزمة المستمرة منذ سنوات.")
    art = run(page(story_div([para] + STORY)))
    assert art.paragraphs[0].startswith("أكد وزير الخارجية أن المفاوضات مستمرة، وأن الجولة المقبلة ستعقد في جنيف بمشاركة")
    assert art.body.count("\n") == len(STORY)


@pytest.mark.parametrize("raw, folded", [
    ("أَيْضًا", "ايضا"),
    ("اقـــرأ", "اقرا"),
    ("إسلام آمنة ٱلله أحمد", "اسلام امنة الله احمد"),
    ("مستشفى على", "مستشفي علي"),
    ("\u200fاقرأ\u200e  أيضاً\u061c", "اقرا ايضا"),
    ("We Use COOKIES", "we use cookies"),
    ("قَالَ الوَزِيرُ", "قال الوزير"),
])
def test_fold_removes_tashkeel_tatweel_and_unifies_letters(raw, folded):
    assert textnorm.fold(raw) == folded


def test_fold_matches_all_read_also_spellings_to_one_form():
    spellings = ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "اقرأ أيضاُ", "إقرأ أيضا", "أقرأ ايضًا", "اقرا ايضا",
                 "اقـــرأ أيضـــاً"]
    assert {textnorm.fold(s) for s in spellings} == {"اقرا ايضا"}


def test_clean_text_keeps_tashkeel_and_drops_invisibles():
    assert textnorm.clean_text("\u200fقَالَ\u200b  \u00a0الوَزِيرُ\u200e ") == "قَالَ الوَزِيرُ"
    assert textnorm.clean_text("\u0627\u0654") == "\u0623"


def test_icon_fonts_glyphs_are_no_text():
    # the Private Use Area, where icon fonts put their glyphs: Divi's blurb icon printed as a line of its own
    # ("\ue01d"), Font Awesome 4's beside a link (a written probe of blogs, 2026-12-07)
    assert textnorm.clean_text("\ue01d") == ""
    assert textnorm.clean_text("\uf09a Teilen") == "Teilen"
    assert textnorm.fold("\uf099 Twitter") == "twitter"
    assert textnorm.clean_text("新闻\ue5c7报道") == "新闻 报道"   # (a legacy encoding's user-defined character)
    page = ("<html><body><article><h1>T</h1><div class='et_pb_blurb'><span class='et-pb-icon'>\ue01d</span><h4>Etappe 1"
            "</h4><p>Von Trier nach Neumagen-Dhron sind es 55 Kilometer, fast alles flach am Fluss entlang.</p></div><p>"
            "Die Strecke ist gut ausgeschildert, und an jedem Ort gibt es eine Bahnstation für den Rückweg.</p>"
            "</article></body></html>")
    art = extract(page.encode(), "https://example.de/blog/mosel")
    assert art.paragraphs == ["Etappe 1", "Von Trier nach Neumagen-Dhron sind es 55 Kilometer, fast alles flach am "
                              "Fluss entlang.", "Die Strecke ist gut ausgeschildert, und an jedem Ort gibt es eine "
                              "Bahnstation für den Rückweg."]


def test_clean_text_keeps_the_joiners_inside_a_word():
    # Persian's ZWNJ ("می‌گویند", a written probe page of a Persian news site) and an emoji's ZWJ are
    # spelling; beside a space or at an end they are noise; folded text (rules, search) has none
    assert textnorm.clean_text("\u200fمی\u200cگویند \u200c مردم\u200c") == "می\u200cگویند مردم"
    assert textnorm.clean_text("👨\u200d👩\u200d👧") == "👨\u200d👩\u200d👧"
    assert textnorm.clean_text("a\u200c\u200cb") == "ab"
    assert textnorm.fold("می\u200cگویند") == textnorm.fold("میگویند") and "\u200c" not in textnorm.fold("می\u200cگویند")
    html = "<html><body><article><p>" + "مردم می\u200cگویند که آب زاینده\u200cرود دیگر به شهر نمی\u200cرسد. " * 3 + "</p></article></body></html>"
    art = extract(html.encode("utf-8"), "https://example.com/fa/1")
    assert "می\u200cگویند" in art.body and "زاینده\u200cرود" in art.body


# ----------------------------------------------------------------------------------------------
# Metadata
# ----------------------------------------------------------------------------------------------
def test_json_ld_news_article():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "بوتين وبايدن يتفقان على مواصلة الحوار",
          "datePublished": "2021-12-31T10:15:00+03:00", "dateModified": "2022-01-01T08:00:00+03:00",
          "author": [{"@type": "Person", "name": "بقلم: أحمد سالم"}, {"@type": "Person", "name": "كتب - محمد علي"}],
          "articleSection": "سياسة", "keywords": "روسيا، أمريكا، أوكرانيا",
          "image": {"@type": "ImageObject", "url": "/img/1.jpg"}}
    head = ld_script(ld) + '<link rel="canonical" href="/story/123-slug">'
    art = run(page(story_div(), head=head), url="https://arabi21.com/story/123?utm_source=x")
    assert art.title == "بوتين وبايدن يتفقان على مواصلة الحوار"
    assert art.published_at == "2021-12-31T10:15:00+03:00"
    assert art.modified_at == "2022-01-01T08:00:00+03:00"
    assert art.authors == ["أحمد سالم", "محمد علي"]
    assert art.section == "سياسة"
    assert art.tags == ["روسيا", "أمريكا", "أوكرانيا"]
    assert art.image_url == "https://arabi21.com/img/1.jpg"
    assert art.canonical_url == "https://arabi21.com/story/123-slug"
    assert art.paragraphs == STORY


def test_json_ld_graph_picks_the_news_article():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "عربي21", "url": "https://arabi21.com/"},
        {"@type": "WebPage", "name": "صفحة", "datePublished": "2020-01-01T00:00:00Z"},
        {"@type": "NewsArticle", "headline": "عنوان من الغراف", "datePublished": "2024-05-03T10:30:00Z",
         "author": {"@type": "Person", "name": "كتب: سارة يوسف"}},
    ]}
    art = run(page(story_div(), head=ld_script(graph)))
    assert art.title == "عنوان من الغراف"
    assert art.published_at == "2024-05-03T10:30:00+00:00"
    assert art.authors == ["سارة يوسف"]


def test_opengraph_and_meta_fallback():
    head = ('<meta property="og:title" content="عنوان من أوبن غراف">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-03-15T09:00:00+02:00">'
            '<meta property="og:url" content="https://www.example.com/a/1">'
            '<meta property="og:image" content="https://www.example.com/i.jpg">'
            '<meta name="author" content="بقلم محمود حسن">'
            '<meta property="og:description" content="وصف الخبر">')
    art = run(page(story_div(), head=head))
    assert art.title == "عنوان من أوبن غراف"
    assert art.published_at == "2023-03-15T09:00:00+02:00"
    assert art.authors == ["محمود حسن"]
    assert art.canonical_url == "https://www.example.com/a/1"
    assert art.image_url == "https://www.example.com/i.jpg"
    assert art.description == "وصف الخبر"


def test_time_element_datetime_and_h1_title():
    body = ('<h1>عنوان الخبر من العنوان الرئيسي</h1><time datetime="2022-07-14T18:20:00+03:00">14 يوليو 2022</time>'
            + story_div())
    art = run(page(body, title=""))
    assert art.title == "عنوان الخبر من العنوان الرئيسي"
    assert art.published_at == "2022-07-14T18:20:00+03:00"
    assert art.paragraphs == STORY


@pytest.mark.parametrize("h1s, page_title, expected", [
    # a section's label as the first <h1>, the story's headline in the <title>
    (["Top Classifieds"], "Heathrow crash report: Engines failed | Sports News", "Heathrow crash report: Engines failed"),
    # the site's name as the first <h1> (a short part of the <title>), the headline as the second
    (["Ars", "Still room on the netbook bandwagon"], "Still room on the netbook bandwagon - Ars",
     "Still room on the netbook bandwagon"),
    # a headline the <title> does not say stays when it is no short label
    (["Bulls centre out for six months"], "The Star", "Bulls centre out for six months"),
    # ... and a short label stays when the <title> is no headline either
    (["Local Teams"], "NBA", "Local Teams"),
    # the <title> says a label only as whole words ("Control" is not in "Controlling …")
    (["Control"], "Controlling Poison Ivy, Oak and Sumac - Garden Guide", "Controlling Poison Ivy, Oak and Sumac"),
    # an empty first <h1> (a logo) and no metadata title: the <title>'s longest part
    (["", "500 Error! Oh crap!"], "Still room on the netbook bandwagon for Nokia - Ars Technica",
     "Still room on the netbook bandwagon for Nokia"),
])
def test_title_of_a_page_without_metadata_titles(h1s, page_title, expected):
    body = "".join(f"<h1>{h}</h1>" for h in h1s) + story_div()
    assert run(page(body, title=page_title, lang="en")).title == expected


def test_json_ld_headline_the_title_does_not_say_gives_way_to_its_name_when_that_is_the_h1():
    """Wikipedia's JSON-LD "headline" is the page's short description; its "name" is the <h1>."""
    ld = {"@context": "https://schema.org", "@type": "Article", "name": "List of films featuring time loops",
          "headline": "Wikimedia list article", "datePublished": "2014-03-27T19:11:24Z"}
    body = "<h1>List of films featuring time loops</h1>" + story_div()
    art = run(page(body, head=ld_script(ld), title="List of films featuring time loops - Wikipedia", lang="en"))
    assert art.title == "List of films featuring time loops"
    # a headline the <title> says stays, whatever the name
    art = run(page(body, head=ld_script(ld), title="Wikimedia list article - Wikipedia", lang="en"))
    assert art.title == "Wikimedia list article"


@pytest.mark.parametrize("page_id, expected", [
    ("webmd-1", "Babies Who Eat Peanuts Early May Avoid Allergy"),   # <h1>Allergies Health Center</h1>
    ("webmd-2", "Superbugs: What They Are and How You Get Them"),    # <h1>Information and Resources</h1>
    ("wikipedia-4", "List of films featuring time loops"),           # JSON-LD headline "Wikimedia list article"
])
def test_titles_of_real_pages(page_id, expected):
    from corpus_pages import corpus_page
    rec, raw = corpus_page(page_id)
    assert extract(raw, rec["url"]).title == expected


@pytest.mark.parametrize("text, iso", [
    ("الأحد 3 مايو 2024 - 10:30 م", "2024-05-03T22:30:00"),
    ("الأحد 3 مايو 2024", "2024-05-03"),
    ("الخميس 30 كانون الأول/ ديسمبر 2021", "2021-12-30"),
    ("10 كانون الثاني/ يناير 2022", "2022-01-10"),
    ("٣ مايو ٢٠٢٤", "2024-05-03"),
    ("نشر في: 12 جوان 2023", "2023-06-12"),
])
def test_arabic_date_text_in_a_date_span(text, iso):
    art = run(page(f'<div class="meta"><span class="date">{text}</span></div>\n' + story_div()))
    assert art.published_at == iso
    assert art.paragraphs == STORY


def test_markup_date_wins_over_date_text():
    head = '<meta property="article:published_time" content="2024-05-04T08:00:00+03:00">'
    art = run(page('<span class="date">الأحد 3 مايو 2024</span>' + story_div(), head=head))
    assert art.published_at == "2024-05-04T08:00:00+03:00"


def test_author_prefixes_are_removed_from_itemprop_author():
    art = run(page('<span itemprop="author">كتب: خالد عمر</span>\n' + story_div()))
    assert art.authors == ["خالد عمر"]


def test_author_from_a_themes_prefixed_author_name_class_and_its_line_goes():
    # (Ghost's Source theme, <h4 class="gh-article-author-name">: the modern-web probe, 2026-12-06, kept the
    # name over a post whose metadata names no author)
    art = run(page('<h4 class="gh-article-author-name"><a href="/author/khaled/">خالد عمر</a></h4>\n' + story_div()))
    assert art.authors == ["خالد عمر"]
    assert "خالد عمر" not in art.body
    # (not an image's or a bio's box: only the name's own class)
    art = run(page('<div class="gh-article-author-bio">كاتب وصحفي من عمّان</div>\n' + story_div()))
    assert art.authors == []


def test_author_from_a_visible_byline():
    art = run(page('<div class="byline"><span class="author">بقلم: خالد عمر</span></div>\n' + story_div()))
    assert art.authors == ["خالد عمر"]


def test_canonical_url_is_absolute_and_defaults_to_the_url():
    art = run(page(story_div(), head='<link rel="canonical" href="/news/42">'), url="https://www.example.com/x?a=1")
    assert art.canonical_url == "https://www.example.com/news/42"
    art = run(page(story_div()), url="https://www.example.com/x?a=1")
    assert art.canonical_url == "https://www.example.com/x?a=1"


@pytest.mark.parametrize("lang", ["en-US", "en", None, "fr"])
def test_language_comes_from_the_text_when_the_declaration_is_wrong_or_missing(lang):
    art = run(page(story_div(), lang=lang))
    assert art.language == "ar"


def test_english_text_on_a_page_declared_arabic_is_english():
    en = ["The two presidents agreed on Thursday to continue talks on security guarantees in Europe, with a new "
          "round of negotiations expected in Geneva early next year, officials said.",
          "Officials said the talks must not become empty words and that concrete results were expected within "
          "two or three rounds of negotiations, according to people familiar with the matter."]
    art = run(page(story_div(en), lang="ar"))
    assert art.paragraphs == en
    assert art.language == "en"


def test_site_and_fetched_at():
    art = extract(page(story_div()).encode(), "https://www.arabi21.com/story/1", fetched_at="2024-05-03T12:00:00+00:00")
    assert art.site == "arabi21.com"
    assert art.fetched_at == "2024-05-03T12:00:00+00:00"
    assert art.url == "https://www.arabi21.com/story/1"


def test_title_loses_the_site_name_from_og_site_name():
    html = ('<html><head><meta property="og:site_name" content="اليوم السابع">'
            '<meta property="og:title" content="وزير المالية يعلن الموازنة الجديدة - اليوم السابع"></head><body><p>'
            + "نص الخبر الطويل الذي يتحدث عن الموازنة الجديدة للدولة والإنفاق العام. " * 3 + "</p></body></html>")
    assert extract(html.encode(), "https://www.youm7.com/story/1").title == "وزير المالية يعلن الموازنة الجديدة"


@pytest.mark.parametrize("meta,h1,expected", [
    # the <title>/og:title a shortened headline and the site's name, the <h1> the whole headline (written probe
    # pages of page kinds, 2026-12-07: a German review, an Indonesian university's news)
    ("Vesta R6 im Test – TechnikProbe", "Vesta R6 im Test: Saugroboter mit Wischmopp für Altbauwohnungen",
     "Vesta R6 im Test: Saugroboter mit Wischmopp für Altbauwohnungen"),
    ("Mahasiswa Teknik Kembangkan Alat Pemantau Banjir | Universitas Nusantara",
     "Mahasiswa Teknik Kembangkan Alat Pemantau Banjir Berbiaya Rendah",
     "Mahasiswa Teknik Kembangkan Alat Pemantau Banjir Berbiaya Rendah"),
    # an <h1> that is the site's name (a blog's header): the title less that name (Dragnet's blogs, scrapinghub's
    # GiveWell posts were titled by their blog's name); not a short part before the separator
    ("Budget vote delayed again | City Ledger", "City Ledger", "Budget vote delayed again"),
    ("Rückbau von Atomkraftwerk - Kühltürme von AKW Gundremmingen gesprengt",
     "Kühltürme von AKW Gundremmingen gesprengt", "Kühltürme von AKW Gundremmingen gesprengt"),
    ("News | City Ledger", "News from the council chamber tonight", "News | City Ledger"),
])
def test_the_h1_is_the_title_when_the_title_is_its_shortened_start_and_the_sites_name(meta, h1, expected):
    html = (f'<html><head><meta property="og:title" content="{meta}"></head><body><h1>{h1}</h1><p>'
            + "The story's own paragraph is long enough to be read as a story of the page. " * 3 + "</p></body></html>")
    assert extract(html.encode(), "https://example.com/news/2025/04/04/a-story").title == expected


@pytest.mark.parametrize("attr", ['shadowrootmode="open"', 'shadowrootmode="closed"', 'shadowroot="open"'])
def test_a_story_in_a_declarative_shadow_root_is_read_and_an_inert_template_is_not(attr):
    # a web component rendered on the server shows its shadow root in place; a plain <template> is
    # never shown (its copy of a card here must not join the story)
    paras = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (f'<html lang="ar"><head><meta charset="utf-8"><title>t</title></head><body><nav><a href="/">الرئيسية</a>'
            f"</nav><main><x-story><template {attr}><h1>عنوان الخبر</h1>{paras}</template></x-story>"
            "<template><p>نص بطاقة مخفية لا يظهر للقارئ أبدا ولا ينتمي إلى الخبر.</p></template></main></body></html>")
    art = extract(page.encode(), "https://example.com/news/1")
    assert art.paragraphs == list(_STORY)



@pytest.mark.parametrize("h1,page_title,want", [
    # a written probe of the general web of 2010-20 (2026-12-07): the <h1> is the site's name, which the
    # <title> names at its end or, as Blogger writes it, at its start before a colon
    ("Forum Maison & Travaux", "Fissures sur la façade après la sécheresse : la garantie catastrophe naturelle "
     "marche-t-elle ? - Forum Maison & Travaux", "Fissures sur la façade après la sécheresse : la garantie "
     "catastrophe naturelle marche-t-elle ?"),
    ("Muddy Boots & Marigolds", "Muddy Boots & Marigolds: Seed saving round-up: what I kept from the 2016 tomatoes",
     "Seed saving round-up: what I kept from the 2016 tomatoes"),
    # ... not a headline the <title> ends with, longer than what is before it (L3S-GN1 cd0dc414)
    ("Moya, Malisse land in Chennai quarters", "Star-Telegram.com: | 01/02/2008 | Moya, Malisse land in Chennai "
     "quarters", "Moya, Malisse land in Chennai quarters"),
])
def test_an_h1_that_is_the_sites_name_is_no_title(h1, page_title, want):
    html = (f"<html><head><title>{page_title}</title></head><body><h1>{h1}</h1><div class='post'><h3>{want}</h3>"
            + "<p>The council said on Monday that the works would start in spring and last about two years, "
              "with the road closed to traffic on weekends only.</p>" * 3 + "</div></body></html>")
    assert extract(html.encode(), "https://example.com/2016/08/post.html").title == want
