"""Run every probe of one diagnosis concurrently, under a hard deadline, then classify.

Time bound: a healthy network answers in well under a second; in any fault the
verdict comes within 2 × timeout + a small margin, because every probe is itself
bounded and the collector stops waiting at the deadline.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from ..probes import dns as dnsprobe
from ..probes.gateway import probe_gateway
from ..probes.http import HttpResult, fetch
from ..probes.link import read_link
from ..probes.tcp import TcpResult, tcp_endpoint
from .classify import classify
from .model import Verdict
from .observations import ConnectivityObservation, Observations, ServiceObservation

log = logging.getLogger(__name__)

_pool = ThreadPoolExecutor(max_workers=48, thread_name_prefix="probe")


def probe_settings(config: Config) -> dict[str, Any]:
    p = config.section("probes")
    return {
        "timeout": float(p["timeout"]),
        "slow_ms": float(p["slow_ms"]),
        "gateway": bool(p["gateway"]),
        "connectivity": p["connectivity"],
        "ip_endpoints": p["ip_endpoints"],
        "resolvers": p["resolvers"],
        "canary_names": p["canary_names"],
        "nxdomain_zone": p["nxdomain_zone"],
        "services": [s for s in config["services"] if s.get("enabled", True)],
    }


def diagnose(config: Config, *, system_resolvers: list[str] | None = None) -> Verdict:
    """One full diagnosis with the configured targets."""
    return classify(observe(probe_settings(config), system_resolvers=system_resolvers))


def observe(s: dict[str, Any], *, system_resolvers: list[str] | None = None) -> Observations:
    start = time.perf_counter()
    timeout = s["timeout"]
    deadline = start + 2 * timeout
    endpoints_ips = [e.rsplit(":", 1)[0].strip("[]") for e in s["ip_endpoints"]]
    link = read_link(endpoints_ips + list(s["resolvers"]))
    obs = Observations(link=link, timeout=timeout, slow_ms=s["slow_ms"])
    if not link.has_route:
        obs.duration_ms = (time.perf_counter() - start) * 1000
        return obs  # nothing can leave this machine: no need to wait on probes

    sysres = system_resolvers if system_resolvers is not None else dnsprobe.system_resolvers()
    obs.system_resolvers = sysres
    independent = [r for r in s["resolvers"] if r not in sysres]
    canaries = s["canary_names"]
    submit = _pool.submit

    f_gateway = submit(probe_gateway, link.gateways[0], timeout) if (s["gateway"] and link.gateways) else None
    f_tcp = [submit(tcp_endpoint, e, timeout) for e in s["ip_endpoints"]]
    # Every name any probe needs is looked up once, up front, so HTTP probes waiting on a lookup
    # never wait on work queued behind them.
    hosts = [urlsplit(c["url"]).hostname or "" for c in s["connectivity"]]
    hosts += [urlsplit(svc["url"]).hostname or "" for svc in s["services"]]
    lookups: dict[str, Future] = {n: submit(dnsprobe.system_lookup, n, timeout)
                                  for n in dict.fromkeys([*canaries, *hosts]) if n}
    f_sysdirect = [submit(dnsprobe.query, srv, n, timeout) for srv in sysres for n in canaries]
    f_indep = [submit(dnsprobe.query, srv, n, timeout) for srv in independent for n in canaries]
    label = dnsprobe.random_label(s["nxdomain_zone"])
    f_nx_sys = submit(dnsprobe.system_lookup, label, timeout)
    f_nx_indep = [submit(dnsprobe.query, srv, label, timeout) for srv in independent[:2]]

    # The same names asked of the first system resolver directly, with retransmits: when the OS
    # lookup times out on a lossy line, HTTP probes still get their address and judge the service.
    direct = {n: submit(dnsprobe.query, sysres[0], n, timeout) for n in hosts if n} if sysres else {}

    def cached_lookup(name: str, t: float) -> dnsprobe.DnsResult:
        fut = lookups.get(name)
        if fut is None:
            fut = lookups[name] = submit(dnsprobe.system_lookup, name, t)
        r = fut.result()
        if r.status == "timeout" and name in direct:
            d = direct[name].result()
            if d.ok:
                return dnsprobe.DnsResult("system", name, "ok", max(r.ms, d.ms), d.addresses,
                                          f"{d.detail} (the system lookup timed out; {d.server} answered a retry)")
        return r

    def bounded_fetch(url: str) -> HttpResult:
        # an HTTP probe gets whatever is left of the round's budget when a worker picks it up
        return fetch(url, timeout, lookup=cached_lookup, max_total=max(0.1, deadline - 0.05 - time.perf_counter()))

    f_conn = [(c, submit(bounded_fetch, c["url"])) for c in s["connectivity"]]
    def service_probe(url: str, answers: list[Future]) -> HttpResult:
        # When our resolver can't find the service, try it at the address another resolver gives:
        # "it works through a backup resolver" is what tells a resolver outage from a dead service.
        r = bounded_fetch(url)
        if r.phase != "dns":
            return r
        for fut in answers:
            d = _get(fut, deadline, None)
            if d is not None and d.ok:
                r.via_backup = fetch(url, timeout, lookup=lambda _n, _t, d=d: d,
                                     max_total=max(0.1, deadline - 0.05 - time.perf_counter()))
                break
        return r

    f_services = []
    for svc in s["services"]:
        host = urlsplit(svc["url"]).hostname or ""
        fi = [submit(dnsprobe.query, srv, host, timeout) for srv in independent[:3]]
        fs = submit(service_probe, svc["url"], fi)
        f_services.append((svc, host, fs, fi))

    obs.gateway = _get(f_gateway, deadline, None)
    obs.tcp = [_get(f, deadline, TcpResult(e, False, False, timeout * 1000, "timeout", "probe deadline passed"))
               for e, f in zip(s["ip_endpoints"], f_tcp, strict=True)]
    obs.system_lookups = [_get(lookups[n], deadline, _dns_timeout("system", n, timeout)) for n in canaries]
    obs.system_direct = [_get(f, deadline, _dns_timeout(srv, n, timeout))
                         for f, (srv, n) in zip(f_sysdirect, [(a, b) for a in sysres for b in canaries], strict=True)]
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
