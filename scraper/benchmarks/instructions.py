"""Instructions ``extract()`` executes over the dev pages, for checkouts side by side: an A/B of speed
work that the machine's load does not move.

    python -m scraper.benchmarks.instructions [--step 20] [--pure] [CHECKOUT ...]

Each CHECKOUT (a folder holding ``scraper/``; default: this one) runs as a child process under
valgrind's cachegrind (``--cache-sim=no``: instructions only), twice: once extracting every
*step*-th page of the shared corpus and the dev page folders (the pages ``scraper bench`` reads,
in its order, from this checkout's folders for every checkout), once extracting only the first
of them. Both children import, load the pages and extract the first page alike, so the
difference is the instructions of the loop alone. The table gives it per checkout and against
the first checkout.

Why: on this two-core KVM guest wall and CPU times of one run move by 2-5% with other work, and
speed changes worth keeping are often 1-3%: an interleaved timing A/B needs many rounds to see
them; instruction counts repeat within ~0.5% (``PYTHONHASHSEED=0``) and show them in one. They
are a proxy: cache misses and the allocator are not counted, so confirm a change with
``scraper bench`` (time) before calling it a speed-up. With ``--pure`` the children run without
the compiled core (``SCRAPER_PURE=1``); without it each checkout's compiled core is used only if
it was built from that checkout's sources (``python -m scraper._build_compiled build`` there),
else its modules run as Python, which the table would then compare.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ..bench import DEFAULT_CORPUS, _default_devpages
from .runner import ROOT

CHILD = r"""
import json, sys
from pathlib import Path
checkout, step, only_first, folders = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", json.loads(sys.argv[4])
sys.path.insert(0, checkout)
from scraper.bench import load_pages
from scraper.extract import extract
pages = [(p.html(), p.url) for p in load_pages(Path(folders[0]), extra=[Path(f) for f in folders[1:]])[::step]]
extract(*pages[0])
if not only_first:
    for data, url in pages:
        extract(data, url)
try:
    from scraper._compiled import MODULES
except ImportError:
    MODULES = ()
python = [m for m in MODULES if not sys.modules["scraper." + m].__file__.endswith(".so")] if MODULES else ["all"]
print(json.dumps({"pages": len(pages), "python": python}))
"""

_REFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(checkout: Path, step: int, only_first: bool, pure: bool) -> tuple[int, dict]:
    """(instructions of the child, {"pages": pages read, "python": the core modules it ran as Python})."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("SCRAPER_PURE", None)
    if pure:
        env["SCRAPER_PURE"] = "1"
    proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", CHILD, str(checkout), str(step), "1" if only_first else "0",
                           json.dumps([str(DEFAULT_CORPUS), *map(str, _default_devpages())])],
                          capture_output=True, text=True, env=env, cwd=checkout)
    m = _REFS_RE.search(proc.stderr)
    if proc.returncode or m is None:
        sys.exit(f"instructions: the child failed in {checkout} (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(m.group(1).replace(",", "")), json.loads(proc.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.instructions", description=__doc__.split("\n\n")[0])
    ap.add_argument("checkouts", nargs="*", type=Path, help="folders holding scraper/ (default: this checkout)")
    ap.add_argument("--step", type=int, default=20, help="every STEP-th dev page (default 20: ~290 pages, ~1 min each)")
    ap.add_argument("--pure", action="store_true", help="without the compiled core (SCRAPER_PURE=1)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    checkouts = [c.resolve() for c in args.checkouts] or [ROOT]
    for c in checkouts:
        if not (c / "scraper" / "extract.py").is_file():
            print(f"instructions: {c} holds no scraper/extract.py", file=sys.stderr)
            return 2
    print(f"instructions of extract() over every {args.step}th dev page ({'pure Python' if args.pure else 'compiled core where built'})")
    first = None
    for c in checkouts:
        full, info = instructions(c, args.step, False, args.pure)
        base, _ = instructions(c, args.step, True, args.pure)
        loop, n = full - base, info["pages"]
        first = first or loop
        python = ("as Python: " + ", ".join(info["python"])) if info["python"] else "compiled core"
        print(f"{loop / 1e6:12,.0f}M  {loop / n / 1e6:7.2f}M a page  {loop / first:6.3f}  {c}  ({n} pages; {python})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
