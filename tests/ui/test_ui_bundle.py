"""The self-contained bundle's tray app (PyInstaller, no Python on PATH or PYTHONPATH) docks its
icon in a real tray host under Xvfb: Qt, its plugins and the app's icons come from the bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_session import app_env, dominant_colour, start_app, wait_for

pytestmark = [pytest.mark.display, pytest.mark.timeout(2400)]


def test_bundle_tray_app_docks_its_icon(bundle_dir: Path, display, session_bus, app_home: Path) -> None:
    (app_home / "config").mkdir(parents=True, exist_ok=True)
    (app_home / "config" / "config.toml").write_text("[ui]\nstart_at_login = false\n")
    env = app_env(display, session_bus, app_home, OFFLINE_READY_NO_MONITOR="1", PATH="/usr/bin:/bin")
    env.pop("PYTHONPATH", None)
    app = start_app(app_home, env, command=[str(bundle_dir / "offline-ready")])
    try:
        icon = wait_for(display.app_tray_icon, 60, what="the bundle's icon docked in IceWM's tray")
        assert icon["name"] == "Offline Ready"
        st = app.wait_state(lambda s: s["tray"]["visible"], 10)
        assert st["tray"]["icon"] == "unknown"
        assert dominant_colour(display.pixels(icon["id"])) == "grey"
        assert st["pid"] == app.proc.pid
    finally:
        assert app.stop() == 0
    assert "Traceback" not in app.log_text()
