"""What one diagnosis needs from the settings, read once, typed and frozen: a diagnosis in flight
never sees half of a settings change, and the probe code never looks a setting up by name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Config


@dataclass(frozen=True)
class ProbeSettings:
    timeout: float  # seconds one probe may take
    slow_ms: float  # answers slower than this make the connection degraded
    gateway: bool  # knock on the default gateway
    connectivity: tuple[dict[str, Any], ...]  # plain-HTTP checks: url, and status or body
    ip_endpoints: tuple[str, ...]  # "IP:port" reached without DNS
    resolvers: tuple[str, ...]  # independent resolvers asked directly
    canary_names: tuple[str, ...]  # names that must resolve
    nxdomain_zone: str  # random names under it must not exist (hijacking check)
    large_transfer: tuple[str, ...]  # pages larger than one packet (MTU black holes)
    services: tuple[dict[str, Any], ...]  # the watched services that are enabled


def probe_settings(config: Config) -> ProbeSettings:
    p = config.probes
    return ProbeSettings(
        timeout=p.timeout,
        slow_ms=float(p.slow_ms),
        gateway=p.gateway,
        connectivity=tuple(p.connectivity),
        ip_endpoints=tuple(p.ip_endpoints),
        resolvers=tuple(p.resolvers),
        canary_names=tuple(p.canary_names),
        nxdomain_zone=p.nxdomain_zone,
        large_transfer=tuple(p.large_transfer),
        services=tuple(s for s in config.services if s.get("enabled", True)),
    )
