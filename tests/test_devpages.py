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
    assert bench.parse_args([]).devpages == [bench.DEVPAGES]
    assert bench.parse_args(["--no-devpages"]).devpages == []


@pytest.mark.skipif(not (bench.DEFAULT_CORPUS / "manifest.jsonl").exists(),
                    reason="shared corpus not available")
def test_devpage_ids_do_not_clash_with_the_shared_corpus():
    with open(bench.DEFAULT_CORPUS / "manifest.jsonl", encoding="utf-8") as fh:
        shared = [json.loads(line) for line in fh if line.strip()]
    assert not {r["id"] for r in rows()} & {d["id"] for d in shared}
    assert not {r["url"] for r in rows()} & {d.get("url") for d in shared}
