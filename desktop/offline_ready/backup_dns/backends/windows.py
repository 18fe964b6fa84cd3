"""Windows: the DnsClient PowerShell cmdlets, with DHCP vs static read from the registry.

A static list lives in the interface's ``NameServer`` registry value; when it is empty the
servers came from DHCP (``DhcpNameServer``). Restore puts back the static list, or resets the
interface to DHCP with ``-ResetServerAddresses`` only where DHCP was in use before — never a
blanket reset. Internal suffixes stay on the original servers through NRPT rules tagged with
our comment, removed again on restore. Changes need an elevated (UAC) helper.

Every PowerShell command is a fixed script; the only values put into it are validated
interface indexes and IP addresses, each quoted.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from ...i18n import _
from ...resolver_profiles import validate
from .base import (
    DHCP,
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
    split_by_family,
)

log = logging.getLogger(__name__)

POWERSHELL = "powershell.exe"
NRPT_COMMENT = "offline-ready"

READ_SCRIPT = r"""
$ErrorActionPreference = 'Stop'
$out = foreach ($a in @(Get-NetAdapter | Where-Object { $_.Status -eq 'Up' })) {
  $g = $a.InterfaceGuid
  $v4 = Get-DnsClientServerAddress -InterfaceIndex $a.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue
  $v6 = Get-DnsClientServerAddress -InterfaceIndex $a.ifIndex -AddressFamily IPv6 -ErrorAction SilentlyContinue
  $r4 = Get-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\Interfaces\$g" -ErrorAction SilentlyContinue
  $r6 = Get-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters\Interfaces\$g" -ErrorAction SilentlyContinue
  $c = Get-DnsClient -InterfaceIndex $a.ifIndex -ErrorAction SilentlyContinue
  [pscustomobject]@{
    Name = $a.Name; InterfaceIndex = $a.ifIndex; InterfaceGuid = $g
    InterfaceDescription = $a.InterfaceDescription
    ServerAddressesV4 = @($v4.ServerAddresses); ServerAddressesV6 = @($v6.ServerAddresses)
    NameServer = $r4.NameServer; DhcpNameServer = $r4.DhcpNameServer
    NameServerV6 = $r6.NameServer; DhcpNameServerV6 = $r6.DhcpNameServer
    Suffix = $c.ConnectionSpecificSuffix
  }
}
ConvertTo-Json -InputObject @($out) -Depth 3 -Compress
"""


def powershell(script: str) -> list[str]:
    return [POWERSHELL, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", script]


def _as_list(value: Any) -> list[str]:
    """PowerShell serialises a one-element array as a scalar and a missing one as null."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    return [str(v) for v in value if v]


def _valid(servers: list[str]) -> list[str]:
    out = []
    for s in servers:
        try:
            out.append(validate.server_address(s, allow_scope=True))
        except validate.InvalidInput:
            # Windows shows fec0:0:0:ffff::1%1 site-local placeholders when IPv6 has no DNS
            log.debug("ignoring unusable server %r", s)
    return out


def parse_adapters(text: str) -> list[AdapterDns]:
    data = json.loads(text.strip() or "[]")
    if isinstance(data, dict):
        data = [data]
    adapters: list[AdapterDns] = []
    for item in data:
        name = str(item.get("Name", ""))
        index = str(validate.interface_index(item.get("InterfaceIndex")))
        static4 = _valid(_as_list(item.get("NameServer")))
        static6 = _valid(_as_list(item.get("NameServerV6")))
        now4 = _valid(_as_list(item.get("ServerAddressesV4")))
        now6 = [s for s in _valid(_as_list(item.get("ServerAddressesV6"))) if not s.startswith("fec0:0:0:ffff::")]
        dhcp4 = _valid(_as_list(item.get("DhcpNameServer")))
        dhcp6 = _valid(_as_list(item.get("DhcpNameServerV6")))
        src4 = STATIC if static4 else (DHCP if (dhcp4 or now4) else NONE)
        src6 = STATIC if static6 else (DHCP if (dhcp6 or now6) else NONE)
        desc = str(item.get("InterfaceDescription", ""))
        suffix = str(item.get("Suffix") or "")
        adapters.append(AdapterDns(
            name=name, index=index,
            ipv4=FamilyDns(static4 or now4, src4), ipv6=FamilyDns(static6 or now6, src6),
            domains=[suffix] if suffix else [], is_vpn=looks_like_vpn(name, desc), active=True,
            extra={"guid": str(item.get("InterfaceGuid", "")), "description": desc},
        ))
    return adapters


def _ps_list(servers: list[str]) -> str:
    return "(" + ",".join(f"'{validate.server_address(s, allow_scope=True)}'" for s in servers) + ")"


def apply_script(adapter: AdapterDns, plan: ApplyPlan, originals: list[str]) -> str:
    idx = validate.interface_index(adapter.index)
    servers = validate.server_list(plan.servers)
    lines = [
        "$ErrorActionPreference = 'Stop'",
        f"Set-DnsClientServerAddress -InterfaceIndex {idx} -ServerAddresses {_ps_list(servers)}",
    ]
    if originals:
        for suffix in validate.domain_list(plan.keep_suffixes):
            lines.append(f"Add-DnsClientNrptRule -Namespace '.{suffix}' -NameServers {_ps_list(originals)} "
                         f"-Comment '{NRPT_COMMENT}'")
    lines.append("Clear-DnsClientCache")
    return "\n".join(lines)


def restore_script(adapter: AdapterDns) -> str:
    idx = validate.interface_index(adapter.index)
    lines = ["$ErrorActionPreference = 'Stop'"]
    static = [s for fam in (adapter.ipv4, adapter.ipv6) if fam.source == STATIC for s in fam.servers]
    if adapter.ipv4.source != STATIC or adapter.ipv6.source != STATIC:
        # at least one family was DHCP-provided (or empty): reset both, then put the static ones back
        lines.append(f"Set-DnsClientServerAddress -InterfaceIndex {idx} -ResetServerAddresses")
    if static:
        lines.append(f"Set-DnsClientServerAddress -InterfaceIndex {idx} -ServerAddresses {_ps_list(static)}")
    lines.append(f"Get-DnsClientNrptRule | Where-Object {{ $_.Comment -eq '{NRPT_COMMENT}' }} | "
                 "Remove-DnsClientNrptRule -Force")
    lines.append("Clear-DnsClientCache")
    return "\n".join(lines)


class WindowsBackend(Backend):
    name = "windows"
    supports_split_dns = True

    def check_available(self) -> None:
        try:
            checked(self.run, powershell("Get-Command Set-DnsClientServerAddress | Out-Null"), timeout=20)
        except BackendError as exc:
            raise Unsupported(_("the DnsClient PowerShell module is not available ({exc})").format(exc=exc)) from None

    def snapshot(self) -> Snapshot:
        return Snapshot(self.name, parse_adapters(checked(self.run, powershell(READ_SCRIPT), timeout=30)))

    def apply(self, snap: Snapshot, plan: ApplyPlan) -> list[str]:
        targets = snap.targets
        originals = snap.servers()

        def commands(adapter: AdapterDns) -> list[list[str]]:
            # the NRPT rules that keep internal suffixes on the originals are added once, with the first adapter
            return [powershell(apply_script(adapter, plan, originals if adapter is targets[0] else []))]

        done = self.apply_each(targets, commands, lambda a: [powershell(restore_script(a))], timeout=30)
        return [a.name for a in done]

    def restore(self, snap: Snapshot) -> list[str]:
        return self.restore_each(snap.targets, lambda a: [powershell(restore_script(a))], timeout=30)


__all__ = ["WindowsBackend", "apply_script", "parse_adapters", "restore_script", "split_by_family"]
