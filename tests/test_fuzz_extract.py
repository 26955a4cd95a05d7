"""Property-based fuzz of the core (issue 7, item 9): ``scraper.extract.extract()`` on random
bytes and on hostile HTML-ish markup (unbalanced and deeply nested tags, broken comments and
CDATA, charset declarations that lie, NUL bytes, BOMs, entities out of range, scripts and
JSON-LD that break, consent and read-also words everywhere) never raises and returns within a
time bound per page (generous: a bound for pathological blow-ups, not a benchmark).

Runs derandomized (the same examples each time, a few seconds) by default; for a longer random
hunt: ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz_extract.py``. The time bound is measured
per example in CPU seconds of this process (Hypothesis' own deadline is wall-clock time, which
a busy machine stretches); that bound is the deadline here.
"""
from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.article import Article
from scraper.extract import extract

# CPU seconds per page (process time: other processes on a busy machine do not count)
TIME_BOUND = 2.0

settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

ARABIC = ["قال الوزير إن الحكومة ستعلن خطة جديدة", "اقرأ أيضا", "إقرأ أيضاً:", "مواضيع ذات صلة",
          "نستخدم ملفات تعريف الارتباط", "قبول", "جميع الحقوق محفوظة", "بقلم", "تصوير", "المصدر",
          "٢٠٢٥/٠٣/١٠", "\u200f", "\u200e", "\u0640\u0640\u0640", "ـ", "ﻻ", "\ufeff", "\u202e"]
LATIN = ["We use cookies", "Accept all", "Read more", "Share", "Advertisement", "x" * 300,
         "a b c", "&", "<", ">", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&bogus;",
         "\x00", "\x0b", "\r\n", "\t"]
TAGS = ["div", "p", "article", "section", "main", "span", "a", "h1", "h2", "li", "ul", "table",
        "tr", "td", "br", "img", "figure", "figcaption", "blockquote", "aside", "nav", "footer",
        "header", "iframe", "noscript", "template", "form", "button", "svg", "math", "select",
        "option", "textarea", "title", "time", "b", "i", "font", "center", "marquee"]
ATTRS = ['class="article-body"', 'class="related read-more"', 'id="cookie-consent"',
         'class="cmp-banner gdpr"', 'itemprop="articleBody"', 'style="display:none"',
         'hidden', 'role="dialog"', 'aria-hidden="true"', 'href="javascript:alert(1)"',
         'href="//x"', 'src="data:image/png;base64,AAAA"', 'class="' + "c " * 200 + '"',
         'datetime="2025-13-45T99:99"', 'lang="ar"', 'dir="rtl"', 'class=unquoted', 'a="<p>"']
RAW = ["<!--", "-->", "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-16'?>",
       "<!DOCTYPE html>", "<html>", "</html>", "<head>", "</head>", "<body>", "</body>",
       '<meta charset="windows-1256">', '<meta charset="utf-16">', '<meta charset="x-bogus">',
       '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">',
       '<meta http-equiv="refresh" content="0;url=https://consent.google.com/">',
       '<meta property="og:type" content="article">', '<meta name="author" content="">',
       '<base href="::::">', '<script type="application/ld+json">{"@type": "NewsArticle", '
       '"datePublished": "yesterday", "author": [null, 1, {"name": {}}]</script>',
       '<script type="application/ld+json">[[[[[[</script>', "<script>", "</script>",
       "<style>", "</style>", "<svg>", "</svg>", "<p", "</", "<", "</p></p></div>", "<br/><br/>"]


@st.composite
def element(draw, depth: int = 0):
    tag = draw(st.sampled_from(TAGS))
    attrs = " ".join(draw(st.lists(st.sampled_from(ATTRS), max_size=3)))
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 9))
        if kind < 4:
            parts.append(draw(st.sampled_from(ARABIC)))
        elif kind < 6:
            parts.append(draw(st.sampled_from(LATIN)))
        elif kind < 8:
            parts.append(draw(st.sampled_from(RAW)))
        elif depth < 4:
            parts.append(draw(element(depth + 1)))
        else:
            parts.append(draw(st.text(max_size=40)))
    close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>"]))
    return f"<{tag} {attrs}>{''.join(parts)}{close}"


@st.composite
def page(draw) -> str:
    blocks = draw(st.lists(st.one_of(element(), st.sampled_from(RAW), st.sampled_from(ARABIC)),
                           max_size=40))
    nest = draw(st.integers(0, 400))             # deep nesting: <div><div>… (libxml2 stops at 256)
    tag = draw(st.sampled_from(["div", "p", "span", "table", "li", "a", "b"]))
    repeat = draw(st.integers(0, 150))           # many paragraphs
    para = "<p>" + draw(st.sampled_from(ARABIC)) + " " + draw(st.sampled_from(ARABIC)) + "</p>"
    return (draw(st.sampled_from(["", "<!DOCTYPE html>", "\ufeff", "<?xml version='1.0'?>"]))
            + f"<{tag}>" * nest + "".join(blocks) + para * repeat
            + draw(st.sampled_from(["", f"</{tag}>" * nest, "<!--"])))


ENCODINGS = ["utf-8", "cp1256", "utf-16", "utf-16-le", "iso-8859-6", "latin-1"]
CTYPES = [None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
          "text/html; charset=utf-16", "text/html; charset=x-nonsense", "application/octet-stream",
          "text/html; charset=", "text/html; charset=\"utf-8"]


def _check(body, headers, url="https://www.example.com/news/2025/03/10/story-1") -> None:
    t0 = time.process_time()
    art = extract(body, url, headers=headers)
    elapsed = time.process_time() - t0
    assert isinstance(art, Article)
    assert isinstance(art.body, str)
    assert elapsed < TIME_BOUND, f"{elapsed:.2f} CPU s for a {len(body)}-long input"


@settings(settings.get_profile(PROFILE))
@given(body=st.binary(max_size=20000), ctype=st.sampled_from(CTYPES))
def test_random_bytes_never_raise(body, ctype):
    _check(body, {"Content-Type": ctype} if ctype else None)


@settings(settings.get_profile(PROFILE))
@given(html=page(), encoding=st.sampled_from(ENCODINGS), ctype=st.sampled_from(CTYPES),
       as_text=st.booleans())
def test_hostile_markup_never_raises(html, encoding, ctype, as_text):
    headers = {"Content-Type": ctype} if ctype else None
    if as_text:
        _check(html, headers)
        return
    _check(html.encode(encoding, "replace"), headers)


@settings(settings.get_profile(PROFILE))
@given(text=st.text(max_size=5000), wrap=st.booleans())
def test_any_unicode_text_never_raises(text, wrap):
    html = f"<html><body><article><p>{text}</p></article></body></html>" if wrap else text
    _check(html, None)
    _check(html.encode("utf-8", "surrogatepass"), None)


# --------------------------------------------------------------------------- shapes found by hand
# (a written hunt of pathological pages, 2026-12-06: each of these raised or ran for minutes)

STORY_P = "<p>" + "قال الوزير إن الحكومة ستخفض العجز في الموازنة العامة خلال العام المقبل بنسبة كبيرة. " * 4 + "</p>"


@pytest.mark.parametrize("depth", [950, 990, 5000])
@pytest.mark.parametrize("shape", ["object", "list", "author"])
def test_json_nested_past_the_recursion_limit_is_no_crash(shape, depth):
    # JSON-LD nested deeper than Python's recursion limit: json raised RecursionError (no ValueError),
    # or, just under it, the readers of the graph did
    if shape == "object":
        data = '{"a":' * depth + "1" + "}" * depth
    elif shape == "list":
        data = "[" * depth + "]" * depth
    else:
        data = '{"@type": "NewsArticle", "author": ' + "[" * depth + '{"name": "x"}' + "]" * depth + "}"
    html = (f'<html><head><script type="application/ld+json">{data}</script></head><body><article>'
            f"{STORY_P * 3}</article></body></html>")
    art = extract(html.encode(), "https://www.example.com/news/1")
    assert art.problem is None and "الموازنة" in art.body


@pytest.mark.parametrize("depth", [990, 5000])
def test_deep_framework_data_of_an_empty_page_is_no_crash(depth):
    # a page whose DOM has no story sends the core to its embedded data (scraper.embedded)
    nested = '{"props":' * depth + "1" + "}" * depth
    for script in (f'<script id="__NEXT_DATA__" type="application/json">{nested}</script>',
                   f'<script>window.__STATE__ = {nested};</script>'):
        art = extract(f"<html><head><title>t</title></head><body><div id='app'></div>{script}</body></html>"
                      .encode(), "https://www.example.com/news/1")
        assert art.body == "" and art.problem is not None


def test_a_block_of_many_br_lines_is_read_in_linear_time():
    # 30,000 lines cut by <br> in one <p>: each line's test of its block's only child counted the block's
    # children (len()), 30,000² reads, minutes of CPU at 100,000 lines; again on 2026-12-07 (a caption
    # test asked len() of each line's block: 9.6 CPU s). Measured against 3,000 such lines: ten times the
    # lines take about ten times the CPU when the reading is linear, a hundred times when it is
    # quadratic (an absolute bound sat near the machine's own figure: 1.8 of 2.0 CPU s, pure Python).
    def cpu(n: int) -> tuple[float, list[str], list[str]]:
        lines = [f"السطر رقم {i} من القصيدة الطويلة التي كتبها الشاعر" for i in range(n)]
        html = "<html><body><article><p>" + "<br>".join(lines) + "</p></article></body></html>"
        t0 = time.process_time()
        art = extract(html.encode(), "https://www.example.com/news/1")
        return time.process_time() - t0, lines, art.paragraphs

    small, _, _ = cpu(3000)
    big, lines, paragraphs = cpu(30000)
    assert paragraphs[:2] == lines[:2] and len(paragraphs) > 25000
    assert big < 25 * small, f"{big:.2f} CPU s for 30,000 lines against {small:.2f} for 3,000"


@pytest.mark.parametrize("name", ["author", "article:author", "dc.creator"])
def test_an_author_value_of_thousands_of_characters_is_read_in_bounded_time(name):
    # "2024-" 6,000 times as the author: the address pattern's scan of it was quadratic (2.6 CPU s)
    head = f'<meta name="{name}" content="{"2024-" * 6000}">'
    html = f"<html><head>{head}</head><body><article><h1>عنوان</h1>{STORY_P * 3}</article></body></html>"
    t0 = time.process_time()
    art = extract(html.encode(), "https://www.example.com/news/1")
    elapsed = time.process_time() - t0
    assert art.authors == [] and "الموازنة" in art.body
    assert elapsed < TIME_BOUND, f"{elapsed:.2f} CPU s"


@pytest.mark.parametrize("head,body", [
    ('<link rel="canonical" href="http://[::1/x">', ""),
    ('<meta property="og:url" content="https://www.example.com:99999/news/1">', ""),
    ('<meta property="og:image" content="http://[::1/i.jpg">', ""),
    ('<meta http-equiv="refresh" content="0;url=http://[::1/c">', ""),
    ("", '<form action="https://[::1/consent"><button>قبول</button></form>'),
])
def test_a_page_address_that_cannot_be_parsed_is_none(head, body):
    # a bracket never closed or a port past 65535 in the canonical link, og:url or og:image, a form's action
    # or a refresh: urllib raised out of extract() (the spider then lost the page)
    url = "https://www.example.com/news/1"
    html = f"<html><head><title>t</title>{head}</head><body><article>{STORY_P * 3}{body}</article></body></html>"
    art = extract(html.encode(), url)
    assert art.problem is None and len(art.paragraphs) == 3
    assert art.canonical_url == url and art.image_url == ""


@pytest.mark.parametrize("url", ["http://[::1/news/1", "https://www.example.com:99999/news/1", "", "no address"])
def test_a_page_url_that_cannot_be_parsed_still_gives_the_story(url):
    # (the core takes bytes and a URL: the site's name, the home page test and the site lookup of
    # `scraper extract FILE --url …` parsed it and raised)
    html = f"<html><head><title>t</title></head><body><article>{STORY_P * 3}</article></body></html>"
    art = extract(html.encode(), url)
    assert art.problem is None and len(art.paragraphs) == 3
