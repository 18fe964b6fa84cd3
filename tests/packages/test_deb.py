"""The .deb, as a Debian desktop receives it: built by packaging/build.sh with Debian's tooling and
checked by lintian, then installed into a clean Debian root (debootstrap) with apt, used by a
normal user, removed and purged — after which nothing of it is left but the user's own data."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from packages.debian_root import Chroot, base_root
from support.require import require

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(2400)

EXPECTED = [
    "usr/bin/offline-ready",
    "usr/lib/offline-ready/bin/python3",
    "usr/lib/offline-ready/bin/offline-ready",
    "usr/libexec/offline-ready/dns-helper",
    "usr/share/polkit-1/actions/org.offlineready.dns-helper.policy",
    "usr/share/applications/org.offlineready.OfflineReady.desktop",
    "usr/share/metainfo/org.offlineready.OfflineReady.metainfo.xml",
    "usr/share/icons/hicolor/scalable/apps/org.offlineready.OfflineReady.svg",
    "etc/xdg/autostart/org.offlineready.OfflineReady.desktop",
    "etc/offline-ready/policies/recommended",
    "etc/offline-ready/policies/managed",
    "usr/share/man/man1/offline-ready.1.gz",
    "usr/share/doc/offline-ready/copyright",
    "usr/share/doc/offline-ready/examples/policy-example.toml",
]


@pytest.fixture(scope="module")
def deb(build_package) -> Path:
    return build_package("deb")


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb") / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(out)], check=True, timeout=600)
    return out


def test_package_holds_the_app_its_desktop_integration_and_policy_folders(unpacked: Path, deb: Path) -> None:
    missing = [p for p in EXPECTED if not (unpacked / p).exists() and not (unpacked / p).is_symlink()]
    assert not missing, f"not in {deb.name}: {missing}"
    link = unpacked / "usr/bin" / (unpacked / "usr/bin/offline-ready").readlink()
    assert Path(os.path.normpath(link)) == unpacked / "usr/lib/offline-ready/bin/offline-ready"
    helper = unpacked / "usr/libexec/offline-ready/dns-helper"
    assert helper.read_text().splitlines()[0] == "#!/usr/lib/offline-ready/bin/python3 -I"
    assert helper.stat().st_mode & 0o777 == 0o755
    # The environment was built elsewhere: no script or config of it may name the build folder.
    leaks = subprocess.run(["grep", "-rlI", "debian/offline-ready", str(unpacked / "usr/lib/offline-ready/bin"),
                            str(unpacked / "usr/lib/offline-ready/pyvenv.cfg")], capture_output=True, text=True)
    assert leaks.stdout == ""
    assert not list(unpacked.rglob("__pycache__")), "byte code is made on the machine (postinst), not shipped"


def _commands() -> list[str]:
    from offline_ready.cli.main import build_parser

    return list(next(a for a in build_parser()._actions if a.dest == "command").choices)


def test_man_page_is_made_from_the_command_line_help(unpacked: Path) -> None:
    page = gzip.decompress((unpacked / "usr/share/man/man1/offline-ready.1.gz").read_bytes()).decode()
    assert "offline-ready \\- " in page  # a whatis line for apropos
    for name in _commands():
        assert f"'offline-ready {name}'" in page, f"the man page lacks the {name} command"
    if shutil.which("man"):
        text = subprocess.run(["man", "-l", "-"], input=page, capture_output=True, text=True, timeout=60,
                              env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin"})
        assert "config validate" in text.stdout or "validate" in text.stdout


def test_lintian_reports_no_errors(deb: Path) -> None:
    log = ROOT / "dist/.build/lintian.log"
    assert log.is_file(), "packaging/build.sh runs lintian on every .deb it builds"
    errors = [line for line in log.read_text().splitlines() if line.startswith("E:")]
    assert errors == []


def test_installs_runs_and_purges_cleanly_in_a_clean_debian(deb: Path, tmp_path: Path) -> None:
    require(shutil.which("debootstrap") is not None and shutil.which("unshare") is not None,
            "the clean-Debian test needs debootstrap and unshare (packaging/dev-setup.sh installs them)")
    root = Chroot.copy_of(base_root(), tmp_path)
    root.run(["useradd", "--create-home", "--shell", "/bin/sh", "alex"])
    user_config = root.root / "home/alex/.config/offline-ready/config.toml"
    user_config.parent.mkdir(parents=True)
    user_config.write_text("[probes]\ntimeout = 4.0\n")
    root.run(["chown", "-R", "alex:alex", "/home/alex/.config"])
    before = root.files()

    shutil.copy(deb, root.root / "tmp" / deb.name)
    root.run(["apt-get", "update", "-q"])
    root.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", f"/tmp/{deb.name}"], timeout=1200)
    as_alex = {"HOME": "/home/alex", "USER": "alex"}

    version = root.run(["offline-ready", "--version"], user="alex", env=as_alex)
    assert version.stdout.strip().startswith("offline-ready ")
    (root.root / "etc/offline-ready/policies/managed/10-office.toml").write_text("[monitor]\nfull_interval = 300\n")
    valid = root.run(["offline-ready", "config", "validate"], user="alex", env=as_alex)
    assert valid.stdout.startswith("OK: 3 files valid")  # defaults, the user's file, the managed policy
    shown = json.loads(root.run(["offline-ready", "config", "show", "--json"], user="alex", env=as_alex).stdout)
    assert shown["settings"]["monitor.full_interval"] == {"value": 300, "source": "managed", "locked": True}
    assert shown["settings"]["probes.timeout"]["source"] == "user"
    doctor = root.run(["offline-ready", "doctor", "--json"], user="alex", env=as_alex, check=False)
    report = json.loads(doctor.stdout)
    assert report, doctor.stderr
    (root.root / "etc/offline-ready/policies/managed/10-office.toml").unlink()

    root.run(["apt-get", "remove", "-y", "-q", "offline-ready"])
    assert not (root.root / "usr/lib/offline-ready").exists()
    assert (root.root / "etc/xdg/autostart/org.offlineready.OfflineReady.desktop").exists()  # conffiles stay
    root.run(["apt-get", "purge", "-y", "-q", "offline-ready"])
    root.run(["apt-get", "autoremove", "--purge", "-y", "-q"])
    status = root.run(["dpkg-query", "-W", "-f", "${Status}", "offline-ready"], check=False)
    assert "installed" not in status.stdout.replace("not-installed", "")

    after = root.files()
    left = sorted(p for p in after - before if not p.startswith(("home/alex/", "root/")))
    assert left == [], f"left behind after purge: {left[:40]}"
    assert sorted(before - after) == []
    assert user_config.read_text() == "[probes]\ntimeout = 4.0\n"  # the user's data is theirs
