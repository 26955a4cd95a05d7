"""``scraper extract`` (--explain, --json, --html): what a developer sees when asking why a block
went missing."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lxml import html as lxml_html

from scraper.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
ARABI21 = FIXTURES / "arabi21_style.html"
WP = FIXTURES / "wp_cookie_law_info.html"

ARABI21_STORY_STARTS = ["قال مساعد الرئيس الروسي", "وأضاف المسؤول الروسي", "وتشهد العلاقات بين روسيا",
                        "وأوضح أن روسيا تتفهم", "وعقدت المباحثات في وقت"]
WP_STORY_STARTS = ["افتتح وزير الثقافة", "وقال الوزير في كلمة", "وأشار منظمو المعرض", "ويتوقع المنظمون"]


def run_cli(capsys, *args) -> tuple[int, str, str]:
    rc = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return rc, out, err


def test_explain_prints_the_article_then_removed_blocks_with_rules_and_text(capsys):
    rc, out, err = run_cli(capsys, "--explain", ARABI21)
    assert rc == 0
    assert "title: الكرملين: بايدن أكد لبوتين أن الحرب النووية يجب ألا تبدأ" in out
    head, sep, removed = out.partition("--- removed")
    assert sep, out
    # the clean article first, in order, with nothing removed inside it
    positions = [head.index(s) for s in ARABI21_STORY_STARTS]
    assert positions == sorted(positions)
    for leak in ("اقرأ أيضا", "ملف تعريف الارتباط", "جميع الحقوق محفوظة"):
        assert leak not in head
    # then every removed block with its rule name and its text
    for rule, text in [
        ("consent.text", "هذا الموقع يستخدم ملف تعريف الارتباط Cookie"),
        ("consent.button", "موافق"),
        ("related.inline:", "اقرأ أيضاً: تحذيرات أمريكية روسية متبادلة بشأن أوكرانيا"),
        ("related.inline:", "اقرأ أيضا: محادثات روسية أمريكية مرتقبة حول أوكرانيا الشهر القادم"),
        ("boilerplate.token:.tags", "روسيا أمريكا أوكرانيا"),
        ("boilerplate.tag:footer", "جميع الحقوق محفوظة لموقع عربي21"),
    ]:
        assert rule in removed
        assert text in removed


def test_explain_lists_removed_blocks_in_reading_order(capsys):
    _rc, out, _err = run_cli(capsys, "--explain", ARABI21)
    removed = out.partition("--- removed")[2]
    order = ["هذا الموقع يستخدم ملف تعريف الارتباط", "الجمعة، 31 ديسمبر 2021", "تحذيرات أمريكية روسية متبادلة",
             "محادثات روسية أمريكية مرتقبة", "روسيا أمريكا أوكرانيا", "جميع الحقوق محفوظة"]
    positions = [removed.index(s) for s in order]
    assert positions == sorted(positions)


def test_explain_wordpress_page_dom_removals(capsys):
    rc, out, _err = run_cli(capsys, "--explain", WP)
    assert rc == 0
    head, _sep, removed = out.partition("--- removed")
    positions = [head.index(s) for s in WP_STORY_STARTS]
    assert positions == sorted(positions)
    order = ["consent.id:#cookie-law-info-bar", "related.token:.read-also-box", "related.token:#jp-relatedposts",
             "boilerplate.token:#comments"]
    positions = [removed.index(s) for s in order]
    assert positions == sorted(positions)
    assert "authors: ليلى حسن" in head
    assert "published_at: 2024-01-24T11:05:00+02:00" in head


def test_explain_lists_a_banner_sentence_before_its_button(capsys):
    _rc, out, _err = run_cli(capsys, "--explain", ARABI21)
    removed = out.partition("--- removed")[2]
    assert removed.index("هذا الموقع يستخدم ملف تعريف الارتباط") < removed.index("consent.button")


def test_explain_reading_order_on_a_minified_page(tmp_path, capsys):
    src = ARABI21.read_text(encoding="utf-8")
    one_line = tmp_path / "minified.html"
    one_line.write_text("".join(line.strip() for line in src.splitlines()), encoding="utf-8")
    _rc, out, _err = run_cli(capsys, "--explain", one_line)
    removed = out.partition("--- removed")[2]
    order = ["هذا الموقع يستخدم ملف تعريف الارتباط", "تحذيرات أمريكية روسية متبادلة", "محادثات روسية أمريكية مرتقبة",
             "روسيا أمريكا أوكرانيا", "جميع الحقوق محفوظة"]
    positions = [removed.index(s) for s in order]
    assert positions == sorted(positions)


def test_removed_block_text_keeps_words_of_separate_elements_apart(capsys):
    _rc, out, _err = run_cli(capsys, "--json", WP)
    removed = {r["rule"]: r["text"] for r in json.loads(out.splitlines()[0])["removed"]}
    assert "فيسبوك تويتر" in removed["boilerplate.token:.sharedaddy"]
    assert "التعليقات لا توجد" in removed["boilerplate.token:#comments"]
    assert "المتكررة. إعدادات" in removed["consent.id:#cookie-law-info-bar"]


def test_json_one_object_per_input_per_line_in_input_order(capsys):
    rc, out, _err = run_cli(capsys, "--json", WP, ARABI21, WP)
    assert rc == 0
    lines = out.splitlines()
    assert len(lines) == 3
    objs = [json.loads(line) for line in lines]
    assert [o["url"] for o in objs] == [WP.resolve().as_uri(), ARABI21.resolve().as_uri(), WP.resolve().as_uri()]
    for o in objs:
        assert {"url", "title", "body", "removed"} <= set(o)
        assert o["removed"] and all({"rule", "text"} <= set(r) for r in o["removed"])
    assert objs[0]["title"] == "افتتاح معرض الكتاب الدولي بمشاركة ألف دار نشر"
    assert objs[1]["body"].split("\n")[0].startswith(ARABI21_STORY_STARTS[0])
    assert [b.split(" ")[0] for b in objs[1]["body"].split("\n")] == [s.split(" ")[0] for s in ARABI21_STORY_STARTS]
    assert "اقرأ" not in objs[1]["body"]
    assert objs[0] == objs[2] | {"fetched_at": objs[0]["fetched_at"]}


def test_json_with_url_option_sets_the_article_url(capsys):
    _rc, out, _err = run_cli(capsys, "--json", "--url", "https://arabi21.com/story/1404512", ARABI21)
    obj = json.loads(out)
    assert obj["url"] == "https://arabi21.com/story/1404512"
    assert obj["canonical_url"] == "https://arabi21.com/story/1404512/kremlin-biden-putin-call"


def _without_scripts(tmp_path: Path) -> Path:
    """The WordPress fixture without its JSON-LD <script>."""
    src = WP.read_text(encoding="utf-8")
    start, end = src.index('<script type="application/ld+json">'), src.index("</script>") + len("</script>")
    out = tmp_path / "wp_no_script.html"
    out.write_text(src[:start] + src[end:], encoding="utf-8")
    return out


def _check_highlighted(out_file: Path) -> None:
    text = out_file.read_text(encoding="utf-8")
    root = lxml_html.fromstring(text)
    marked = {el.get("id") or el.get("class"): el.get("data-scraper-removed")
              for el in root.xpath("//*[@data-scraper-removed]")}
    assert marked["cookie-law-info-bar"] == "consent.id:#cookie-law-info-bar"
    assert marked["read-also-box"] == "related.token:.read-also-box"
    assert marked["comments"] == "boilerplate.token:#comments"
    # a highlight style for the marked blocks
    style = " ".join(s.text or "" for s in root.iter("style"))
    assert "[data-scraper-removed]" in style and "outline" in style
    # the story itself is not marked
    story_ps = [p for p in root.iter("p") if (p.text or "").startswith(tuple(WP_STORY_STARTS))]
    assert len(story_ps) == len(WP_STORY_STARTS)
    for p in story_ps:
        assert all(a.get("data-scraper-removed") is None for a in [p, *p.iterancestors()])
    # the Arabic text survives the round trip
    assert WP_STORY_STARTS[0] in text


def test_html_output_marks_removed_blocks_and_highlights_them(tmp_path, capsys):
    out_file = tmp_path / "out.html"
    rc, _out, err = run_cli(capsys, "--html", out_file, _without_scripts(tmp_path))
    assert rc == 0
    assert str(out_file) in err
    _check_highlighted(out_file)


def test_html_output_on_a_page_with_scripts(tmp_path, capsys):
    out_file = tmp_path / "out.html"
    rc, _out, _err = run_cli(capsys, "--html", out_file, WP)
    assert rc == 0
    _check_highlighted(out_file)
    assert "application/ld+json" not in out_file.read_text(encoding="utf-8")


def test_html_output_marks_line_rule_removals_too(tmp_path, capsys):
    out_file = tmp_path / "arabi21.html"
    run_cli(capsys, "--html", out_file, ARABI21)
    root = lxml_html.fromstring(out_file.read_text(encoding="utf-8"))
    line_marked = [(el.get("data-scraper-line"), el.text_content()) for el in root.xpath("//*[@data-scraper-line]")]
    assert any(rule.startswith("related.inline:") and "تحذيرات أمريكية روسية" in t for rule, t in line_marked)
    assert any(rule == "consent.text" and "ملف تعريف الارتباط" in t for rule, t in line_marked)
    style = " ".join(s.text or "" for s in root.iter("style"))
    assert "[data-scraper-line]" in style


def test_html_output_with_several_inputs_writes_numbered_files(tmp_path, capsys):
    out_file = tmp_path / "page.html"
    run_cli(capsys, "--html", out_file, ARABI21, _without_scripts(tmp_path))
    assert (tmp_path / "page-1.html").exists() and (tmp_path / "page-2.html").exists()


def test_missing_file_is_a_clear_error_with_exit_code_1(tmp_path, capsys):
    missing = tmp_path / "nope.html"
    rc, out, err = run_cli(capsys, "--explain", missing)
    assert rc == 1
    assert "cannot read" in err and "nope.html" in err
    assert "Traceback" not in err + out


def test_missing_file_among_others_in_json_keeps_order_and_fails(tmp_path, capsys):
    missing = tmp_path / "nope.html"
    rc, out, _err = run_cli(capsys, "--json", ARABI21, missing, WP)
    assert rc == 1
    objs = [json.loads(line) for line in out.splitlines()]
    assert len(objs) == 3
    assert objs[0]["url"] == ARABI21.resolve().as_uri()
    assert objs[1]["problem"] == "fetch_failed" and objs[1]["url"] == str(missing)
    assert objs[2]["url"] == WP.resolve().as_uri()


def test_cli_subprocess_missing_file_exit_code_and_no_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "scraper.cli", "extract", "--explain", str(tmp_path / "nope.html")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "nope.html" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_subprocess_explain_prints_arabic(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "scraper.cli", "extract", "--explain", str(ARABI21)],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert ARABI21_STORY_STARTS[0] in proc.stdout
    assert "related.inline:" in proc.stdout


def test_undecodable_input_is_reported_not_raised(tmp_path, capsys):
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    rc, out, err = run_cli(capsys, "--json", binary)
    assert rc == 1
    assert json.loads(out)["problem"] == "binary"
    assert "Traceback" not in err


def test_a_page_fetched_from_a_consent_host_is_a_wall(capsys):
    rc, out, _err = run_cli(capsys, "--json", "--url", "https://consent.google.com/m?continue=https://x.com/a",
                            ARABI21)
    assert rc == 1
    assert json.loads(out)["problem"] == "consent_wall"


def test_a_page_that_is_no_article_says_why(tmp_path, capsys):
    # a maintenance page and a home page: the problem, its kind and the evidence on the first line
    page = tmp_path / "down.html"
    page.write_text('<html><head><title>بوابة الوسط | الموقع تحت الصيانة</title></head><body><h1>نعود قريبا</h1>'
                    '<p>نعمل حاليا على تحديث أنظمة الموقع وتحسين أدائه.</p></body></html>', encoding="utf-8")
    rc, out, _err = run_cli(capsys, "--url", "https://alwasat.ly/news/1", page)
    assert "!! no article: unavailable: <title> says 'تحت الصيانة'" in out
    home = tmp_path / "home.html"
    home.write_text('<html><head><title>بوابة الوسط</title></head><body><div class="hero"><h2><a href="/a/1">عنوان</a>'
                    '</h2><p>صادق مجلس النواب على مشروع قانون الموازنة العامة للدولة بعد نقاش طويل استمر يومين.</p>'
                    '</div></body></html>', encoding="utf-8")
    rc, out, _err = run_cli(capsys, "--url", "https://alwasat.ly/", home)
    assert "!! no article: listing: the home page's address /" in out
    # an article's page at the home address stays an article (its metadata says so)
    rc, out, _err = run_cli(capsys, "--url", "https://alwasat.ly/", ARABI21)
    assert "!! no article" not in out


def test_a_url_that_cannot_be_parsed_is_no_traceback(capsys):
    # `scraper extract FILE --url 'http://[::1/x'`: the site lookup parsed it and raised
    rc, out, err = run_cli(capsys, "--url", "http://[::1/x", ARABI21)
    assert rc == 0 and "Traceback" not in err
    assert all(s in out for s in ARABI21_STORY_STARTS)
