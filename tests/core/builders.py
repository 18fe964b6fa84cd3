"""Builders of observations for the classifier tests: a healthy round, then one change per fault."""

from __future__ import annotations

from offline_ready.diagnosis.observations import ConnectivityObservation, Observations, ServiceObservation
from offline_ready.probes.dns import DnsResult
from offline_ready.probes.gateway import GatewayResult
from offline_ready.probes.http import HttpResult
from offline_ready.probes.link import LinkInfo
from offline_ready.probes.tcp import TcpResult

SYSTEM = ["203.0.113.53"]
INDEPENDENT = ["203.0.113.54", "203.0.113.55"]
CANARIES = ["check.test", "shop.test", "forum.test"]
ENDPOINTS = ["203.0.113.20:80", "203.0.113.21:443", "203.0.113.22:80"]
ADDR = {"check.test": "203.0.113.20", "shop.test": "203.0.113.21", "forum.test": "203.0.113.22"}


def ok_dns(server: str, name: str, ms: float = 5.0) -> DnsResult:
    return DnsResult(server, name, "ok", ms, [ADDR.get(name, "203.0.113.99")], ADDR.get(name, ""))


def dns(server: str, name: str, status: str, ms: float = 5.0) -> DnsResult:
    if status == "ok":
        return ok_dns(server, name, ms)
    return DnsResult(server, name, status, ms if status != "timeout" else 2000.0, [], status)


def http_ok(url: str, status: int = 204, body: bytes = b"", ms: float = 20.0) -> HttpResult:
    return HttpResult(url, "ok", ms, status=status, body=body, detail=f"HTTP {status}")


def http_fail(url: str, phase: str, ms: float = 2000.0) -> HttpResult:
    return HttpResult(url, phase, ms, detail=f"failed at {phase}")


def healthy(services: tuple[str, ...] = ("Shop", "Forum")) -> Observations:
    link = LinkInfo(True, ["eth0"], ["eth0"], ["198.51.100.1"], [], "198.51.100.2", "default route via eth0")
    obs = Observations(link=link, timeout=2.0, slow_ms=1000.0, system_resolvers=list(SYSTEM))
    obs.gateway = GatewayResult("198.51.100.1", True, 0.3, "answered")
    obs.tcp = [TcpResult(e, True, True, 10.0, detail="connected") for e in ENDPOINTS]
    obs.system_lookups = [ok_dns("system", n) for n in CANARIES]
    obs.system_direct = [ok_dns(s, n) for s in SYSTEM for n in CANARIES]
    obs.independent = [ok_dns(s, n) for s in INDEPENDENT for n in CANARIES]
    obs.connectivity = [
        ConnectivityObservation("http://check.test/generate_204", 204, None, http_ok("http://check.test/generate_204")),
        ConnectivityObservation("http://check.test/ok.txt", None, "OK", http_ok("http://check.test/ok.txt", 200, b"OK")),
    ]
    obs.nxdomain_system = dns("system", "or-abc.check.test", "nxdomain")
    obs.nxdomain_independent = [dns(s, "or-abc.check.test", "nxdomain") for s in INDEPENDENT]
    urls = {"Shop": "http://shop.test/", "Forum": "https://forum.test/"}
    hosts = {"Shop": "shop.test", "Forum": "forum.test"}
    obs.services = [
        ServiceObservation(n, urls[n], hosts[n], None, http_ok(urls[n], 200, b"<html>"),
                           [ok_dns(s, hosts[n]) for s in INDEPENDENT])
        for n in services
    ]
    return obs
