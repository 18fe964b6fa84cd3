"""The core (everything outside offline_ready.ui) must import and run without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "desktop" / "offline_ready"

PROBE = r"""
import builtins, importlib, pkgutil, sys
real_import = builtins.__import__
def guarded(name, *a, **k):
    if name.split(".")[0] in ("PySide6", "shiboken6"):
        raise ImportError("Qt is not allowed in the core: " + name)
    return real_import(name, *a, **k)
builtins.__import__ = guarded
import offline_ready
names = [m.name for m in pkgutil.walk_packages(offline_ready.__path__, "offline_ready.")
         if not m.name.startswith("offline_ready.ui") and not m.name.endswith("__main__")]
for n in names:
    importlib.import_module(n)
from offline_ready.cli.main import build_parser
build_parser().parse_args(["check", "--json"])
assert not any(m.startswith("PySide6") for m in sys.modules)
print(len(names))
"""


def test_core_imports_without_qt(app_home) -> None:
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                       env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin", "OFFLINE_READY_HOME": str(app_home)})
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.strip()) > 20


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


def test_no_qt_import_statements_outside_ui() -> None:
    offenders = []
    scanned = set()
    for path in PKG.rglob("*.py"):
        if "ui" in path.relative_to(PKG).parts[:1]:
            continue
        scanned.add(_module_name(path))
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith(("import PySide6", "from PySide6", "import shiboken6", "from shiboken6")):
                offenders.append(str(path))
    assert not offenders
    # The files read here are exactly the core modules the import check above walks: no core file
    # escapes both checks (a folder without __init__.py would be skipped by the walk).
    walked = {m.name for m in pkgutil.walk_packages([str(PKG)], "offline_ready.")
              if not m.name.startswith("offline_ready.ui.") and m.name != "offline_ready.ui"}
    assert scanned == walked | {"offline_ready"}
