"""Build dev set ``cleaneval`` (outside the repository) from a copy of the CleanEval data.

    python tests/devpages/build_cleaneval.py SOURCE --out DIR
    python -m scraper.bench --devpages tests/devpages --devpages DIR --set cleaneval

CleanEval (Baroni, Chantree, Kilgarriff, Sharoff, "CleanEval: a competition for cleaning web
pages", LREC 2008): English web pages collected in 2006-07 by querying a search engine (news,
blogs, forums, shops, institutions' pages: not only articles), each cleaned by hand by the
competition's annotators, who kept the page's running text and marked each kept block as
paragraph ``<p>``, heading ``<h>`` or list item ``<l>``. The dataset's terms (research use) keep
its pages out of this repository: this script reads them from SOURCE and writes
``DIR/manifest.jsonl`` + ``DIR/pages/cleaneval/*.html.gz``.

SOURCE is a folder or a git directory holding ``cleaneval-final/`` and ``cleaneval-dev/`` with
``input/<n>.html`` and ``GoldStandard/<n>.txt`` (e.g. a clone of j-szulc/html-cleaning-dataset-merged,
which mirrors both sets from cleaneval.sigwac.org.uk as archived by archive.org).

``html`` is ``input/<n>.html`` with its bytes unchanged: the competition's own copy of the page,
converted to UTF-8 by the organisers and wrapped in ``<text id="URL" title="…">`` (most copies
keep no ``<head>``: no metadata, the extractor has only the markup). Gold = the annotators' blocks
in order, the first line ``URL: …`` left out, each block's white space collapsed, headings and
list items kept as lines (their convention; this project's body keeps a story's sub-headings and
lists too). A page whose cleaned text is under 200 characters is left out. Nothing here runs an
extractor.

Conventions of this gold (not ours, so some losses are convention, not error): every page has a
gold, also a site's home page or a forum's index, where this project rightly stores nothing; a
page title repeated as the first heading and a post's date line are often kept.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scraper.bench import DevSource, dev_page, write_set

SET = "cleaneval"
PARTS = ("cleaneval-final", "cleaneval-dev")
GOLD_KIND = ("CleanEval (LREC 2008) hand-cleaned text: the annotators' paragraph, heading and list "
             "blocks of each page; not any extractor's output")
_BLOCK_RE = re.compile(r"<\s*[phl]\s*>", re.I)
_TEXT_ID_RE = re.compile(rb'<text\s+id="([^"]*)"')


def gold_paragraphs(gold: str) -> tuple[str, list[str]]:
    """(the page's URL, the annotators' blocks) of one GoldStandard file."""
    url = ""
    first, _, rest = gold.lstrip("\ufeff").partition("\n")
    if first.startswith("URL:"):
        url = first[4:].strip()
    else:
        rest = gold
    blocks = (" ".join(b.split()) for b in _BLOCK_RE.split(rest))
    return url, [b for b in blocks if b]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder or git dir holding " + " and ".join(PARTS))
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    ap.add_argument("--repo", default="j-szulc/html-cleaning-dataset-merged",
                    help="provenance: where SOURCE comes from")
    args = ap.parse_args(argv)
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped = [], 0
    for part in PARTS:
        src = DevSource(args.source, part, marker="GoldStandard")
        inputs = src.names("input")
        for name in sorted(src.names("GoldStandard"), key=lambda n: (len(n), n)):
            stem = name[:-4]
            if not name.endswith(".txt") or f"{stem}.html" not in inputs:
                continue
            url, paras = gold_paragraphs(src.read(f"GoldStandard/{name}").decode("utf-8", "replace"))
            if sum(len(p) for p in paras) < 200:
                skipped += 1
                continue
            raw = src.read(f"input/{stem}.html")
            if not url:
                m = _TEXT_ID_RE.match(raw)
                url = m.group(1).decode("utf-8", "replace") if m else ""
            page_id = f"{part.split('-')[1]}-{stem}"
            rows.append(dev_page(pages_dir, SET, page_id, raw, lang="en", url=url,
                                 gold_paragraphs=paras, gold_kind=GOLD_KIND, source_repo=args.repo,
                                 source_path=f"{part}/input/{stem}.html",
                                 source_gold_path=f"{part}/GoldStandard/{name}",
                                 source_commit=src.commit))
    write_set(args.out, SET, rows, f"{skipped} with under 200 characters of cleaned text left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
