"""The pure classifier on the faults small probes miss: each rule alone, with the fault's near
miss beside it (a lossy line is not an MTU black hole; a CDN's other address is not a wrong
answer; loss at every resolver is not an outage)."""

from __future__ import annotations

from builders import CANARIES, INDEPENDENT, SYSTEM, dns, healthy, http_fail, http_ok

from offline_ready.cli.render import render_verdict
from offline_ready.diagnosis.classify import classify
from offline_ready.diagnosis.model import Cause, ServiceState, State
from offline_ready.diagnosis.observations import Observations
from offline_ready.probes.dns import DnsResult
from offline_ready.probes.http import HttpResult
from offline_ready.probes.mtu import LargeTransfer

LARGE = "http://check.test/large.txt"


def _large(full: HttpResult, small: HttpResult | None) -> LargeTransfer:
    return LargeTransfer(LARGE, full, small)


def _stalled() -> HttpResult:
    return HttpResult(LARGE, "timeout", 2000.0, detail="sent nothing more", connected=True)


def _got(n: int) -> HttpResult:
    return HttpResult(LARGE, "ok", 30.0, status=200, connected=True, received=n)


def test_mtu_black_hole_needs_the_small_packets_to_pass() -> None:
    o = healthy()
    o.large = [_large(_stalled(), _got(4000))]
    v = classify(o)
    assert v.state is State.DEGRADED and v.reasons == ["mtu"]
    assert v.advice.headline.startswith("Large transfers stall")
    assert next(e for e in v.evidence if e.probe == "http.large").data["stalled"] is True


def test_large_fetch_failing_both_ways_is_not_mtu() -> None:
    o = healthy()
    o.large = [_large(_stalled(), HttpResult(LARGE, "timeout", 2000.0, connected=True))]
    assert "mtu" not in classify(o).reasons
    o.large = [_large(HttpResult(LARGE, "timeout", 2000.0), _got(4000))]  # never connected: not a stall
    assert "mtu" not in classify(o).reasons
    o.large = [_large(_stalled(), None)]  # the OS could not ask for small packets: no claim
    assert "mtu" not in classify(o).reasons


def _wrong_answer(o: Observations, works_there: bool) -> None:
    shop = o.services[0]
    ours = DnsResult("system", "shop.test", "ok", 3.0, ["203.0.113.25"])
    shop.result = HttpResult(shop.url, "connect", 4.0, detail="connection refused at 203.0.113.25 in 1 ms", dns=ours,
                             address="203.0.113.25")
    theirs = DnsResult("203.0.113.54", "shop.test", "ok", 3.0, ["203.0.113.21"])
    back = http_ok(shop.url, 200) if works_there else http_fail(shop.url, "connect")
    back.dns, back.address = theirs, "203.0.113.21"
    shop.result.via_backup, shop.result.via_source = back, "resolver"


def test_wrong_answer_when_their_address_works() -> None:
    o = healthy()
    _wrong_answer(o, works_there=True)
    v = classify(o)
    assert v.state is State.DEGRADED and "wrong-answer" in v.reasons
    shop = v.services[0]
    assert (shop.state, shop.cause, shop.answered_via) == (ServiceState.DOWN, Cause.CONNECT, "resolver")
    assert "differs from the independent resolvers' (203.0.113.21)" in shop.detail


def test_other_address_failing_too_is_a_dead_service_not_a_wrong_answer() -> None:
    o = healthy()
    _wrong_answer(o, works_there=False)
    v = classify(o)
    assert "wrong-answer" not in v.reasons and v.state is State.ONLINE
    assert v.services[0].cause is Cause.CONNECT


def test_no_dns_server_configured() -> None:
    o = healthy()
    o.system_resolvers = []
    o.system_direct = []
    o.system_lookups = [dns("system", n, "servfail") for n in CANARIES]
    v = classify(o)
    assert (v.state, v.reasons) == (State.DNS_OUTAGE, ["no-dns-server"])
    assert v.advice.headline == "No DNS server is configured on this computer"


def test_dead_first_resolver_is_named_and_is_not_loss() -> None:
    o = healthy()
    o.system_resolvers = ["203.0.113.52", *SYSTEM]
    o.stub_timeout = 5.0
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns("203.0.113.52", n, "timeout") for n in CANARIES] + o.system_direct
    v = classify(o)
    assert v.state is State.DEGRADED and "first-resolver-dead" in v.reasons and "loss" not in v.reasons
    assert v.advice.headline == ("DNS is slow: your first DNS server (203.0.113.52) doesn't answer; the second "
                                 "(203.0.113.53) does — every lookup waits 5 s first")


def _dns_loss(o: Observations, system_all_lost: bool) -> None:
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    if system_all_lost:
        o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.independent = [DnsResult(s, n, "ok", 600.0, ["203.0.113.20"], sends=2) if i % 2 else dns(s, n, "timeout")
                     for i, (s, n) in enumerate((s, n) for s in INDEPENDENT for n in CANARIES)]


def test_dns_loss_at_every_resolver_is_loss_not_an_outage() -> None:
    o = healthy()
    _dns_loss(o, system_all_lost=True)
    v = classify(o)
    assert v.state is State.DEGRADED and "loss" in v.reasons


def test_udp_blocked_is_said_when_tcp_answers() -> None:
    o = healthy()
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]
    o.dns_tcp = [dns(SYSTEM[0], "check.test", "ok"), dns(INDEPENDENT[0], "check.test", "ok")]
    v = classify(o)
    assert v.state is State.DNS_OUTAGE and "udp-blocked" in v.reasons
    assert "DNS over TCP still works" in v.advice.headline


def _system_fails(status: str, tcp_status: str):
    o = healthy()
    o.system_lookups = [dns("system", n, status) for n in CANARIES]
    o.system_direct = [dns(s, n, status) for s in SYSTEM for n in CANARIES]
    o.dns_tcp = [dns(SYSTEM[0], "check.test", tcp_status), dns(INDEPENDENT[0], "check.test", "ok")]
    return classify(o)


def test_servfail_over_both_transports_is_not_udp_blocking() -> None:
    v = _system_fails("servfail", "servfail")
    assert v.state is State.DNS_OUTAGE and "udp-blocked" not in v.reasons and "resolver-servfail" in v.reasons


def test_resolver_down_with_tcp_to_others_is_not_udp_blocking() -> None:
    v = _system_fails("timeout", "timeout")
    assert v.state is State.DNS_OUTAGE and "udp-blocked" not in v.reasons


def test_dns_outage_marks_the_check_pages_not_checked_and_renders_so() -> None:
    o = healthy()
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.connectivity = [type(c)(c.url, c.expect_status, c.expect_body, http_fail(c.url, "dns")) for c in o.connectivity]
    v = classify(o)
    assert v.state is State.DNS_OUTAGE and v.not_checked == {"portal": "dns"}
    assert all(e.data.get("blocked_by") == "dns" for e in v.evidence if e.probe == "http.connectivity")
    text = render_verdict(v, verbose=True)
    assert "Not checked (a lower layer is down): portal (blocked by dns)" in text
    assert "(not checked: blocked by dns)" in text
    assert type(v).from_dict(v.to_dict()).not_checked == {"portal": "dns"}


def test_upstream_down_gates_dns_and_check_pages() -> None:
    o = healthy()
    o.tcp = []
    o.system_lookups = [dns("system", n, "timeout") for n in CANARIES]
    o.system_direct = [dns(s, n, "timeout") for s in SYSTEM for n in CANARIES]
    o.independent = [dns(s, n, "timeout") for s in INDEPENDENT for n in CANARIES]
    o.connectivity = [type(c)(c.url, c.expect_status, c.expect_body, http_fail(c.url, "dns")) for c in o.connectivity]
    v = classify(o)
    assert v.state is State.NO_INTERNET and v.not_checked == {"dns": "internet", "portal": "internet"}
