"""The app as a process: one instance per profile, stale locks, second launch, clean quit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ui_session import ROOT, app_env, control, start_app, wait_for

pytestmark = pytest.mark.timeout(120)


def offscreen_env(home: Path) -> dict[str, str]:
    # no display needed: the offscreen platform has no tray, so a short wait makes the app fall back
    # to its window; the monitor is off (no network traffic outside the lab)
    return app_env(None, None, home, QT_QPA_PLATFORM="offscreen", OFFLINE_READY_NO_MONITOR="1",
                   DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")


def write_config(home: Path, **ui: object) -> None:
    cfg = home / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    lines = ["[ui]"] + [f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in ui.items()]
    (cfg / "config.toml").write_text("\n".join(lines) + "\n")


def test_second_launch_raises_the_running_one_and_exits(app_home: Path) -> None:
    write_config(app_home, tray_wait_seconds=0, start_at_login=False)
    first = start_app(app_home, offscreen_env(app_home))
    try:
        st = first.wait_state(lambda s: s["windows"]["main"], 30, "the fallback window")
        assert st["no_tray"] is True
        env = {**os.environ, **offscreen_env(app_home)}
        t0 = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "offline_ready"], env=env, capture_output=True, text=True,
                                timeout=30, cwd=ROOT)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        assert time.monotonic() - t0 < 10
        assert first.proc.poll() is None
        assert first.state()["pid"] == first.proc.pid
    finally:
        assert first.stop() == 0


def test_a_lock_left_by_a_crash_does_not_block_the_start(app_home: Path) -> None:
    write_config(app_home, tray_wait_seconds=0, start_at_login=False)
    crashed = start_app(app_home, offscreen_env(app_home), log_name="crashed.log")
    crashed.wait_state(lambda s: True, 30, "the first app")
    crashed.proc.kill()  # no chance to clean up: lock file and socket stay behind
    crashed.proc.wait(10)
    assert (app_home / "state" / "app.lock").exists()
    again = start_app(app_home, offscreen_env(app_home))
    try:
        st = again.wait_state(lambda s: True, 30, "the restarted app")
        assert st["pid"] == again.proc.pid
    finally:
        again.stop()


def test_a_lock_whose_pid_was_reused_does_not_block_the_start(app_home: Path) -> None:
    """The lock names a live process that is not us (PID reuse after a reboot): nobody answers, so take over."""
    write_config(app_home, tray_wait_seconds=0, start_at_login=False)
    (app_home / "state").mkdir(parents=True, exist_ok=True)
    squatter = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        hostname = os.uname().nodename
        exe = os.path.basename(os.readlink(f"/proc/{squatter.pid}/exe"))  # Qt checks the name behind the PID
        (app_home / "state" / "app.lock").write_text(f"{squatter.pid}\n{exe}\n{hostname}\n")
        app = start_app(app_home, offscreen_env(app_home))
        try:
            st = app.wait_state(lambda s: True, 30, "the app despite a foreign lock")
            assert st["pid"] == app.proc.pid
            assert "stale instance lock" in app.log_text()
        finally:
            app.stop()
    finally:
        squatter.kill()
        squatter.wait()


def test_quit_removes_lock_and_socket(app_home: Path) -> None:
    write_config(app_home, tray_wait_seconds=0, start_at_login=True)
    app = start_app(app_home, offscreen_env(app_home))
    app.wait_state(lambda s: True, 30, "the app")
    # start at login is on by default: the entry is written (inside the test profile)
    wait_for(lambda: (app_home / "autostart" / "org.offlineready.OfflineReady.desktop").exists(), 10, what="the autostart entry")
    assert app.stop() == 0
    assert control(app_home, "state", timeout=1) is None
    assert not (app_home / "state" / "app.lock").exists()


def test_broken_settings_file_is_reported_and_the_app_keeps_watching(app_home: Path) -> None:
    write_config(app_home, tray_wait_seconds=0, start_at_login=False)
    cfg = app_home / "config" / "config.toml"
    app = start_app(app_home, offscreen_env(app_home))  # loads fine once: remembered as last good
    app.wait_state(lambda s: True, 30, "the app")
    assert app.stop() == 0
    cfg.write_text(cfg.read_text() + "[notifications]\nreminder_minutes = 'often'\n")
    app = start_app(app_home, offscreen_env(app_home))
    try:
        st = app.wait_state(lambda s: bool(s.get("config_problems")), 30, "the app with a broken file")
        problem = st["config_problems"][0]
        assert "config.toml" in problem and "reminder_minutes" in problem and "last good settings" in problem
        assert "A settings file has an error" in st["banner"] and st["windows"]["main"]
    finally:
        app.stop()
    assert cfg.read_text().endswith("'often'\n")  # the user's file is left alone
