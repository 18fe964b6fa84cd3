"""macOS: ``networksetup`` per network service; "There aren't any DNS Servers set on …" means
the servers come from DHCP, restored with the literal ``Empty``.

Internal suffixes stay on the original servers through ``/etc/resolver/<suffix>`` files that
carry our marker and are removed on restore. Changes need administrator rights (the helper runs
under the system's admin prompt).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ...atomic import atomic_write_text
from ...i18n import _
from ...resolver_profiles import validate
from .base import (
    DHCP,
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

NETWORKSETUP = "/usr/sbin/networksetup"
SCUTIL = "/usr/sbin/scutil"
RESOLVER_DIR = Path("/etc/resolver")
MARKER = "# offline-ready: keeps this domain on the original resolvers during a backup DNS session"
NO_DNS_RE = re.compile(r"^There aren't any DNS Servers set on (.+)\.$")
NO_SEARCH_RE = re.compile(r"^There aren't any Search Domains set on (.+)\.$")
SERVICE_RE = re.compile(r"^\((\d+|\*)\)\s+(.+)$")
PORT_RE = re.compile(r"^\(Hardware Port: (.*), Device: (.*)\)$")
VPN_PORTS = re.compile(r"VPN|IPSec|L2TP|PPTP|com\.|utun", re.IGNORECASE)


def parse_service_order(text: str) -> list[tuple[str, str, str, bool]]:
    """``networksetup -listnetworkserviceorder`` → [(service, hardware port, device, enabled)]."""
    out: list[tuple[str, str, str, bool]] = []
    pending: tuple[str, bool] | None = None
    for line in text.splitlines():
        line = line.strip()
        m = SERVICE_RE.match(line)
        if m and not line.startswith("(Hardware Port"):
            pending = (m.group(2), m.group(1) != "*")
            continue
        p = PORT_RE.match(line)
        if p and pending:
            out.append((pending[0], p.group(1), p.group(2).strip(), pending[1]))
            pending = None
    return out


def parse_dns_servers(text: str) -> list[str] | None:
    """Servers set on a service, or None when there are none (DHCP)."""
    text = text.strip()
    if not text or NO_DNS_RE.match(text.splitlines()[0]):
        return None
    return [validate.server_address(line.strip(), allow_scope=True) for line in text.splitlines() if line.strip()]


def parse_search_domains(text: str) -> list[str]:
    text = text.strip()
    if not text or NO_SEARCH_RE.match(text.splitlines()[0]):
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_scutil_scoped(text: str) -> dict[str, list[str]]:
    """Effective servers per device from ``scutil --dns`` (its scoped section): {"en0": [...]}."""
    _, _, scoped = text.partition("DNS configuration (for scoped queries)")
    out: dict[str, list[str]] = {}
    for block in scoped.split("resolver #")[1:]:
        servers = re.findall(r"nameserver\[\d+\]\s*:\s*(\S+)", block)
        dev = re.search(r"if_index\s*:\s*\d+\s*\((\w+)\)", block)
        if dev:
            out.setdefault(dev.group(1), [])
            out[dev.group(1)] += [s for s in servers if s not in out[dev.group(1)]]
    return out


class MacOSBackend(Backend):
    name = "macos"
    supports_split_dns = True

    def __init__(self, runner=None, resolver_dir: Path = RESOLVER_DIR) -> None:
        super().__init__(runner)
        self.resolver_dir = resolver_dir

    def check_available(self) -> None:
        try:
            checked(self.run, [NETWORKSETUP, "-listnetworkserviceorder"], timeout=10)
        except BackendError as exc:
            raise Unsupported(_("networksetup is not available ({exc})").format(exc=exc)) from None

    def snapshot(self) -> Snapshot:
        services = parse_service_order(checked(self.run, [NETWORKSETUP, "-listnetworkserviceorder"]))
        try:
            effective = parse_scutil_scoped(checked(self.run, [SCUTIL, "--dns"]))
        except BackendError:
            effective = {}
        adapters: list[AdapterDns] = []
        for service, port, device, enabled in services:
            validate.service_name(service)
            set_servers = parse_dns_servers(checked(self.run, [NETWORKSETUP, "-getdnsservers", service]))
            domains = parse_search_domains(checked(self.run, [NETWORKSETUP, "-getsearchdomains", service]))
            if set_servers is None:
                v4, v6 = split_by_family(effective.get(device, []))
                fam4, fam6 = FamilyDns(v4, DHCP), FamilyDns(v6, DHCP)
            else:
                v4, v6 = split_by_family(set_servers)
                fam4, fam6 = FamilyDns(v4, STATIC), FamilyDns(v6, STATIC)
            adapters.append(AdapterDns(
                name=service, index=device, ipv4=fam4, ipv6=fam6, domains=domains,
                is_vpn=bool(VPN_PORTS.search(port)) or looks_like_vpn(device),
                active=enabled and bool(device),
                extra={"hardware_port": port, "static": set_servers is not None},
            ))
        return Snapshot(self.name, adapters)

    def apply_argv(self, adapter: AdapterDns, plan: ApplyPlan) -> list[str]:
        return [NETWORKSETUP, "-setdnsservers", validate.service_name(adapter.name),
                *validate.server_list(plan.servers)]

    def restore_argv(self, adapter: AdapterDns) -> list[str]:
        service = validate.service_name(adapter.name)
        if not adapter.extra.get("static"):
            return [NETWORKSETUP, "-setdnsservers", service, "Empty"]
        return [NETWORKSETUP, "-setdnsservers", service,
                *validate.server_list(adapter.servers, allow_scope=True)]

    def _write_resolver_files(self, suffixes: list[str], originals: list[str]) -> None:
        for suffix in validate.domain_list(suffixes):
            path = self.resolver_dir / suffix
            if path.exists() and MARKER not in path.read_text("utf-8", errors="replace"):
                log.info("%s already exists and is not ours; leaving it", path)
                continue
            body = [MARKER] + [f"nameserver {s}" for s in validate.server_list(originals, allow_scope=True)]
            atomic_write_text(path, "\n".join(body) + "\n")

    def _remove_resolver_files(self) -> None:
        if not self.resolver_dir.is_dir():
            return
        for path in self.resolver_dir.iterdir():
            try:
                if path.is_file() and MARKER in path.read_text("utf-8", errors="replace"):
                    path.unlink()
            except OSError as exc:
                log.warning("could not remove %s: %s", path, exc)

    def apply(self, snap: Snapshot, plan: ApplyPlan) -> list[str]:
        try:
            if plan.keep_suffixes and snap.servers():
                self._write_resolver_files(plan.keep_suffixes, snap.servers())
            done = self.apply_each(snap.targets, lambda a: [self.apply_argv(a, plan)],
                                   lambda a: [self.restore_argv(a)], errors=(BackendError, OSError))
        except (BackendError, OSError) as exc:
            self._remove_resolver_files()
            raise BackendError(str(exc)) from None
        self.flush_cache()
        return [a.name for a in done]

    def restore(self, snap: Snapshot) -> list[str]:
        def tidy() -> None:
            self._remove_resolver_files()
            self.flush_cache()

        return self.restore_each(snap.targets, lambda a: [self.restore_argv(a)], then=tidy)

    def flush_cache(self) -> None:
        self.run(["/usr/bin/dscacheutil", "-flushcache"])
        self.run(["/usr/bin/killall", "-HUP", "mDNSResponder"])
