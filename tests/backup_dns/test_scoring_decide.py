"""Pure parts: percentile, loss-as-timeout scoring, conclusions, and the switch decision table."""

from __future__ import annotations

import math

import pytest

from offline_ready.backup_dns import decide as d
from offline_ready.backup_dns import scoring as sc
from offline_ready.diagnosis.model import Advice, Cause, Evidence, Layer, ServiceState, ServiceVerdict, State, Verdict
from offline_ready.diagnosis.model import now as utcnow


def test_percentile_matches_linear_interpolation() -> None:
    assert sc.percentile([], 50) is None
    assert sc.percentile([7.0], 95) == 7.0
    assert sc.percentile([1, 2, 3, 4], 50) == 2.5
    assert sc.percentile(list(range(1, 101)), 95) == pytest.approx(95.05)


def test_failed_queries_count_as_the_full_timeout() -> None:
    samples = [sc.Sample("udp", "ok", 10.0)] * 6 + [sc.Sample("udp", "timeout", 1500.0)] * 3 \
        + [sc.Sample("udp", "servfail", 3.0)] + [sc.Sample("tcp", "ok", 20.0)] * 10
    udp = sc.summarize(samples, 1500.0, "udp")
    assert (udp.sent, udp.answered, udp.loss_pct) == (10, 6, 40.0)
    assert udp.p50_ms == 10.0 and udp.p95_ms == 1500.0 and udp.best_ms == 10.0
    assert udp.errors == {"timeout": 3, "servfail": 1}
    nx = sc.summarize([sc.Sample("udp", "nxdomain", 4.0), sc.Sample("udp", "nodata", 6.0)], 1500.0, "udp")
    assert nx.loss_pct == 0.0  # the resolver answered; the name simply has no address


def _res(id_, role, loss, p50, *, hijack=False, doh=None) -> sc.ResolverScore:
    answered = round(10 * (100 - loss) / 100)
    t = [sc.TransportStats("udp", 10, answered, loss, p50, p50 * 2 if answered else 1500.0, p50, {}),
         sc.TransportStats("tcp", 10, answered, loss, p50 + 1, p50 * 2, p50, {})]
    if doh is not None:
        t.append(sc.TransportStats("doh", 10, 10 if doh else 0, 0.0 if doh else 100.0, 30.0, 40.0, 25.0, {}))
    r = sc.ResolverScore(id_, {"system": "Your resolver 203.0.113.53"}.get(id_, id_.title()), "x", role, t, hijack)
    r.score = sc.score(t, 1500.0)
    return r


def test_ranking_and_plain_language_conclusions() -> None:
    results = [_res("system", "system", 40.0, 30.0), _res("quad9", "backup", 0.0, 12.0, doh=True),
               _res("google", "backup", 0.0, 25.0, doh=False), _res("evil", "backup", 0.0, 5.0, hijack=True),
               _res("dead", "backup", 100.0, 1500.0)]
    assert sc.best_backup(results).id == "quad9"
    assert [r.id for r in sc.rank(results)][:2] == ["quad9", "google"]
    assert math.isinf(results[-1].score)
    text = sc.conclusions(results)
    assert text[0] == "Your resolver 203.0.113.53 lost 40 % of queries."
    assert "Best backup: Quad9 answered all queries with a median of 12 ms (95 % within 24 ms)." in text
    assert any("Evil rewrites answers" in t for t in text)
    assert any(t.startswith("Dead is not usable") for t in text)
    assert "DNS-over-HTTPS to Google failed." in text


def test_conclusions_for_a_dead_system_resolver_and_no_backup() -> None:
    text = sc.conclusions([_res("system", "system", 100.0, 1500.0), _res("dead", "backup", 100.0, 1500.0)])
    assert text[0] == "Your resolver 203.0.113.53 is not answering at all."
    assert any("switching would not help" in t for t in text)


# ---------------------------------------------------------------- the decision table

def verdict(state: State, *, services=(), evidence=(), reasons=(), portal=None) -> Verdict:
    return Verdict(state, list(services), list(evidence), Advice("x"), utcnow(), reasons=list(reasons),
                   portal_url=portal)


def ev(name: str, ok: bool) -> Evidence:
    return Evidence("dns.system", name, ok, "", 5.0, Layer.DNS)


CASES = [
    ("resolver outage, backups verified", verdict(State.DNS_OUTAGE, reasons=["resolver-down"]), ["quad9"], d.OFFER),
    ("resolver outage, nothing verified", verdict(State.DNS_OUTAGE), [], d.NO_VERIFIED),
    ("offline / upstream down", verdict(State.NO_INTERNET), ["quad9"], d.UPSTREAM),
    ("no network", verdict(State.NO_NETWORK), ["quad9"], d.UPSTREAM),
    ("captive portal", verdict(State.CAPTIVE_PORTAL, portal="http://portal.test/login"), ["quad9"], d.PORTAL),
    ("provider's authoritative DNS", verdict(State.DEGRADED, services=[
        ServiceVerdict("Shop", "https://shop.test/", ServiceState.DOWN, Cause.PROVIDER_DNS)]), ["quad9"], d.PROVIDER),
    ("VPN split DNS", verdict(State.DEGRADED, services=[
        ServiceVerdict("Wiki", "https://wiki.corp.example/", ServiceState.DOWN, Cause.DNS)],
        evidence=[ev("check.test", True), ev("wiki.corp.example", False)]), ["quad9"], d.SPLIT),
    ("VPN split DNS even when classified as a DNS outage", verdict(State.DNS_OUTAGE, evidence=[
        ev("intranet.corp.example", False), ev("git.corp.example", False)]), ["quad9"], d.SPLIT),
    ("healthy", verdict(State.ONLINE), ["quad9"], d.HEALTHY),
    ("not checked", verdict(State.UNKNOWN), ["quad9"], d.UNKNOWN),
]


@pytest.mark.parametrize(("case", "v", "verified", "kind"), CASES, ids=[c[0] for c in CASES])
def test_decision_table(case, v, verified, kind) -> None:
    out = d.decide(v, verified_profiles=verified, internal_suffixes=["corp.example"])
    assert out.kind == kind, case
    assert out.offer is (kind == d.OFFER)
    assert out.headline and out.explanation


def test_decision_respects_policy_preference_and_current_switch() -> None:
    v = verdict(State.DNS_OUTAGE)
    assert d.decide(v, verified_profiles=["quad9"], allow_switch=False).kind == d.NOT_ALLOWED
    assert d.decide(v, verified_profiles=["quad9", "google"], preferred="google").profile_id == "google"
    assert d.decide(v, verified_profiles=["quad9"], preferred="cloudflare").profile_id == "quad9"
    assert d.decide(v, verified_profiles=["quad9"], on_backup=True).kind == d.ALREADY
    assert d.decide(None, verified_profiles=[]).kind == d.UNKNOWN
