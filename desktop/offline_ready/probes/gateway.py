"""Is the default gateway (the LAN) reachable? A TCP knock: a handshake or a reset both mean yes."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _
from .link import neighbour_reachable
from .tcp import tcp_connect

KNOCK_PORTS = (53, 80)


@dataclass
class GatewayResult:
    gateway: str
    reachable: bool
    ms: float
    detail: str


def probe_gateway(gateway: str, timeout: float) -> GatewayResult:
    per_port = max(0.2, timeout / len(KNOCK_PORTS))
    total = 0.0
    for port in KNOCK_PORTS:
        r = tcp_connect(gateway, port, per_port)
        total += r.ms
        if r.answered:
            return GatewayResult(gateway, True, r.ms, _("answered on port {port} in {ms:.0f} ms").format(port=port, ms=r.ms))
        if r.error == "unreachable":
            break
    if neighbour_reachable(gateway):  # some routers ignore both ports but still answer ARP
        return GatewayResult(gateway, True, total, _("silent, but present on the local network (ARP)"))
    return GatewayResult(gateway, False, total, _("did not answer"))
