"""systemd-resolved, per link, with ``resolvectl`` (the same calls as the D-Bus methods
``SetLinkDNS``, ``SetLinkDomains``, ``SetLinkDefaultRoute`` and ``RevertLink`` of
``org.freedesktop.resolve1.Manager``, authorised by polkit's ``org.freedesktop.resolve1.*`` actions).

Restore sets back the exact servers, domains and default-route flag each link had; a link that
had none is reverted with ``resolvectl revert``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ...i18n import _
from ...resolver_profiles import validate
from .base import (
    DHCP,
    NONE,
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

RESOLVECTL = "resolvectl"
LINK_RE = re.compile(r"^Link (\d+) \(([^)]+)\):\s*(.*)$")
RAW_SERVER_RE = re.compile(r"^[0-9A-Za-z:.%\[\]#_-]{1,300}$")  # resolvectl's own server notation
SYS_NET = Path("/sys/class/net")


def parse_links(text: str) -> tuple[list[str], dict[str, tuple[str, list[str]]]]:
    """``resolvectl dns|domain|default-route`` → (global values, {index: (ifname, values)})."""
    global_values: list[str] = []
    links: dict[str, tuple[str, list[str]]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Global:"):
            global_values = line.partition(":")[2].split()
            continue
        m = LINK_RE.match(line)
        if m:
            links[m.group(1)] = (m.group(2), m.group(3).split())
    return global_values, links


def raw_server(token: str) -> str:
    """A server as resolvectl prints it (``fe80::1%2``, ``1.1.1.1#cloudflare-dns.com``), checked for safety."""
    if not RAW_SERVER_RE.fullmatch(token) or token.startswith("-"):
        raise validate.InvalidInput(_("{token!r} is not a resolver address").format(token=token))
    return token


def _family(token: str) -> str:
    host = token.split("#", 1)[0].strip("[]")
    return "ipv6" if host.count(":") >= 2 else "ipv4"


def link_is_vpn(ifname: str, sys_net: Path = SYS_NET) -> bool:
    if looks_like_vpn(ifname):
        return True
    dev = sys_net / ifname
    if (dev / "tun_flags").exists():
        return True
    try:
        return (dev / "type").read_text().strip() in ("65534", "512")  # ARPHRD_NONE (wireguard, tun), PPP
    except OSError:
        return False


def _domain_token(d: str) -> str:
    """A search (``corp.example``) or routing (``~corp.example``, ``~.``) domain, checked."""
    routing = d.startswith("~")
    body = d[1:] if routing else d
    if body == ".":
        return "~."
    return ("~" if routing else "") + validate.domain(body)


class ResolvedBackend(Backend):
    name = "systemd-resolved"

    def __init__(self, runner=None, sys_net: Path = SYS_NET) -> None:
        super().__init__(runner)
        self.sys_net = sys_net

    def check_available(self) -> None:
        try:
            checked(self.run, [RESOLVECTL, "dns"], timeout=5)
        except BackendError as exc:
            raise Unsupported(_("systemd-resolved is not running ({exc})").format(exc=exc)) from None
        if not system_uses("systemd-resolved"):
            raise Unsupported(_("systemd-resolved runs, but /etc/resolv.conf does not point to it"))

    def snapshot(self) -> Snapshot:
        _, dns = parse_links(checked(self.run, [RESOLVECTL, "dns"]))
        _, domains = parse_links(checked(self.run, [RESOLVECTL, "domain"]))
        _, routes = parse_links(checked(self.run, [RESOLVECTL, "default-route"]))
        adapters: list[AdapterDns] = []
        for index in sorted(set(dns) | set(domains), key=int):
            ifname = (dns.get(index) or domains.get(index))[0]  # type: ignore[index]
            if ifname == "lo":
                continue
            servers = dns.get(index, (ifname, []))[1]
            doms = domains.get(index, (ifname, []))[1]
            route = routes.get(index, (ifname, ["yes"]))[1]
            v4 = [s for s in servers if _family(s) == "ipv4"]
            v6 = [s for s in servers if _family(s) == "ipv6"]
            adapters.append(AdapterDns(
                name=ifname, index=index,
                ipv4=FamilyDns(v4, DHCP if v4 else NONE), ipv6=FamilyDns(v6, DHCP if v6 else NONE),
                domains=doms, is_vpn=link_is_vpn(ifname, self.sys_net), active=bool(servers),
                extra={"servers_raw": servers, "default_route": (route or ["yes"])[0]},
            ))
        return Snapshot(self.name, adapters)

    def apply_argvs(self, adapter: AdapterDns, plan: ApplyPlan) -> list[list[str]]:
        link = validate.linux_ifname(adapter.name)
        servers = validate.server_list(plan.servers)
        # Search domains stay; "~." makes this link take every name no more specific link claims,
        # so a VPN's routing domains (on its own, untouched link) keep going to the VPN.
        search = [d for d in adapter.domains if not d.startswith("~")]
        search = validate.domain_list(search)
        return [
            [RESOLVECTL, "dns", link, *servers],
            [RESOLVECTL, "domain", link, *search, "~."],
            [RESOLVECTL, "default-route", link, "yes"],
        ]

    def restore_argvs(self, adapter: AdapterDns) -> list[list[str]]:
        link = validate.linux_ifname(adapter.name)
        servers = [raw_server(s) for s in adapter.extra.get("servers_raw", adapter.servers)]
        doms = [_domain_token(d) for d in adapter.domains]
        route = adapter.extra.get("default_route", "yes")
        if route not in ("yes", "no"):
            route = "yes"
        if not servers and not doms:
            return [[RESOLVECTL, "revert", link]]
        return [
            [RESOLVECTL, "dns", link, *servers] if servers else [RESOLVECTL, "dns", link, ""],
            [RESOLVECTL, "domain", link, *doms] if doms else [RESOLVECTL, "domain", link, ""],
            [RESOLVECTL, "default-route", link, route],
        ]

    def apply(self, snap: Snapshot, plan: ApplyPlan) -> list[str]:
        done = self.apply_each(snap.targets, lambda a: self.apply_argvs(a, plan), self.restore_argvs)
        self.flush_cache()
        return [a.name for a in done]

    def restore(self, snap: Snapshot) -> list[str]:
        return self.restore_each(snap.targets, self.restore_argvs, then=self.flush_cache)

    def flush_cache(self) -> None:
        self.run([RESOLVECTL, "flush-caches"])
