"""NetworkManager: runtime-only changes with ``nmcli device modify``, undone by ``nmcli device reapply``.

``device modify`` changes only the active configuration, never the saved connection profile, so
a reboot or a reapply always brings back the user's own settings; the journal still records
the exact servers per family (and whether they came from DHCP) to check the restore.
"""

from __future__ import annotations

import logging

from ...i18n import _
from ...resolver_profiles import validate
from .base import (
    DHCP,
    MIXED,
    NONE,
    STATIC,
    AdapterDns,
    ApplyPlan,
    Backend,
    BackendError,
    FamilyDns,
    Snapshot,
    Unsupported,
    checked,
    looks_like_vpn,
)
from .resolvconf import system_uses

log = logging.getLogger(__name__)

NMCLI = "nmcli"
VPN_TYPES = {"tun", "wireguard", "vpn", "ip-tunnel", "ppp", "wifi-p2p"}


def split_terse(line: str) -> list[str]:
    """Split one line of ``nmcli -t`` output on unescaped colons, undoing ``\\:`` and ``\\\\``."""
    fields: list[str] = []
    cur: list[str] = []
    it = iter(line)
    for ch in it:
        if ch == "\\":
            nxt = next(it, "")
            cur.append(nxt)
        elif ch == ":":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


def parse_key_values(text: str) -> list[dict[str, list[str]]]:
    """``nmcli -t -f ... device show`` → one dict per device: field name → values (``IP4.DNS[1]`` etc. joined)."""
    blocks: list[dict[str, list[str]]] = []
    cur: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = {}
            continue
        key, _, value = line.partition(":")
        base = key.split("[", 1)[0]
        if base == "GENERAL.DEVICE" and cur:
            blocks.append(cur)
            cur = {}
        cur.setdefault(base, [])
        # the value keeps nmcli's escaping: undo it
        cur[base].append(split_terse(value)[0] if "\\" in value else value)
    if cur:
        blocks.append(cur)
    return blocks


def parse_list(value: str) -> list[str]:
    """``ipv4.dns`` / ``ipv4.dns-search`` values: comma- or space-separated."""
    return [v for v in value.replace(",", " ").split() if v and v != "--"]


def family_source(profile_servers: list[str], ignore_auto: str, method: str) -> str:
    if method in ("disabled", "ignore", "link-local"):
        return NONE
    if profile_servers and ignore_auto == "yes":
        return STATIC
    if profile_servers:
        return MIXED
    return DHCP


class NetworkManagerBackend(Backend):
    name = "NetworkManager"

    def check_available(self) -> None:
        try:
            out = checked(self.run, [NMCLI, "-t", "-f", "RUNNING", "general"], timeout=5)
        except BackendError as exc:
            raise Unsupported(_("NetworkManager is not available ({exc})").format(exc=exc)) from None
        if out.strip() != "running":
            raise Unsupported(_("NetworkManager is not running"))
        if not (system_uses("NetworkManager") or system_uses("systemd-resolved")):
            raise Unsupported(_("NetworkManager runs, but does not manage /etc/resolv.conf (dns=none)"))

    def _devices(self) -> list[list[str]]:
        out = checked(self.run, [NMCLI, "-t", "-f", "DEVICE,TYPE,STATE,CONNECTION", "device", "status"])
        return [split_terse(line) for line in out.splitlines() if line.strip()]

    def snapshot(self) -> Snapshot:
        adapters: list[AdapterDns] = []
        for fields in self._devices():
            if len(fields) < 4:
                continue
            dev, dtype, state, conn = fields[:4]
            if dtype in ("loopback", "wifi-p2p") or not state.startswith("connected"):
                continue
            validate.linux_ifname(dev)
            show = checked(self.run, [NMCLI, "-t", "-f",
                                      "GENERAL.DEVICE,GENERAL.TYPE,GENERAL.CON-UUID,IP4.DNS,IP6.DNS,IP4.DOMAIN,IP6.DOMAIN",
                                      "device", "show", dev])
            blocks = parse_key_values(show)
            info = blocks[0] if blocks else {}
            uuid = (info.get("GENERAL.CON-UUID") or [""])[0]
            v4_now = [s for s in info.get("IP4.DNS", []) if s]
            v6_now = [s for s in info.get("IP6.DNS", []) if s]
            domains = list(dict.fromkeys(d for d in info.get("IP4.DOMAIN", []) + info.get("IP6.DOMAIN", []) if d))
            prof: dict[str, str] = {}
            ctype = ""
            if uuid:
                out = checked(self.run, [NMCLI, "-t", "-f",
                                         "connection.type,ipv4.method,ipv4.dns,ipv4.ignore-auto-dns,ipv4.dns-search,"
                                         "ipv6.method,ipv6.dns,ipv6.ignore-auto-dns,ipv6.dns-search",
                                         "connection", "show", "uuid", uuid])
                for line in out.splitlines():
                    key, _, value = line.partition(":")
                    prof[key] = "".join(split_terse(value)) if "\\" in value else value
                ctype = prof.get("connection.type", "")
            is_vpn = dtype in VPN_TYPES or ctype in ("vpn", "wireguard", "tun") or looks_like_vpn(dev)
            adapters.append(AdapterDns(
                name=dev, index=uuid,
                ipv4=FamilyDns(v4_now, family_source(parse_list(prof.get("ipv4.dns", "")),
                                                     prof.get("ipv4.ignore-auto-dns", "no"),
                                                     prof.get("ipv4.method", "auto"))),
                ipv6=FamilyDns(v6_now, family_source(parse_list(prof.get("ipv6.dns", "")),
                                                     prof.get("ipv6.ignore-auto-dns", "no"),
                                                     prof.get("ipv6.method", "auto"))),
                domains=domains, is_vpn=is_vpn, active=bool(uuid),
                extra={"type": dtype, "connection": conn, "profile": prof},
            ))
        return Snapshot(self.name, adapters)

    def modify_argv(self, adapter: AdapterDns, plan: ApplyPlan) -> list[str]:
        dev = validate.linux_ifname(adapter.name)
        v4 = validate.server_list(plan.ipv4)
        v6 = validate.server_list(plan.ipv6)
        argv = [NMCLI, "device", "modify", dev]
        if adapter.ipv4.source != NONE and v4:
            argv += ["ipv4.dns", ",".join(v4), "ipv4.ignore-auto-dns", "yes"]
        if adapter.ipv6.source != NONE and v6:
            argv += ["ipv6.dns", ",".join(v6), "ipv6.ignore-auto-dns", "yes"]
        if len(argv) == 4:
            raise BackendError(_("{dev} has no IP family the profile has servers for").format(dev=dev))
        return argv

    def apply(self, snap: Snapshot, plan: ApplyPlan) -> list[str]:
        done = self.apply_each(snap.targets, lambda a: [self.modify_argv(a, plan)],
                               lambda a: [[NMCLI, "device", "reapply", a.name]])
        return [a.name for a in done]

    def restore(self, snap: Snapshot) -> list[str]:
        return self.restore_each(snap.targets,
                                 lambda a: [[NMCLI, "device", "reapply", validate.linux_ifname(a.name)]])
