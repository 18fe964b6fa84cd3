"""Link and route state from the operating system: no network traffic at all.

On Linux the kernel's tables in /proc and /sys are read directly; elsewhere a
connected UDP socket (which sends nothing) tells whether a route exists.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _

VPN_PREFIXES = ("tun", "tap", "wg", "ppp", "utun", "ipsec", "tailscale", "zt", "nordlynx", "proton", "cscotun")


@dataclass
class LinkInfo:
    has_route: bool
    interfaces_up: list[str] = field(default_factory=list)
    default_interfaces: list[str] = field(default_factory=list)
    gateways: list[str] = field(default_factory=list)
    vpn_interfaces: list[str] = field(default_factory=list)
    source_address: str | None = None
    detail: str = ""


def is_vpn_interface(name: str) -> bool:
    return name.lower().startswith(VPN_PREFIXES)


def read_link(probe_targets: list[str] | None = None) -> LinkInfo:
    """What the OS says about links and default routes (microseconds, no traffic)."""
    if sys.platform.startswith("linux") and Path("/proc/net/route").exists():
        info = _linux_link()
    else:
        info = LinkInfo(has_route=False)
    # Whatever the platform: can the kernel route to the probe targets at all?
    src = None
    for target in probe_targets or []:
        src = route_source(target)
        if src:
            break
    info.source_address = src
    if not info.has_route and src:
        info.has_route = True  # a specific (non-default) route, e.g. a corporate or lab network
        info.detail = info.detail or _("no default route, but the probe targets are routable")
    if not sys.platform.startswith("linux"):
        info.detail = info.detail or (_("a route exists") if src else _("no route to the internet"))
    return info


def route_source(address: str) -> str | None:
    """Local source address the kernel would use for ``address``, or None when unroutable.

    ``connect()`` on a UDP socket only consults the routing table; no packet leaves.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    fam = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    try:
        with socket.socket(fam, socket.SOCK_DGRAM) as s:
            s.connect((str(ip), 9))
            return s.getsockname()[0]
    except OSError:
        return None


def _linux_link() -> LinkInfo:
    up: list[str] = []
    vpn: list[str] = []
    for dev in sorted(os.listdir("/sys/class/net")) if os.path.isdir("/sys/class/net") else []:
        if dev == "lo":
            continue
        oper = _read(f"/sys/class/net/{dev}/operstate")
        carrier = _read(f"/sys/class/net/{dev}/carrier")
        flags = _read(f"/sys/class/net/{dev}/flags")
        admin_up = bool(int(flags, 16) & 0x1) if flags else False
        if oper == "up" or (admin_up and oper == "unknown" and carrier != "0"):
            up.append(dev)
            if is_vpn_interface(dev):
                vpn.append(dev)
    gateways: list[str] = []
    default_ifaces: list[str] = []
    for iface, gw in _default_routes_v4():
        if iface in up:
            default_ifaces.append(iface)
            if gw:
                gateways.append(gw)
    for iface, gw in _default_routes_v6():
        if iface in up:
            default_ifaces.append(iface)
            if gw:
                gateways.append(gw)
    default_ifaces = list(dict.fromkeys(default_ifaces))
    has_route = bool(default_ifaces)
    if not up:
        detail = _("no network interface is connected")
    elif not has_route:
        detail = _("connected ({interfaces}) but no default route").format(interfaces=", ".join(up))
    else:
        via = ", ".join(default_ifaces)
        detail = (_("default route via {interfaces} (gateway {gateway})").format(interfaces=via, gateway=gateways[0])
                  if gateways else _("default route via {interfaces}").format(interfaces=via))
    return LinkInfo(has_route=has_route, interfaces_up=up, default_interfaces=default_ifaces,
                    gateways=list(dict.fromkeys(gateways)), vpn_interfaces=vpn, detail=detail)


def _default_routes_v4() -> list[tuple[str, str | None]]:
    out = []
    with contextlib.suppress(OSError):
        for line in Path("/proc/net/route").read_text().splitlines()[1:]:
            parts = line.split()
            if len(parts) < 8:
                continue
            iface, dest, gw, flags, mask = parts[0], parts[1], parts[2], int(parts[3], 16), parts[7]
            if dest == "00000000" and mask == "00000000" and flags & 0x1:  # RTF_UP
                gw_ip = socket.inet_ntoa(struct.pack("<L", int(gw, 16))) if flags & 0x2 else None
                out.append((iface, gw_ip))
    return out


def _default_routes_v6() -> list[tuple[str, str | None]]:
    out = []
    with contextlib.suppress(OSError):
        for line in Path("/proc/net/ipv6_route").read_text().splitlines():
            parts = line.split()
            if len(parts) < 10:
                continue
            dest, plen, gw, flags, iface = parts[0], parts[1], parts[4], int(parts[8], 16), parts[9]
            if dest == "0" * 32 and plen == "00" and flags & 0x1 and iface != "lo" and not flags & 0x200:
                gw_ip = str(ipaddress.IPv6Address(bytes.fromhex(gw))) if gw != "0" * 32 else None
                out.append((iface, gw_ip))
    return out


def neighbour_reachable(address: str) -> bool:
    """True when the kernel has a resolved hardware address for ``address`` (ARP/NDP)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/net/arp").read_text().splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 4 and parts[0] == address and int(parts[2], 16) & 0x2:
                return True
    return False


def _read(path: str) -> str:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return ""


def is_metered(interfaces: list[str]) -> bool:
    """Whether NetworkManager marks the default connection metered (phone hotspot, mobile data).

    Only consulted at full diagnoses; unknown counts as not metered.
    """
    import shutil
    import subprocess

    if not interfaces or not shutil.which("nmcli"):
        return False
    for iface in interfaces[:2]:
        try:
            out = subprocess.run(["nmcli", "-t", "-g", "GENERAL.METERED", "device", "show", iface],
                                 capture_output=True, text=True, timeout=2, check=False).stdout.strip().lower()
        except (OSError, subprocess.SubprocessError):
            return False
        if out.startswith("yes"):
            return True
    return False
