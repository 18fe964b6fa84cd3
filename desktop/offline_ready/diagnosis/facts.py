"""Summaries of the observations that the classifier and the advice both read."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..probes.http import judge_connectivity
from .observations import Observations

LOSS_RATIO = 0.15  # share of timed-out probes, among several, that means a lossy connection


@dataclass
class Facts:
    ip_reachable: list[str] = field(default_factory=list)  # endpoints that answered
    ip_failed: list[str] = field(default_factory=list)
    conn_ok: list[str] = field(default_factory=list)
    conn_portal: list[tuple[str, str]] = field(default_factory=list)  # (url, location-or-url)
    conn_broken: list[str] = field(default_factory=list)
    conn_failed: list[tuple[str, str]] = field(default_factory=list)  # (url, phase)
    system_ok_names: list[str] = field(default_factory=list)
    system_failed_names: list[str] = field(default_factory=list)
    system_fail_kinds: set[str] = field(default_factory=set)
    system_servers_ok: list[str] = field(default_factory=list)
    system_servers_failed: list[str] = field(default_factory=list)
    working_resolvers: list[str] = field(default_factory=list)
    failed_resolvers: list[str] = field(default_factory=list)
    names_failing_everywhere: list[str] = field(default_factory=list)  # canaries no resolver can resolve
    hijacking: bool = False
    hijack_address: str | None = None
    loss_ratio: float = 0.0
    timeouts: int = 0
    probes_counted: int = 0
    dns_median_ms: float | None = None
    tcp_median_ms: float | None = None
    gateway_ok: bool | None = None

    @property
    def internet_by_address(self) -> bool:
        return bool(self.ip_reachable)

    @property
    def system_dns_down(self) -> bool:
        return not self.system_ok_names and bool(self.system_failed_names)

    @property
    def anything_beyond_lan(self) -> bool:
        return bool(self.ip_reachable or self.conn_ok or self.working_resolvers or self.conn_portal)


def gather(obs: Observations) -> Facts:
    f = Facts()
    f.gateway_ok = obs.gateway.reachable if obs.gateway else None
    for t in obs.tcp:
        (f.ip_reachable if t.answered else f.ip_failed).append(t.target)
    for c in obs.connectivity:
        verdict, _ = judge_connectivity(c.result, status=c.expect_status, body=c.expect_body)
        if verdict == "ok":
            f.conn_ok.append(c.url)
        elif verdict == "portal":
            f.conn_portal.append((c.url, c.result.location or c.url))
        elif verdict == "broken":
            f.conn_broken.append(c.url)
        else:
            f.conn_failed.append((c.url, c.result.phase if not c.result.ok else "http-status"))

    for r in obs.system_lookups:
        if r.ok:
            f.system_ok_names.append(r.name)
        else:
            f.system_failed_names.append(r.name)
            f.system_fail_kinds.add(r.status)
    by_server: dict[str, list[bool]] = {}
    for r in obs.system_direct:
        by_server.setdefault(r.server, []).append(r.ok or r.answered)
    f.system_servers_ok = [s for s, v in by_server.items() if any(v)]
    f.system_servers_failed = [s for s, v in by_server.items() if not any(v)]

    indep: dict[str, list[bool]] = {}
    resolved_by_any: set[str] = set(f.system_ok_names)
    for r in obs.independent:
        indep.setdefault(r.server, []).append(r.ok)
        if r.ok:
            resolved_by_any.add(r.name)
    for r in obs.system_direct:
        if r.ok:
            resolved_by_any.add(r.name)
    f.working_resolvers = [s for s, v in indep.items() if any(v)]
    f.failed_resolvers = [s for s, v in indep.items() if not any(v)]
    canaries = list(dict.fromkeys([r.name for r in obs.system_lookups] + [r.name for r in obs.independent]))
    asked_independent = {r.name for r in obs.independent}
    if f.working_resolvers or f.system_ok_names:
        # a canary nobody can resolve while others resolve fine: that name's own DNS provider is down
        f.names_failing_everywhere = [
            n for n in canaries if n not in resolved_by_any and (n in asked_independent or not obs.independent)
        ]

    nx = obs.nxdomain_system
    if nx is not None and nx.ok:
        independent_nx = [r for r in obs.nxdomain_independent if r.answered]
        wildcard = any(r.ok for r in independent_nx)
        if not wildcard:
            f.hijacking = True
            f.hijack_address = nx.addresses[0] if nx.addresses else None

    # Loss: timeouts among probes that should all answer when the path is clean.
    # A resolver that never answered is down, not lossy: only those that answered at least once count.
    counted = [t.error == "timeout" for t in obs.tcp]
    alive = {r.server for r in obs.independent + obs.system_direct if r.answered}
    counted += [r.status == "timeout" for r in obs.independent + obs.system_direct if r.server in alive]
    f.probes_counted = len(counted)
    f.timeouts = sum(counted)
    f.loss_ratio = f.timeouts / len(counted) if counted else 0.0

    dns_ms = [r.ms for r in obs.system_lookups + obs.system_direct if r.ok]
    f.dns_median_ms = statistics.median(dns_ms) if dns_ms else None
    tcp_ms = [t.ms for t in obs.tcp if t.answered]
    f.tcp_median_ms = statistics.median(tcp_ms) if tcp_ms else None
    return f
