"""The monitor's traffic budget and DNS-rewriting watch, in the test network: bytes counted on the
wire by nftables on the lab's router, against what the monitor measured and planned.

The lab's web server closes idle keep-alive connections after 5 s (as Apache does), so every
light check of a stretched service pays a new connection (with TLS session resumption for HTTPS)
— the costly case the budget is for.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from test_monitor_scenarios import MonitorProc

FORUM_IP = "203.0.113.22"

KEPT_LOOP = """
import json, sys, time
from offline_ready.probes.keepalive import KeptConnection
url, n, every = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
conn = KeptConnection(url)
assert conn.request("HEAD", 2.0).ok
print("ready", flush=True)
sys.stdin.readline()
spent = []
for _ in range(n):
    t = time.monotonic()
    r = conn.request("HEAD", 2.0)
    assert r.ok, r.detail
    spent.append(conn.wire_bytes)
    time.sleep(max(0.0, every - (time.monotonic() - t)))
conn.close()
time.sleep(0.5)
print(json.dumps(spent), flush=True)
"""


@pytest.mark.parametrize(("url", "every"), [("https://forum.test/", 2.0), ("https://forum.test/", 7.0),
                                            ("http://forum.test/", 7.0)],
                         ids=["https-kept", "https-server-closed-it", "http-server-closed-it"])
def test_a_light_check_measures_what_the_wire_carries(healthy_lab, tmp_path: Path, url: str, every: float) -> None:
    script = tmp_path / "kept.py"
    script.write_text(KEPT_LOOP)
    proc = healthy_lab.popen(["python3", str(script), url, "5", str(every)], env=healthy_lab.client_env(),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    counter = healthy_lab.count_client_traffic(peer=FORUM_IP)
    proc.stdin.write("go\n")
    proc.stdin.flush()
    spent = json.loads(proc.stdout.readline())
    proc.wait(30)
    wire = counter.bytes() + counter.rx_bytes()
    assert sum(spent) == pytest.approx(wire, rel=0.1), f"measured {spent}, the router counted {wire} B"
    if every > 5:  # after the first (which follows the warm-up at once): a new connection each time
        assert min(spent[1:]) > 700, spent
    else:
        assert max(spent) < 700, spent


def _run_budgeted(lab, tmp_path: Path, app_home: Path, services: list, budget_kb: int,
                  window: float = 150.0) -> tuple[float, dict]:
    """The monitor with these services asked every 10 s and this budget: bytes per hour on the wire
    over ``window`` seconds of healthy steady state, and the plan it wrote."""
    cfg = tmp_path / "budget.toml"
    cfg.write_text(lab.config_text(timeout=2.0, services=services, **{
        "monitor.service_interval": 10, "monitor.traffic_budget": budget_kb}))
    m = MonitorProc(lab, cfg, app_home)
    try:
        assert m.next(20)[1]["state"] == "online"
        time.sleep(45)  # every service measured a few times: the plan has settled
        counter = lab.count_client_traffic()
        t0 = time.monotonic()
        time.sleep(window)
        rate = (counter.bytes() + counter.rx_bytes()) / (time.monotonic() - t0) * 3600 / 1024
        with pytest.raises(Exception):  # noqa: B017 - queue.Empty: healthy all along, nothing announced
            m.next(0.1)
    finally:
        m.stop()
    plan = json.loads((app_home / "state" / "monitor-cadence.json").read_text())
    return rate, plan


@pytest.mark.parametrize("services", [
    [("Forum", "https://forum.test/")],
    [("Shop", "http://shop.test/"), ("Forum", "https://forum.test/"), ("Secure shop", "https://shop.test/")],
], ids=["one-https-service", "three-services"])
def test_the_monitor_keeps_its_traffic_within_the_budget(healthy_lab, tmp_path: Path, app_home: Path,
                                                         services: list) -> None:
    """Asked every 10 s, each service alone would cost far more than the budget (an HTTPS check of a
    server that closed the idle connection is about 2.5 KB: 900 KB/hour). The monitor measures
    that and stretches the services' cadence; what the wire carries in the steady state, plus the
    full checks' planned share (none falls in the window), stays within the budget."""
    budget = 400
    rate, plan = _run_budgeted(healthy_lab, tmp_path, app_home, services, budget)
    checks = {(c["check"], c["name"]): c for c in plan["checks"]}
    light = [checks[("service", name)] for name, _url in services]
    assert all(c["stretched"] and c["every_s"] > 10 for c in light), light
    assert plan["within_budget"] and plan["planned_kb_per_hour"] <= budget
    full_share = checks[("full", None)]["kb_per_hour"]
    # one light check more or less in the window, per service: the granularity of a short window
    slack = sum(2.6 * 3600 / 150 for _ in services)
    assert rate + full_share <= budget + slack, f"{rate:.0f} KB/hour on the wire + {full_share} planned for full checks"
    assert rate + full_share >= 0.5 * plan["planned_kb_per_hour"], "the plan should be spent, not wildly overestimated"


def test_a_rewritten_answer_for_a_service_is_found_within_its_cadence(healthy_lab, tmp_path: Path,
                                                                      app_home: Path) -> None:
    """Mid-session, the ISP resolver starts answering a watched service's name with another address
    (where nothing listens). The service's light check is stretched far past a minute by the budget,
    yet the heartbeat asks the service's name in turn with the canaries, sees the answer move and
    has the service checked at once; the change is confirmed like any other (three rounds). A
    name that moves to another address where the service still answers (a CDN's next server)
    raises nothing."""
    cfg = tmp_path / "rewrite.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0, services=[("Forum", "https://forum.test/"),
                                                                  ("Shop", "http://shop.test/")],
                                           **{"monitor.traffic_budget": 150}))
    m = MonitorProc(healthy_lab, cfg, app_home)
    try:
        assert m.next(20)[1]["state"] == "online"
        # two light checks each (a cadence after the first full check, then another): planned on the
        # second's cost, not the first's connection setup, and stretched
        time.sleep(130)
        healthy_lab.wrong_answer(name="shop.test", address=FORUM_IP)  # another web server: Shop still answers
        with pytest.raises(Exception):  # noqa: B017 - queue.Empty: a move that still works is no event
            m.next(30)
        healthy_lab.wrong_answer(name="shop.test", on=False)
        t0 = time.monotonic()
        healthy_lab.wrong_answer(name="forum.test")
        t, rec, down = m.wait_service_down("Forum", 90)
        forum = next(c for c in rec["cadence"]["checks"] if c["name"] == "Forum")
        assert forum["stretched"] and forum["every_s"] > 60, forum
        assert t - t0 <= 60, f"the rewrite was confirmed {t - t0:.1f} s after it began"
        assert "Shop" not in down
    finally:
        m.stop()
