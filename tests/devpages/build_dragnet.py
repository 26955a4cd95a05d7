"""Build dev set ``dragnet`` (outside the repository) from a copy of the Dragnet dataset.

    python tests/devpages/build_dragnet.py SOURCE --out DIR
    python -m scraper.bench --devpages tests/devpages --devpages DIR

Dragnet (Peters and Lecocq, "Content Extraction Using Diverse Feature Sets", WWW 2013; Moz's
seomoz/dragnet_data): ~1,380 English news and blog pages saved in 2012, each with its main content
copied out by hand (``Corrected/*.corrected.txt`` in the original layout). The gold file holds the
content, then a line ``!@#$%^&*()  COMMENTS`` (typed with small variations) and the reader comments: gold here = the text before
that line, one paragraph per non-empty line. The gold was stored as the annotator's bytes (mostly
UTF-8, 43 files in Windows-1252): decoded as UTF-8, else as Windows-1252. The dataset carries no
licence of its own here, so the pages are NOT kept in this repository: this script reads them from
SOURCE and writes ``DIR/manifest.jsonl`` + ``DIR/pages/dragnet/dragnet_*.html.gz`` (bytes unchanged).

SOURCE is a folder or a git directory holding ``dragnet_data/input/<n>.html`` and
``dragnet_data/GoldStandard/<n>.txt`` (e.g. a clone of j-szulc/html-cleaning-dataset-merged, which
mirrors seomoz/dragnet_data in that layout). Pages with under 200 characters of content gold are
left out. Nothing here runs an extractor.

Conventions of this gold (not ours): the headline, a date or byline line and photo captions are
often part of the copied content; the bench's token F1 counts them against every system alike.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from scraper.bench import DevSource, dev_page, write_set

SET = "dragnet"
SUB = "dragnet_data"
# the comments marker as the annotators typed it ("!@#$%^&*()  COMMENTS" in 406 files; "@#$%^&*()
# COMMENTS", "!@ $%^&*()  COMMENTS", tabs or one space in a few)
MARKER_RE = re.compile(r"[!@#$%^&*() ]{5,}\s*COMMENTS")
GOLD_KIND = ("Dragnet (WWW 2013) hand-copied main content, text before the COMMENTS marker, "
             "one paragraph per line; not any extractor's output")


def gold_paragraphs(raw: bytes) -> list[str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    content = MARKER_RE.split(text, 1)[0]
    return [" ".join(line.split()) for line in content.splitlines() if line.strip()]



def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder or git dir holding " + SUB + "/")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    ap.add_argument("--repo", default="j-szulc/html-cleaning-dataset-merged",
                    help="provenance: where SOURCE comes from (a mirror of seomoz/dragnet_data)")
    args = ap.parse_args(argv)
    src = DevSource(args.source, SUB)
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped = [], 0
    for name in sorted((n[:-5] for n in src.names("input") if n.endswith(".html")), key=lambda n: (len(n), n)):
        try:
            gold_raw = src.read(f"GoldStandard/{name}.txt")
        except (subprocess.CalledProcessError, FileNotFoundError):
            skipped += 1
            continue
        paras = gold_paragraphs(gold_raw)
        if sum(len(p) for p in paras) < 200:
            skipped += 1
            continue
        rows.append(dev_page(pages_dir, SET, f"dragnet_{name}", src.read(f"input/{name}.html"),
                             lang="en", url="", gold_paragraphs=paras, gold_kind=GOLD_KIND,
                             source_repo=args.repo, source_path=f"{SUB}/input/{name}.html",
                             source_gold_path=f"{SUB}/GoldStandard/{name}.txt", source_commit=src.commit))
    write_set(args.out, SET, rows, f"{skipped} without a gold file or with under 200 characters of "
                                   f"content gold left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
