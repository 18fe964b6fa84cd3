"""Run every probe of one diagnosis concurrently, under a hard deadline, then classify.

Time bound: a healthy network answers in well under a second; in any fault the
verdict comes within 2 × timeout, because every probe is itself bounded and the
collector stops waiting at 1.75 × timeout (the rest is margin for a busy machine).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from ..probes import dns as dnsprobe
from ..probes.gateway import probe_gateway
from ..probes.http import HttpResult, fetch
from ..probes.http import judge_service as judge_http
from ..probes.link import read_link
from ..probes.mtu import LargeTransfer, small_segments
from ..probes.tcp import TcpResult, tcp_endpoint
from .classify import classify
from .model import State, Verdict
from .observations import ConnectivityObservation, Observations, ServiceObservation
from .pool import PROBES
from .settings import ProbeSettings, probe_settings

log = logging.getLogger(__name__)

_pool = PROBES  # closed by the owner of the process's background work (the tray app at quit)
COLLECT = 1.75  # the collector waits this many timeouts for the probes
MAX_SYSTEM = 3  # system resolvers asked directly (the stub uses no more)


def diagnose(config: Config, *, system_resolvers: list[str] | None = None) -> Verdict:
    """One full diagnosis with the configured targets.

    The app's fallback resolution (backup resolvers, DoH, last known addresses; see
    :mod:`offline_ready.resolve`) finds the services when the system resolver fails, and learns
    their addresses while it works.
    """
    from ..proxy import current
    from ..proxy.pac import discover

    resolver = fallback_resolver(config)
    obs = observe(probe_settings(config), system_resolvers=system_resolvers, resolver=resolver)
    obs.proxy = current().describe()
    if resolver is not None:
        for svc in obs.services:
            r = svc.result
            if r.ok and r.dns is not None and r.dns.ok and r.status is not None and r.status < 400:
                resolver.remember(svc.host, r.dns.addresses)
    verdict = classify(obs)
    if verdict.state is State.NO_INTERNET and not any(c.result.proxy for c in obs.connectivity):
        # nothing answers directly and no proxy is set: does the network offer one (WPAD)?
        found = discover(timeout=min(1.0, config.probes.timeout / 2))
        if found is not None:
            obs.wpad = found[0]
            verdict = classify(obs)
    return verdict


def fallback_resolver(config: Config) -> Any:
    """The configuration's fallback resolver, or None when it cannot be built (bad profiles)."""
    from ..resolve.fallback import FallbackResolver

    try:
        return FallbackResolver.for_config(config)
    except Exception as exc:  # a broken backup profile must not stop the diagnosis
        log.warning("fallback resolution unavailable: %s", exc)
        return None


def observe(s: ProbeSettings, *, system_resolvers: list[str] | None = None, resolver: Any = None) -> Observations:
    start = time.perf_counter()
    timeout = s.timeout
    deadline = start + COLLECT * timeout
    endpoints_ips = [e.rsplit(":", 1)[0].strip("[]") for e in s.ip_endpoints]
    link = read_link(endpoints_ips + list(s.resolvers))
    obs = Observations(link=link, timeout=timeout, slow_ms=s.slow_ms)
    if not link.has_route:
        obs.duration_ms = (time.perf_counter() - start) * 1000
        return obs  # nothing can leave this machine: no need to wait on probes

    sysres = system_resolvers if system_resolvers is not None else dnsprobe.system_resolvers()
    obs.system_resolvers = sysres
    obs.stub_timeout = dnsprobe.stub_timeout() if system_resolvers is None else None
    asked_sys = sysres[:MAX_SYSTEM]
    independent = [r for r in s.resolvers if r not in sysres]
    canaries = s.canary_names
    submit = _pool.submit

    f_gateway = submit(probe_gateway, link.gateways[0], timeout) if (s.gateway and link.gateways) else None
    f_tcp = [submit(tcp_endpoint, e, timeout) for e in s.ip_endpoints]
    # Every name any probe needs is looked up once, up front, so HTTP probes waiting on a lookup
    # never wait on work queued behind them.
    hosts = [urlsplit(c["url"]).hostname or "" for c in s.connectivity]
    hosts += [urlsplit(svc["url"]).hostname or "" for svc in s.services]
    hosts += [urlsplit(u).hostname or "" for u in s.large_transfer]
    hosts = list(dict.fromkeys(h for h in hosts if h))
    lookups: dict[str, Future] = {n: submit(dnsprobe.system_lookup, n, timeout)
                                  for n in dict.fromkeys([*canaries, *hosts]) if n}
    f_sysdirect = [submit(dnsprobe.query, srv, n, timeout) for srv in asked_sys for n in canaries]
    f_indep = [submit(dnsprobe.query, srv, n, timeout) for srv in independent for n in canaries]
    label = dnsprobe.random_label(s.nxdomain_zone)
    f_nx_sys = submit(dnsprobe.system_lookup, label, timeout)
    f_nx_indep = [submit(dnsprobe.query, srv, label, timeout) for srv in independent[:2]]
    def internet_down() -> bool:
        # every endpoint by address already failed: no other resolver or address would help
        return all(f.done() for f in f_tcp) and not any(
            (t := _get(f, deadline, None)) is not None and t.answered for f in f_tcp)

    # One canary over TCP to one resolver (the system's), only once both the system's and an
    # independent resolver were silent over UDP: a firewall that blocks DNS over UDP only changes
    # the advice (and the probe costs nothing while DNS answers).
    tcp_dns_at = (asked_sys[:1] or independent[:1]) if canaries else []
    udp_first = [*f_sysdirect[:1], *f_indep[:1]]

    def tcp_dns(srv: str) -> dnsprobe.DnsResult | None:
        if any(f.result().status != "timeout" for f in udp_first) or internet_down():
            return None
        return dnsprobe.query(srv, canaries[0], min(timeout, max(0.1, deadline - 0.05 - time.perf_counter())),
                              tcp=True)

    f_tcp_dns = [submit(tcp_dns, srv) for srv in tcp_dns_at]

    # The same names asked of each system resolver directly, with retransmits: when the OS lookup
    # times out (a lossy line, a dead first server), HTTP probes still get their address, and the
    # answers are more samples of whether each resolver lives.
    direct = {n: [submit(dnsprobe.query, srv, n, timeout) for srv in asked_sys] for n in hosts}

    def cached_lookup(name: str, t: float) -> dnsprobe.DnsResult:
        fut = lookups.get(name)
        if fut is None:
            fut = lookups[name] = submit(dnsprobe.system_lookup, name, t)
        r = fut.result()
        if r.status == "timeout":
            for f in direct.get(name, []):
                d = f.result()
                if d.ok:
                    return dnsprobe.DnsResult("system", name, "ok", max(r.ms, d.ms), d.addresses,
                                              f"{d.detail} (the system lookup timed out; {d.server} answered directly)")
        return r

    def left() -> float:
        return max(0.1, deadline - 0.05 - time.perf_counter())

    def bounded_fetch(url: str, socket_options: list | None = None) -> HttpResult:
        # an HTTP probe gets whatever is left of the round's budget when a worker picks it up
        return fetch(url, timeout, lookup=cached_lookup, max_total=left(), socket_options=socket_options)

    f_conn = [(c, submit(bounded_fetch, c["url"])) for c in s.connectivity]
    small = small_segments()

    def large_transfer(url: str) -> LargeTransfer:
        # in full-size packets; only when that stalls after connecting, again in small ones (so a
        # healthy round fetches the page once)
        full = bounded_fetch(url)
        again = small is not None and not full.ok and full.phase == "timeout" and full.connected
        return LargeTransfer(url, full, bounded_fetch(url, small) if again else None)

    f_large = [(u, submit(large_transfer, u)) for u in s.large_transfer]

    def at(url: str, answer: dnsprobe.DnsResult) -> HttpResult:
        return fetch(url, timeout, lookup=lambda _n, _t: answer, max_total=left())

    def service_probe(svc: dict, host: str, answers: list[Future]) -> HttpResult:
        r = bounded_fetch(svc["url"])
        if r.phase == "dns" and not internet_down():
            # Our resolver can't find it: try the address the fallback chain gives. "It works through
            # a backup resolver" is what tells a resolver outage from a dead service.
            found = _fallback_answer(resolver, host, answers, deadline)
            if found is not None:
                r.via_source, answer = found
                r.via_backup = at(svc["url"], answer)
        elif r.dns is not None and r.dns.ok and judge_http(r, svc.get("expect_status"))[0] != "up":
            # It fails at our resolver's address: if independent resolvers give another one, try that
            # (a stale, poisoned or mis-filtered answer looks exactly like a dead service).
            for fut in answers:
                d = _get(fut, deadline, None)
                if d is not None and d.ok and not set(d.addresses) & set(r.dns.addresses):
                    r.via_source, r.via_backup = "resolver", at(svc["url"], d)
                    break
        return r

    f_services = []
    for svc in s.services:
        host = urlsplit(svc["url"]).hostname or ""
        fi = [submit(dnsprobe.query, srv, host, timeout) for srv in independent[:3]]
        fs = submit(service_probe, svc, host, fi)
        f_services.append((svc, host, fs, fi))

    obs.gateway = _get(f_gateway, deadline, None)
    obs.tcp = [_get(f, deadline, TcpResult(e, False, False, timeout * 1000, "timeout", "probe deadline passed"))
               for e, f in zip(s.ip_endpoints, f_tcp, strict=True)]
    obs.system_lookups = [_get(lookups[n], deadline, _dns_timeout("system", n, timeout)) for n in canaries]
    obs.system_direct = [_get(f, deadline, _dns_timeout(srv, n, timeout))
                         for f, (srv, n) in zip(f_sysdirect, [(a, b) for a in asked_sys for b in canaries], strict=True)]
    obs.system_hosts = [_get(f, deadline, _dns_timeout(srv, n, timeout))
                        for n, futs in direct.items() for f, srv in zip(futs, asked_sys, strict=True)]
    obs.dns_tcp = [r for r in (_get(f, deadline, None) for f in f_tcp_dns) if r is not None]
    obs.large = [_get(f, deadline, LargeTransfer(u, _http_timeout(u, timeout), None)) for u, f in f_large]
    obs.independent = [_get(f, deadline, _dns_timeout(srv, n, timeout))
                       for f, (srv, n) in zip(f_indep, [(a, b) for a in independent for b in canaries], strict=True)]
    obs.nxdomain_system = _get(f_nx_sys, deadline, _dns_timeout("system", label, timeout))
    obs.nxdomain_independent = [_get(f, deadline, _dns_timeout(srv, label, timeout))
                                for f, srv in zip(f_nx_indep, independent[:2], strict=True)]
    obs.connectivity = [
        ConnectivityObservation(c["url"], c.get("status"), c.get("body"),
                                _get(f, deadline, HttpResult(c["url"], "timeout", timeout * 2000,
                                                             detail="probe deadline passed")))
        for c, f in f_conn
    ]
    obs.services = [
        ServiceObservation(
            svc["name"], svc["url"], host, svc.get("expect_status"),
            _get(fs, deadline, HttpResult(svc["url"], "timeout", timeout * 2000, detail="probe deadline passed")),
            [_get(f, deadline, _dns_timeout(srv, host, timeout)) for f, srv in zip(fi, independent[:3], strict=True)],
        )
        for svc, host, fs, fi in f_services
    ]
    obs.duration_ms = (time.perf_counter() - start) * 1000
    return obs


def _fallback_answer(resolver: Any, host: str, answers: list[Future],
                     deadline: float) -> tuple[str, dnsprobe.DnsResult] | None:
    """Where the service is, by the app's fallback chain (backup resolver, DoH, last known
    address), or without one by the independent resolvers' answers: (source, answer)."""
    if resolver is not None:
        from ..resolve.fallback import ResolveError

        try:
            # live sources get what is left but a moment to fetch; a remembered address needs no wait
            res = resolver.resolve_fallback(host, budget=deadline - time.perf_counter() - 0.4)
        except ResolveError:
            return None
        return res.source, dnsprobe.DnsResult(res.server or res.source, host, "ok", 0.0, list(res.addresses),
                                              res.describe())
    for fut in answers:
        d = _get(fut, deadline, None)
        if d is not None and d.ok:
            return "resolver", d
    return None


def _http_timeout(url: str, timeout: float) -> HttpResult:
    return HttpResult(url, "timeout", timeout * 2000, detail="probe deadline passed")


def _dns_timeout(server: str, name: str, timeout: float) -> dnsprobe.DnsResult:
    return dnsprobe.DnsResult(server, name, "timeout", timeout * 1000, detail="probe deadline passed")


def _get(fut: Future | None, deadline: float, default: Any) -> Any:
    if fut is None:
        return default
    try:
        return fut.result(timeout=max(0.0, deadline - time.perf_counter()))
    except FutureTimeout:
        return default
    except Exception:  # a probe bug must not kill the diagnosis; it counts as a failed probe
        log.exception("probe failed")
        return default
