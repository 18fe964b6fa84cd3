"""``dns benchmark``: each system resolver and each backup profile, over UDP, TCP and DoH.

Queries run in small waves (three in flight per resolver and transport) with every resolver and
transport in parallel, so five resolvers finish in a few seconds even when some are dead: once
a whole wave is lost, the rest of that resolver's queries are counted as lost at the full
timeout without waiting for each one. Scoring and conclusions are pure (:mod:`.scoring`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rdatatype

from ..i18n import _
from ..probes.dns import DnsResult, query, random_label
from ..resolver_profiles.profiles import Profile
from . import scoring
from .scoring import ResolverScore, Sample

WAVE = 3


@dataclass
class Target:
    id: str
    label: str
    server: str
    role: str = "backup"  # system | original | backup
    port: int = 53
    doh_url: str = ""
    doh_addresses: list[str] = field(default_factory=list)


@dataclass
class BenchmarkReport:
    started_at: str
    duration_ms: float
    queries: int
    timeout_ms: float
    results: list[ResolverScore]
    conclusions: list[str]

    @property
    def best(self) -> ResolverScore | None:
        return scoring.best_backup(self.results)

    def to_dict(self) -> dict[str, Any]:
        best = self.best
        return {"started_at": self.started_at, "duration_ms": round(self.duration_ms, 1), "queries": self.queries,
                "timeout_ms": self.timeout_ms, "best_backup": best.id if best else None,
                "results": [r.to_dict() for r in scoring.rank(self.results)], "conclusions": self.conclusions}


def targets_for(profiles: list[Profile], system_servers: list[str], *, port: int = 53) -> list[Target]:
    """One target per system resolver, then the first server of each profile (and its DoH)."""
    out = [Target("system", _("Your resolver {address}").format(address=s), s, "system", port) for s in system_servers]
    seen = set(system_servers)
    for p in profiles:
        if p.kind == "original":
            continue
        server = (p.ipv4 or p.ipv6 or [""])[0]
        if not server or server in seen:
            continue
        seen.add(server)
        out.append(Target(p.id, p.name, server, "backup", port, p.doh_url, list(p.doh_addresses)))
    return out


def _dnssec_ok(server: str, name: str, timeout: float, port: int) -> bool | None:
    try:
        msg = dns.message.make_query(name, dns.rdatatype.A, want_dnssec=True)
        resp = dns.query.udp(msg, server, timeout=timeout, port=port, raise_on_truncation=False)
    except (dns.exception.DNSException, OSError, ValueError):
        return None
    return bool(resp.flags & dns.flags.AD)


def run_benchmark(targets: list[Target], names: list[str], *, queries: int = 10, timeout: float = 1.5,
                  nxdomain_zone: str = "", dnssec: bool = False, doh: bool = True, doh_verify: bool | str = True,
                  progress: Callable[[int, int], None] | None = None) -> BenchmarkReport:
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    names = list(names) or ["example.com"]
    timeout_ms = timeout * 1000.0
    transports = ["udp", "tcp"]
    jobs: list[tuple[Target, str]] = [(t, tr) for t in targets for tr in transports]
    if doh:
        jobs += [(t, "doh") for t in targets if t.doh_url]
    total = len(jobs) + (len(targets) if nxdomain_zone else 0) + (len(targets) if dnssec else 0)
    done = 0
    samples: dict[str, list[Sample]] = {t.id + "|" + t.server: [] for t in targets}
    hijack: dict[str, bool | None] = {}
    validates: dict[str, bool | None] = {}
    inner = ThreadPoolExecutor(max_workers=min(64, max(4, len(jobs) * WAVE)), thread_name_prefix="dns-bench-q")

    def one(target: Target, transport: str, name: str, session: Any) -> DnsResult:
        if transport == "doh":
            from ..fallback_lookup.doh import doh_query

            return doh_query(target.doh_url, name, timeout, addresses=target.doh_addresses, session=session,
                             verify=doh_verify)
        return query(target.server, name, timeout, tcp=transport == "tcp", port=target.port)

    def run_job(target: Target, transport: str) -> list[Sample]:
        out: list[Sample] = []
        session = None
        if transport == "doh":
            from ..proxy.session import proxied_session

            session = proxied_session()
        try:
            i = 0
            while i < queries:
                wave = [names[(i + k) % len(names)] for k in range(min(WAVE, queries - i))]
                futs = [inner.submit(one, target, transport, n, session) for n in wave]
                results = [f.result() for f in futs]
                out += [Sample(transport, r.status, r.ms) for r in results]
                i += len(wave)
                if all(r.status not in scoring.ANSWERED for r in results):
                    out += [Sample(transport, "timeout", timeout_ms)] * (queries - i)
                    break
        finally:
            if session is not None:
                session.close()
        return out

    with ThreadPoolExecutor(max_workers=max(1, len(jobs) + len(targets) * 2), thread_name_prefix="dns-bench") as pool:
        futs: dict[Any, tuple[str, Target, str]] = {}
        for target, transport in jobs:
            futs[pool.submit(run_job, target, transport)] = ("job", target, transport)
        if nxdomain_zone:
            for target in targets:
                futs[pool.submit(query, target.server, random_label(nxdomain_zone), timeout,
                                 port=target.port)] = ("nx", target, "")
        if dnssec:
            for target in targets:
                futs[pool.submit(_dnssec_ok, target.server, names[0], timeout, target.port)] = ("sec", target, "")
        for fut, (kind, target, _transport) in futs.items():
            key = target.id + "|" + target.server
            value = fut.result()
            if kind == "job":
                samples[key] += value
            elif kind == "nx":
                hijack[key] = value.ok if value.answered else None
            else:
                validates[key] = value
            done += 1
            if progress:
                progress(done, total)
    inner.shutdown(wait=False, cancel_futures=True)

    results: list[ResolverScore] = []
    for target in targets:
        key = target.id + "|" + target.server
        trs = [scoring.summarize(samples[key], timeout_ms, tr) for tr in ("udp", "tcp", "doh")
               if any(s.transport == tr for s in samples[key])]
        r = ResolverScore(target.id, target.label, target.server, target.role, trs, hijack.get(key),
                          validates.get(key) if dnssec else None)
        r.score = scoring.score(trs, timeout_ms)
        results.append(r)
    return BenchmarkReport(started.isoformat(timespec="seconds"), (time.perf_counter() - t0) * 1000, queries,
                           timeout_ms, results, scoring.conclusions(results))
