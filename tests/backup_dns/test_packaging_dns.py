"""The polkit policy names the helper the app starts, and the installed helper script runs."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from offline_ready.backup_dns.switcher import HELPER_PATHS
from support import privns

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
    """The installed script, as root in a private mount namespace (its paths are fixed: the test's
    resolv.conf is bind-mounted over /etc/resolv.conf there)."""
    privns.require_privns()
    (app_home / "resolv.conf").write_text("nameserver 203.0.113.53\n")
    script = (LINUX / "dns-helper").read_text()
    assert script.startswith("#!/usr/bin/python3 -I")
    r = subprocess.run(privns.in_system(app_home / "system", [sys.executable, "-I", str(LINUX / "dns-helper"),
                                                               "snapshot"], resolv_conf=app_home / "resolv.conf"),
                       capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, timeout=30)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] and data["journal"] is None and data["backend"] == "resolv.conf"


def test_polkit_example_rule_never_waves_through_arbitrary_servers() -> None:
    """The group rule skips the prompt only for fixed verbs and built-in profiles (pkexec's command_line)."""
    import re

    text = (LINUX / "50-offline-ready-dns.rules.example").read_text()
    pattern = re.search(r"var OFFLINE_READY_NO_PROMPT = /(.+)/;", text)
    assert pattern and 'action.lookup("command_line")' in text
    rule = re.compile(pattern.group(1).replace("\\/", "/"))
    helper = HELPER_PATHS[0]
    for ok in ("snapshot", "restore", "confirm 0123456789ab", "apply quad9", "apply quad9 --confirm-within 65",
               "apply cloudflare --confirm-within 65 --keep-suffix corp.example"):
        assert rule.fullmatch(f"{helper} {ok}"), ok
    for prompt in ("apply quad9 --server 198.51.100.66", "apply evil --server 198.51.100.66",
                   "apply it --server 10.1.1.53", "apply quad9 --keep-suffix x --server 198.51.100.66",
                   "apply quad9; id", "restore --journal /tmp/x", "shell"):
        assert not rule.fullmatch(f"{helper} {prompt}"), prompt
        assert not rule.fullmatch(f"/tmp/dns-helper {prompt}")
