"""Session fixtures of the install tests: one build and one fresh virtual environment per run."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.require import require

from .distbuild import Dists, build, clean_checkout, fresh_venv


@pytest.fixture(scope="session")
def install_workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="or-install-") as d:
        yield Path(d)


@pytest.fixture(scope="session")
def dists(install_workdir: Path) -> Dists:
    require(shutil.which("git") is not None, "the install tests need git (a clean checkout of HEAD)")
    require(importlib.util.find_spec("build") is not None, "the install tests need `build` (pip install .[test])")
    source = clean_checkout(install_workdir / "checkout")
    return build(source, install_workdir / "dist")


@pytest.fixture(scope="session")
def venv_bin(install_workdir: Path, dists: Dists) -> Path:
    """bin/ of a fresh virtual environment holding the wheel (not editable) and its dependencies."""
    return fresh_venv(install_workdir / "venv", dists.wheel)
