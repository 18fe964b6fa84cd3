"""Real X display with a real tray host (IceWM under Xvfb): the icon, its menu, late and missing trays."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ui_session import Display, app_env, dominant_colour, missing_tools, start_app, wait_for

from support.require import require

pytestmark = [pytest.mark.display, pytest.mark.timeout(180)]


def write_config(home: Path, text: str = "") -> None:
    cfg = home / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "config.toml").write_text("[ui]\nstart_at_login = false\n" + text)


@pytest.fixture
def bare_display(tmp_path: Path):
    """A display with no tray host yet (a desktop whose panel starts late, or never)."""
    missing = missing_tools()
    require(not missing, f"needs {', '.join(missing)}")
    d = Display(tmp_path).start(with_tray=False)
    yield d
    d.stop()


def test_icon_appears_in_the_tray_and_menu_works(display, session_bus, app_home: Path) -> None:
    write_config(app_home)
    app = start_app(app_home, app_env(display, session_bus, app_home, OFFLINE_READY_NO_MONITOR="1"))
    try:
        icon = wait_for(display.app_tray_icon, 20, what="the tray icon docked in IceWM's tray")
        assert icon["name"] == "Offline Ready"
        st = app.wait_state(lambda s: s["tray"]["visible"], 10)
        assert st["tray"]["icon"] == "unknown" and st["tray_ready_ms"] < 3000
        assert dominant_colour(display.pixels(icon["id"])) == "grey"  # the hollow "not checked yet" ring
        # right-click opens the context menu; keyboard picks "Open Offline Ready"
        display.click(icon["id"], button=3)
        menu = wait_for(lambda: [w for w in display.visible_app_windows() if w != icon["id"]], 10,
                        what="the context menu")
        assert len(menu) == 1
        display.key("r")  # the mnemonic of "Open Offline &Ready"
        wait_for(lambda: display.windows_named("Status — Offline Ready"), 10, what="the main window")
        st = app.state()
        assert st["windows"]["main"] is True
    finally:
        assert app.stop() == 0
    wait_for(lambda: display.app_tray_icon() is None, 10, what="the icon to leave the tray on quit")


def test_waits_for_a_late_tray_instead_of_failing(bare_display, session_bus, app_home: Path) -> None:
    write_config(app_home, "tray_wait_seconds = 60\n")
    app = start_app(app_home, app_env(bare_display, session_bus, app_home, OFFLINE_READY_NO_MONITOR="1"))
    try:
        app.wait_state(lambda s: s["tray"]["visible"] is False, 20, "the app waiting for a tray")
        time.sleep(2.0)  # the panel comes up after the app (a slow login)
        assert app.state()["windows"]["main"] is False and app.proc.poll() is None
        bare_display.start_tray_host()
        wait_for(bare_display.app_tray_icon, 20, what="the icon once the tray appeared")
        st = app.state()
        assert st["tray"]["visible"] and not st["no_tray"] and not st["windows"]["main"]
    finally:
        app.stop()


def test_no_tray_at_all_opens_the_window_with_instructions(bare_display, session_bus, app_home: Path) -> None:
    write_config(app_home, "tray_wait_seconds = 1\n")
    app = start_app(app_home, app_env(bare_display, session_bus, app_home, OFFLINE_READY_NO_MONITOR="1"))
    try:
        st = app.wait_state(lambda s: s["no_tray"] and s["windows"]["main"], 20, "the fallback window")
        assert not st["tray"]["visible"]
        assert bare_display.windows_named("Status — Offline Ready")
        assert "no system tray" in st["banner"] and "AppIndicator" in st["banner"]
    finally:
        app.stop()
