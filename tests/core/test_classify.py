"""Table-driven tests of the pure classifier: every state and every service cause."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from builders import CANARIES, INDEPENDENT, SYSTEM, dns, healthy, http_fail, http_ok

from offline_ready.diagnosis.classify import classify
from offline_ready.diagnosis.model import Cause, ServiceState, State
from offline_ready.diagnosis.observations import Observations
from offline_ready.probes.dns import DnsResult
from offline_ready.probes.link import LinkInfo
from offline_ready.probes.tcp import TcpResult


def no_link(o: Observations) -> None:
    o.link = LinkInfo(False, [], [], [], [], None, "no network interface is connected")


def no_route(o: Observations) -> None:
    o.link = LinkInfo(False, ["eth0"], [], [], [], None, "connected (eth0) but no default route")


def _all_beyond_fail(o: Observations) -> None:
    o.tcp = [TcpResult(t.target, False, False, 2000, "timeout") for t in o.tcp]
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]
    o.connectivity = [type(c)(c.url, c.expect_status, c.expect_body, http_fail(c.url, "dns")) for c in o.connectivity]
    for s in o.services:
        s.result = http_fail(s.url, "dns")
        s.independent = [dns(r, s.host, "timeout") for r in INDEPENDENT]
    o.nxdomain_system = dns("system", "x.check.test", "timeout")


def upstream_down(o: Observations) -> None:
    _all_beyond_fail(o)


def gateway_down(o: Observations) -> None:
    _all_beyond_fail(o)
    o.gateway = type(o.gateway)("198.51.100.1", False, 1000, "did not answer")


def resolver_drop(o: Observations) -> None:
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.connectivity = [type(c)(c.url, c.expect_status, c.expect_body, http_fail(c.url, "dns")) for c in o.connectivity]
    for s in o.services:
        s.result = http_fail(s.url, "dns")
    o.nxdomain_system = dns("system", "x.check.test", "timeout")


def resolver_servfail(o: Observations) -> None:
    resolver_drop(o)
    o.system_lookups = [dns("system", n, "servfail", 3) for n in CANARIES]
    o.system_direct = [dns(s, n, "servfail", 3) for s in SYSTEM for n in CANARIES]


def all_resolvers_blocked(o: Observations) -> None:
    resolver_drop(o)
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]


def portal(o: Observations) -> None:
    for c in o.connectivity:
        c.result = http_ok(c.url, 302)
        c.result.location = "http://portal.test/login"
    o.tcp = [TcpResult(t.target, False, False, 2000, "timeout") for t in o.tcp]
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]
    o.nxdomain_system = DnsResult("system", "x.check.test", "ok", 3, ["203.0.113.80"])


def portal_200_page(o: Observations) -> None:
    for c in o.connectivity:
        c.result = http_ok(c.url, 200, b"<html>Please log in to the hotel Wi-Fi</html>")


def broken_proxy(o: Observations) -> None:
    for c in o.connectivity:
        c.result = http_ok(c.url, 200, b"")


def auth_down(o: Observations) -> None:
    shop = o.services[0]
    shop.result = http_fail(shop.url, "dns", 30)
    shop.result.dns = dns("system", "shop.test", "servfail")
    shop.independent = [dns(s, "shop.test", "servfail") for s in INDEPENDENT]
    o.system_lookups = [dns("system", n, "servfail" if n == "shop.test" else "ok") for n in CANARIES]
    o.system_direct = [dns(s, n, "servfail" if n == "shop.test" else "ok") for s in SYSTEM for n in CANARIES]
    o.independent = [dns(s, n, "servfail" if n == "shop.test" else "ok") for s in INDEPENDENT for n in CANARIES]


def http_503(o: Observations) -> None:
    o.services[0].result = http_ok(o.services[0].url, 503, b"Service Unavailable")


def tls_fail(o: Observations) -> None:
    o.services[1].result = http_fail(o.services[1].url, "tls", 30)


def svc_refused(o: Observations) -> None:
    o.services[0].result = http_fail(o.services[0].url, "connect", 2)


def svc_timeout(o: Observations) -> None:
    o.services[0].result = http_fail(o.services[0].url, "timeout", 4000)


def svc_dns_only_ours(o: Observations) -> None:
    o.services[0].result = http_fail(o.services[0].url, "dns", 10)


def slow_dns(o: Observations) -> None:
    o.system_lookups = [dns("system", n, "ok", 1500) for n in CANARIES]
    o.system_direct = [dns(s, n, "ok", 1500) for s in SYSTEM for n in CANARIES]


def lossy(o: Observations) -> None:
    o.tcp[0] = TcpResult(o.tcp[0].target, False, False, 2000, "timeout")
    o.independent[0] = dns(INDEPENDENT[0], CANARIES[0], "timeout")
    o.independent[4] = dns(INDEPENDENT[1], CANARIES[1], "timeout")


def one_lost_packet(o: Observations) -> None:
    o.independent[0] = dns(INDEPENDENT[0], CANARIES[0], "timeout")


def hijack(o: Observations) -> None:
    o.nxdomain_system = DnsResult("system", "or-x.check.test", "ok", 4, ["203.0.113.99"])


def wildcard_zone(o: Observations) -> None:
    hijack(o)
    o.nxdomain_independent = [DnsResult(s, "or-x.check.test", "ok", 4, ["203.0.113.99"]) for s in INDEPENDENT]


def second_system_resolver_dead(o: Observations) -> None:
    o.system_resolvers = [*SYSTEM, "203.0.113.56"]
    o.system_direct += [dns("203.0.113.56", n, "timeout") for n in CANARIES]


def canary_provider_down(o: Observations) -> None:
    o.system_lookups[2] = dns("system", "forum.test", "servfail")
    o.system_direct[2] = dns(SYSTEM[0], "forum.test", "servfail")
    o.independent[2] = dns(INDEPENDENT[0], "forum.test", "servfail")
    o.independent[5] = dns(INDEPENDENT[1], "forum.test", "servfail")


def nothing(o: Observations) -> None:
    pass


CASES: list[tuple[str, Callable[[Observations], None], State, int, list[str]]] = [
    # name, fault, state, exit code, reasons that must be present
    ("healthy", nothing, State.ONLINE, 0, []),
    ("no link", no_link, State.NO_NETWORK, 2, ["no-link"]),
    ("no default route", no_route, State.NO_NETWORK, 2, ["no-route"]),
    ("gateway silent, nothing beyond", gateway_down, State.NO_NETWORK, 2, ["gateway-unreachable"]),
    ("upstream down", upstream_down, State.NO_INTERNET, 2, ["upstream-unreachable"]),
    ("resolver drops queries", resolver_drop, State.DNS_OUTAGE, 2, ["resolver-down", "resolver-timeout"]),
    ("resolver SERVFAIL", resolver_servfail, State.DNS_OUTAGE, 2, ["resolver-down", "resolver-servfail"]),
    ("every resolver blocked", all_resolvers_blocked, State.DNS_OUTAGE, 2, ["all-resolvers-down"]),
    ("captive portal with DNS hijack", portal, State.CAPTIVE_PORTAL, 2, ["portal-redirect"]),
    ("captive portal page with 200", portal_200_page, State.CAPTIVE_PORTAL, 2, ["portal-redirect"]),
    ("200 with empty body = broken proxy", broken_proxy, State.DEGRADED, 1, ["web-blocked"]),
    ("slow DNS", slow_dns, State.DEGRADED, 1, ["slow-dns"]),
    ("lossy link", lossy, State.DEGRADED, 1, ["loss"]),
    ("one lost packet is not loss", one_lost_packet, State.ONLINE, 0, []),
    ("NXDOMAIN hijacking", hijack, State.ONLINE, 1, ["nxdomain-hijack"]),
    ("wildcard zone is not hijacking", wildcard_zone, State.ONLINE, 0, []),
    ("second system resolver dead", second_system_resolver_dead, State.DEGRADED, 1, ["resolver-partial"]),
    ("a canary's own provider down", canary_provider_down, State.ONLINE, 0, ["provider-dns"]),
    ("service's authoritative DNS down", auth_down, State.ONLINE, 1, []),
    ("service HTTP 503", http_503, State.ONLINE, 1, []),
]


@pytest.mark.parametrize(("name", "fault", "state", "code", "reasons"), CASES, ids=[c[0] for c in CASES])
def test_states(name, fault, state, code, reasons) -> None:
    obs = healthy()
    fault(obs)
    v = classify(obs)
    assert v.state is state, (v.state, v.reasons, v.advice)
    assert v.severity == code
    for r in reasons:
        assert r in v.reasons
    assert v.advice.headline
    assert v.evidence, "every verdict carries evidence"


SERVICE_CASES = [
    ("up", nothing, "Shop", ServiceState.UP, None),
    ("provider DNS", auth_down, "Shop", ServiceState.DOWN, Cause.PROVIDER_DNS),
    ("our DNS only", svc_dns_only_ours, "Shop", ServiceState.DOWN, Cause.DNS),
    ("http status", http_503, "Shop", ServiceState.DOWN, Cause.HTTP_STATUS),
    ("tls", tls_fail, "Forum", ServiceState.DOWN, Cause.TLS),
    ("connect", svc_refused, "Shop", ServiceState.DOWN, Cause.CONNECT),
    ("timeout", svc_timeout, "Shop", ServiceState.DOWN, Cause.TIMEOUT),
    ("gated by upstream", upstream_down, "Shop", ServiceState.UNKNOWN, Cause.BLOCKED),
    ("gated by no network", no_link, "Forum", ServiceState.UNKNOWN, Cause.BLOCKED),
    ("gated by portal", portal, "Shop", ServiceState.UNKNOWN, Cause.BLOCKED),
    ("gated by resolver outage", resolver_drop, "Shop", ServiceState.UNKNOWN, Cause.BLOCKED),
]


@pytest.mark.parametrize(("name", "fault", "service", "state", "cause"), SERVICE_CASES, ids=[c[0] for c in SERVICE_CASES])
def test_service_causes(name, fault, service, state, cause) -> None:
    obs = healthy()
    if fault is no_link:
        obs.services[1].result = http_fail(obs.services[1].url, "connect")
    fault(obs)
    v = classify(obs)
    s = next(s for s in v.services if s.name == service)
    assert (s.state, s.cause) == (state, cause), s


def test_lower_layer_reported_once_not_as_every_service_down() -> None:
    obs = healthy(services=("Shop", "Forum"))
    upstream_down(obs)
    v = classify(obs)
    assert v.services_down == []
    assert all(s.cause is Cause.BLOCKED for s in v.services)
    assert sum("down" in b.lower() or "answers" in b.lower() for b in v.advice.broken) == 1


def test_dns_outage_advice_names_what_works() -> None:
    obs = healthy()
    resolver_drop(obs)
    v = classify(obs)
    assert v.advice.headline == "Your DNS resolver isn't answering"
    assert any("Other resolvers work" in w for w in v.advice.works)
    assert any("backup DNS" in t for t in v.advice.todo)
    assert v.working_resolvers == INDEPENDENT


def test_provider_dns_advice_says_switching_wont_help() -> None:
    obs = healthy()
    auth_down(obs)
    v = classify(obs)
    assert "provider" in v.advice.headline
    assert any("Switching DNS won't help" in b for b in v.advice.broken)


def test_portal_reports_login_url() -> None:
    obs = healthy()
    portal(obs)
    v = classify(obs)
    assert v.portal_url == "http://portal.test/login"
    assert not v.hijacking, "a portal's DNS rewriting is the portal, not a separate hijack warning"


def test_verdict_round_trips_through_json() -> None:
    import json

    from offline_ready.diagnosis.model import Verdict

    obs = healthy()
    auth_down(obs)
    v = classify(obs)
    again = Verdict.from_dict(json.loads(json.dumps(v.to_dict())))
    assert again.to_dict() == v.to_dict()


def test_dns_outage_says_which_services_answer_through_a_backup_resolver() -> None:
    obs = healthy()
    resolver_drop(obs)
    obs.services[0].result.via_backup = http_ok(obs.services[0].url, 200, b"<html>")
    obs.services[0].result.via_backup.address = "203.0.113.21"
    v = classify(obs)
    shop = next(s for s in v.services if s.name == "Shop")
    assert (shop.state, shop.cause) == (ServiceState.UNKNOWN, Cause.BLOCKED)
    assert "answers through a backup resolver (HTTP 200 at 203.0.113.21)" in shop.detail
    assert "Through a backup resolver these services answer: Shop." in v.advice.works
