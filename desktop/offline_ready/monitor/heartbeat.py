"""The heartbeat: a probe light enough to run every few seconds while all is well.

One small DNS query to one of the system's resolvers (rotating names), and now and
then one TCP handshake by address (rotating providers). Any anomaly triggers a full
diagnosis at once; the heartbeat itself never decides a state.

A resolver that starts answering every name with the same address is an anomaly too: that is
how a captive portal (a hotel's sign-in page whose session ran out) or a DNS-rewriting filter
shows itself when no network-change event announces it — the answers still come, fast.

The names of the watched services take turns with the canary names (:func:`beat_names`), at no
extra cost: a resolver that starts answering a service's name with another address (DNS
rewriting, a stale or poisoned answer) is seen within the service cadence even when the
service's own light check runs rarer to save traffic. A moved or failed service name does not
fail the beat; it is reported (``Beat.moved``) so the monitor checks that service at once, and
the answer is kept (:meth:`Heartbeat.fresh`) so the light check needs no lookup of its own.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..probes import dns as dnsprobe
from ..probes.link import read_link
from ..probes.tcp import tcp_endpoint

# Answers about one name (it does not exist, or has no address): not a failing resolver.
NAME_ANSWERS = frozenset({"nxdomain", "nodata"})


@dataclass
class Beat:
    ok: bool
    reason: str
    dns_ms: float | None = None
    tcp_ms: float | None = None
    moved: tuple[str, ...] = ()  # service names whose answer changed (or failed): check them now


def beat_names(canaries: Sequence[str], hosts: Sequence[str], per_cadence: int) -> Iterator[str]:
    """The name each beat asks, forever. Pure. Every service host comes once a cycle, and a cycle
    fits in ``per_cadence`` beats when it can: the other canaries fill the free beats (at least
    one a cycle, in turn from cycle to cycle). Without hosts, the canaries in turn."""
    hosts = list(dict.fromkeys(h for h in hosts if h))
    others = [c for c in canaries if c not in hosts]
    if not hosts:
        yield from itertools.cycle(canaries)
        return
    n = min(max(1, per_cadence - len(hosts)), len(others))
    turn = itertools.cycle(others)
    while True:
        picked = [next(turn) for _ in range(n)]
        gap = len(hosts) / max(1, n)  # spread the canaries between the hosts
        for i, host in enumerate(hosts):
            while picked and i >= gap * (n - len(picked)):
                yield picked.pop(0)
            yield host
        yield from picked


class Heartbeat:
    def __init__(self, canaries: list[str], endpoints: list[str], timeout: float, slow_ms: float,
                 hosts: Sequence[str] = (), per_cadence: int = 12):
        """``hosts``: the watched services' names; ``per_cadence``: beats per service cadence."""
        self._names = beat_names(canaries, hosts, per_cadence)
        self._canaries = set(canaries)
        self._hosts = set(hosts)
        self._fresh: dict[str, tuple[float, dnsprobe.DnsResult]] = {}  # host -> (when, answer)
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
        moved = self._note_host(name, r) if name in self._hosts else ()
        problem = self._dns_problem(name, r)
        if problem:
            return Beat(False, problem, dns_ms=r.ms, moved=moved)
        tcp_ms = None
        if with_tcp and self._endpoints is not None:
            t = tcp_endpoint(next(self._endpoints), self.timeout)
            tcp_ms = t.ms
            if not t.answered:
                return Beat(False, f"{t.target}: {t.detail}", dns_ms=r.ms, tcp_ms=t.ms)
            if t.ms > self.slow_ms:
                return Beat(False, f"connection slow ({t.ms:.0f} ms)", dns_ms=r.ms, tcp_ms=t.ms)
        return Beat(True, "ok", dns_ms=r.ms, tcp_ms=tcp_ms, moved=moved)

    def _dns_problem(self, name: str, r: dnsprobe.DnsResult) -> str | None:
        """What is wrong with this answer for the resolver, if anything. A service's name that
        does not exist (or has no IPv4 address) says nothing about the resolver: only a canary's does."""
        if not r.ok and (name in self._canaries or r.status not in NAME_ANSWERS):
            return f"DNS {r.status} for {name} from {r.server}"
        if r.ms > self.slow_ms:
            return f"DNS slow ({r.ms:.0f} ms)"
        shared = names_now_sharing(self._answers, name, frozenset(r.addresses)) if name in self._canaries else None
        return f"{name} now resolves to the address of {shared}" if shared else None

    def _note_host(self, name: str, r: dnsprobe.DnsResult) -> tuple[str, ...]:
        """A service's name: its answer is kept for the light check. An answer that changed — to
        a failure, from one, or to addresses with nothing in common with the last — is returned
        as moved (the first answer is not a move)."""
        before = self._fresh.get(name)
        self._fresh[name] = (time.monotonic(), r)
        if before is None:
            return ()
        old = before[1]
        if r.ok != old.ok or r.status != old.status:
            return (name,)
        return (name,) if r.ok and not set(old.addresses) & set(r.addresses) else ()

    def fresh(self, host: str, max_age: float) -> dnsprobe.DnsResult | None:
        """The heartbeat's answer for a service's name if it is at most ``max_age`` seconds old."""
        seen = self._fresh.get(host)
        ok = seen is not None and seen[1].ok and bool(seen[1].addresses)
        return seen[1] if ok and time.monotonic() - seen[0] <= max_age else None


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
