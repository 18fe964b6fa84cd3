"""Build the distribution the way a user or a packager gets it: from a clean checkout of the
committed tree (not the working copy, whose untracked files could hide a missing one), sdist
first and the wheel from that sdist, then a fresh virtual environment with the wheel installed
(never editable)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def clean_checkout(dest: Path, rev: str = "HEAD") -> Path:
    """The committed tree at ``rev`` in ``dest`` (``git archive``: works in a worktree too)."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], check=True,
                         capture_output=True, timeout=120).stdout
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        tf.extractall(dest, filter="data")
    return dest


@dataclass(frozen=True)
class Dists:
    source: Path
    sdist: Path
    wheel: Path

    def wheel_names(self) -> list[str]:
        with zipfile.ZipFile(self.wheel) as zf:
            return zf.namelist()

    def sdist_names(self) -> list[str]:
        with tarfile.open(self.sdist) as tf:
            return [m.name.split("/", 1)[1] for m in tf.getmembers() if m.isfile() and "/" in m.name]


def build(source: Path, out: Path) -> Dists:
    """``python -m build``: the sdist, then the wheel built from the unpacked sdist."""
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(source)], check=True,
                   capture_output=True, text=True, timeout=900, env=_no_project_env())
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return Dists(source, sdist, wheel)


def fresh_venv(where: Path, wheel: Path) -> Path:
    """A new virtual environment with the wheel and its dependencies; returns its bin folder."""
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    bindir = where / "bin"
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheel)],
                   check=True, capture_output=True, text=True, timeout=1200, env=_no_project_env())
    return bindir


def _no_project_env() -> dict[str, str]:
    """This environment without anything that would make the source tree importable."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PIP_USER")}
