"""The first-run guide as staff meet it, on a real display (Xvfb, IceWM tray host) with the real
engine in the network lab and the organisation's policy in the fixed system folder: the guide
opens by itself in a real window, says which helpdesk IT pre-set, is skipped with the keyboard,
stays skipped, and opens again when asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ui_session import app_env, control, lab_config_text, start_app, wait_for

from support import privns

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]

FIRST = "What Offline Ready watches"


def test_the_first_run_guide_in_a_real_window(healthy_lab, display, session_bus, app_home: Path,
                                              tmp_path: Path) -> None:
    privns.require_privns()
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab, **{"ui.first_run_guide": True}))
    policies = tmp_path / "policies"
    (policies / "managed").mkdir(parents=True)
    (policies / "managed" / "staff.toml").write_text(
        '[ui]\nhelpdesk_name = "IT helpdesk"\nhelpdesk_phone = "+44 20 7946 0000"\n')
    command = privns.in_system(tmp_path / "system", [sys.executable, "-m", "offline_ready"], policies=policies,
                               resolv_conf=healthy_lab.resolv_conf)  # the lab's, under the overlay on /etc

    def popen(argv, env):  # the policy's mount namespace, inside the lab's client namespace
        return healthy_lab.popen(argv, env=healthy_lab.client_env(env), stderr=subprocess.STDOUT, text=False)

    app = start_app(app_home, app_env(display, session_bus, app_home), popen=popen, config=cfg, command=command)
    try:
        st = app.wait_state(lambda s: s["windows"]["guide"] and "guide" in s["views"], 40, "the guide, by itself")
        guide = st["views"]["guide"]
        assert guide["title"] == FIRST
        assert "IT helpdesk" in guide["helpdesk"] and "+44 20 7946 0000" in guide["helpdesk"], guide
        app.wait_state(lambda s: s["state"] == "online", 40, "the real engine's verdict beside it")
        # a real, mapped X window, skipped with the keyboard (Escape = Skip)
        wid = guide["window"]
        wait_for(lambda: "IsViewable" in display.run(["xwininfo", "-id", wid]), 10, what="the guide mapped on X")
        display.run(["xdotool", "windowactivate", "--sync", wid])
        display.key("Escape")
        app.wait_state(lambda s: not s["windows"]["guide"], 10, "the guide skipped")
        assert (app_home / "state" / "first-run.json").exists()  # remembered: not shown at the next start
        control(app_home, "show-guide")  # the Status page's "Set-up guide…" does the same
        st = app.wait_state(lambda s: s["windows"]["guide"] and "guide" in s["views"], 10, "the guide again")
        assert st["views"]["guide"]["title"] == FIRST and "IT helpdesk" in st["views"]["guide"]["helpdesk"]
    finally:
        app.stop()
