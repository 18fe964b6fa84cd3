"""The tray app from the wheel installed in a fresh virtual environment (not editable) docks its
icon in a real tray host: its icons, translations and defaults come from the installed package."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_session import app_env, dominant_colour, start_app, wait_for

from install.fixtures import installed_env

pytestmark = [pytest.mark.display, pytest.mark.timeout(1500)]


def test_installed_tray_app_docks_its_icon(venv_bin: Path, display, session_bus, app_home: Path) -> None:
    (app_home / "config").mkdir(parents=True, exist_ok=True)
    (app_home / "config" / "config.toml").write_text("[ui]\nstart_at_login = false\n")
    env = installed_env(app_env(display, session_bus, app_home, OFFLINE_READY_NO_MONITOR="1"))
    app = start_app(app_home, env, command=[str(venv_bin / "offline-ready")])
    try:
        icon = wait_for(display.app_tray_icon, 30, what="the installed app's icon docked in IceWM's tray")
        assert icon["name"] == "Offline Ready"
        st = app.wait_state(lambda s: s["tray"]["visible"], 10)
        assert st["tray"]["icon"] == "unknown"
        assert dominant_colour(display.pixels(icon["id"])) == "grey"  # the SVG from the installed resources
        assert str(venv_bin.parent) in app.proc.args[0]
    finally:
        assert app.stop() == 0
    assert "resources folder is missing" not in app.log_text()
