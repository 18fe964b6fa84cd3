"""The proxy as a layer of the pure classifier: each verdict, reason and piece of advice."""

from __future__ import annotations

from core.builders import CANARIES, INDEPENDENT, SYSTEM, dns, healthy
from offline_ready.backup_dns.decide import decide
from offline_ready.diagnosis.classify import classify
from offline_ready.diagnosis.model import Cause, ServiceState, State
from offline_ready.diagnosis.observations import Observations
from offline_ready.probes.http import HttpResult
from offline_ready.probes.tcp import TcpResult
from offline_ready.proxy.trust import Interception

PROXY = "203.0.113.80:3128"


def direct_blocked(o: Observations) -> None:
    """A company network: nothing by address, no public resolver; the desk's DNS knows no public name."""
    o.tcp = [TcpResult(t.target, False, False, 2000, "timeout") for t in o.tcp]
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]


def through_proxy(o: Observations, status: int = 204, phase: str = "ok", connected: bool = True) -> None:
    for c in o.connectivity:
        body = b"OK" if c.expect_body and status < 400 else b"<html>Proxy Authentication Required" * (status >= 400)
        detail = {407: f"the proxy {PROXY} asks for a sign-in (407)"}.get(status, f"HTTP {status}")
        if phase != "ok":
            detail = f"the proxy {PROXY} isn't answering: connection refused"
        c.result = HttpResult(c.url, phase, 30.0, status=None if phase != "ok" else
                              (status if status != 204 or c.expect_status == 204 else 200),
                              body=body, detail=detail, proxy=PROXY, connected=connected)
    for s in o.services:
        s.result = HttpResult(s.url, "ok", 40.0, status=200, body=b"<html>", detail="HTTP 200", proxy=PROXY,
                              connected=True) if phase == "ok" and status < 400 else \
            HttpResult(s.url, phase, 40.0, status=status if phase == "ok" else None, detail="via proxy",
                       proxy=PROXY, connected=connected)


def test_web_only_through_the_proxy_is_online_not_an_outage():
    o = healthy()
    direct_blocked(o)
    through_proxy(o)
    v = classify(o)
    assert v.state is State.ONLINE and v.reasons == ["via-proxy"]
    assert all(s.state is ServiceState.UP for s in v.services)
    assert v.advice.headline == "You're online through your proxy"
    assert any(PROXY in w for w in v.advice.works)
    assert any(e.probe == "proxy" and e.ok and e.target == PROXY for e in v.evidence)


def test_a_proxy_that_resolves_names_itself_means_switching_dns_wont_help():
    o = healthy()
    direct_blocked(o)
    o.system_lookups = [dns("system", n, "nxdomain") for n in CANARIES]
    o.system_direct = [dns(s, n, "nxdomain") for s in SYSTEM for n in CANARIES]
    through_proxy(o)
    v = classify(o)
    assert v.state is State.ONLINE and v.reasons == ["via-proxy", "proxy-resolves-names"]
    assert any("Switching this computer's DNS won't help" in t for t in v.advice.todo)
    decision = decide(v, verified_profiles=["quad9"])
    assert (decision.offer, decision.kind) == (False, "proxy-resolves-names")


def test_a_proxy_that_is_not_answering_is_named():
    o = healthy()
    direct_blocked(o)
    through_proxy(o, phase="connect", connected=False)
    v = classify(o)
    assert v.state is State.NO_INTERNET and v.reasons == ["proxy-down"]
    assert v.advice.headline == f"Your proxy isn't answering ({PROXY})"
    assert any(e.probe == "proxy" and not e.ok and e.detail == "not answering" for e in v.evidence)


def test_a_proxy_asking_for_a_sign_in():
    o = healthy()
    direct_blocked(o)
    through_proxy(o, status=407)
    v = classify(o)
    assert v.state is State.NO_INTERNET and v.reasons == ["proxy-auth"]
    assert v.advice.headline == f"Your proxy needs you to sign in ({PROXY})"
    assert any(f"offline-ready config proxy-login {PROXY}" in t for t in v.advice.todo)


def test_direct_blocked_no_proxy_set_but_wpad_offers_one():
    o = healthy()
    direct_blocked(o)
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    for c in o.connectivity:
        c.result = HttpResult(c.url, "timeout", 2000.0, detail="no answer")
    o.wpad = "http://wpad.corp.test/wpad.dat"
    v = classify(o)
    assert v.state is State.NO_INTERNET and "wpad-found" in v.reasons
    assert any("offers one by WPAD (http://wpad.corp.test/wpad.dat)" in t for t in v.advice.todo)


def test_interception_is_not_reported_as_the_site_being_down():
    o = healthy(("Forum",))
    o.services[0].result = HttpResult(o.services[0].url, "tls", 30.0,
                                      detail="the secure connection was intercepted by Corp Inspect CA — ask IT",
                                      interception=Interception("Corp Inspect CA"))
    v = classify(o)
    assert v.services[0].cause is Cause.TLS
    assert v.advice.headline == "The secure connection is intercepted on this network"
    assert "Forum: the secure connection was intercepted by Corp Inspect CA — ask IT." in v.advice.broken
    assert not any("is down" in b for b in v.advice.broken)


def test_interception_is_known_by_its_code_in_every_language():
    """The advice acts on the interception the probe found, never on the words of its detail."""
    o = healthy(("Forum",))
    o.services[0].result = HttpResult(o.services[0].url, "tls", 30.0, detail="Zertifikat abgefangen",
                                      interception=Interception("Corp Inspect CA"))
    v = classify(o)
    assert v.services[0].intercepted_by == "Corp Inspect CA"
    assert v.services[0].to_dict()["intercepted_by"] == "Corp Inspect CA"
    assert v.advice.headline == "The secure connection is intercepted on this network"
    o.services[0].result = HttpResult(o.services[0].url, "tls", 30.0,
                                      detail="secure connection failed: the word intercepted in a reason")
    v = classify(o)
    assert v.services[0].intercepted_by is None and v.advice.headline == "Forum is down"
