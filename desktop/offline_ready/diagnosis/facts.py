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
    names_failing_everywhere: list[str] = field(default_factory=list)  # canaries no resolver can resolve
    hijacking: bool = False
    hijack_address: str | None = None
    loss_ratio: float = 0.0
    timeouts: int = 0
    probes_counted: int = 0
    dns_median_ms: float | None = None
    tcp_median_ms: float | None = None
    gateway_ok: bool | None = None
    no_dns_configured: bool = False  # the system names no DNS server at all
    dead_first: str | None = None  # the first system resolver never answers...
    next_working: str | None = None  # ...while a later one does
    tcp_dns_ok: list[str] = field(default_factory=list)  # resolvers that answered over TCP
    udp_silent: list[str] = field(default_factory=list)  # resolvers that never answered over UDP
    independent_lossy: bool = False  # independent resolvers lose queries too: loss, not an outage
    mtu_stalled: list[str] = field(default_factory=list)  # large-transfer pages that stalled (MTU)
    # services that fail at our resolver's address but answer at the independent resolvers' one
    wrong_answers: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    @property
    def internet_by_address(self) -> bool:
        return bool(self.ip_reachable)

    @property
    def lookups_failing(self) -> bool:
        """Every name failed through getaddrinfo, the path applications use."""
        return not self.system_ok_names and bool(self.system_failed_names)

    @property
    def system_dns_down(self) -> bool:
        """Applications' lookups fail and the system's resolvers, asked directly with retries, fail too.

        getaddrinfo alone is not enough: on a lossy line one dropped packet makes it wait out
        the OS's 5 s retry, past our bound, while a retried direct query gets through.
        """
        return self.lookups_failing and not self.system_servers_ok

    @property
    def anything_beyond_lan(self) -> bool:
        return bool(self.ip_reachable or self.conn_ok or self.working_resolvers or self.conn_portal)


def gather(obs: Observations) -> Facts:
    """Everything the classifier and the advice read, summed up once from the raw observations."""
    f = Facts()
    f.gateway_ok = obs.gateway.reachable if obs.gateway else None
    for t in obs.tcp:
        (f.ip_reachable if t.answered else f.ip_failed).append(t.target)
    _gather_connectivity(obs, f)
    _gather_system_dns(obs, f)
    _gather_independent_dns(obs, f)
    _gather_hijacking(obs, f)
    _gather_loss(obs, f)
    dns_ms = [r.ms for r in obs.system_lookups + obs.system_direct if r.ok]
    f.dns_median_ms = statistics.median(dns_ms) if dns_ms else None
    _gather_hard(obs, f)
    tcp_ms = [t.ms for t in obs.tcp if t.answered]
    f.tcp_median_ms = statistics.median(tcp_ms) if tcp_ms else None
    return f


def _gather_connectivity(obs: Observations, f: Facts) -> None:
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


def _gather_system_dns(obs: Observations, f: Facts) -> None:
    """Names through getaddrinfo, and each system resolver asked directly."""
    for r in obs.system_lookups:
        if r.ok:
            f.system_ok_names.append(r.name)
        else:
            f.system_failed_names.append(r.name)
            f.system_fail_kinds.add(r.status)
    by_server = _answered_by_server(obs.system_direct + obs.system_hosts)
    f.system_servers_ok = [s for s, v in by_server.items() if any(v)]
    f.system_servers_failed = [s for s, v in by_server.items() if not any(v)]


def _gather_independent_dns(obs: Observations, f: Facts) -> None:
    """Which independent resolvers work, and the canaries no resolver at all can find."""
    indep = _answered_by_server(obs.independent)
    f.working_resolvers = [s for s, v in indep.items() if any(v)]
    resolved_by_any = set(f.system_ok_names) | {r.name for r in obs.independent + obs.system_direct if r.ok}
    canaries = list(dict.fromkeys([r.name for r in obs.system_lookups] + [r.name for r in obs.independent]))
    asked_independent = {r.name for r in obs.independent}
    if f.working_resolvers or f.system_ok_names:
        # a canary nobody can resolve while others resolve fine: that name's own DNS provider is down
        f.names_failing_everywhere = [
            n for n in canaries if n not in resolved_by_any and (n in asked_independent or not obs.independent)
        ]


def _gather_hijacking(obs: Observations, f: Facts) -> None:
    """A name that must not exist got an address from our resolver, and not from independent ones."""
    nx = obs.nxdomain_system
    if nx is None or not nx.ok:
        return
    wildcard = any(r.ok for r in obs.nxdomain_independent if r.answered)
    if not wildcard:
        f.hijacking = True
        f.hijack_address = nx.addresses[0] if nx.addresses else None


def _gather_loss(obs: Observations, f: Facts) -> None:
    """Loss: probes that timed out or only got through on a retry (a DNS resend, a TCP handshake
    past the 1 s SYN retransmit), among several that should all answer at once. A resolver that
    never answered is down, not lossy; one that is uniformly late is slow; names no resolver can
    find are a provider's outage. None of those counts."""
    counted = [t.error == "timeout" or (t.answered and t.ms >= 1000) for t in obs.tcp]
    failing = set(f.names_failing_everywhere)
    per_server: dict[str, list] = {}
    for r in obs.independent + obs.system_direct:
        if r.name not in failing:
            per_server.setdefault(r.server, []).append(r)
    for results in per_server.values():
        answered = [r for r in results if r.answered]
        if not answered:
            continue
        uniformly_late = all(r.sends > 1 for r in answered) and len(answered) == len(results)
        if uniformly_late:
            continue
        counted += [r.status == "timeout" or (r.answered and r.sends > 1) for r in results]
    f.probes_counted = len(counted)
    f.timeouts = sum(counted)
    f.loss_ratio = f.timeouts / len(counted) if counted else 0.0


def _answered_by_server(results: list) -> dict[str, list[bool]]:
    by_server: dict[str, list[bool]] = {}
    for r in results:
        by_server.setdefault(r.server, []).append(r.ok)
    return by_server


def _gather_hard(obs: Observations, f: Facts) -> None:
    """The faults small probes miss: no DNS configured, a dead first resolver, UDP-only blocking,
    DNS loss, large packets lost (MTU), and a wrong answer for one name."""
    f.no_dns_configured = not obs.system_resolvers and obs.link.has_route
    timed_out = {r.server for r in obs.system_direct + obs.system_hosts if r.status == "timeout"}
    if (len(obs.system_resolvers) > 1 and obs.system_resolvers[0] in f.system_servers_failed
            and obs.system_resolvers[0] in timed_out):
        f.dead_first = obs.system_resolvers[0]
        f.next_working = next((s for s in obs.system_resolvers[1:] if s in f.system_servers_ok), None)
        if f.next_working is None:
            f.dead_first = None
    f.tcp_dns_ok = [r.server for r in obs.dns_tcp if r.answered]
    udp: dict[str, list[str]] = {}
    for r in obs.system_direct + obs.system_hosts + obs.independent:
        udp.setdefault(r.server, []).append(r.status)
    f.udp_silent = [s for s, statuses in udp.items() if all(st == "timeout" for st in statuses)]
    indep = [r for r in obs.independent if r.name not in set(f.names_failing_everywhere)]
    if any(r.answered for r in indep):
        late = sum(r.status == "timeout" or (r.answered and r.sends > 1) for r in indep)
        f.independent_lossy = late / len(indep) >= LOSS_RATIO
    f.mtu_stalled = [t.url for t in obs.large if t.stalled]
    for s in obs.services:
        r, b = s.result, s.result.via_backup
        if (s.result.via_source == "resolver" and r.dns is not None and b is not None and b.ok
                and b.status is not None and b.status < 400 and b.dns is not None):
            f.wrong_answers[s.name] = (list(r.dns.addresses), list(b.dns.addresses))
