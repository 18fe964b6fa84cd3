"""The systemd-resolved backend against the real daemon (Debian's systemd-resolved, run in its own
network and mount namespaces with a private D-Bus), through `offline-ready dns` and getaddrinfo."""

from __future__ import annotations

import json
import os

import pytest
from resolved_rig import BACKUP, LINK, SYSTEM, ResolvedRig, unpacked_resolved

from support.require import require

pytestmark = pytest.mark.netns

CONFIG = f"""
[probes]
canary_names = ["www.lab.test", "shop.lab.test"]
timeout = 1.0
[backup_dns]
builtin_profiles = []
keep_suffixes = ["corp.example"]
profiles = [{{ id = "lab", name = "Lab backup", servers = ["{BACKUP}"] }}]
"""


@pytest.fixture(scope="module")
def resolved():
    require(os.geteuid() == 0, "needs root for namespaces")
    root, why = unpacked_resolved()
    require(root is not None, f"systemd-resolved cannot be unpacked here: {why}")
    rig = ResolvedRig(root).start()
    yield rig
    rig.stop()


def link_line(rig: ResolvedRig, what: str, link: str = LINK) -> str:
    for line in rig.resolvectl(what).splitlines():
        if f"({link}):" in line:
            return line.split(":", 1)[1].strip()
    return ""


def test_resolved_backend_switch_and_exact_restore(resolved, app_home) -> None:
    cfg = app_home / "lab.toml"
    cfg.write_text(CONFIG)
    st = resolved.offline_ready("dns", "status", "--json", "--config", str(cfg), home=app_home)
    data = json.loads(st.stdout)
    assert data["backend"] == "systemd-resolved", st.stdout + st.stderr
    links = {a["name"]: a for a in data["current"]["adapters"]}
    assert links[LINK]["ipv4"]["servers"] == [SYSTEM] and links[LINK]["domains"] == ["lab.test"]
    vpn = resolved.has_tun()
    if vpn:
        assert links["tun0"]["is_vpn"]  # a tun device (ARPHRD_NONE) is recognised as a VPN
    before = {w: link_line(resolved, w) for w in ("dns", "domain", "default-route")}
    tun_before = link_line(resolved, "dns", "tun0"), link_line(resolved, "domain", "tun0")

    resolved.drop(SYSTEM)
    try:
        assert resolved.exec(["timeout", "3", "getent", "ahostsv4", "shop.lab.test"]).returncode != 0
        r = resolved.offline_ready("dns", "use", "lab", "--yes", "--json", "--config", str(cfg), home=app_home)
        assert r.returncode == 0, r.stdout + r.stderr
        first = json.loads(r.stdout.splitlines()[0])
        assert first["verified"] and first["changed"] == [LINK]
        assert any("corp.example" in w for w in first["warnings"])  # said plainly, not silently
        assert link_line(resolved, "dns") == BACKUP
        assert link_line(resolved, "domain") == "lab.test ~."
        assert resolved.exec(["getent", "ahostsv4", "www.lab.test"]).returncode == 0
        if vpn:  # the VPN's split DNS is left exactly as it was
            assert (link_line(resolved, "dns", "tun0"), link_line(resolved, "domain", "tun0")) == tun_before
        r = resolved.offline_ready("dns", "restore", "--json", "--config", str(cfg), home=app_home)
        assert r.returncode == 0 and json.loads(r.stdout)["status"] == "reverted", r.stdout + r.stderr
        assert {w: link_line(resolved, w) for w in ("dns", "domain", "default-route")} == before
    finally:
        resolved.undrop()
        resolved.offline_ready("dns", "restore", "--config", str(cfg), home=app_home)
