"""Encoding per page, not per byte (issue 7, item 7), with real byte strings: a UTF-8 page
with a few bad bytes (or one windows-1256 sentence) stays UTF-8; a windows-1256 page with one
UTF-8 sentence stays windows-1256; mojibake and binary bodies are rejected with their kind."""
from __future__ import annotations

import gzip
import io
import random
import zipfile
from pathlib import Path

import pytest

from samples import STORY
from scraper.extract import extract
from scraper.htmlio import UndecodableError, decode_html

URL = "https://www.example.com/news/2025/03/10/story-1"
TITLE = "محادثات هاتفية بين الرئيسين"
ROOT = Path(__file__).resolve().parent


def page(meta: str = "", paras: list[str] | None = None) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (paras or STORY))
    return (f"<html><head>{meta}<title>{TITLE}</title></head><body>"
            f'<div class="article-body">\n{body}\n</div></body></html>')


def with_bytes_in(text: str, encoding: str, junk: bytes, after: str) -> bytes:
    """*text* encoded, with *junk* inserted right after the first *after*."""
    raw = text.encode(encoding)
    i = raw.index(after.encode(encoding)) + len(after.encode(encoding))
    return raw[:i] + junk + raw[i:]


UTF8_META = '<meta charset="utf-8">'
CP1256_META = '<meta charset="windows-1256">'


@pytest.mark.parametrize("meta, headers", [
    ("", None),                                                       # sniffed
    (UTF8_META, None),                                                # declared in <meta>
    ("", {"Content-Type": "text/html; charset=UTF-8"}),               # declared in HTTP
    (CP1256_META, None),                                              # mis-declared windows-1256
    ("", {"Content-Type": "text/html; charset=ISO-8859-1"}),          # mis-declared Latin
])
@pytest.mark.parametrize("junk", [b"\xff", b"\xe3\xd1\xcd\xc8\xc7", b"\xc7\xe1", b"\x80\x81\xfe"],
                         ids=["one-byte", "1256-word", "1256-al", "three"])
def test_utf8_page_with_stray_bytes_stays_utf8(meta, headers, junk):
    body = with_bytes_in(page(meta), "utf-8", junk, "الدولية")
    text, enc = decode_html(body, headers)
    assert enc == "utf-8"
    assert STORY[1] in text and STORY[3] in text
    assert "\ufffd" in text
    art = extract(body, URL, headers=headers)
    assert art.problem is None
    assert art.paragraphs[1:] == STORY[1:]
    assert art.language == "ar"


def test_utf8_page_with_a_windows_1256_sentence_keeps_utf8():
    sentence = " وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة.".encode("cp1256")
    body = with_bytes_in(page(UTF8_META), "utf-8", sentence, STORY[0])
    text, enc = decode_html(body)
    assert enc == "utf-8"
    for p in STORY:
        assert p in text
    art = extract(body, URL)
    assert art.problem is None and art.language == "ar"
    assert art.paragraphs[1:] == STORY[1:]


@pytest.mark.parametrize("meta", ["", CP1256_META, UTF8_META])
def test_windows_1256_page_with_a_utf8_sentence_keeps_windows_1256(meta):
    sentence = " وقال المتحدث إن الاجتماع سيعقد غدا.".encode("utf-8")
    body = with_bytes_in(page(meta), "cp1256", sentence, STORY[0])
    text, enc = decode_html(body)
    assert enc == "cp1256"
    for p in STORY:
        assert p in text
    art = extract(body, URL)
    assert art.problem is None
    assert art.paragraphs[1:] == STORY[1:]


@pytest.mark.parametrize("wrong", ["latin-1", "cp1252", "cp1256"])
def test_double_encoded_page_is_rejected_as_mojibake(wrong):
    # UTF-8 Arabic read as a single-byte charset somewhere upstream and stored again as UTF-8
    body = page(UTF8_META).encode("utf-8").decode(wrong, "replace").encode("utf-8")
    with pytest.raises(UndecodableError) as info:
        decode_html(body)
    assert info.value.kind == "mojibake"
    art = extract(body, URL)
    assert art.problem == "mojibake" and art.body == ""


def test_double_encoded_page_served_as_windows_1256_is_mojibake():
    body = page(CP1256_META).encode("utf-8").decode("cp1256").encode("cp1256")
    # the bytes are UTF-8 Arabic; declared windows-1256 they would read "ط§ظ„…": corrected
    text, enc = decode_html(body)
    assert enc == "utf-8" and STORY[0] in text
    # the same text, as text stored in windows-1256 after being misread: rejected
    moji = page(CP1256_META).encode("utf-8").decode("cp1256")
    with pytest.raises(UndecodableError) as info:
        decode_html(moji.encode("utf-8"))
    assert info.value.kind == "mojibake"


def test_a_few_mojibake_words_in_a_real_page_are_kept():
    # one quoted mojibake sample inside a real article (e.g. a story about encodings)
    sample = "ط§ظ„ط®ط¨ط± Ø§Ù„Ø®Ø¨Ø±"
    body = page(UTF8_META, [*STORY[:2], f"مثال على النص المشوه: {sample}", *STORY[2:]]).encode("utf-8")
    text, enc = decode_html(body)
    assert enc == "utf-8" and sample in text


def _no_nul(data: bytes) -> bytes:
    return data.replace(b"\x00", b"\x01")


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "x" * 5000 + "".join(STORY))
    return buf.getvalue()


RNG = random.Random(7)
BINARY = {
    "random": _no_nul(bytes(RNG.randrange(256) for _ in range(20000))),
    "random-printable": bytes(RNG.randrange(32, 256) for _ in range(20000)),
    "random-after-html-tag": b"<html><body>" + _no_nul(bytes(RNG.randrange(256) for _ in range(20000))),
    "random-high-bytes": bytes(RNG.randrange(128, 256) for _ in range(20000)),
    "jpeg-no-nul": _no_nul(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(RNG.randrange(256) for _ in range(5000))),
    "zip-no-nul": _no_nul(_zip_bytes()),
    "jpeg-body-without-magic": _no_nul(bytes(RNG.randrange(256) for _ in range(5000))) + b"\xff\xd9",
}


@pytest.mark.parametrize("name", list(BINARY))
@pytest.mark.parametrize("headers", [None, {"Content-Type": "text/html; charset=utf-8"},
                                     {"Content-Type": "text/html; charset=windows-1256"}])
def test_binary_without_nul_bytes_is_rejected(name, headers):
    body = BINARY[name]
    assert b"\x00" not in body
    with pytest.raises(UndecodableError) as info:
        decode_html(body, headers)
    assert info.value.kind == "binary"
    art = extract(body, URL, headers=headers)
    assert art.problem == "binary" and art.body == ""


def _fixture_pages() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.htm*") if p.is_file())


def test_no_real_page_of_the_fixtures_is_rejected():
    pages = _fixture_pages()
    assert len(pages) >= 30
    for p in pages:
        data = p.read_bytes()
        if p.suffix == ".gz":   # tests/devpages keeps its real pages gzip-compressed
            data = gzip.decompress(data)
        text, enc = decode_html(data)
        assert text.strip(), p


def test_windows_1256_page_without_any_declaration_still_decodes():
    body = page().encode("cp1256")
    text, enc = decode_html(body)
    assert enc == "cp1256" and STORY[2] in text


PORTUGUESE = ["Aubrey de Grey, 53, quer curar o envelhecimento. Sim, para esse pesquisador inglês, formado em "
              "ciências da computação na Universidade de Cambridge, envelhecer é uma doença tal como a malária.",
              "Segundo ele, a primeira pessoa que viverá mil anos já nasceu, e a ciência não está longe de "
              "conseguir reparar os danos que o corpo acumula ao longo da vida: não há razão para esperar."] * 8


@pytest.mark.parametrize("meta", ['<meta charset="windows-1252">', ""])
def test_a_latin_page_full_of_accents_is_not_read_as_windows_1256(meta):
    # Folha de S.Paulo 2017 (chimbori/crux's golden file folha_uol_com_br.html), windows-1252: its ã, á, í, ó, õ, ú
    # are Arabic letters in windows-1256, more than enough to pass a count of Arabic letters ("computaçمo",
    # "malلria"); the Arabic reading needs words of Arabic letters (htmlio.ARABIC_*)
    body = (f"<html lang='pt-br'><head>{meta}<title>Cientista</title></head><body><article>"
            + "".join(f"<p>{x}</p>" for x in PORTUGUESE) + "</article></body></html>").encode("cp1252")
    text, enc = decode_html(body)
    assert enc == "cp1252" and "computação" in text and "malária" in text
    # a windows-1256 page declared so, or as Latin, still reads as Arabic
    arabic = page().encode("cp1256")
    assert decode_html(arabic)[1] == "cp1256"
    assert decode_html(arabic.replace(b"<head>", b'<head><meta charset="windows-1252">', 1))[1] == "cp1256"


def test_utf8_page_whose_head_is_a_script_of_arabic_strings_is_a_page():
    # first 64 KiB: a script of Arabic strings with almost no whitespace (minified data), then a
    # short English story; valid UTF-8, so no binary verdict (the whitespace test is for text
    # decoded from random high bytes, which are never valid UTF-8)
    blob = "مرحبا" * 4000
    story = "<p>" + "A short English story about the council vote and what it means. " * 4 + "</p>"
    body = (f'<html><head><script>var x="{blob}";</script></head>'
            f"<body><article>{story}</article></body></html>").encode("utf-8")
    text, enc = decode_html(body)
    assert enc == "utf-8" and text.startswith("<html>")
    art = extract(body, URL)
    assert art.problem is None and "council vote" in art.body


def test_scrapys_headers_as_they_are_give_the_charset():
    # the spider passes Scrapy's Headers unconverted (bytes keys, lists of bytes values): the core reads
    # Content-Type from any mapping of that shape
    from scrapy.http import Headers
    body = "".join(f"<p>{s}</p>" for s in STORY).encode("cp1256")
    headers = Headers({"Content-Type": "text/html; charset=windows-1256", "Server": "nginx"})
    art = extract(b"<html><body>" + body + b"</body></html>", "https://news.example/a", headers=headers)
    assert art.paragraphs == STORY
    assert decode_html(body, headers)[1] in ("windows-1256", "cp1256")


def _cut_after_meta(n: int) -> bytes:
    """A UTF-8 page without a charset declaration whose first *n* bytes end right after the
    letters of a ``<meta`` tag."""
    head = "<html><head><title>" + TITLE + "</title>"
    pad = "<!-- " + "x" * max(0, n - len(head.encode()) - len("<meta") - 9) + " -->"
    raw = (head + pad).encode()
    raw = raw + b" " * (n - len(raw) - len(b"<meta")) + b'<meta name="generator" content="WordPress 4.7.15">'
    assert raw[:n].endswith(b"<meta")
    return raw + page().split("</title></head>", 1)[1].encode()


@pytest.mark.parametrize("cut", ["body", "window"])
def test_a_body_ending_inside_a_meta_tag_decodes(cut):
    """A truncated response that ends right after ``<meta``, and a page whose 8 KiB charset
    window ends there (the real page theparadigmng.com of scrapinghub's set, 8,192 bytes in),
    decode. w3lib 2.6.0's prescan (frostwork 0.2.2) read one byte past such a buffer's end and
    panicked: a pyo3 PanicException, which no ``except Exception`` catches, out of Scrapy's
    ``response.text`` as out of ours (pyproject.toml keeps w3lib below 2.6)."""
    from scrapy.http import HtmlResponse

    raw = _cut_after_meta(8192)
    body = raw[:8192] if cut == "body" else raw
    text, enc = decode_html(body)
    assert enc == "utf-8" and TITLE in text
    assert TITLE in HtmlResponse(URL, body=body).text
    if cut == "window":
        assert extract(body, URL).body.startswith(STORY[0][:40])
