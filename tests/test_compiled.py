"""The optional compiled core (scraper/_compiled.py): the built modules are the ones loaded, an
edited source runs as Python instead of its old build, and a failed build leaves the pure core."""
from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import scraper
from scraper import _compiled

PKG = Path(scraper.__file__).resolve().parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _why_not() -> str:
    return "; ".join(f"{m}: {s}" for m, s in _compiled.status().items() if s != "compiled")


needs_build = pytest.mark.skipif(
    not scraper.COMPILED,
    reason=f"no compiled core in this checkout (no C compiler or Cython at `make venv`?): {_why_not()}")


def _load(root: Path, code: str, **env) -> dict:
    """Run *code* in a fresh interpreter with the package copy in *root* first on sys.path."""
    out = subprocess.run(
        [sys.executable, "-c", f"import sys, json; sys.path.insert(0, {str(root)!r}); {code}"],
        capture_output=True, text=True, check=True, cwd=root, env={**os.environ, **env})
    return json.loads(out.stdout)


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(PKG, tmp_path / "scraper", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


PROBE = ("import scraper, scraper.clean, scraper.extract; "
         "print(json.dumps({'compiled': scraper.COMPILED, 'clean': scraper.clean.__file__, "
         "'extract': scraper.extract.__file__, 'edited': getattr(scraper.clean, 'EDITED', False)}))")


@needs_build
def test_the_built_modules_are_the_ones_loaded():
    import importlib

    for name in scraper.COMPILED:
        module = importlib.import_module(f"scraper.{name}")
        assert module.__file__ == str(PKG / ".compiled" / f"{name}{SUFFIX}"), name
        assert type(module.__loader__) is importlib.machinery.ExtensionFileLoader, name


@needs_build
def test_an_edited_source_runs_instead_of_its_old_build(tmp_path):
    root = _copy(tmp_path)
    before = _load(root, PROBE)
    assert "clean" in before["compiled"]
    assert before["clean"] == str(root / "scraper" / ".compiled" / f"clean{SUFFIX}")

    with open(root / "scraper" / "clean.py", "a", encoding="utf-8") as fh:
        fh.write("\nEDITED = True\n")
    after = _load(root, PROBE)
    assert after["clean"] == str(root / "scraper" / "clean.py") and after["edited"] is True
    assert "clean" not in after["compiled"]
    assert after["extract"] == before["extract"]  # the unchanged modules keep their build
    status = _load(root, "from scraper import _compiled; print(json.dumps(_compiled.status()))")
    assert status["clean"] == "source changed since the build" and status["extract"] == "compiled"

    # SCRAPER_PURE=1: no compiled module at all; SCRAPER_PURE=extract: that one only (A/B runs)
    pure = _load(root, PROBE, SCRAPER_PURE="1")
    assert pure["compiled"] == [] and pure["extract"] == str(root / "scraper" / "extract.py")
    some = _load(root, "import scraper.extract, scraper.htmlio; print(json.dumps({'compiled': scraper.COMPILED, "
                       "'extract': scraper.extract.__file__, 'htmlio': scraper.htmlio.__file__}))",
                 SCRAPER_PURE="extract")
    assert some["extract"] == str(root / "scraper" / "extract.py") and "extract" not in some["compiled"]
    assert some["htmlio"] == str(root / "scraper" / ".compiled" / f"htmlio{SUFFIX}")


@needs_build
@pytest.mark.parametrize("change", [{"tag": "cpython-00.other-abi.so"},
                                    {"directives": {"language_level": 3}}])
def test_a_build_for_another_interpreter_or_with_other_directives_is_not_loaded(tmp_path, change):
    root = _copy(tmp_path)
    manifest = root / "scraper" / ".compiled" / "manifest.json"
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, **change}))
    got = _load(root, PROBE)
    assert got["compiled"] == [] and got["clean"] == str(root / "scraper" / "clean.py")


def test_a_failed_build_leaves_the_pure_core_and_says_why(tmp_path):
    pytest.importorskip("Cython", reason="Cython is not installed (the `compiled` dependency group)")
    root = _copy(tmp_path)
    shutil.rmtree(root / "scraper" / ".compiled", ignore_errors=True)
    # a compiler that always fails: the build reports it, exits 0, and nothing loads compiled
    out = subprocess.run(
        [sys.executable, "-m", "scraper._build_compiled", "build", "--only", "site"],
        capture_output=True, text=True, cwd=root, env={**os.environ, "CC": "false", "LDSHARED": "false"})
    assert out.returncode == 0, out.stderr
    assert "warning: scraper.site runs as pure Python: build failed" in out.stderr
    got = _load(root, "import scraper, scraper.site; print(json.dumps([scraper.COMPILED, scraper.site.__file__]))")
    assert got == [[], str(root / "scraper" / "site.py")]
