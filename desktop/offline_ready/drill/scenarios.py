"""Drill scenarios as staged observations, judged by the real classifier. Pure.

Staging the *observations* (not a hand-written verdict) keeps a drill's words identical to what
the app would say in the real outage, and a table test proves each scenario classifies as meant.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ..diagnosis.classify import classify
from ..diagnosis.model import Verdict
from ..diagnosis.observations import ConnectivityObservation, Observations, ServiceObservation
from ..i18n import N_, _
from ..probes.dns import DnsResult
from ..probes.gateway import GatewayResult
from ..probes.http import HttpResult
from ..probes.link import LinkInfo
from ..probes.tcp import TcpResult

# id -> (title, expected state); the order is the order offered to the user
SCENARIOS: dict[str, tuple[str, str]] = {
    "dns-outage": (N_("Your DNS resolver stops answering"), "dns-outage"),
    "no-internet": (N_("The internet line goes down"), "no-internet"),
    "captive-portal": (N_("A network asks you to sign in"), "captive-portal"),
    "provider-dns": (N_("One provider's DNS goes down"), "online"),
}
DRILL_TAG = "drill"  # added to the verdict's reasons: everything that shows it marks it as a drill

_SYS = "192.0.2.53"  # documentation addresses: a staged drill names no real server
_INDEP = ("192.0.2.1", "192.0.2.9")
_ADDR = "192.0.2.80"
_CANARIES = ("example.com", "example.net", "example.org")


def _ok_dns(server: str, name: str) -> DnsResult:
    return DnsResult(server, name, "ok", 12.0, [_ADDR], "answered")


def _fail_dns(server: str, name: str, status: str = "timeout") -> DnsResult:
    return DnsResult(server, name, status, 2000.0 if status == "timeout" else 15.0, [], f"{status} (drill)")


def staged_observations(scenario: str, services: list[dict[str, Any]], service: str | None = None) -> Observations:
    """What the probes would see in ``scenario``; ``service`` names the one whose provider fails."""
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r} (choose from {', '.join(SCENARIOS)})")
    link = LinkInfo(True, ["eth0"], ["eth0"], ["192.0.2.254"], source_address="192.0.2.10", detail="drill")
    obs = Observations(link=link, timeout=2.0, system_resolvers=[_SYS])
    obs.gateway = GatewayResult("192.0.2.254", True, 1.0, "answered")
    internet = scenario != "no-internet"
    sys_dns = scenario in ("provider-dns", "captive-portal")
    obs.tcp = [TcpResult(f"192.0.2.{i}:443", internet, internet, 20.0 if internet else 2000.0,
                         "" if internet else "timeout") for i in (1, 2, 3)]
    lookup = _ok_dns if sys_dns else (lambda s, n: _fail_dns(s, n))
    obs.system_lookups = [lookup("system", n) for n in _CANARIES]
    obs.system_direct = [lookup(_SYS, n) for n in _CANARIES]
    obs.independent = [(_ok_dns(s, n) if internet else _fail_dns(s, n)) for s in _INDEP for n in _CANARIES]
    obs.nxdomain_system = _fail_dns("system", "drill-check.example.com", "nxdomain") if sys_dns else \
        _fail_dns("system", "drill-check.example.com")
    obs.nxdomain_independent = [_fail_dns(s, "drill-check.example.com", "nxdomain" if internet else "timeout")
                                for s in _INDEP]
    check = "http://connectivity.example/generate_204"
    if scenario == "captive-portal":
        res = HttpResult(check, "ok", 30.0, status=302, location="http://portal.example/login", detail="HTTP 302")
    elif scenario == "provider-dns":
        res = HttpResult(check, "ok", 30.0, status=204, detail="HTTP 204")
    elif scenario == "dns-outage":
        res = HttpResult(check, "dns", 2000.0, detail=_("could not resolve (drill)"))
    else:
        res = HttpResult(check, "timeout", 2000.0, detail=_("no answer (drill)"))
    obs.connectivity = [ConnectivityObservation(check, 204, None, res)]
    for svc in services:
        host = urlsplit(svc["url"]).hostname or ""
        failing = scenario == "provider-dns" and (service is None or svc["name"] == service)
        if scenario == "provider-dns" and not failing:
            r = HttpResult(svc["url"], "ok", 40.0, status=200, detail="HTTP 200")
            indep = [_ok_dns(s, host) for s in _INDEP]
        elif scenario == "provider-dns":
            r = HttpResult(svc["url"], "dns", 40.0, detail=_("could not resolve {host}: servfail (drill)").format(host=host))
            indep = [_fail_dns(s, host, "servfail") for s in _INDEP]
        elif scenario == "captive-portal":
            r = HttpResult(svc["url"], "ok", 30.0, status=302, location="http://portal.example/login")
            indep = [_ok_dns(s, host) for s in _INDEP]
        else:
            r = HttpResult(svc["url"], "dns" if scenario == "dns-outage" else "timeout", 2000.0,
                           detail=_("failed (drill)"))
            indep = [(_ok_dns(s, host) if internet else _fail_dns(s, host)) for s in _INDEP]
        obs.services.append(ServiceObservation(svc["name"], svc["url"], host, svc.get("expect_status"), r, indep))
    return obs


def drill_verdict(scenario: str, services: list[dict[str, Any]], service: str | None = None,
                  now: datetime | None = None) -> Verdict:
    """The verdict the real classifier gives the staged scenario, tagged as a drill."""
    if scenario == "provider-dns" and not services:
        services = [{"name": _("Example service"), "url": "https://service.example/"}]
    verdict = classify(staged_observations(scenario, services, service), checked_at=now)
    verdict.reasons.append(DRILL_TAG)
    return verdict


def is_drill(verdict: Verdict | None) -> bool:
    return verdict is not None and DRILL_TAG in verdict.reasons
