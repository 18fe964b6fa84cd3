"""Every third-party import of the app is a declared dependency, and every declared dependency is
imported: compared from the source (all modules, also those only one platform runs) and proven
in the fresh virtual environment, where only the declared dependencies are installed."""

from __future__ import annotations

import ast
import importlib.metadata as md
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from install.distbuild import ROOT
from install.fixtures import installed_env

PACKAGE = ROOT / "desktop" / "offline_ready"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# Modules of dependencies that install only on another platform (their markers exclude this one), so
# the installed metadata cannot name their distribution here.
OTHER_PLATFORM = {"win32evtlogutil": "pywin32"}


def declared() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return {_norm(re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0]) for d in deps}


def imported_top_level() -> dict[str, set[str]]:
    """Top-level names of absolute imports in the package → the files importing them."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return {n: f for n, f in found.items() if n not in sys.stdlib_module_names and n != "offline_ready"}


def test_every_import_is_declared_and_every_dependency_used() -> None:
    wanted = declared()
    providers = md.packages_distributions()
    used: set[str] = set()
    problems = []
    for name, files in sorted(imported_top_level().items()):
        dists = {_norm(d) for d in providers.get(name, [])}
        if not dists and name in OTHER_PLATFORM and not _applies(OTHER_PLATFORM[name]):
            dists = {OTHER_PLATFORM[name]}
        if not dists:
            problems.append(f"{name} (imported by {sorted(files)[0]}) is not installed: declare its distribution")
        elif not dists & wanted:
            problems.append(f"{name} (imported by {sorted(files)[0]}) comes from {sorted(dists)}, not declared")
        used |= dists & wanted
    assert not problems, "\n".join(problems)
    assert wanted == used, f"declared but never imported: {sorted(wanted - used)}"


def _applies(dist: str) -> bool:
    """Whether the declared requirement of ``dist`` applies on this machine (its environment marker)."""
    from packaging.requirements import Requirement

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    req = next(Requirement(d) for d in deps if _norm(Requirement(d).name) == dist)
    return req.marker is None or req.marker.evaluate()


@pytest.mark.timeout(1500)
def test_every_module_imports_in_the_fresh_environment(venv_bin: Path, tmp_path: Path) -> None:
    """Only the declared dependencies (and theirs) are in the fresh environment: every module imports."""
    code = ("import importlib, pkgutil, offline_ready\n"
            "bad = []\n"
            "for m in pkgutil.walk_packages(offline_ready.__path__, 'offline_ready.'):\n"
            "    if m.name.endswith('__main__'):\n"
            "        continue  # runs the app\n"
            "    try:\n"
            "        importlib.import_module(m.name)\n"
            "    except ImportError as e:\n"
            "        bad.append(f'{m.name}: {e}')\n"
            "print('\\n'.join(bad))\n")
    env = installed_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    r = subprocess.run([str(venv_bin / "python"), "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", r.stdout
