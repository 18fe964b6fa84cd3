"""Fixtures of the package tests: ``packaging/build.sh`` runs once per session for each kind of
package a test asks for (the builds take minutes on a small machine), into the checkout's dist/.
While working on the tests themselves, ``OFFLINE_READY_REUSE_DIST=1`` takes what dist/ already holds
instead of building again; CI never sets it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from support.require import require

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = {"python": "offline_ready-*.whl", "deb": "offline-ready_*.deb", "bundle": "offline-ready-*-linux-x86_64.tar.gz"}
TOOLS = {
    "python": ("python3",),
    "deb": ("dpkg-buildpackage", "dh", "lintian", "argparse-manpage"),
    "bundle": ("/usr/bin/python3",),
}


@pytest.fixture(scope="session")
def build_package() -> Callable[[str], Path]:
    """``build_package("deb")`` → the path of the built artefact (built once per session)."""
    built: dict[str, Path] = {}

    def build(kind: str) -> Path:
        if kind not in built and os.environ.get("OFFLINE_READY_REUSE_DIST") == "1":
            found = sorted((ROOT / "dist").glob(ARTEFACTS[kind]))
            if found:
                built[kind] = found[-1]
        if kind not in built:
            missing = [t for t in TOOLS[kind] if shutil.which(t) is None]
            require(not missing, f"building the {kind} package needs {', '.join(missing)} "
                                 "(packaging/dev-setup.sh installs them)")
            proc = subprocess.run(["bash", str(ROOT / "packaging/build.sh"), kind], capture_output=True, text=True,
                                  timeout=2400, cwd=ROOT)
            assert proc.returncode == 0, f"packaging/build.sh {kind} failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
            built[kind] = ROOT / proc.stdout.strip().splitlines()[-1]
        return built[kind]

    return build


@pytest.fixture(scope="session")
def bundle_dir(build_package, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The self-contained bundle, unpacked from its tarball as a user would."""
    tarball = build_package("bundle")
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(out)], check=True, timeout=600)
    return out / tarball.name.removesuffix(".tar.gz")
