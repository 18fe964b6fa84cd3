"""Fixtures of the install tests, loaded suite-wide (tests/conftest.py ``pytest_plugins``) so the
UI and network tests can run the installed app too: one build and one fresh virtual environment
per run.

- ``dists``: sdist and wheel built from a clean checkout of HEAD;
- ``venv_bin``: bin/ of a fresh virtual environment with the wheel installed (not editable);
- ``installed_env(base)``: an environment for it, without the source tree on PYTHONPATH."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from install.distbuild import Dists, build, clean_checkout, fresh_venv
from support.require import require


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


def installed_env(base: dict[str, str]) -> dict[str, str]:
    """``base`` without PYTHONPATH: the installed app must run from its own site-packages only."""
    return {k: v for k, v in base.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
