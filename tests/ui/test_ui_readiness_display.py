"""Readiness in the real tray app under Xvfb with a notification server, the real engine in the
network lab: the test notification proves itself when clicked, and a drill's window and
notification are marked as a drill while a real outage is warned about as usual."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from ui_session import app_env, control, in_lab, lab_config_text, start_app, wait_for

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]


@pytest.fixture
def lab_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    app = start_app(app_home, app_env(display, session_bus, app_home), popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 40, "the first verdict: online")
        yield app
    finally:
        app.stop()


def test_test_notification_is_acknowledged_by_clicking_it(lab_app, session_bus, app_home: Path) -> None:
    since = time.time()
    control(app_home, "show readiness#test-notification")
    note = wait_for(lambda: [n for n in session_bus.notifications(since=since)
                             if n["args"][3] == "Test notification from Offline Ready"], 15, what="the test")[0]
    state = app_home / "state" / "readiness.json"
    assert not state.exists() or "notification_ack_at" not in json.loads(state.read_text())
    session_bus.click(note["id"])
    wait_for(lambda: state.exists() and "notification_ack_at" in json.loads(state.read_text()), 15,
             what="the acknowledgement")


def test_drill_is_marked_everywhere_and_a_real_outage_is_still_warned(healthy_lab, lab_app, display, session_bus,
                                                                      app_home: Path) -> None:
    since = time.time()
    control(app_home, "show readiness#drill")
    wait_for(lambda: display.windows_named("DRILL — What to do now"), 20, what="the drill's outage window")
    drill_note = wait_for(lambda: session_bus.notifications(since=since), 15, what="the drill notification")[0]
    assert drill_note["args"][3].startswith("DRILL: ")
    assert lab_app.state()["state"] == "online"  # the app's own state is not touched by a drill
    healthy_lab.resolver_drop()
    lab_app.wait_state(lambda s: s["state"] == "dns-outage", 40, "the real DNS outage")
    real = wait_for(lambda: [n for n in session_bus.notifications(since=since)
                             if not n["args"][3].startswith(("DRILL", "Test notification"))], 20,
                    what="the real outage's notification")
    assert real[0]["args"][3] == "Your DNS resolver isn't answering"
    session_bus.click(real[0]["id"])
    lab_app.wait_state(lambda s: s["windows"]["outage"], 10, "the real outage window")
    assert display.windows_named("DRILL — What to do now")  # the drill's own window is still the drill's
    healthy_lab.reset()


def test_readiness_asks_the_session_bus_for_a_notification_server(session_bus) -> None:
    """The doctor's check, reused: with the test session's notification server it is present."""
    from offline_ready.readiness.gather import notification_server

    assert notification_server({"DBUS_SESSION_BUS_ADDRESS": session_bus.address}) == ""
    assert notification_server({}) is None  # no session bus here: cannot be told, so not held against it
