"""What one diagnosis probes, decided before anything is sent: a pure function, table-tested.

:func:`make_probe_plan` turns the probe settings, what the machine says about itself (a route or
not, its gateway, its resolvers) and the previous verdict into a :class:`ProbePlan`; the executor
(:mod:`.probing`) runs it. Keeping the two apart lets every rule about *what* to ask — which
resolvers, which names, which services first — be read and tested as data, like Tailscale's
``netcheck`` probe plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .model import ServiceState, Verdict
from .settings import ProbeSettings

COLLECT = 1.75  # the collector waits this many timeouts for the probes
MAX_SYSTEM = 3  # system resolvers asked directly (the stub uses no more)
NX_RESOLVERS = 2  # independent resolvers asked the random name (hijacking check)
SERVICE_RESOLVERS = 3  # independent resolvers asked each watched service's name


@dataclass(frozen=True)
class ServiceProbe:
    """One watched service: its page, its host, and the independent resolvers asked for the host."""

    name: str
    url: str
    host: str
    expect_status: int | None
    resolvers: tuple[str, ...]


@dataclass(frozen=True)
class ProbePlan:
    """Every probe of one round. Pairs are (server, name); ``system`` means the OS's own lookup."""

    timeout: float  # what one probe may take (seconds)
    budget: float  # how long the collector waits for all of them (seconds)
    gateway: str | None  # the default gateway to knock on, if any
    tcp_endpoints: tuple[str, ...]  # "IP:port" reached without DNS
    canaries: tuple[str, ...]  # names that must resolve
    hosts: tuple[str, ...]  # names the HTTP probes need
    lookups: tuple[str, ...]  # canaries and hosts: each resolved by the OS once, up front
    system_direct: tuple[tuple[str, str], ...]  # each system resolver asked each canary
    independent: tuple[tuple[str, str], ...]  # each independent resolver asked each canary
    nxdomain: str  # a random name that must not exist
    nxdomain_resolvers: tuple[str, ...]  # independent resolvers asked it too (a wildcard zone is not hijacking)
    tcp_dns: tuple[str, ...]  # one canary over TCP to this resolver, once the first UDP queries stayed silent
    host_direct: tuple[tuple[str, str], ...]  # each system resolver asked each host (a timed-out lookup's backup)
    connectivity: tuple[Mapping[str, Any], ...]  # plain-HTTP checks: url, and status or body
    large_transfer: tuple[str, ...]  # pages larger than one packet (MTU black holes)
    services: tuple[ServiceProbe, ...]  # in the settings' order (the order they are reported in)
    service_order: tuple[int, ...]  # the order they are started in: known trouble first


def link_targets(settings: ProbeSettings) -> list[str]:
    """Addresses whose route tells whether anything can leave this machine."""
    return [e.rsplit(":", 1)[0].strip("[]") for e in settings.ip_endpoints] + list(settings.resolvers)


def make_probe_plan(settings: ProbeSettings, *, gateways: Sequence[str], system_resolvers: Sequence[str],
                    nxdomain: str, previous: Verdict | None = None) -> ProbePlan:
    """The round's probes, from the settings (:func:`~.settings.probe_settings`), the machine's
    gateways and resolvers, a fresh random ``nxdomain`` name and the previous verdict (if any).

    The previous verdict changes only the order services start in: those it found down or
    unknown go first, so on a busy probe pool the evidence of a known problem gets its full time.
    """
    timeout = float(settings.timeout)
    asked_sys = tuple(system_resolvers[:MAX_SYSTEM])
    independent = tuple(r for r in settings.resolvers if r not in system_resolvers)
    canaries = tuple(settings.canary_names)
    services = tuple(
        ServiceProbe(svc["name"], svc["url"], _host(svc["url"]), svc.get("expect_status"),
                     independent[:SERVICE_RESOLVERS])
        for svc in settings.services)
    hosts = [_host(c["url"]) for c in settings.connectivity]
    hosts += [s.host for s in services]
    hosts += [_host(u) for u in settings.large_transfer]
    hosts = list(dict.fromkeys(h for h in hosts if h))
    system_direct = tuple((srv, n) for srv in asked_sys for n in canaries)
    independent_pairs = tuple((srv, n) for srv in independent for n in canaries)
    return ProbePlan(
        timeout=timeout,
        budget=COLLECT * timeout,
        gateway=gateways[0] if settings.gateway and gateways else None,
        tcp_endpoints=tuple(settings.ip_endpoints),
        canaries=canaries,
        hosts=tuple(hosts),
        lookups=tuple(n for n in dict.fromkeys([*canaries, *hosts]) if n),
        system_direct=system_direct,
        independent=independent_pairs,
        nxdomain=nxdomain,
        nxdomain_resolvers=independent[:NX_RESOLVERS],
        # The system's resolver (else an independent one), and only when a canary is to be asked.
        tcp_dns=(asked_sys[:1] or independent[:1]) if canaries else (),
        host_direct=tuple((srv, n) for n in hosts for srv in asked_sys),
        connectivity=tuple(settings.connectivity),
        large_transfer=tuple(settings.large_transfer),
        services=services,
        service_order=_service_order(services, previous),
    )


def _service_order(services: tuple[ServiceProbe, ...], previous: Verdict | None) -> tuple[int, ...]:
    if previous is None:
        return tuple(range(len(services)))
    troubled = {s.name for s in previous.services if s.state is not ServiceState.UP}
    return tuple(sorted(range(len(services)), key=lambda i: services[i].name not in troubled))


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""
