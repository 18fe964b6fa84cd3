"""The benchmark against real loopback resolvers (unbound, a hijacking unbound, a dead one) and a
real DoH endpoint; DoH queries and the pinned transport keep TLS verification of the name."""

from __future__ import annotations

import time

import pytest
import requests

from offline_ready.backup_dns.benchmark import Target, run_benchmark, targets_for
from offline_ready.fallback_lookup.doh import build_query, doh_query, get_url
from offline_ready.fallback_lookup.session import PinnedAdapter
from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES, original_profile

NAMES = ["www.lab.test", "shop.lab.test"]


def test_targets_from_profiles() -> None:
    t = targets_for([original_profile(["203.0.113.53"]), *BUILTIN_PROFILES.values()], ["203.0.113.53"])
    assert [x.id for x in t] == ["system", "cloudflare", "quad9", "google", "opendns"]
    assert t[0].role == "system" and t[2].doh_url == "https://dns.quad9.net/dns-query"


def test_benchmark_five_resolvers_with_dead_and_hijacking_ones(unbound, hijacker, blackhole, doh) -> None:
    targets = [
        Target("system", "Your resolver 127.0.0.1", "127.0.0.1", "system", blackhole.port),
        Target("lab", "Lab unbound", "127.0.0.1", "backup", unbound.port, doh.url(), ["127.0.0.1"]),
        Target("lab2", "Lab unbound again", "127.0.0.1", "backup", unbound.port),
        Target("evil", "Hijacker", "127.0.0.1", "backup", hijacker.port),
        Target("dead", "Dead one", "127.0.0.1", "backup", blackhole.port),
    ]
    progress: list[tuple[int, int]] = []
    t0 = time.monotonic()
    report = run_benchmark(targets, NAMES, queries=10, timeout=1.0, nxdomain_zone="lab.test",
                           doh_verify=str(doh.ca), progress=lambda a, b: progress.append((a, b)))
    elapsed = time.monotonic() - t0
    # a dead resolver costs one wave of timeouts, not one timeout per query
    assert elapsed < 4.0, elapsed
    by = {r.id: r for r in report.results}
    lab = by["lab"]
    assert [t.transport for t in lab.transports] == ["udp", "tcp", "doh"]
    assert all(t.loss_pct == 0 and t.sent == 10 for t in lab.transports)
    assert lab.hijacks_nxdomain is False and lab.works
    assert by["evil"].hijacks_nxdomain is True and not by["evil"].works
    assert by["dead"].udp.loss_pct == 100 and by["dead"].udp.p50_ms == 1000.0 and not by["dead"].works
    assert report.best.id in ("lab", "lab2")
    assert report.conclusions[0] == "Your resolver 127.0.0.1 is not answering at all."
    assert any("Hijacker rewrites answers" in c for c in report.conclusions)
    assert progress[-1][0] == progress[-1][1]
    data = report.to_dict()
    assert data["best_backup"] in ("lab", "lab2") and data["results"][0]["works"]


def test_doh_post_and_get_through_pinned_address(doh) -> None:
    # doh.test does not resolve anywhere: the pinned address is the only way to reach it
    r = doh_query(doh.url(), "www.lab.test", 2.0, addresses=["127.0.0.1"], verify=str(doh.ca))
    assert r.ok and r.addresses == ["198.51.100.10"], r.detail
    g = doh_query(doh.url(), "shop.lab.test", 2.0, addresses=["127.0.0.1"], verify=str(doh.ca), method="GET")
    assert g.ok and g.addresses == ["198.51.100.20"], g.detail
    assert ("POST", f"doh.test:{doh.port}") in doh.requests and ("GET", f"doh.test:{doh.port}") in doh.requests
    nx = doh_query(doh.url(), "nope.lab.test", 2.0, addresses=["127.0.0.1"], verify=str(doh.ca))
    assert nx.status == "nxdomain"


def test_doh_wire_format() -> None:
    wire = build_query("www.lab.test")
    assert wire[:2] == b"\x00\x00"  # ID 0
    assert "=" not in get_url("https://doh.test/dns-query", wire).split("dns=")[1]


def test_doh_refuses_a_certificate_for_another_name(doh) -> None:
    url = f"https://other.test:{doh.port}/dns-query"
    r = doh_query(url, "www.lab.test", 2.0, addresses=["127.0.0.1"], verify=str(doh.ca))
    assert r.status == "error" and "certificate" in r.detail.lower()


def test_pinned_adapter_keeps_host_and_tls_name(doh) -> None:
    s = requests.Session()
    s.mount("https://", PinnedAdapter(lambda h: ["127.0.0.1"] if h == "doh.test" else None))
    resp = s.post(doh.url(), data=build_query("www.lab.test"), verify=str(doh.ca), timeout=3,
                  headers={"Content-Type": "application/dns-message"})
    assert resp.status_code == 200 and resp.pinned_address == "127.0.0.1"
    assert doh.requests[-1] == ("POST", f"doh.test:{doh.port}")
    # a name the certificate does not cover fails verification even at the right address
    s.mount("https://wrong.test", PinnedAdapter(lambda h: ["127.0.0.1"]))
    with pytest.raises(requests.exceptions.SSLError):
        s.get(f"https://wrong.test:{doh.port}/dns-query", verify=str(doh.ca), timeout=3)


def test_the_http_probe_pins_an_address_the_same_way(doh, monkeypatch) -> None:
    """The connectivity probes reach an address they resolved through the same pinning as the
    sessions above: the Host header and the certificate check keep the name."""
    from offline_ready.probes.dns import DnsResult
    from offline_ready.probes.http import fetch

    for var in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):  # the probes trust what the OS trusts: here, the test CA
        monkeypatch.setenv(var, str(doh.ca))

    def at_loopback(host: str, _timeout: float) -> DnsResult:
        return DnsResult("test", host, "ok", 0.1, addresses=["127.0.0.1"])

    r = fetch(doh.url(), 3.0, lookup=at_loopback)
    assert r.status is not None and r.address == "127.0.0.1", r.detail
    assert doh.requests[-1] == ("GET", f"doh.test:{doh.port}")
    wrong = fetch(f"https://wrong.test:{doh.port}/dns-query", 3.0, lookup=at_loopback)
    assert wrong.phase == "tls", wrong.detail
