"""End-to-end: the faults small probes miss, made the way real networks make them (tests/netlab
``hardfaults``): an MTU black hole, a wrong answer for one name, no DNS server configured, a dead
first resolver, UDP port 53 blocked with TCP open, and half of the DNS packets lost.

Each asserts the verdict, the exit code, the evidence and the advice, and the time bound.
"""

from __future__ import annotations

import time

import pytest
from test_check_scenarios import BOUND, TIMEOUT, check, service


@pytest.fixture(scope="module")
def cfg(lab, tmp_path_factory):
    path = tmp_path_factory.mktemp("cfg") / "lab.toml"
    path.write_text(lab.config_text(timeout=TIMEOUT))
    return path


def evidence(v: dict, probe: str) -> list[dict]:
    return [e for e in v["evidence"] if e["probe"] == probe]


def test_mtu_black_hole(healthy_lab, cfg, app_home) -> None:
    healthy_lab.mtu_blackhole(max_size=1300)
    v, code, elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("degraded", 1), v["advice"]
    assert "mtu" in v["reasons"]
    assert "Large transfers stall" in v["advice"]["headline"] and "MTU" in v["advice"]["headline"]
    large = evidence(v, "http.large")
    assert large and large[0]["data"]["stalled"] and not large[0]["ok"]
    assert large[0]["data"]["small_received"] >= 1200 and large[0]["data"]["received"] == 0
    assert any("lower its MTU" in t for t in v["advice"]["todo"])
    assert not any("service's side" in t for t in v["advice"]["todo"])
    forum = service(v, "Forum")  # HTTPS: the server's certificate does not fit in one small packet
    assert (forum["state"], forum["cause"]) == ("down", "timeout") and "large transfer" in forum["detail"]
    assert elapsed < BOUND


def test_healthy_large_transfer_passes(healthy_lab, cfg, app_home) -> None:
    v, code, _elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("online", 0), v["advice"]
    large = evidence(v, "http.large")
    assert large and large[0]["ok"] and large[0]["data"]["received"] >= 1500


def test_wrong_answer_for_one_name(healthy_lab, cfg, app_home) -> None:
    healthy_lab.wrong_answer(name="shop.test", address="203.0.113.25")
    v, code, elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("degraded", 1), v["advice"]
    assert "wrong-answer" in v["reasons"]
    shop = service(v, "Shop")
    assert (shop["state"], shop["cause"]) == ("down", "connect"), shop
    assert "refused at 203.0.113.25 in" in shop["detail"]
    assert "differs from the independent resolvers' (203.0.113.21)" in shop["detail"]
    assert "at their address it answers (HTTP 200)" in shop["detail"]
    assert shop["answered_via"] == "resolver"
    assert service(v, "Forum")["state"] == "up"
    assert v["advice"]["headline"] == "Your DNS gives a wrong address for Shop"
    assert any("backup DNS" in t for t in v["advice"]["todo"])
    ev = next(e for e in evidence(v, "service") if e["target"] == "Shop")
    assert ev["data"]["via_backup"]["address"] == "203.0.113.21" and ev["data"]["via_backup"]["status"] == 200
    assert elapsed < BOUND


def test_no_dns_server_configured(healthy_lab, cfg, app_home) -> None:
    healthy_lab.no_dns_config()
    v, code, elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("dns-outage", 2), v["advice"]
    assert v["reasons"] == ["no-dns-server"] and v["system_resolvers"] == []
    assert v["advice"]["headline"] == "No DNS server is configured on this computer"
    assert not any("SERVFAIL" in b for b in v["advice"]["broken"])
    assert any("Reconnect" in t for t in v["advice"]["todo"]) and any("backup DNS" in t for t in v["advice"]["todo"])
    assert not any("their DNS is down" in t for t in v["advice"]["todo"])
    assert any(e["target"] == "system" and not e["ok"] for e in evidence(v, "dns.config"))
    assert elapsed < BOUND


def test_first_of_two_resolvers_dead(healthy_lab, cfg, app_home) -> None:
    healthy_lab.first_resolver_dead()
    v, code, elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("degraded", 1), v["advice"]
    assert "first-resolver-dead" in v["reasons"] and "loss" not in v["reasons"]
    assert v["advice"]["headline"] == ("DNS is slow: your first DNS server (203.0.113.52) doesn't answer; the "
                                       "second (203.0.113.53) does — every lookup waits 5 s first")
    assert {s["state"] for s in v["services"]} == {"up"}
    assert any("203.0.113.52" in t for t in v["advice"]["todo"])
    assert any(e["target"].endswith("@ 203.0.113.52") and not e["ok"] for e in evidence(v, "dns.system-resolver"))
    assert elapsed < BOUND


def test_udp53_blocked_tcp_open(healthy_lab, cfg, app_home) -> None:
    healthy_lab.udp53_blocked()
    v, code, elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("dns-outage", 2), v["advice"]
    assert "udp-blocked" in v["reasons"]
    assert "DNS over TCP still works" in v["advice"]["headline"]
    assert any("DNS over HTTPS" in t for t in v["advice"]["todo"])
    assert [e for e in evidence(v, "dns.tcp") if e["ok"]]
    assert elapsed < BOUND


def test_half_of_dns_packets_lost(healthy_lab, cfg, app_home) -> None:
    healthy_lab.dns_loss(percent=50)
    states = []
    for _ in range(3):  # two checks a second apart must agree: every one is judged on enough samples
        v, code, elapsed = check(healthy_lab, cfg, app_home)
        states.append((v["state"], code))
        assert elapsed < BOUND
        time.sleep(1.0)
    assert states == [("degraded", 1)] * 3, states


def test_dns_outage_gates_the_check_pages(healthy_lab, cfg, app_home) -> None:
    healthy_lab.resolver_drop(ip="203.0.113.53")
    v, code, _elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("dns-outage", 2)
    assert v["not_checked"] == {"portal": "dns"}
    assert all(e["data"].get("blocked_by") == "dns" for e in evidence(v, "http.connectivity"))
