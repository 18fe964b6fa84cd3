"""The sdist and the wheel carry everything the app reads at run time.

The wheel is built from the sdist, so a file missing from the sdist is missing from the wheel.
"""

from __future__ import annotations

import subprocess

import pytest

from .distbuild import ROOT, Dists

pytestmark = pytest.mark.timeout(1200)


def _tracked(prefix: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files", prefix], check=True, capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def test_wheel_ships_every_resource_inside_the_package(dists: Dists) -> None:
    names = set(dists.wheel_names())
    resources = _tracked("resources")
    assert resources
    missing = [r for r in resources if "offline_ready/" + r not in names]
    assert not missing, f"resources missing from the wheel: {missing[:10]}"
    assert not any(n.startswith("resources/") for n in names), "resources must ship inside the package"


def test_wheel_ships_every_module(dists: Dists) -> None:
    names = set(dists.wheel_names())
    modules = [m.removeprefix("desktop/") for m in _tracked("desktop/offline_ready") if m.endswith(".py")]
    missing = [m for m in modules if m not in names]
    assert not missing, f"modules missing from the wheel: {missing[:10]}"
    assert "offline_ready/py.typed" in names


def test_sdist_carries_the_sources_resources_and_packaging(dists: Dists) -> None:
    names = set(dists.sdist_names())
    for wanted in ("pyproject.toml", "setup.py", "README.md", "MANIFEST.in"):
        assert wanted in names
    tracked = _tracked("desktop") + _tracked("resources") + _tracked("packaging")
    missing = [t for t in tracked if t not in names]
    assert not missing, f"files missing from the sdist: {missing[:10]}"


def test_entry_point_is_declared(dists: Dists) -> None:
    import zipfile

    with zipfile.ZipFile(dists.wheel) as zf:
        (ep,) = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(ep).decode()
    assert "offline-ready = offline_ready.cli.main:main" in text
