"""The wheel installed into a fresh virtual environment (not editable), run the way users run it:
the ``offline-ready`` command, nothing of the source tree importable, outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import pytest

from install.distbuild import ROOT
from install.fixtures import installed_env

pytestmark = pytest.mark.timeout(1500)


def run(venv_bin: Path, *args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = installed_env({**os.environ, "OFFLINE_READY_HOME": str(home)})
    return subprocess.run([str(venv_bin / "offline-ready"), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_version_and_config_validate(venv_bin: Path, app_home: Path, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    r = run(venv_bin, "--version", home=app_home, cwd=tmp_path)
    assert (r.returncode, r.stdout.strip()) == (0, f"offline-ready {version}"), r.stderr
    r = run(venv_bin, "config", "validate", home=app_home, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "resources folder is missing" not in r.stderr


def test_resources_are_read_from_the_installed_package(venv_bin: Path, app_home: Path, tmp_path: Path) -> None:
    code = ("import offline_ready, offline_ready.paths as p; "
            "print(offline_ready.__file__); print(p.resources_dir())")
    env = installed_env({**os.environ, "OFFLINE_READY_HOME": str(app_home)})
    r = subprocess.run([str(venv_bin / "python"), "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                       timeout=60, check=True)
    module, resources = (Path(line) for line in r.stdout.split())
    site = venv_bin.parent
    assert site in module.parents and ROOT not in module.parents
    assert resources == module.parent / "resources"
    assert (resources / "config" / "defaults.toml").is_file()
    assert (resources / "translations" / "offline_ready_en.qm").is_file()


def test_check_json_in_the_test_network(healthy_lab, venv_bin: Path, app_home: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "lab.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0))
    env = installed_env(healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home)}))
    r = healthy_lab.exec([str(venv_bin / "offline-ready"), "check", "--json", "--config", str(cfg)], env=env,
                         timeout=60)
    assert r.stdout, r.stderr
    verdict = json.loads(r.stdout)
    assert (verdict["state"], r.returncode) == ("online", 0), verdict["advice"]
    assert {s["state"] for s in verdict["services"]} == {"up"}


def test_uninstall_keeps_user_data(venv_bin: Path, dists, app_home: Path, tmp_path: Path) -> None:
    cfg = app_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("[notifications]\nreminder_minutes = 30\n")
    assert run(venv_bin, "history", "--json", home=app_home, cwd=tmp_path).returncode == 0  # creates the store
    before = sorted(p.relative_to(app_home) for p in app_home.rglob("*") if p.is_file())
    assert Path("data/history.sqlite3") in before
    pip = [str(venv_bin / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    env = installed_env(dict(os.environ))
    subprocess.run([*pip, "uninstall", "-y", "offline-ready"], env=env, check=True, capture_output=True, timeout=300)
    try:
        assert not (venv_bin / "offline-ready").exists()
        after = sorted(p.relative_to(app_home) for p in app_home.rglob("*") if p.is_file())
        assert after == before
        assert cfg.read_text() == "[notifications]\nreminder_minutes = 30\n"
    finally:
        subprocess.run([*pip, "install", "--no-deps", str(dists.wheel)], env=env, check=True, capture_output=True,
                       timeout=300)


def test_installed_app_without_a_desktop_says_so(venv_bin: Path, app_home: Path, tmp_path: Path) -> None:
    env = installed_env({k: v for k, v in os.environ.items()
                         if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")})
    env["OFFLINE_READY_HOME"] = str(app_home)
    r = subprocess.run([str(venv_bin / "offline-ready")], env=env, cwd=tmp_path, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 4, r.stderr
    assert "no graphical desktop session; use `offline-ready monitor` for a headless watch" in r.stderr
