"""The self-contained Linux bundle (PyInstaller, one folder in a tarball): it needs no Python on the
machine and no environment, diagnoses the test network, and runs the app's own helper modules the
way a Python install does (``-m offline_ready.…``). Its tray icon docking is tested in tests/ui."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from offline_ready import __version__
from packages.debian_root import Chroot, base_root
from support.require import require

pytestmark = pytest.mark.timeout(2400)


def test_tarball_is_named_for_the_platform_and_holds_its_own_python(bundle_dir: Path) -> None:
    assert bundle_dir.name == f"offline-ready-{__version__}-linux-x86_64"
    assert (bundle_dir / "offline-ready").stat().st_mode & 0o111
    internal = bundle_dir / "_internal"
    assert list(internal.glob("libpython3*.so*")), "the bundle carries its interpreter"
    assert (internal / "offline_ready" / "resources" / "config" / "defaults.toml").is_file()
    assert (internal / "offline_ready" / "resources" / "translations" / "offline_ready_en.qm").is_file()


def test_runs_on_a_debian_without_python(bundle_dir: Path, tmp_path: Path) -> None:
    require(shutil.which("debootstrap") is not None and shutil.which("unshare") is not None,
            "this test needs debootstrap and unshare (packaging/dev-setup.sh installs them)")
    root = Chroot.copy_of(base_root(), tmp_path)
    assert not list((root.root / "usr/bin").glob("python*")), "the base root has no Python"
    shutil.copytree(bundle_dir, root.root / "opt/offline-ready", symlinks=True)
    home = {"HOME": "/root"}
    version = root.run(["/opt/offline-ready/offline-ready", "--version"], env=home)
    assert version.stdout.strip() == f"offline-ready {__version__}"
    (root.root / "etc/offline-ready/policies/managed").mkdir(parents=True)
    (root.root / "etc/offline-ready/policies/managed/10.toml").write_text("[monitor]\nfull_interval = 300\n")
    valid = root.run(["/opt/offline-ready/offline-ready", "config", "validate"], env=home)
    assert valid.stdout.startswith("OK: 2 files valid")  # the built-in defaults and the managed policy


def test_check_json_in_the_test_network_with_an_empty_environment(healthy_lab, bundle_dir: Path, app_home: Path,
                                                                   tmp_path: Path) -> None:
    cfg = tmp_path / "lab.toml"
    # Plain-HTTP services: the lab's HTTPS ones need its private CA, which only an environment variable
    # could add to the bundle's certificate store.
    cfg.write_text(healthy_lab.config_text(services=(("Shop", "http://shop.test/"),), timeout=2.0))
    # Nothing but where to keep its files: no PATH, no PYTHON*, no locale.
    r = healthy_lab.exec([str(bundle_dir / "offline-ready"), "check", "--json", "--config", str(cfg)],
                         env={"OFFLINE_READY_HOME": str(app_home)}, timeout=90)
    assert r.stdout, r.stderr
    verdict = json.loads(r.stdout)
    assert (verdict["state"], r.returncode) == ("online", 0), verdict.get("advice")
    assert {s["state"] for s in verdict["services"]} == {"up"}


def test_runs_its_own_modules_like_python_does_and_only_those(bundle_dir: Path, app_home: Path) -> None:
    env = {"OFFLINE_READY_HOME": str(app_home)}
    exe = str(bundle_dir / "offline-ready")
    own = subprocess.run([exe, "-I", "-m", "offline_ready", "--version"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert (own.returncode, own.stdout.strip()) == (0, f"offline-ready {__version__}"), own.stderr
    other = subprocess.run([exe, "-m", "http.server"], env=env, capture_output=True, text=True, timeout=60)
    assert other.returncode == 2 and "only the app's own modules" in other.stderr
