"""The heartbeat: a probe light enough to run every few seconds while all is well.

One small DNS query to one of the system's resolvers (rotating names), and now and
then one TCP handshake by address (rotating providers). Any anomaly triggers a full
diagnosis at once; the heartbeat itself never decides a state.

A resolver that starts answering every name with the same address is an anomaly too: that is
how a captive portal (a hotel's sign-in page whose session ran out) or a DNS-rewriting filter
shows itself when no network-change event announces it — the answers still come, fast.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..probes import dns as dnsprobe
from ..probes.link import read_link
from ..probes.tcp import tcp_endpoint


@dataclass
class Beat:
    ok: bool
    reason: str
    dns_ms: float | None = None
    tcp_ms: float | None = None


class Heartbeat:
    def __init__(self, canaries: list[str], endpoints: list[str], timeout: float, slow_ms: float):
        self._names = itertools.cycle(canaries)
        self._endpoints = itertools.cycle(endpoints) if endpoints else None
        self._targets = [e.rsplit(":", 1)[0].strip("[]") for e in endpoints]
        self._servers_i = itertools.count()
        self.timeout = timeout
        self.slow_ms = slow_ms
        self._answers: dict[str, frozenset[str]] = {}  # the last addresses of each canary name

    def beat(self, system_resolvers: list[str], with_tcp: bool) -> Beat:
        if not read_link(self._targets).has_route:
            return Beat(False, "route lost")
        name = next(self._names)
        if system_resolvers:
            server = system_resolvers[next(self._servers_i) % len(system_resolvers)]
            r = dnsprobe.query(server, name, self.timeout)
        else:
            r = dnsprobe.system_lookup(name, self.timeout)
        if not r.ok:
            return Beat(False, f"DNS {r.status} for {name} from {r.server}", dns_ms=r.ms)
        if r.ms > self.slow_ms:
            return Beat(False, f"DNS slow ({r.ms:.0f} ms)", dns_ms=r.ms)
        shared = names_now_sharing(self._answers, name, frozenset(r.addresses))
        if shared:
            return Beat(False, f"{name} now resolves to the address of {shared}", dns_ms=r.ms)
        tcp_ms = None
        if with_tcp and self._endpoints is not None:
            t = tcp_endpoint(next(self._endpoints), self.timeout)
            tcp_ms = t.ms
            if not t.answered:
                return Beat(False, f"{t.target}: {t.detail}", dns_ms=r.ms, tcp_ms=t.ms)
            if t.ms > self.slow_ms:
                return Beat(False, f"connection slow ({t.ms:.0f} ms)", dns_ms=r.ms, tcp_ms=t.ms)
        return Beat(True, "ok", dns_ms=r.ms, tcp_ms=tcp_ms)


def names_now_sharing(answers: dict[str, frozenset[str]], name: str, addresses: frozenset[str]) -> str | None:
    """Record ``name``'s new answer; when the name moved (nothing in common with its last answer)
    onto an address another canary name answers with, return that name. Names of different
    providers never share addresses; behind a portal or a rewriting filter they all do. Pure: the
    table is the only state (another name's entry may be older than the change: still a match)."""
    before = answers.get(name)
    answers[name] = addresses
    if before is None or not addresses or before & addresses:
        return None
    for other, theirs in answers.items():
        if other != name and addresses & theirs:
            return other
    return None
