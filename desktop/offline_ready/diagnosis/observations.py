"""Everything one diagnosis round observed: the input of the pure classifier.

Built by :mod:`offline_ready.diagnosis.engine` from real probes, or by tests by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..probes.dns import DnsResult
from ..probes.gateway import GatewayResult
from ..probes.http import HttpResult
from ..probes.link import LinkInfo
from ..probes.mtu import LargeTransfer
from ..probes.tcp import TcpResult


@dataclass
class ConnectivityObservation:
    url: str
    expect_status: int | None
    expect_body: str | None
    result: HttpResult


@dataclass
class ServiceObservation:
    name: str
    url: str
    host: str
    expect_status: int | None
    result: HttpResult
    # the same host asked of every independent resolver: tells a provider outage from ours
    independent: list[DnsResult] = field(default_factory=list)


@dataclass
class Observations:
    link: LinkInfo
    timeout: float = 2.0
    slow_ms: float = 1000.0
    gateway: GatewayResult | None = None
    tcp: list[TcpResult] = field(default_factory=list)
    system_lookups: list[DnsResult] = field(default_factory=list)  # getaddrinfo of each canary
    system_direct: list[DnsResult] = field(default_factory=list)  # each system resolver × canary
    independent: list[DnsResult] = field(default_factory=list)  # each independent resolver × canary
    connectivity: list[ConnectivityObservation] = field(default_factory=list)
    nxdomain_system: DnsResult | None = None
    nxdomain_independent: list[DnsResult] = field(default_factory=list)
    services: list[ServiceObservation] = field(default_factory=list)
    system_resolvers: list[str] = field(default_factory=list)
    # the watched and check hosts asked of each system resolver directly: more samples of whether
    # the resolver lives (on a lossy line, one dropped query must not read as an outage)
    system_hosts: list[DnsResult] = field(default_factory=list)
    dns_tcp: list[DnsResult] = field(default_factory=list)  # one canary over TCP (UDP-only blocking)
    large: list[LargeTransfer] = field(default_factory=list)  # the MTU black-hole probe
    stub_timeout: float | None = None  # how long the system's stub waits for one server
    proxy: str = ""  # how the app's HTTP leaves (the proxy setting, in words)
    wpad: str = ""  # a PAC file WPAD found while no proxy is set (only looked for when nothing answers)
    duration_ms: float = 0.0
