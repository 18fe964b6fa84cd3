"""The polkit policy names the helper the app starts, and the installed helper script runs."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from offline_ready.backup_dns.switcher import HELPER_PATHS

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_polkit_policy_points_at_the_helper() -> None:
    root = ET.parse(LINUX / "org.offlineready.dns-helper.policy").getroot()
    action = root.find("action")
    assert action is not None and action.get("id") == "org.offlineready.dns-helper"
    annotations = {a.get("key"): a.text for a in action.findall("annotate")}
    assert annotations["org.freedesktop.policykit.exec.path"] == HELPER_PATHS[0]
    assert action.findtext("defaults/allow_active") == "auth_admin_keep"
    assert action.findtext("defaults/allow_any") == "auth_admin"


def test_helper_script_runs_isolated(app_home) -> None:
    (app_home / "resolv.conf").write_text("nameserver 203.0.113.53\n")
    env = {"OFFLINE_READY_HOME": str(app_home), "OFFLINE_READY_RESOLV_CONF": str(app_home / "resolv.conf"),
           "PATH": "/usr/bin:/bin"}
    script = (LINUX / "dns-helper").read_text()
    assert script.startswith("#!/usr/bin/python3 -I")
    r = subprocess.run([sys.executable, "-I", str(LINUX / "dns-helper"), "snapshot"], capture_output=True,
                       text=True, env=env, timeout=30)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] and data["journal"] is None and data["backend"] == "resolv.conf"
