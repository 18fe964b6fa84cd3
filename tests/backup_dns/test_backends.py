"""Backends parse recorded real outputs and build exact argv lists (no shell, validated values)."""

from __future__ import annotations

import json

import pytest
from replay import Replay, rec

from offline_ready.backup_dns.backends import Unsupported, detect_backend, resolvconf
from offline_ready.backup_dns.backends import networkmanager as nm
from offline_ready.backup_dns.backends import resolved as rs
from offline_ready.backup_dns.backends import windows as win
from offline_ready.backup_dns.backends.base import DHCP, MIXED, NONE, STATIC, ApplyPlan
from offline_ready.backup_dns.backends.macos import (
    NETWORKSETUP,
    SCUTIL,
    MacOSBackend,
    parse_dns_servers,
    parse_scutil_scoped,
    parse_service_order,
)

PLAN = ApplyPlan("quad9", ["9.9.9.9", "149.112.112.112"], ["2620:fe::fe"], ["corp.example"])


# ---------------------------------------------------------------- NetworkManager

NM_SHOW = ["nmcli", "-t", "-f", "GENERAL.DEVICE,GENERAL.TYPE,GENERAL.CON-UUID,IP4.DNS,IP6.DNS,IP4.DOMAIN,IP6.DOMAIN",
           "device", "show"]
NM_CONN = ["nmcli", "-t", "-f", "connection.type,ipv4.method,ipv4.dns,ipv4.ignore-auto-dns,ipv4.dns-search,"
           "ipv6.method,ipv6.dns,ipv6.ignore-auto-dns,ipv6.dns-search", "connection", "show", "uuid"]


def nm_replay() -> Replay:
    r = Replay()
    r.add(["nmcli", "-t", "-f", "RUNNING", "general"], rec("nmcli-general-running.txt"))
    r.add(["nmcli", "-t", "-f", "DEVICE,TYPE,STATE,CONNECTION", "device", "status"], rec("nmcli-device-status.txt"))
    for dev in ("wlp2s0", "wg0", "docker0"):
        r.add([*NM_SHOW, dev], rec(f"nmcli-device-show-{dev}.txt"))
    r.add([*NM_CONN, "5e1b3f2a-8c1d-4d0e-9a51-2f6c3e7b9d10"], rec("nmcli-connection-show-wifi.txt"))
    r.add([*NM_CONN, "0c6a4b1e-7f3d-4e2a-b5c9-1d8e2f3a4b5c"], rec("nmcli-connection-show-wg0.txt"))
    r.add([*NM_CONN, "8a0e6f3c-2b1d-4c5e-9f7a-3e2d1c0b9a87"], rec("nmcli-connection-show-docker0.txt"))
    return r


def test_nmcli_terse_unescaping() -> None:
    assert nm.split_terse(r"wlp2s0:wifi:connected:Home\:Net 5G") == ["wlp2s0", "wifi", "connected", "Home:Net 5G"]
    assert nm.split_terse(r"a\\b:c") == ["a\\b", "c"]


def test_networkmanager_snapshot_reads_families_sources_and_vpn() -> None:
    snap = nm.NetworkManagerBackend(nm_replay()).snapshot()
    by = {a.name: a for a in snap.adapters}
    assert set(by) == {"wlp2s0", "wg0", "docker0"}  # loopback, p2p and unavailable devices skipped
    wifi = by["wlp2s0"]
    assert wifi.ipv4.servers == ["192.168.1.1", "192.168.1.2"] and wifi.ipv4.source == DHCP
    assert wifi.ipv6.servers == ["fd00::1"] and wifi.ipv6.source == DHCP
    assert wifi.domains == ["lan"] and not wifi.is_vpn
    assert by["wg0"].is_vpn and by["wg0"].ipv4.source == STATIC and by["wg0"].ipv6.source == NONE
    assert by["docker0"].ipv6.source == NONE
    assert [a.name for a in snap.targets] == ["wlp2s0", "docker0"]


def test_networkmanager_family_source_rules() -> None:
    assert nm.family_source(["1.1.1.1"], "yes", "auto") == STATIC
    assert nm.family_source(["1.1.1.1"], "no", "auto") == MIXED
    assert nm.family_source([], "no", "auto") == DHCP
    assert nm.family_source([], "no", "disabled") == NONE


def test_networkmanager_apply_is_runtime_only_and_restore_reapplies() -> None:
    r = nm_replay()
    backend = nm.NetworkManagerBackend(r)
    snap = backend.snapshot()
    r.default_ok = True
    assert backend.apply(snap, PLAN) == ["wlp2s0", "docker0"]
    modify = r.mutating("modify")
    assert modify[0] == ["nmcli", "device", "modify", "wlp2s0", "ipv4.dns", "9.9.9.9,149.112.112.112",
                         "ipv4.ignore-auto-dns", "yes", "ipv6.dns", "2620:fe::fe", "ipv6.ignore-auto-dns", "yes"]
    # docker0 has IPv6 disabled: only IPv4 is set there
    assert modify[1] == ["nmcli", "device", "modify", "docker0", "ipv4.dns", "9.9.9.9,149.112.112.112",
                         "ipv4.ignore-auto-dns", "yes"]
    assert not any("connection" in c and "modify" in c for c in r.calls)  # saved profiles never touched
    assert not any("wg0" in c for c in modify)  # the VPN is left alone
    backend.restore(snap)
    assert r.mutating("reapply") == [["nmcli", "device", "reapply", "wlp2s0"], ["nmcli", "device", "reapply", "docker0"]]


def test_networkmanager_apply_failure_reapplies_what_was_done() -> None:
    r = nm_replay()
    backend = nm.NetworkManagerBackend(r)
    snap = backend.snapshot()
    r.add(backend.modify_argv(snap.adapter("docker0"), PLAN), (10, "Error: Device 'docker0' not found."))
    r.default_ok = True
    with pytest.raises(nm.BackendError, match="not found"):
        backend.apply(snap, PLAN)
    assert ["nmcli", "device", "reapply", "wlp2s0"] in r.calls


def test_networkmanager_available_needs_running_daemon(monkeypatch) -> None:
    monkeypatch.setattr(nm, "system_uses", lambda owner: owner == "systemd-resolved")
    nm.NetworkManagerBackend(nm_replay()).check_available()
    stopped = Replay({("nmcli", "-t", "-f", "RUNNING", "general"): (8, "Error: NetworkManager is not running.")})
    with pytest.raises(Unsupported, match="not running"):
        nm.NetworkManagerBackend(stopped).check_available()


# ---------------------------------------------------------------- systemd-resolved

def resolved_replay() -> Replay:
    return Replay({("resolvectl", "dns"): rec("resolvectl-dns.txt"),
                   ("resolvectl", "domain"): rec("resolvectl-domain.txt"),
                   ("resolvectl", "default-route"): rec("resolvectl-default-route.txt")})


def test_resolved_parse_links() -> None:
    glob, links = rs.parse_links(rec("resolvectl-dns.txt"))
    assert glob == [] and links["2"] == ("enp0s31f6", ["192.168.1.1", "fe80::1%2"]) and links["3"] == ("wlp2s0", [])


def test_resolved_snapshot_apply_restore(tmp_path) -> None:
    r = resolved_replay()
    backend = rs.ResolvedBackend(r, sys_net=tmp_path)
    snap = backend.snapshot()
    eth = snap.adapter("enp0s31f6")
    assert eth.ipv4.servers == ["192.168.1.1"] and eth.ipv6.servers == ["fe80::1%2"]
    assert snap.adapter("wg0").is_vpn and not snap.adapter("wlp2s0").active
    assert [a.name for a in snap.targets] == ["enp0s31f6"]
    r.default_ok = True
    backend.apply(snap, PLAN)
    assert r.mutating("dns", "domain", "default-route")[-3:] == [
        ["resolvectl", "dns", "enp0s31f6", "9.9.9.9", "149.112.112.112", "2620:fe::fe"],
        ["resolvectl", "domain", "enp0s31f6", "lan", "~."],
        ["resolvectl", "default-route", "enp0s31f6", "yes"],
    ]
    r.calls.clear()
    backend.restore(snap)
    assert r.calls[:3] == [
        ["resolvectl", "dns", "enp0s31f6", "192.168.1.1", "fe80::1%2"],
        ["resolvectl", "domain", "enp0s31f6", "lan"],
        ["resolvectl", "default-route", "enp0s31f6", "yes"],
    ]
    assert ["resolvectl", "flush-caches"] in r.calls


def test_resolved_restore_of_empty_link_reverts(tmp_path) -> None:
    backend = rs.ResolvedBackend(Replay(default_ok=True), sys_net=tmp_path)
    from offline_ready.backup_dns.backends.base import AdapterDns

    assert backend.restore_argvs(AdapterDns("eth1", "7")) == [["resolvectl", "revert", "eth1"]]


def test_resolved_vpn_detection_from_sysfs(tmp_path) -> None:
    (tmp_path / "corp0").mkdir()
    (tmp_path / "corp0" / "tun_flags").write_text("0x1002\n")
    (tmp_path / "eth0").mkdir()
    (tmp_path / "eth0" / "type").write_text("1\n")
    assert rs.link_is_vpn("corp0", tmp_path) and not rs.link_is_vpn("eth0", tmp_path)
    assert rs.link_is_vpn("wg0", tmp_path) and rs.link_is_vpn("tailscale0", tmp_path)


# ---------------------------------------------------------------- Windows

def test_windows_parse_dhcp_vs_static_and_vpn() -> None:
    adapters = {a.name: a for a in win.parse_adapters(rec("windows-read.json"))}
    wifi, eth, vpn = adapters["Wi-Fi"], adapters["Ethernet 2"], adapters["Corp VPN"]
    assert wifi.ipv4.servers == ["192.168.1.1"] and wifi.ipv4.source == DHCP
    assert wifi.ipv6.servers == [] and wifi.ipv6.source == NONE  # fec0::ffff placeholders are not servers
    assert eth.ipv4.servers == ["10.20.0.53", "10.20.0.54"] and eth.ipv4.source == STATIC
    assert eth.domains == ["corp.example"] and eth.index == "7"
    assert vpn.is_vpn and vpn.ipv4.servers == ["10.8.0.1"]  # a one-element array serialised as a scalar


def test_windows_single_object_and_ipv6_dhcp() -> None:
    [a] = win.parse_adapters(rec("windows-read-single.json"))
    assert (a.ipv4.source, a.ipv6.source) == (DHCP, DHCP) and a.ipv6.servers == ["fd00::1"]


def test_windows_scripts_quote_only_validated_values() -> None:
    adapters = {a.name: a for a in win.parse_adapters(rec("windows-read.json"))}
    script = win.apply_script(adapters["Wi-Fi"], PLAN, ["192.168.1.1"])
    assert "Set-DnsClientServerAddress -InterfaceIndex 14 -ServerAddresses " \
           "('9.9.9.9','149.112.112.112','2620:fe::fe')" in script
    assert "Add-DnsClientNrptRule -Namespace '.corp.example' -NameServers ('192.168.1.1') -Comment 'offline-ready'" \
        in script
    # DHCP-provided: reset, never a static copy of the DHCP servers
    restore_wifi = win.restore_script(adapters["Wi-Fi"])
    assert "-ResetServerAddresses" in restore_wifi and "-ServerAddresses" not in restore_wifi
    # static IPv4 + no IPv6: reset (IPv6 back to automatic), then the exact static list
    restore_eth = win.restore_script(adapters["Ethernet 2"])
    assert restore_eth.index("-ResetServerAddresses") < restore_eth.index("('10.20.0.53','10.20.0.54')")
    assert "Remove-DnsClientNrptRule" in restore_eth and "Clear-DnsClientCache" in restore_eth


def test_windows_backend_uses_powershell_argv() -> None:
    r = Replay({tuple(win.powershell(win.READ_SCRIPT)): rec("windows-read.json")}, default_ok=True)
    backend = win.WindowsBackend(r)
    snap = backend.snapshot()
    assert [a.name for a in snap.targets] == ["Wi-Fi", "Ethernet 2"]
    backend.apply(snap, PLAN)
    assert all(c[0] == "powershell.exe" and c[-2] == "-Command" for c in r.calls)


# ---------------------------------------------------------------- macOS

def mac_replay() -> Replay:
    r = Replay()
    r.add([NETWORKSETUP, "-listnetworkserviceorder"], rec("networksetup-listnetworkserviceorder.txt"))
    r.add([SCUTIL, "--dns"], rec("scutil-dns.txt"))
    for service, f in (("USB 10/100/1000 LAN", "usb"), ("Wi-Fi", "wifi"), ("Thunderbolt Bridge", "tb"),
                       ("Bluetooth PAN", "bt"), ("Corp VPN", "vpn")):
        r.add([NETWORKSETUP, "-getdnsservers", service], rec(f"networksetup-getdnsservers-{f}.txt"))
        r.add([NETWORKSETUP, "-getsearchdomains", service], rec(f"networksetup-getsearchdomains-{f}.txt"))
    return r


def test_macos_parsers() -> None:
    services = parse_service_order(rec("networksetup-listnetworkserviceorder.txt"))
    assert services[0] == ("USB 10/100/1000 LAN", "USB 10/100/1000 LAN", "en7", True)
    assert ("Bluetooth PAN", "Bluetooth PAN", "en6", False) in services
    assert ("Corp VPN", "L2TP", "", True) in services
    assert parse_dns_servers("There aren't any DNS Servers set on Wi-Fi.\n") is None
    assert parse_dns_servers(rec("networksetup-getdnsservers-usb.txt")) == ["192.168.50.10", "192.168.50.11",
                                                                             "fd12:3456::53"]
    assert parse_scutil_scoped(rec("scutil-dns.txt")) == {"en0": ["192.168.1.1", "fe80::1%en0"],
                                                          "en7": ["192.168.50.10", "192.168.50.11"]}


def test_macos_snapshot_apply_restore(tmp_path) -> None:
    r = mac_replay()
    backend = MacOSBackend(r, resolver_dir=tmp_path)
    snap = backend.snapshot()
    wifi, usb = snap.adapter("Wi-Fi"), snap.adapter("USB 10/100/1000 LAN")
    assert wifi.ipv4.source == DHCP and wifi.ipv4.servers == ["192.168.1.1"] and not wifi.extra["static"]
    assert usb.ipv4.source == STATIC and usb.ipv6.servers == ["fd12:3456::53"] and usb.domains == ["office.example"]
    assert snap.adapter("Corp VPN").is_vpn and not snap.adapter("Bluetooth PAN").active
    assert [a.name for a in snap.targets] == ["USB 10/100/1000 LAN", "Wi-Fi", "Thunderbolt Bridge"]
    r.default_ok = True
    backend.apply(snap, PLAN)
    assert [NETWORKSETUP, "-setdnsservers", "Wi-Fi", "9.9.9.9", "149.112.112.112", "2620:fe::fe"] in r.calls
    kept = (tmp_path / "corp.example").read_text()
    assert "nameserver 192.168.50.10" in kept and "offline-ready" in kept
    (tmp_path / "other.example").write_text("nameserver 10.0.0.1\n")  # not ours: must survive
    r.calls.clear()
    backend.restore(snap)
    assert [NETWORKSETUP, "-setdnsservers", "Wi-Fi", "Empty"] in r.calls
    assert [NETWORKSETUP, "-setdnsservers", "USB 10/100/1000 LAN", "192.168.50.10", "192.168.50.11",
            "fd12:3456::53"] in r.calls
    assert not (tmp_path / "corp.example").exists() and (tmp_path / "other.example").exists()


# ---------------------------------------------------------------- detection

def test_detection_order_and_reasons(monkeypatch, tmp_path) -> None:
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("nameserver 203.0.113.53\n")
    monkeypatch.setattr(resolvconf, "DEFAULT_PATH", resolv)
    none = Replay({("nmcli", "-t", "-f", "RUNNING", "general"): (127, "nmcli: not found"),
                   ("resolvectl", "dns"): (1, "Failed to get global data: Could not activate remote peer.")})
    backend = detect_backend(none, platform="linux")
    assert backend.name == "resolv.conf"
    stub = tmp_path / "stub"
    stub.symlink_to("/run/systemd/resolve/stub-resolv.conf")
    monkeypatch.setattr(resolvconf, "DEFAULT_PATH", stub)
    with pytest.raises(Unsupported) as exc:
        detect_backend(none, platform="linux")
    assert "NetworkManager" in str(exc.value) and "managed by systemd-resolved" in str(exc.value)


def test_snapshot_round_trips_through_json() -> None:
    from offline_ready.backup_dns.backends.base import Snapshot

    snap = nm.NetworkManagerBackend(nm_replay()).snapshot()
    again = Snapshot.from_dict(json.loads(json.dumps(snap.to_dict())))
    assert again.to_dict() == snap.to_dict()


def test_revert_deadline_jobs_for_macos_and_windows(tmp_path, monkeypatch) -> None:
    """The LaunchDaemon and the scheduled task that keep an unconfirmed switch's deadline on macOS and
    Windows: their exact definitions (not run on those systems here)."""
    import plistlib
    import subprocess

    from offline_ready.backup_dns import revert_timer

    calls: list[list[str]] = []
    monkeypatch.setattr(revert_timer.subprocess, "run",
                        lambda argv, **kw: calls.append(argv) or subprocess.CompletedProcess(argv, 0, b"", b""))
    monkeypatch.setattr(revert_timer, "LAUNCH_DAEMONS", tmp_path)
    argv = revert_timer.helper_argv("revert-due", "0123456789ab")
    revert_timer._arm_launchd("0123456789ab", argv)
    job = plistlib.loads((tmp_path / "org.offlineready.dns-revert.0123456789ab.plist").read_bytes())
    assert job == {"Label": "org.offlineready.dns-revert.0123456789ab", "ProgramArguments": argv, "RunAtLoad": True}
    assert calls[-1] == ["/bin/launchctl", "bootstrap", "system",
                         str(tmp_path / "org.offlineready.dns-revert.0123456789ab.plist")]
    revert_timer._arm_task("0123456789ab", argv)
    script = calls[-1][-1]
    assert calls[-1][:2] == ["powershell.exe", "-NoProfile"]
    assert f"-Execute '{argv[0]}'" in script and "-AtStartup" in script and "-UserId 'SYSTEM'" in script
    assert "-TaskName 'DNS revert 0123456789ab' -TaskPath '\\OfflineReady\\'" in script
    assert "revert-due 0123456789ab'" in script and "Start-ScheduledTask" in script
    assert script.count("'") % 2 == 0  # every value quoted, inner quotes doubled
