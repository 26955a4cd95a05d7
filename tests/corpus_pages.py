"""The shared corpus for tests that read real pages at run time (never copied here).

``corpus_dir()``: ``$SCRAPER_CORPUS`` if set, else the first ``shared/corpus`` beside the repository
or above it (a worktree in ``/work/wt/<name>`` finds ``/work/shared/corpus``); None when absent.
``corpus_records()``: every manifest record; ``corpus_page(id)``: one record and its page bytes;
both skip the test, saying why, when there is no corpus."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest


def corpus_dir() -> Path | None:
    env = os.environ.get("SCRAPER_CORPUS")
    if env:
        return Path(env) if (Path(env) / "manifest.jsonl").is_file() else None
    here = Path(__file__).resolve().parent.parent
    for base in (here.parent, *here.parent.parents):
        if (base / "shared" / "corpus" / "manifest.jsonl").is_file():
            return base / "shared" / "corpus"
    return None


def _root() -> Path:
    root = corpus_dir()
    if root is None:
        pytest.skip("../shared/corpus not available (real pages are read at run time)")
    return root


def corpus_records() -> list[dict]:
    return [json.loads(line) for line in (_root() / "manifest.jsonl").open(encoding="utf-8")]


def corpus_page(page_id: str) -> tuple[dict, bytes]:
    root = _root()
    for line in (root / "manifest.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] == page_id:
            return rec, gzip.decompress((root / rec["html"]).read_bytes())
    pytest.skip(f"{page_id} not in the corpus")
