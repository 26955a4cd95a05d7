"""The dev pages kept in the repository (tests/devpages): well-formed, with provenance, and
loaded by the benchmark beside the shared corpus as their own set(s)."""
import gzip
import json
from pathlib import Path

import pytest

from scraper import bench

DEV = Path(__file__).resolve().parent / "devpages"
REQUIRED = ("id", "set", "lang", "url", "html", "gold_paragraphs", "gold_kind",
            "source_repo", "source_path", "source_commit")
# held-out judges (docs: never looked at, never tuned on)
FORBIDDEN_REPOS = {"adbar/trafilatura", "tiptopjaw/web-content-extraction-benchmark"}


def rows():
    with open(DEV / "manifest.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_page_has_bytes_gold_and_provenance():
    rs = rows()
    assert len(rs) >= 50
    assert len({r["id"] for r in rs}) == len(rs)
    provenance = (DEV / "PROVENANCE.md").read_text(encoding="utf-8")
    for r in rs:
        missing = [k for k in REQUIRED if not r.get(k)]
        assert not missing, (r.get("id"), missing)
        assert r["source_repo"] not in FORBIDDEN_REPOS
        assert r["source_repo"] in provenance and r["set"] in provenance
        assert len(r["source_commit"]) == 40
        raw = gzip.decompress((DEV / r["html"]).read_bytes())
        assert b"<" in raw[:4096] and len(raw) > 1000, r["id"]
        assert all(isinstance(p, str) and p.strip() for p in r["gold_paragraphs"]), r["id"]


def test_bench_loads_devpages_as_their_own_set(tmp_path):
    # an empty stand-in for the shared corpus: only the dev pages are loaded
    (tmp_path / "manifest.jsonl").write_text("", encoding="utf-8")
    pages = bench.load_pages(tmp_path, extra=[DEV], read=False)
    sets = {r["set"] for r in rows()}
    assert {p.set for p in pages} == sets
    assert len(pages) == len(rows())
    assert all(p.path.exists() for p in pages)
    only = bench.load_pages(tmp_path, set_="magic_html", lang="fa", extra=[DEV], read=False)
    assert only and all(p.set == "magic_html" and p.lang == "fa" for p in only)
    assert bench.load_pages(tmp_path, extra=[DEV], limit=3, read=False).__len__() == 3


def test_bench_cli_defaults_to_devpages_and_can_leave_them_out():
    assert bench.parse_args([]).devpages[0] == bench.DEVPAGES
    assert bench.parse_args(["--no-devpages"]).devpages == []


@pytest.mark.skipif(not (bench.DEFAULT_CORPUS / "manifest.jsonl").exists(),
                    reason="shared corpus not available")
def test_devpage_ids_do_not_clash_with_the_shared_corpus():
    with open(bench.DEFAULT_CORPUS / "manifest.jsonl", encoding="utf-8") as fh:
        shared = [json.loads(line) for line in fh if line.strip()]
    assert not {r["id"] for r in rows()} & {d["id"] for d in shared}
    assert not {r["url"] for r in rows()} & {d.get("url") for d in shared}


def test_dev_sets_built_under_devdata_are_loaded_by_default(tmp_path, monkeypatch):
    # sets whose licence keeps them out of the repository (L3S-GN1) are built into .devdata/<name>/
    built = tmp_path / "l3s"
    built.mkdir()
    (built / "manifest.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(bench, "LOCAL_DEVPAGES", tmp_path)
    assert bench.parse_args([]).devpages == [DEV, built]
    assert bench.parse_args(["--no-devpages"]).devpages == []
    assert bench.parse_args(["--devpages", str(built)]).devpages == [built]


def test_l3s_gold_is_the_full_text_blocks_each_counted_once():
    # The L3S-GN1 annotation format (Readme-L3S-GN1.txt): assessors' <span class="x-nc-selN">,
    # nested when a labelled element holds labelled text blocks; sel2 = full text, sel1 headline,
    # sel3 supplemental (captions), sel5 comments. Shape of annotated/01ccc7c5… (un.org 2008).
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_l3s_gn1", DEV / "build_l3s_gn1.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    annotated = ('<html><body><h2><span class="x-nc-sel1">Headline</span></h2>'
                 '<div><span class="x-nc-sel2"><p><span class="x-nc-sel2">The Council met today.</span></p>'
                 '<p><span class="x-nc-sel2">In the open portion of the</span> <a><span class="x-nc-sel2">meeting'
                 '</span></a><span class="x-nc-sel2">, Mr. RÃ¼cker spoke.</span></p></span></div>'
                 '<p><span class="x-nc-sel3">A caption</span></p><p><span class="x-nc-sel5">A comment</span></p>'
                 '</body></html>').encode("latin-1")   # the stored copy: UTF-8 read as Latin-1
    assert mod.gold_paragraphs(annotated) == ["The Council met today.",
                                              "In the open portion of the meeting , Mr. Rücker spoke."]


def test_fundus_history_pairs_each_old_page_with_its_parser_versions_expectation(tmp_path):
    # A git history of fundus's test-data layout (tests/utility.py: one page per parser version,
    # <Publisher>_<date>.html.gz, expectations per version in <Publisher>.json, URLs in meta.info):
    # a publisher gets a second parser version and a new page, then its first page is re-recorded.
    # The page that left the tree comes back with the expectation of ITS version (V1), not V1_1.
    import importlib.util
    import subprocess
    spec = importlib.util.spec_from_file_location("build_fundus_history", DEV / "build_fundus_history.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    repo = tmp_path / "fundus"
    data = repo / "tests/resources/parser/test_data/de"
    data.mkdir(parents=True)

    def git(*args):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    def body(words):
        return {"summary": [f"Summary {words}."], "sections": [
            {"headline": [], "paragraphs": [f"First paragraph about {words}. " * 8]},
            {"headline": [f"Sub-heading {words}"], "paragraphs": [f"Second paragraph about {words}. " * 8]}]}

    def page(name, text):
        (data / name).write_bytes(gzip.compress(f"<html lang='de'><body><p>{text}</p></body></html>".encode()))

    def write(expect, meta):
        (data / "Pub.json").write_text(json.dumps(expect))
        (data / "meta.info").write_text(json.dumps(meta))
        git("add", "-A")
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "step")

    git("init", "-q")
    page("Pub_2024_01_10.html.gz", "old page")
    write({"V1": {"title": "Old", "body": body("the old story")}},
          {"Pub_2024_01_10.html.gz": {"url": "https://pub.example/old"}})
    page("Pub_2025_03_01.html.gz", "new page")
    write({"V1": {"title": "Old", "body": body("the old story")}, "V1_1": {"title": "New", "body": body("the new story")}},
          {"Pub_2024_01_10.html.gz": {"url": "https://pub.example/old"},
           "Pub_2025_03_01.html.gz": {"url": "https://pub.example/new"}})
    (data / "Pub_2024_01_10.html.gz").unlink()
    page("Pub_2024_06_30.html.gz", "re-recorded page")
    write({"V1": {"title": "Again", "body": body("the re-recorded story")}, "V1_1": {"title": "New", "body": body("the new story")}},
          {"Pub_2024_06_30.html.gz": {"url": "https://pub.example/again"},
           "Pub_2025_03_01.html.gz": {"url": "https://pub.example/new"}})
    out = tmp_path / "out"
    assert mod.main([str(repo / ".git"), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["de_Pub_2024_01_10"]
    row = rows[0]
    assert row["url"] == "https://pub.example/old" and row["lang"] == "de" and row["gold_title"] == "Old"
    assert row["gold_paragraphs"] == ["Summary the old story.", "First paragraph about the old story. " * 8,
                                      "Sub-heading the old story", "Second paragraph about the old story. " * 8]
    assert row["source_gold_path"].endswith("Pub.json (V1)")
    assert gzip.decompress((out / row["html"]).read_bytes()) == b"<html lang='de'><body><p>old page</p></body></html>"


def test_dragnet_gold_is_the_content_before_the_comments_marker(tmp_path):
    # The Dragnet gold layout (seomoz/dragnet_data, mirrored by j-szulc/html-cleaning-dataset-merged):
    # dragnet_data/GoldStandard/<n>.txt = the content, a marker line, the readers' comments; the
    # marker typed with variations; a few files in Windows-1252 (0x96 = en dash).
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_dragnet", DEV / "build_dragnet.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for marker in ("!@#$%^&*()  COMMENTS", "@#$%^&*() COMMENTS", "!@ $%^&*()  \tCOMMENTS"):
        gold = f"\nHeadline\n\n  The first   line.\n\n{marker}\n\nA reader's comment\n".encode()
        assert mod.gold_paragraphs(gold) == ["Headline", "The first line."], marker
    assert mod.gold_paragraphs(b"Deadly Sins \x96 the list\n") == ["Deadly Sins \u2013 the list"]
    src = tmp_path / "src" / "dragnet_data"
    (src / "input").mkdir(parents=True)
    (src / "GoldStandard").mkdir()
    long_line = "A sentence of the post that runs long enough to be counted as content. " * 4
    for name, gold in (("7", long_line), ("R2", "Too short."), ("9", None)):
        (src / "input" / f"{name}.html").write_bytes(b"<html><body><p>page</p></body></html>")
        if gold is not None:
            (src / "GoldStandard" / f"{name}.txt").write_text(gold + "\n!@#$%^&*()  COMMENTS\nno\n")
    out = tmp_path / "out"
    assert mod.main([str(tmp_path / "src"), "--out", str(out)]) == 0
    got = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [r["id"] for r in got] == ["dragnet_7"]   # no gold file / under 200 characters: left out
    assert got[0]["gold_paragraphs"] == [long_line.strip()]
    assert gzip.decompress((out / got[0]["html"]).read_bytes()) == b"<html><body><p>page</p></body></html>"
    assert got[0]["html"] == "pages/dragnet/dragnet_7.html.gz"


def test_daniel_gold_is_the_references_paragraphs_and_a_saved_page_is_no_reference(tmp_path):
    # The DAnIEL layout in rundimeco/waddle (corpora/Corpus_daniel_v2.1): html/<name> (the page),
    # reference/<name> (one <p> per paragraph, entities escaped; two files open a paragraph with
    # "<p" and no ">"), doc_lg.json (language names). One "reference" is a whole saved page.
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_daniel", DEV / "build_daniel.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ref = ("<p>Wybrano nowego ekonomistę</p>\n<pBelgijski ekonomista &quot;Peter&quot; Praet</p>\n"
           "<p>Индексация пенсий\nПервая   индексация пройдет 1 февраля</p>\n<p>\n</p>\n").encode()
    assert mod.gold_paragraphs(ref) == ["Wybrano nowego ekonomistę", 'Belgijski ekonomista "Peter" Praet',
                                        "Индексация пенсий", "Первая индексация пройдет 1 февраля"]
    assert mod.gold_paragraphs("<p>堅果熱量高</p>\n<p堅果 一天限一份</p>".encode()) == ["堅果熱量高", "堅果 一天限一份"]
    assert mod.gold_paragraphs(b'<p><html><head><title>t</title></head><body><div>x</div></body></html></p>') is None
    src = tmp_path / "waddle" / "corpora" / "Corpus_daniel_v2.1"
    (src / "html").mkdir(parents=True)
    (src / "reference").mkdir()
    body = "Ο ιός της γρίπης εξαπλώνεται στην Αθήνα, σύμφωνα με το υπουργείο υγείας. " * 3
    pages = {"20111103_www.express.gr_00aa": f"<p>Γρίπη</p>\n<p>{body}</p>\n",
             "20120106_newsru.co.il_3ad1": "<p><html><body><div>a saved page</div></body></html></p>",
             "20120112_ibnlive.in.com_4de5": None}   # no reference: left out
    for name, gold in pages.items():
        (src / "html" / name).write_bytes(f"<html><body><p>{name}</p></body></html>".encode())
        if gold is not None:
            (src / "reference" / name).write_text(gold, encoding="utf-8")
    (src / "doc_lg.json").write_text(json.dumps({n: "Greek" for n in pages}), encoding="utf-8")
    out = tmp_path / "out"
    assert mod.main([str(tmp_path / "waddle"), "--out", str(out)]) == 0
    got = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == ["20111103_www.express.gr_00aa"]
    assert got[0]["lang"] == "el" and got[0]["set"] == "daniel"
    assert got[0]["gold_paragraphs"] == ["Γρίπη", body.strip()]
    assert got[0]["source_gold_path"] == "corpora/Corpus_daniel_v2.1/reference/20111103_www.express.gr_00aa"
    assert gzip.decompress((out / got[0]["html"]).read_bytes()) == \
        b"<html><body><p>20111103_www.express.gr_00aa</p></body></html>"


def _builder(name: str):
    import importlib.util
    spec = importlib.util.spec_from_file_location(name, DEV / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cleaneval_gold_is_the_annotators_blocks_without_the_url_line(tmp_path):
    # The CleanEval layout (cleaneval-final/ and cleaneval-dev/ of j-szulc/html-cleaning-dataset-merged):
    # GoldStandard/<n>.txt opens with "URL: …", then blocks marked <p>, <h> or <l>, wrapped over
    # several lines; input/<n>.html is the organisers' copy in <text id="URL" …>.
    mod = _builder("build_cleaneval")
    gold = ("URL: http://macdailynews.com/index.php/weblog/comments/5933/\n\n<h>   16-percent of computer users\n"
            "   because they use Apple Macs\n\n <h>   Wednesday, June 15, 2005\n\n <p>   In a press release on "
            "Friday,\n   Wizzard Software explained:\n<l>a list item\n")
    assert mod.gold_paragraphs(gold) == ("http://macdailynews.com/index.php/weblog/comments/5933/", [
        "16-percent of computer users because they use Apple Macs", "Wednesday, June 15, 2005",
        "In a press release on Friday, Wizzard Software explained:", "a list item"])
    long_p = "A sentence of the page's running text, long enough to count as cleaned text here. " * 3
    for part, n, text in (("cleaneval-final", "112", f"URL: http://a.example/\n<p>{long_p}\n"),
                          ("cleaneval-final", "7", "URL: http://b.example/\n<p>Too short.\n"),
                          ("cleaneval-dev", "3", f"<p>{long_p}\n")):
        (tmp_path / "src" / part / "input").mkdir(parents=True, exist_ok=True)
        (tmp_path / "src" / part / "GoldStandard").mkdir(exist_ok=True)
        (tmp_path / "src" / part / "GoldStandard" / f"{n}.txt").write_text(text)
        (tmp_path / "src" / part / "input" / f"{n}.html").write_bytes(
            f'<text id="http://c.example/{n}" title="t" encoding="utf8">\n<p>page</p>'.encode())
    out = tmp_path / "out"
    assert mod.main([str(tmp_path / "src"), "--out", str(out)]) == 0
    got = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [(r["id"], r["url"]) for r in got] == [("final-112", "http://a.example/"),   # too short: left out
                                                   ("dev-3", "http://c.example/3")]       # (no URL line: the <text id>)
    assert got[0]["gold_paragraphs"] == [long_p.strip()] and got[0]["set"] == "cleaneval"


def test_ir_research_gold_lines_url_from_the_markup_and_names_with_spaces_read_from_git(tmp_path):
    # MSVCode/ir-research-data: Extraction/<folder>/html/<query> (<n>).htm(l) and gold/<same>.txt,
    # names with spaces; gold in UTF-8 or windows-1252; no URL given (og:url or canonical, if any).
    import subprocess
    mod = _builder("build_ir_research")
    assert mod.gold_paragraphs(b"Here\x92s the headline\n\n  First   paragraph.\n") == \
        ["Here\u2019s the headline", "First paragraph."]
    assert mod.page_url(b'<head><meta property="og:url" content="http://fortune.com/2017/03/21/x/" />') == \
        "http://fortune.com/2017/03/21/x/"
    assert mod.page_url(b'<link href="https://www.bbc.com/news/a-1" rel="canonical">') == "https://www.bbc.com/news/a-1"
    assert mod.page_url(b"<html><body>no address</body></html>") == ""
    body = "A paragraph of the story, long enough for the gold to count as an article. " * 4
    repo = tmp_path / "repo"
    for folder, name in (("chaos-all", "trump (5)"), ("big5-17", "amd (1)")):
        (repo / "Extraction" / folder / "html").mkdir(parents=True)
        (repo / "Extraction" / folder / "gold").mkdir()
        (repo / "Extraction" / folder / "html" / f"{name}.htm").write_bytes(b"<html><body><p>page</p></body></html>")
        (repo / "Extraction" / folder / "gold" / f"{name}.txt").write_text(f"Headline\n\n{body}\n")
    for folder in ("big5-05", "big5-09", "big5-13"):
        (repo / "Extraction" / folder / "html").mkdir(parents=True)
        (repo / "Extraction" / folder / "gold").mkdir()
        (repo / "Extraction" / folder / "gold" / ".keep").write_text("")
        (repo / "Extraction" / folder / "html" / ".keep").write_text("")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "."], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "data"], check=True)
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(bare)], check=True)
    out = tmp_path / "out"
    assert mod.main([str(bare), "--out", str(out)]) == 0   # (a git directory: its names listed by git)
    got = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [(r["set"], r["id"]) for r in got] == [("chaos", "chaos-trump-5"), ("big9", "big9-17-amd-1")]
    assert got[0]["gold_paragraphs"] == ["Headline", body.strip()]
    assert got[0]["source_path"] == "Extraction/chaos-all/html/trump (5).htm" and got[0]["source_commit"]
