"""State changes reach a screen reader from the real windows: the app with the REAL engine in the
network lab, on a real display (Xvfb + the IceWM tray host), its accessibility bridge talking to
a real AT-SPI bus (at-spi2-core); the test listens there as Orca does. A DNS outage and the
recovery are each told by the status page and the outage window — the description changes and
an announcement with the new words — from objects the app itself names."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_session import app_env, control, in_lab, lab_config_text, start_app

from support import atspi
from support.require import require

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]

OUTAGE = "Websites can't be found"
BACK = "You're back online"


@pytest.fixture
def a11y_bus(session_bus, tmp_path: Path):
    require(atspi.available(), "the AT-SPI bus (at-spi2-core; packaging/dev-setup.sh installs it)")
    bus = atspi.AtSpiBus(session_bus.address, tmp_path).start()
    try:
        yield bus
    finally:
        bus.stop()


def test_an_outage_and_the_recovery_are_announced_from_the_real_windows(healthy_lab, display, session_bus,
                                                                       a11y_bus, app_home: Path,
                                                                       tmp_path: Path) -> None:
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    app = start_app(app_home, app_env(display, session_bus, app_home, **a11y_bus.env()),
                    popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 40, "online")
        control(app_home, "activate")  # the status page
        control(app_home, "show-outage")  # and the outage window, both on screen
        app.wait_state(lambda s: s["windows"]["main"] and s["windows"]["outage"], 10, "both windows shown")
        a11y_bus.poll(1.0)
        a11y_bus.events.clear()  # what was said while opening: not the point here

        healthy_lab.resolver_drop()
        app.wait_state(lambda s: s["situation"] == "dns-outage", 40, "the confirmed DNS outage")
        said = {}
        for member in ("PropertyChange", "Announcement"):
            said[member] = a11y_bus.wait_for(lambda e, m=member: e["member"] == m and e["text"].startswith(OUTAGE),
                                             15, f"{member} with the outage words")
        desc = said["PropertyChange"]
        assert desc["kind"] == "accessible-description"
        assert "Your DNS resolver isn't answering" in desc["text"], desc
        senders = {e["sender"] for e in a11y_bus.events if OUTAGE in e["text"]}
        assert len(senders) == 1, senders  # one application: ours
        speakers = {a11y_bus.accessible(e["sender"], e["path"])["name"] for e in a11y_bus.events
                    if e["member"] == "PropertyChange" and OUTAGE in e["text"]}
        assert "Outage" in speakers, speakers  # the outage window itself (its accessible name)
        assert len(speakers) >= 2, speakers  # and the status page's state line
        assert not [e for e in a11y_bus.events if e["text"] and "back online" in e["text"].lower()]

        a11y_bus.events.clear()
        healthy_lab.reset()
        app.wait_state(lambda s: s["situation"] == "online", 40, "back online")
        a11y_bus.wait_for(lambda e: e["member"] == "Announcement" and e["text"].startswith(BACK), 15,
                          "the recovery announced by the outage window")
        a11y_bus.wait_for(lambda e: e["member"] == "PropertyChange" and e["text"].startswith("Online"), 15,
                          "the status page's line saying online")
        assert not [e for e in a11y_bus.events if e["text"].startswith(OUTAGE)], a11y_bus.events
    finally:
        app.stop()
