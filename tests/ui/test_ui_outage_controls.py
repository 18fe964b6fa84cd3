"""What the app offers during an outage, with the REAL engine in the network lab on a real display:
no "Refresh documents" while a refresh can only fail, "Check now" that stays still while the
monitor re-checks every few seconds (only a check the user asked for shows as busy), and a change
of what to do (no internet → a sign-in page) said once, with the new fix."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ui_session import app_env, in_lab, lab_config_text, start_app

from support.lab_vault import add_plan

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]

REFRESH = "Refresh documents"


@pytest.fixture
def docs_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    add_plan(healthy_lab, app_home, cfg, tmp_path)
    app = start_app(app_home, app_env(display, session_bus, app_home), popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and REFRESH in s["tray"]["menu"], 40,
                       "online, with the document refresh offered")
        yield app
    finally:
        app.stop()


def test_refresh_documents_is_not_offered_during_an_outage(healthy_lab, docs_app) -> None:
    healthy_lab.upstream_down()
    st = docs_app.wait_state(lambda s: s["situation"] == "no-internet", 40, "the confirmed outage")
    st = docs_app.wait_state(lambda s: REFRESH not in s["tray"]["menu"], 5, "the refresh withdrawn")
    assert any(line.startswith("Documents: 1 offline") for line in st["tray"]["menu"])  # still at hand
    healthy_lab.reset()
    docs_app.wait_state(lambda s: s["situation"] == "online" and REFRESH in s["tray"]["menu"], 40,
                        "the refresh offered again after recovery")


def test_check_now_does_not_flicker_while_an_outage_is_rechecked(healthy_lab, docs_app, app_home) -> None:
    from ui_session import control

    healthy_lab.resolver_drop()
    docs_app.wait_state(lambda s: s["situation"] == "dns-outage", 40, "the confirmed DNS outage")
    control(app_home, "activate")  # the status page
    control(app_home, "show-outage")  # and the outage window, both with a "Check now" button
    docs_app.wait_state(lambda s: s["windows"]["outage"] and s["windows"]["main"], 10, "both windows open")
    looks, icons, checks = set(), set(), set()
    end = time.monotonic() + 10
    while time.monotonic() < end:
        st = docs_app.state()
        assert st is not None
        looks.add(repr(sorted(st["check_controls"].items())))
        icons.add(st["tray"]["icon"])
        checks.add(st["checked_at"])
        time.sleep(0.1)
    assert len(checks) >= 3, "the monitor re-checks an outage every few seconds"
    assert icons == {"outage"}
    assert len(looks) == 1, f"the 'Check now' controls changed during automatic re-checks: {looks}"
    idle = docs_app.state()["check_controls"]
    assert idle["tray"] == ["&Check now", True] and idle["outage"][1] is True and idle["status"][1:] == [True, False]
    # a check the user asks for shows as busy, once, then returns
    control(app_home, "check-now")
    busy = docs_app.wait_state(lambda s: s["check_controls"]["tray"] == ["Checking…", False], 5, "busy")
    assert busy["check_controls"]["status"][1:] == [False, True] and busy["check_controls"]["outage"][1] is False
    docs_app.wait_state(lambda s: s["check_controls"] == idle, 15, "idle again after the check")


def test_no_internet_turning_into_a_sign_in_page_is_said_once_with_the_new_fix(healthy_lab, docs_app,
                                                                                session_bus) -> None:
    """The fix changes from "call your provider" to "sign in": one more notification, with the
    sign-in page as its button, and the tray's first action after the verdict follows."""
    since = time.time()
    healthy_lab.upstream_down()
    docs_app.wait_state(lambda s: s["situation"] == "no-internet", 40, "no internet, confirmed")
    from ui_session import wait_for

    [first] = wait_for(lambda: session_bus.notifications(since=since), 15, what="the outage notification")
    healthy_lab.captive_portal(on=True)
    healthy_lab.upstream_down(on=False)
    st = docs_app.wait_state(lambda s: s["situation"] == "captive-portal"
                             and s["tray"]["menu"][1] == "Open the sign-in page", 40, "the sign-in page, confirmed")
    notes = wait_for(lambda: len(session_bus.notifications(since=since)) >= 2 and session_bus.notifications(
        since=since), 15, what="the change announced")
    time.sleep(8)  # re-checks every few seconds: nothing more is said
    notes = session_bus.notifications(since=since)
    assert len(notes) == 2, [n["args"][3] for n in notes]
    change = notes[1]["args"]
    assert change[3] != first["args"][3]
    assert change[5][2:] == ["open-portal", "Open the sign-in page"]
    assert "sign" in (change[3] + change[4]).lower() and "provider" not in change[4].lower(), change[3:5]
    assert st["tray"]["menu"][1] == "Open the sign-in page"
