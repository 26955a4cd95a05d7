"""Build dev set ``fundus_old`` (outside the repository) from the git history of fundus.

    python tests/devpages/build_fundus_history.py GITDIR --out DIR
    python -m scraper.bench --devpages tests/devpages --devpages DIR

fundus (flairNLP/fundus, MIT) keeps one saved page per publisher and parser version in
``tests/resources/parser/test_data/<country>/<Publisher>_<YYYY_MM_DD>.html.gz``, with the parsed
article it expects in ``<Publisher>.json`` (one entry per parser version) and the page's URL in
``meta.info``. The shared corpus (``../shared/corpus``, set ``fundus``) holds the pages of fundus's
newest commit. When fundus re-records a publisher, the older page leaves the tree; this script
brings those older pages back from the history: for every ``.html.gz`` deleted in GITDIR's history
whose bytes are in no page of the newest commit, it reads the tree just before the deletion and
takes the expectation of the parser version that page belongs to. fundus maps a page to a version
by its crawl date (one page per version, versions ordered by date: ``load_html_test_file_mapping``
in fundus's ``tests/utility.py``); here the publisher's pages sorted by date are paired with its
versions sorted by name (``V1`` < ``V1_1`` < ``V2``), and a publisher whose counts differ is left out.

Gold = the expectation's ``body``: summary, then each section's headline and paragraphs, in order
(the shared corpus's construction of set ``fundus``). It is fundus's per-publisher parser output
checked in as the test's expected result (hand-written selectors, reviewed in fundus's pull
requests), not any output of this project. Pages are written gzip-compressed, bytes unchanged,
to ``DIR/pages/fundus_old/``; ``DIR/manifest.jsonl`` gets one row per page with its provenance.
Nothing here runs an extractor.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

from scraper.bench import replace_set

SET = "fundus_old"
ROOT = "tests/resources/parser/test_data/"
GOLD_KIND = ("fundus test json at the commit before the page left fundus's tree: parser output checked "
             "in as expected result (summary + section headlines + paragraphs, in order)")
_NAME_RE = re.compile(r"^(?P<pub>[A-Za-z0-9]+)_(?P<date>\d{4}_\d{2}_\d{2})\.html\.gz$")
_LANG_RE = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def _git(gitdir: Path, *args: str, binary: bool = False):
    out = subprocess.run(["git", "--git-dir", str(gitdir), *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def _version_key(name: str) -> tuple:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def _paragraphs(body) -> list[str] | None:
    if not isinstance(body, dict):
        return None
    out = [s for s in body.get("summary") or [] if isinstance(s, str) and s.strip()]
    for sec in body.get("sections") or []:
        for key in ("headline", "paragraphs"):
            out += [s for s in sec.get(key) or [] if isinstance(s, str) and s.strip()]
    return out


def deleted_pages(gitdir: Path) -> list[tuple[str, str]]:
    """(commit, path) of every page deleted anywhere in the history (first deletion wins)."""
    log = _git(gitdir, "log", "--all", "--diff-filter=D", "--format=C %H", "--name-only", "--", ROOT)
    seen, out, commit = set(), [], None
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.endswith(".html.gz") and line not in seen:
            seen.add(line)
            out.append((commit, line))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gitdir", type=Path, help="a git directory of flairNLP/fundus with its history")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    args = ap.parse_args(argv)
    head = _git(args.gitdir, "rev-parse", "HEAD").strip()
    head_blobs = {ln.split()[2] for ln in _git(args.gitdir, "ls-tree", "-r", "HEAD", ROOT).splitlines()}
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped, contents = [], {}, set()

    def skip(why: str) -> None:
        skipped[why] = skipped.get(why, 0) + 1

    for commit, path in deleted_pages(args.gitdir):
        before = f"{commit}^"
        folder, name = path.rsplit("/", 1)
        m = _NAME_RE.match(name)
        if m is None:
            skip("no date in the file name (fundus's layout before dated pages)")
            continue
        blob = _git(args.gitdir, "rev-parse", f"{before}:{path}").strip()
        if blob in head_blobs:
            skip("same bytes as a page of the newest commit")
            continue
        pub = m["pub"]
        tree = _git(args.gitdir, "ls-tree", "--name-only", f"{before}:{folder}").split()
        pages = sorted(n for n in tree if (k := _NAME_RE.match(n)) and k["pub"] == pub)
        try:
            expected = json.loads(_git(args.gitdir, "show", f"{before}:{folder}/{pub}.json"))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            skip("no expectation file")
            continue
        versions = sorted((k for k in expected if re.fullmatch(r"V\d+(?:_\d+)*", k)), key=_version_key)
        if len(versions) != len(pages):
            skip("pages and parser versions do not pair")
            continue
        version = versions[pages.index(name)]
        gold = _paragraphs(expected[version].get("body"))
        if not gold or sum(len(p) for p in gold) < 200:
            skip("no body in the expectation")
            continue
        raw = gzip.decompress(_git(args.gitdir, "show", f"{before}:{path}", binary=True))
        digest = hashlib.sha1(raw).hexdigest()
        if digest in contents:
            skip("same page as another one here")
            continue
        contents.add(digest)
        try:
            meta = json.loads(_git(args.gitdir, "show", f"{before}:{folder}/meta.info"))
            url = (meta.get(name) or {}).get("url", "")
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            url = ""
        lang = _LANG_RE.search(raw[:20000])
        country = folder.rsplit("/", 1)[-1]
        page_id = f"{country}_{name[:-len('.html.gz')]}"
        (pages_dir / f"{page_id}.html.gz").write_bytes(gzip.compress(raw, 9, mtime=0))
        rows.append({"id": page_id, "set": SET, "lang": lang[1].decode().lower() if lang else "?",
                     "url": url, "html": f"pages/{SET}/{page_id}.html.gz", "gold_paragraphs": gold,
                     "gold_title": expected[version].get("title"), "gold_kind": GOLD_KIND,
                     "source_repo": "flairNLP/fundus", "source_path": path,
                     "source_gold_path": f"{folder}/{pub}.json ({version})",
                     "source_commit": _git(args.gitdir, "rev-parse", before).strip(),
                     "deleted_in": commit, "newest_commit": head})
    replace_set(args.out / "manifest.jsonl", SET, rows)
    print(f"{SET}: {len(rows)} pages written to {args.out}; left out: "
          + (", ".join(f"{n} {why}" for why, n in sorted(skipped.items())) or "none"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
