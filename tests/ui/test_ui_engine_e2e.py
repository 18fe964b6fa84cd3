"""The tray app driven by the REAL engine in a network namespace, shown on a real display.

The app runs in the client namespace of the suite's network lab (tests/netlab: real unbound,
nsd and nginx on TEST-NET addresses; its X and D-Bus sockets are files, which work across
network namespaces); the lab breaks the resolver or the upstream for real with nftables. We look
at the tray icon's pixels, the notifications that reach the session bus, and the windows that open.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ui_session import app_env, dominant_colour, in_lab, lab_config_text, start_app, wait_for

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]


@pytest.fixture
def lab_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    env = app_env(display, session_bus, app_home)
    app = start_app(app_home, env, popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 40, "the first verdict: online")
        yield app
    finally:
        app.stop()


def icon_colour(display) -> str:
    icon = wait_for(display.app_tray_icon, 10, what="the tray icon")
    return dominant_colour(display.pixels(icon["id"]))


def test_outage_changes_the_icon_and_raises_exactly_one_notification(healthy_lab, lab_app, display, session_bus) -> None:
    since = time.time()
    wait_for(lambda: icon_colour(display) == "green", 10, what="a green tray icon")
    healthy_lab.resolver_drop()
    st = lab_app.wait_state(lambda s: s["state"] == "dns-outage", 40, "the confirmed DNS outage")
    assert st["tray"]["icon"] == "outage"
    assert "DNS" in st["tray"]["tooltip"] and "Last checked" in st["tray"]["tooltip"]
    wait_for(lambda: icon_colour(display) == "red", 10, what="a red tray icon")
    notes = wait_for(lambda: session_bus.notifications(since=since), 15, what="the outage notification")
    # the monitor keeps re-checking during the outage: two more checks must raise nothing more
    checks = {lab_app.state()["checked_at"]}

    def rechecked_twice() -> bool:
        checks.add(lab_app.state()["checked_at"])
        return len(checks) >= 3

    wait_for(rechecked_twice, 40, what="two more checks during the outage")
    notes = session_bus.notifications(since=since)
    assert len(notes) == 1, notes
    summary, body = notes[0]["args"][3], notes[0]["args"][4]
    assert summary == "Your DNS resolver isn't answering"
    # short, what to do first, and the fix itself as a button (the server supports actions)
    assert body.startswith("Switch to backup DNS") and len(summary) + len(body) <= 160
    assert "203.0.113" not in summary + body
    assert notes[0]["args"][5] == ["default", "Show details", "use-backup-dns", "Use backup DNS"]
    # clicking the notification opens the outage window
    session_bus.click(notes[0]["id"])
    lab_app.wait_state(lambda s: s["windows"]["outage"], 10, "the outage window")
    assert display.windows_named("What to do now")
    healthy_lab.reset()
    lab_app.wait_state(lambda s: s["state"] == "online", 40, "recovery")
    notes = wait_for(lambda: len(session_bus.notifications(since=since)) >= 2 and session_bus.notifications(
        since=since), 15, what="the recovery notification")
    assert len(notes) == 2 and notes[1]["args"][3] == "Back online" and "lasted" in notes[1]["args"][4]
    session_bus.click(notes[1]["id"])  # "Show details" on the recovery opens the status page
    lab_app.wait_state(lambda s: s["windows"]["main"], 10, "the status page")
    wait_for(lambda: icon_colour(display) == "green", 10, what="the icon back to green")


def test_a_flapping_network_raises_no_notification(healthy_lab, lab_app, session_bus) -> None:
    since = time.time()
    for _ in range(4):
        healthy_lab.blip(seconds=1.0).join()
        time.sleep(4.0)
    time.sleep(3.0)
    st = lab_app.state()
    assert st["state"] == "online" and st["warnings"]["incident"] == 0
    assert session_bus.notifications(since=since) == []


BACKUP = {"backup_dns.builtin_profiles": [], "backup_dns.preferred_profile": "lab",
          "backup_dns.profiles": [{"id": "lab", "name": "Lab backup", "servers": ["203.0.113.54"]}]}


def in_system(app_home: Path, argv: list[str]) -> list[str]:
    """The DNS journal lives in a fixed system folder: app and CLI share a private stand-in for it."""
    from support import privns

    privns.require_privns()
    return privns.in_system(app_home / "system", argv)


@pytest.fixture
def backup_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab, **BACKUP))
    env = app_env(display, session_bus, app_home)
    lab_popen = in_lab(healthy_lab)
    app = start_app(app_home, env, config=cfg, popen=lambda argv, env: lab_popen(in_system(app_home, argv), env))
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 40, "the first verdict: online")
        yield app
    finally:
        app.stop()
        healthy_lab.exec(in_system(app_home, ["python3", "-m", "offline_ready", "dns", "restore"]),
                         env=healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home)}))


def test_backup_dns_is_a_visible_state_and_a_restore_shows_the_truth_at_once(
        healthy_lab, backup_app, session_bus, app_home) -> None:
    since = time.time()
    healthy_lab.resolver_drop()
    backup_app.wait_state(lambda s: s["state"] == "dns-outage", 40, "the confirmed DNS outage")
    [note] = wait_for(lambda: session_bus.notifications(since=since), 15, what="the outage notification")
    # the fix, straight from the notification's button
    session_bus.click(note["id"], "use-backup-dns")
    # the tray redraws once per burst of events: wait for what it shows, not only the state
    st = backup_app.wait_state(lambda s: s["situation"] == "on-backup-dns" and "On backup DNS" in s["tray"]["tooltip"],
                               20, "running on backup DNS")
    assert st["state"] == "online" and st["on_backup_dns"]
    assert "On backup DNS" in st["tray"]["tooltip"]
    assert st["tray"]["menu"][:2] == ["Working through backup DNS", "Switch back to my DNS settings"]
    notes = wait_for(lambda: len(session_bus.notifications(since=since)) >= 2 and session_bus.notifications(
        since=since), 15, what="the 'on backup DNS' notification")
    assert notes[1]["args"][3] == "Working through backup DNS"
    assert notes[1]["args"][5][2:] == ["restore-dns", "Switch back to my DNS settings"]
    assert all(n["args"][3] != "Back online" for n in notes), "backup DNS is not recovery"
    # `dns restore` from a terminal (not the app): the app shows the true state within seconds
    t0 = time.monotonic()
    r = healthy_lab.exec(in_system(app_home, ["python3", "-m", "offline_ready", "dns", "restore"]),
                         env=healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home)}))
    assert r.returncode == 0, r.stdout + r.stderr
    st = backup_app.wait_state(lambda s: s["situation"] == "dns-outage" and s["tray"]["menu"][1] == "Use backup DNS",
                               20, "the true state after the restore")
    assert time.monotonic() - t0 <= 10, f"the true state showed after {time.monotonic() - t0:.1f} s"
    assert st["tray"]["menu"][1] == "Use backup DNS"
    # the user's own resolver recovers: that is recovery
    healthy_lab.reset()
    backup_app.wait_state(lambda s: s["situation"] == "online", 40, "recovery")
    notes = wait_for(lambda: [n for n in session_bus.notifications(since=since) if n["args"][3] == "Back online"],
                     15, what="the recovery notification")
    assert len(notes) == 1
