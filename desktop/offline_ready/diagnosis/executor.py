"""Run a :class:`~.plan.ProbePlan`: every probe at once on a thread pool, collected by a deadline.

Time bound: a healthy network answers in well under a second; in any fault the verdict comes
within 2 × timeout, because every probe is itself bounded and the collector stops waiting at
``plan.budget`` (1.75 × timeout; the rest is margin for a busy machine). The clock is injected
(``clock()``, seconds, monotonic) so the deadline can be tested without waiting for it.

Order matters on a busy pool: a job is submitted only after every job it may wait on (the OS
lookups and direct queries the HTTP probes use), so no worker waits on work queued behind it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from ..i18n import N_, _
from ..probes import dns as dnsprobe
from ..probes.gateway import probe_gateway
from ..probes.http import HttpResult, fetch
from ..probes.http import judge_service as judge_http
from ..probes.mtu import LargeTransfer, small_segments
from ..probes.tcp import TcpResult, tcp_endpoint
from .observations import ConnectivityObservation, Observations, ServiceObservation
from .plan import ProbePlan, ServiceProbe

log = logging.getLogger(__name__)

Submit = Callable[..., Future]
DEADLINE_DETAIL = N_("probe deadline passed")  # shown translated: _(DEADLINE_DETAIL)


@dataclass(frozen=True)
class Probes:
    """The probe functions a round calls (the real ones unless a test passes others)."""

    gateway: Callable[..., Any] = probe_gateway
    tcp: Callable[..., TcpResult] = tcp_endpoint
    system_lookup: Callable[..., dnsprobe.DnsResult] = dnsprobe.system_lookup
    query: Callable[..., dnsprobe.DnsResult] = dnsprobe.query
    fetch: Callable[..., HttpResult] = fetch
    small_segments: Callable[[], list | None] = small_segments


class PlanExecutor:
    """One round: submits the plan's probes, then collects them into :class:`Observations`."""

    def __init__(self, plan: ProbePlan, submit: Submit, *, clock: Callable[[], float],
                 resolver: Any = None, probes: Probes | None = None):
        self.plan = plan
        self.submit = submit
        self.clock = clock
        self.resolver = resolver  # the app's fallback chain (None: the independent resolvers' answers)
        self.probes = probes or Probes()
        self.deadline = 0.0

    def run(self, obs: Observations, start: float) -> Observations:
        """Fill ``obs`` (link, resolvers already set) with every probe's result."""
        self.deadline = start + self.plan.budget
        self._submit_all()
        self._collect(obs)
        obs.duration_ms = (self.clock() - start) * 1000
        return obs

    # --- submitting -------------------------------------------------------------------------------

    def _submit_all(self) -> None:
        plan, submit, p, t = self.plan, self.submit, self.probes, self.plan.timeout
        self.f_gateway = submit(p.gateway, plan.gateway, t) if plan.gateway else None
        self.f_tcp = [submit(p.tcp, e, t) for e in plan.tcp_endpoints]
        self.lookups: dict[str, Future] = {n: submit(p.system_lookup, n, t) for n in plan.lookups}
        self.f_system_direct = [submit(p.query, srv, n, t) for srv, n in plan.system_direct]
        self.f_independent = [submit(p.query, srv, n, t) for srv, n in plan.independent]
        self.f_nx_system = submit(p.system_lookup, plan.nxdomain, t)
        self.f_nx_independent = [submit(p.query, srv, plan.nxdomain, t) for srv in plan.nxdomain_resolvers]
        self.f_tcp_dns = [submit(self._tcp_dns, srv) for srv in plan.tcp_dns]
        self.direct: dict[str, list[Future]] = {}
        for srv, n in plan.host_direct:
            self.direct.setdefault(n, []).append(submit(p.query, srv, n, t))
        self.f_conn = [submit(self._bounded_fetch, c["url"]) for c in plan.connectivity]
        self.small = p.small_segments()
        self.f_large = [submit(self._large_transfer, u) for u in plan.large_transfer]
        self.f_services: list[tuple[Future, list[Future]] | None] = [None] * len(plan.services)
        for i in plan.service_order:
            svc = plan.services[i]
            answers = [submit(p.query, srv, svc.host, t) for srv in svc.resolvers]
            self.f_services[i] = (submit(self._service_probe, svc, answers), answers)

    # --- the probes that depend on others -----------------------------------------------------------

    def _left(self) -> float:
        return max(0.1, self.deadline - 0.05 - self.clock())

    def _internet_down(self) -> bool:
        """Every endpoint by address already failed: no other resolver or address would help."""
        return all(f.done() for f in self.f_tcp) and not any(
            (t := self._get(f, None)) is not None and t.answered for f in self.f_tcp)

    def _tcp_dns(self, srv: str) -> dnsprobe.DnsResult | None:
        # Only once the first UDP queries were silent: a firewall that blocks DNS over UDP only
        # changes the advice, and the probe costs nothing while DNS answers.
        udp_first = [*self.f_system_direct[:1], *self.f_independent[:1]]
        if any(f.result().status != "timeout" for f in udp_first) or self._internet_down():
            return None
        return self.probes.query(srv, self.plan.canaries[0], min(self.plan.timeout, self._left()), tcp=True)

    def _cached_lookup(self, name: str, t: float) -> dnsprobe.DnsResult:
        """The OS's answer for a name looked up up front; when it timed out, a system resolver's
        direct answer (with retransmits) stands in, so HTTP probes still get their address."""
        fut = self.lookups.get(name)
        if fut is None:
            fut = self.lookups[name] = self.submit(self.probes.system_lookup, name, t)
        r = fut.result()
        if r.status == "timeout":
            for f in self.direct.get(name, []):
                d = f.result()
                if d.ok:
                    return dnsprobe.DnsResult("system", name, "ok", max(r.ms, d.ms), d.addresses,
                                              _("{detail} (the system lookup timed out; {server} answered directly)").format(
                                                  detail=d.detail, server=d.server))
        return r

    def _bounded_fetch(self, url: str, socket_options: list | None = None) -> HttpResult:
        # an HTTP probe gets whatever is left of the round's budget when a worker picks it up
        return self.probes.fetch(url, self.plan.timeout, lookup=self._cached_lookup, max_total=self._left(),
                                 socket_options=socket_options)

    def _large_transfer(self, url: str) -> LargeTransfer:
        # in full-size packets; only when that stalls after connecting, again in small ones (so a
        # healthy round fetches the page once)
        full = self._bounded_fetch(url)
        again = self.small is not None and not full.ok and full.phase == "timeout" and full.connected
        return LargeTransfer(url, full, self._bounded_fetch(url, self.small) if again else None)

    def _at(self, url: str, answer: dnsprobe.DnsResult) -> HttpResult:
        return self.probes.fetch(url, self.plan.timeout, lookup=lambda _n, _t: answer, max_total=self._left())

    def _service_probe(self, svc: ServiceProbe, answers: list[Future]) -> HttpResult:
        r = self._bounded_fetch(svc.url)
        if r.phase == "dns" and not self._internet_down():
            # Our resolver can't find it: try the address the fallback chain gives. "It works through
            # a backup resolver" is what tells a resolver outage from a dead service.
            found = self._fallback_answer(svc.host, answers)
            if found is not None:
                r.via_source, answer = found
                r.via_backup = self._at(svc.url, answer)
        elif r.dns is not None and r.dns.ok and judge_http(r, svc.expect_status)[0] != "up":
            # It fails at our resolver's address: if independent resolvers give another one, try that
            # (a stale, poisoned or mis-filtered answer looks exactly like a dead service).
            for fut in answers:
                d = self._get(fut, None)
                if d is not None and d.ok and not set(d.addresses) & set(r.dns.addresses):
                    r.via_source, r.via_backup = "resolver", self._at(svc.url, d)
                    break
        return r

    def _fallback_answer(self, host: str, answers: list[Future]) -> tuple[str, dnsprobe.DnsResult] | None:
        """Where the service is, by the app's fallback chain (backup resolver, DoH, last known
        address), or without one by the independent resolvers' answers: (source, answer)."""
        if self.resolver is not None:
            from ..fallback_lookup.fallback import ResolveError

            try:
                # live sources get what is left but a moment to fetch; a remembered address needs no wait
                res = self.resolver.resolve_fallback(host, budget=self.deadline - self.clock() - 0.4)
            except ResolveError:
                return None
            return res.source, dnsprobe.DnsResult(res.server or res.source, host, "ok", 0.0, list(res.addresses),
                                                  res.describe())
        for fut in answers:
            d = self._get(fut, None)
            if d is not None and d.ok:
                return "resolver", d
        return None

    # --- collecting ---------------------------------------------------------------------------------

    def _collect(self, obs: Observations) -> None:
        plan, t, get = self.plan, self.plan.timeout, self._get
        obs.gateway = get(self.f_gateway, None)
        obs.tcp = [get(f, TcpResult(e, False, False, t * 1000, "timeout", _(DEADLINE_DETAIL)))
                   for e, f in zip(plan.tcp_endpoints, self.f_tcp, strict=True)]
        obs.system_lookups = [get(self.lookups[n], _dns_timeout("system", n, t)) for n in plan.canaries]
        obs.system_direct = [get(f, _dns_timeout(srv, n, t))
                             for f, (srv, n) in zip(self.f_system_direct, plan.system_direct, strict=True)]
        host_futures = [f for n in self.direct for f in self.direct[n]]
        obs.system_hosts = [get(f, _dns_timeout(srv, n, t))
                            for f, (srv, n) in zip(host_futures, plan.host_direct, strict=True)]
        obs.dns_tcp = [r for r in (get(f, None) for f in self.f_tcp_dns) if r is not None]
        obs.large = [get(f, LargeTransfer(u, _http_timeout(u, t), None))
                     for u, f in zip(plan.large_transfer, self.f_large, strict=True)]
        obs.independent = [get(f, _dns_timeout(srv, n, t))
                           for f, (srv, n) in zip(self.f_independent, plan.independent, strict=True)]
        obs.nxdomain_system = get(self.f_nx_system, _dns_timeout("system", plan.nxdomain, t))
        obs.nxdomain_independent = [get(f, _dns_timeout(srv, plan.nxdomain, t))
                                    for f, srv in zip(self.f_nx_independent, plan.nxdomain_resolvers, strict=True)]
        obs.connectivity = [
            ConnectivityObservation(c["url"], c.get("status"), c.get("body"), get(f, _http_timeout(c["url"], t)))
            for c, f in zip(plan.connectivity, self.f_conn, strict=True)]
        obs.services = []
        for svc, submitted in zip(plan.services, self.f_services, strict=True):
            assert submitted is not None
            fs, answers = submitted
            obs.services.append(ServiceObservation(
                svc.name, svc.url, svc.host, svc.expect_status, get(fs, _http_timeout(svc.url, t)),
                [get(f, _dns_timeout(srv, svc.host, t)) for f, srv in zip(answers, svc.resolvers, strict=True)]))

    def _get(self, fut: Future | None, default: Any) -> Any:
        if fut is None:
            return default
        try:
            return fut.result(timeout=max(0.0, self.deadline - self.clock()))
        except FutureTimeout:
            return default
        except Exception:  # a probe bug must not kill the diagnosis; it counts as a failed probe
            log.exception("probe failed")
            return default


def _http_timeout(url: str, timeout: float) -> HttpResult:
    return HttpResult(url, "timeout", timeout * 2000, detail=_(DEADLINE_DETAIL))


def _dns_timeout(server: str, name: str, timeout: float) -> dnsprobe.DnsResult:
    return dnsprobe.DnsResult(server, name, "timeout", timeout * 1000, detail=_(DEADLINE_DETAIL))
