"""Optional compiled core: the hot pure-Python modules of the extractor, built with Cython.

The modules stay plain Python (no .pyx, no Cython syntax): ``python -m scraper._build_compiled build``
(``make venv`` runs it; scraper/_build_compiled.py) compiles a copy of each listed ``.py`` into a git-ignored folder,
``scraper/.compiled/``, and records there the SHA-256 of the exact source bytes it compiled.
``scraper/__init__.py`` then puts a finder first on ``sys.meta_path`` that loads a module's
extension **only while the current ``.py`` still has that hash**: edit ``clean.py`` and the next
``import scraper.clean`` runs the edited ``.py`` (never a stale build) until the next build.
The extension files are never next to the ``.py`` (Python's import would prefer them there).

Nothing here imports Cython at run time. No compiler, no Cython, a failed build: the
pure-Python modules run and ``python -m scraper._build_compiled status`` (or ``scraper.COMPILED``, empty)
says so, with the reason. ``SCRAPER_PURE=1`` in the environment turns the finder off, and
``SCRAPER_PURE=clean,htmlio`` only for those modules (A/B runs).
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from pathlib import Path

PACKAGE = "scraper"
HERE = Path(__file__).resolve().parent
BUILD_DIR = HERE / ".compiled"
MANIFEST = BUILD_DIR / "manifest.json"

# The modules that pay (extract() CPU, interleaved A/B on the 2,677 dev pages: see the commit
# messages); the others gain nothing measurable or only add build time.
MODULES = (
    "textlines",
    "domrules",
    "domwalk",
    "clean",
    "commentlists",
    "choice",
    "assemble",
    "reconsider",
    "verdicts",
    "extract",
    "tokenmatch",
    "textnorm",
    "htmlio",
    "metadata",
)
# Cython directives: only ones that keep Python semantics. annotation_typing off: by default Cython
# enforces annotations (``def fold(s: str)`` refuses None, ``x: float`` converts an int to a C double),
# which the .py does not; this way the annotations are read as Python reads them (not at all).
DIRECTIVES = {"language_level": 3, "annotation_typing": False}


def _source(module: str, root: Path = HERE) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_manifest(build_dir: Path = BUILD_DIR) -> dict:
    try:
        return json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _tag() -> str:
    """What an extension is bound to besides its source: this interpreter's ABI."""
    return sys.implementation.cache_tag + importlib.machinery.EXTENSION_SUFFIXES[0]


def _pure(module: str) -> bool:
    pure = os.environ.get("SCRAPER_PURE", "")
    return pure == "1" or module in pure.split(",")


def status(root: Path = HERE) -> dict[str, str]:
    """{module: "compiled" or why the pure-Python module runs instead} for every module the
    last build was asked for (MODULES when there was no build)."""
    build_dir = root / ".compiled"
    manifest = _read_manifest(build_dir)
    out = {}
    for module in manifest.get("modules") or MODULES:
        entry = manifest.get("built", {}).get(module)
        if _pure(module):
            out[module] = "SCRAPER_PURE is set"
        elif not manifest:
            out[module] = "not built (python -m scraper._build_compiled build)"
        elif entry is None:
            out[module] = "build failed: " + manifest.get("failed", {}).get(module, "unknown")
        elif manifest.get("tag") != _tag():
            out[module] = f"built for {manifest.get('tag')}, this interpreter is {_tag()}"
        elif manifest.get("directives") != DIRECTIVES:
            out[module] = "built with other Cython directives"
        elif _sha256(_source(module, root)) != entry["sha256"]:
            out[module] = "source changed since the build"
        elif not (build_dir / entry["file"]).is_file():
            out[module] = "extension file missing"
        else:
            out[module] = "compiled"
    return out


class CompiledFinder:
    """Meta-path finder: the extension of a built module, only while its source is unchanged
    (hash checked at each import; otherwise None, and the usual finders load the .py)."""

    def __init__(self, root: Path = HERE):
        self.root = root
        self.build_dir = root / ".compiled"
        manifest = _read_manifest(self.build_dir)
        usable = manifest.get("tag") == _tag() and manifest.get("directives") == DIRECTIVES
        self.built = manifest.get("built", {}) if usable else {}

    def find_spec(self, fullname, path, target=None):
        prefix, _, module = fullname.partition(".")
        entry = self.built.get(module) if prefix == PACKAGE else None
        if entry is None or _pure(module):
            return None
        source = _source(module, self.root)
        # only for this copy of the package (a second copy on sys.path has its own finder)
        if path is None or str(source.parent) not in [str(Path(p).resolve()) for p in path]:
            return None
        so = self.build_dir / entry["file"]
        if _sha256(source) != entry["sha256"] or not so.is_file():
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(so))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(so))

    def invalidate_caches(self):
        pass


def install() -> tuple[str, ...]:
    """Put the finder first on sys.meta_path; the modules that will load compiled."""
    if os.environ.get("SCRAPER_PURE") == "1" or not MANIFEST.is_file():
        return ()
    for f in sys.meta_path:
        if isinstance(f, CompiledFinder) and f.root == HERE:
            break
    else:
        sys.meta_path.insert(0, CompiledFinder())
    return tuple(m for m, s in status().items() if s == "compiled")
