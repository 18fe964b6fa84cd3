"""``offline-ready doctor`` on this machine, with each part of a desktop there and then taken away:
a real Xvfb with IceWM's XEmbed tray, a private session bus with a notification server and an
unlocked GNOME Keyring, real folders and real policy files (in a private mount namespace)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_session import HERE, ROOT, Display, missing_tools

from support import privns
from support.dbus_session import start_session_bus
from support.keyring_backend import secret_service  # noqa: F401  (fixture)
from support.require import require

pytestmark = [pytest.mark.display, pytest.mark.keyring, pytest.mark.timeout(180)]


def doctor(home: Path, env: dict[str, str], *, policies: Path | None = None) -> tuple[dict, int]:
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
            "OFFLINE_READY_HOME": str(home), "PYTHONPATH": str(ROOT / "desktop")}
    argv = [sys.executable, "-m", "offline_ready", "doctor", "--json"]
    if policies is not None:
        privns.require_privns()
        argv = privns.in_system(home / "system", argv, policies=policies)
    r = subprocess.run(argv, env={**base, **env}, capture_output=True, text=True, timeout=60)
    assert r.stdout, r.stderr
    report = json.loads(r.stdout)
    assert report["exit_code"] == r.returncode
    return report, r.returncode


def by_id(report: dict) -> dict[str, dict]:
    return {c["id"]: c for c in report["checks"]}


@pytest.fixture
def tray_display(tmp_path: Path) -> Iterator[Display]:
    require(not missing_tools(), f"needs {', '.join(missing_tools())}")
    (tmp_path / "x").mkdir()
    d = Display(tmp_path / "x").start(with_tray=True)
    yield d
    d.stop()


@pytest.fixture
def notifier_on(secret_service, tmp_path: Path) -> Iterator[str]:  # noqa: F811
    """The notification server on the keyring's bus: one bus with both services; yields its address."""
    server = subprocess.Popen([sys.executable, str(HERE / "ui_notify_server.py"), str(tmp_path / "notify.log")],
                              env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": secret_service.bus_address},
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert server.stdout is not None and "ready" in server.stdout.readline()
    yield secret_service.bus_address
    server.terminate()
    server.wait(10)


def settings(home: Path, text: str) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text(text)


def test_a_complete_desktop(app_home: Path, tray_display: Display, notifier_on: str, secret_service) -> None:  # noqa: F811
    settings(app_home, "[ui]\nstart_at_login = false\n")
    report, code = doctor(app_home, {"DISPLAY": tray_display.name, "DBUS_SESSION_BUS_ADDRESS": notifier_on,
                                     "XDG_RUNTIME_DIR": str(secret_service.folder / "run")})
    checks = by_id(report)
    for key in ("session", "tray", "notifications", "keyring", "autostart", "folders", "policies"):
        assert checks[key]["status"] == "ok", checks[key]
    assert checks["tray"]["data"]["xembed_tray"] is True
    assert "SecretService" in checks["keyring"]["data"]["backend"]
    # the DNS helper is installed only by the system package: on this machine it decides the exit code
    assert code == (0 if checks["dns-helper"]["status"] == "ok" else 1)


def test_each_part_taken_away(app_home: Path, tray_display: Display, tmp_path: Path) -> None:
    (tmp_path / "bare").mkdir()
    bare = Display(tmp_path / "bare").start(with_tray=False)
    try:
        report, code = doctor(app_home, {"DISPLAY": bare.name, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
                                         "DBUS_SESSION_BUS_ADDRESS": "unix:path=" + str(tmp_path / "no-bus")})
    finally:
        bare.stop()
    checks = by_id(report)
    assert checks["session"]["status"] == "ok"
    assert checks["tray"]["status"] == "missing" and "gnome-shell-extension-appindicator" in checks["tray"]["fix"]
    assert checks["notifications"]["status"] == "missing"
    assert checks["keyring"]["status"] == "missing" and "gnome-keyring" in checks["keyring"]["fix"]
    assert checks["autostart"]["status"] == "missing"  # on by default, and the app never ran
    assert code == 1

    # a bus with neither a notification server nor a keyring
    (tmp_path / "bus").mkdir()
    daemon, address = start_session_bus(tmp_path / "bus" / "bus.conf", tmp_path / "bus" / "socket")
    try:
        report, _ = doctor(app_home, {"DISPLAY": tray_display.name, "DBUS_SESSION_BUS_ADDRESS": address})
    finally:
        daemon.terminate()
        daemon.wait(10)
    checks = by_id(report)
    assert checks["tray"]["status"] == "ok"
    assert checks["notifications"]["status"] == "missing" and "notification" in checks["notifications"]["detail"]
    assert checks["keyring"]["status"] == "missing"


def test_no_desktop_session_is_a_problem(app_home: Path) -> None:
    report, code = doctor(app_home, {})
    session = by_id(report)["session"]
    assert session["status"] == "problem" and "offline-ready monitor" in session["fix"]
    assert code == 2


def test_unwritable_data_folder_is_a_problem(app_home: Path) -> None:
    (app_home / "data").write_text("a file where the data folder should be\n")
    report, code = doctor(app_home, {})
    folders = by_id(report)["folders"]
    assert folders["status"] == "problem" and "data" in folders["data"]["unwritable"]
    assert code == 2


def test_policy_files_are_listed_and_a_broken_one_named(app_home: Path) -> None:
    policies = app_home / "policies"
    (policies / "managed").mkdir(parents=True)
    (policies / "recommended").mkdir()
    (policies / "recommended" / "10-site.toml").write_text("[probes]\ntimeout = 4.0\n")
    report, _ = doctor(app_home, {}, policies=policies)
    check = by_id(report)["policies"]
    assert check["status"] == "ok" and len(check["data"]["files"]) == 1
    (policies / "managed" / "20-lock.toml").write_text("[probes]\ntimeout = 'slow'\n")
    report, code = doctor(app_home, {}, policies=policies)
    check = by_id(report)["policies"]
    assert check["status"] == "problem" and "20-lock.toml" in check["detail"] and "timeout" in check["detail"]
    assert code == 2


def test_start_at_login_entry_matches_the_setting(app_home: Path) -> None:
    sys.path.insert(0, str(ROOT / "desktop"))
    from offline_ready.autostart import for_platform

    settings(app_home, "[ui]\nstart_at_login = true\n")
    assert by_id(doctor(app_home, {})[0])["autostart"]["status"] == "missing"
    for_platform().enable()  # what the tray app does at start
    assert by_id(doctor(app_home, {})[0])["autostart"]["status"] == "ok"
    settings(app_home, "[ui]\nstart_at_login = false\n")
    assert by_id(doctor(app_home, {})[0])["autostart"]["status"] == "missing"


def test_human_output_names_each_fix(app_home: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "OFFLINE_READY_HOME": str(app_home), "PYTHONPATH": str(ROOT / "desktop")}
    r = subprocess.run([sys.executable, "-m", "offline_ready", "doctor"], env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2
    assert "PROBLEM  Desktop session" in r.stdout and "fix: " in r.stdout
