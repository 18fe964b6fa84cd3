"""The backup-DNS countdown belongs to the app, not to its dialog: the real app, driven by the real
engine in the network lab's client namespace, on a real display with a tray host. A switch from the
notification's button shows its countdown in the tray; quitting stops the countdown's thread with the
rest and leaves the unconfirmed switch to the system's own deadline."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from test_app_quit_stops_everything import LAUNCH, LEFT
from test_ui_engine_e2e import BACKUP, in_system
from ui_session import app_env, in_lab, lab_config_text, start_app, wait_for

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]

def test_the_countdown_shows_in_the_tray_and_quit_stops_it(healthy_lab, display, session_bus, app_home: Path,
                                                            tmp_path: Path) -> None:
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab, **BACKUP))
    lab_popen = in_lab(healthy_lab)
    app = start_app(app_home, app_env(display, session_bus, app_home), config=cfg,
                    command=[sys.executable, "-c", LAUNCH],
                    popen=lambda argv, env: lab_popen(in_system(app_home, argv), env))
    cli_env = healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home)})
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 40, "the first verdict: online")
        since = time.time()
        healthy_lab.resolver_drop()
        app.wait_state(lambda s: s["state"] == "dns-outage", 40, "the confirmed DNS outage")
        [note] = wait_for(lambda: session_bus.notifications(since=since), 15, what="the outage notification")
        session_bus.click(note["id"], "use-backup-dns")
        st = app.wait_state(lambda s: s["background"]["dns-countdown"] and any(
            line.startswith("Keep backup DNS? Switching back in") for line in s["tray"]["menu"]), 20,
            "the countdown, in the tray")
        assert wait_for(lambda: display.windows_named("Keep backup DNS"), 10, what="the countdown dialog")
        line = next(x for x in st["tray"]["menu"] if x.startswith("Keep backup DNS?"))
        assert 0 < int(line.split("in ")[1].split(" s")[0]) <= 60
        t0 = time.monotonic()
        assert app.stop() == 0, app.log_text()[-3000:]
        assert time.monotonic() - t0 < 8
        text = app.log_text()
        assert "dns-countdown=stopped" in text, text[-3000:]
        left = next((ln for ln in text.splitlines() if ln.startswith(LEFT)), None)
        assert left is not None, text[-3000:]
        # lookups the outage left hanging in getaddrinfo cannot be cancelled: abandoned by design (bounded.py)
        assert [t for t in json.loads(left[len(LEFT):]) if t != "bounded-call"] == [], left
        assert "backup-DNS countdown ended" not in text  # quitting neither kept nor undid the switch …
        r = healthy_lab.exec(in_system(app_home, ["python3", "-m", "offline_ready", "dns", "status"]), env=cli_env)
        # … the system's own deadline undoes it, app or no app
        assert "NOT confirmed: the system switches back at" in r.stdout, r.stdout + r.stderr
    finally:
        app.stop()
        healthy_lab.exec(in_system(app_home, ["python3", "-m", "offline_ready", "dns", "restore"]), env=cli_env)
