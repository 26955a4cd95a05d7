"""Build the optional compiled core (scraper/_compiled.py says how it is loaded, never stale).

``python -m scraper._build_compiled build`` (``make venv`` runs it): Cython-compiles a copy of each
module of ``scraper._compiled.MODULES`` whose source changed since the last build into
``scraper/.compiled/``; without Cython or a C compiler it writes the reason and exits 0 (the
pure-Python core runs). ``python -m scraper._build_compiled`` (status) says which modules load
compiled and why the others do not. Needs the ``compiled`` dependency group (Cython, setuptools)
only to build.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from ._compiled import BUILD_DIR, DIRECTIVES, MANIFEST, MODULES, PACKAGE, _read_manifest, _sha256, _source, _tag, status


def build(modules=MODULES, force: bool = False, jobs: int = 2) -> dict[str, str]:
    """Compile *modules* into BUILD_DIR (only those whose source changed, unless *force*);
    returns status(). Never raises for a missing Cython or compiler: the reason goes in the
    manifest and the pure-Python modules run."""
    BUILD_DIR.mkdir(exist_ok=True)
    old = _read_manifest()
    same = old.get("tag") == _tag() and old.get("directives") == DIRECTIVES
    keep = old.get("built", {}) if same and not force else {}
    manifest = {"tag": _tag(), "directives": DIRECTIVES, "modules": list(modules), "built": {}, "failed": {}}
    todo = []
    for m in modules:
        entry = keep.get(m)
        if entry and entry["sha256"] == _sha256(_source(m)) and (BUILD_DIR / entry["file"]).is_file():
            manifest["built"][m] = entry
        else:
            todo.append(m)
    if todo:
        with tempfile.TemporaryDirectory(prefix="scraper-cython-") as tmp:
            try:
                built = _cython_build(todo, Path(tmp), jobs)
            except Exception as exc:  # no Cython, no compiler, no Python headers, a Cython error
                reason = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:300]
                built = {}
                for m in todo:
                    manifest["failed"][m] = reason
            for m, (digest, so) in built.items():
                dest = BUILD_DIR / f"{m}{importlib.machinery.EXTENSION_SUFFIXES[0]}"
                tmp_dest = dest.with_name(dest.name + ".tmp")
                shutil.copyfile(so, tmp_dest)
                os.replace(tmp_dest, dest)  # a running process keeps its mapped copy
                manifest["built"][m] = {"sha256": digest, "file": dest.name}
    for old_file in BUILD_DIR.iterdir():  # extensions of modules no longer listed
        if old_file.name != "manifest.json" and old_file.name not in {e["file"] for e in manifest["built"].values()}:
            old_file.unlink()
    tmp_manifest = MANIFEST.with_suffix(".tmp")
    tmp_manifest.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp_manifest, MANIFEST)
    return status()


def _cython_build(modules, tmp: Path, jobs: int) -> dict[str, tuple[str, Path]]:
    """Cythonize and compile a copy of each module's source (the bytes hashed are the bytes
    compiled, even if the file is edited meanwhile); {module: (sha256, extension path)}."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    src, digests, exts = tmp / "src", {}, []
    for m in modules:
        data = _source(m).read_bytes()
        copy = _source(m, src / PACKAGE)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data)
        for d in (copy.parent, *copy.parent.parents):  # a package, for the relative imports
            if d == src:
                break
            (d / "__init__.py").touch()
        digests[m] = hashlib.sha256(data).hexdigest()
        exts.append(Extension(f"{PACKAGE}.{m}", [str(copy)]))
    exts = cythonize(exts, compiler_directives=DIRECTIVES, build_dir=str(tmp / "c"), nthreads=jobs, quiet=True)
    dist = Distribution({"name": PACKAGE, "ext_modules": exts})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib, cmd.build_temp, cmd.parallel = str(tmp / "lib"), str(tmp / "tmp"), jobs
    cmd.ensure_finalized()
    cmd.run()
    return {m: (digests[m], Path(cmd.get_ext_fullpath(f"{PACKAGE}.{m}"))) for m in modules}


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m scraper._build_compiled", description=__doc__.split("\n")[0])
    ap.add_argument("command", nargs="?", choices=["status", "build"], default="status")
    ap.add_argument("--force", action="store_true", help="rebuild every module")
    ap.add_argument("--only", help="comma-separated modules to build instead of the default list")
    args = ap.parse_args(argv)
    modules = tuple(args.only.split(",")) if args.only else MODULES
    st = build(modules, force=args.force) if args.command == "build" else status()
    compiled = [m for m, s in st.items() if s == "compiled"]
    if len(compiled) == len(st):
        print(f"compiled core: {len(compiled)} modules ({', '.join(compiled)})")
    else:
        for m, s in st.items():
            if s != "compiled":
                print(f"warning: scraper.{m} runs as pure Python: {s}", file=sys.stderr)
        print(f"compiled core: {len(compiled)} of {len(st)} modules" + (f" ({', '.join(compiled)})" if compiled else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
