"""The traffic budget's decisions: pure functions, table-tested, with an injected clock."""

from __future__ import annotations

import pytest

from offline_ready.monitor.budget import (
    DNS_QUERY_BYTES,
    FULL_RESERVE,
    FULL_STRETCH,
    HOUR,
    TCP_PROBE_BYTES,
    CostMeter,
    Load,
    full_round_bytes,
    plan_budget,
    service_key,
)
from offline_ready.monitor.services import ServiceSchedule
from offline_ready.monitor.traffic import describe_plan, monitor_loads, plan_dict

KB = 1024.0


def per_hour(nbytes: float, every: float) -> float:
    return nbytes * HOUR / every


# the default monitor (heartbeat 5 s, TCP by address 30 s, full diagnosis 10 min, a service 60 s)
# with one HTTPS service: never-stretched probes, and the full diagnosis stretched first
BEAT, TCP = Load("heartbeat", DNS_QUERY_BYTES, 5), Load("tcp", TCP_PROBE_BYTES, 30)
FULL_1 = Load("full", full_round_bytes(["https://forum.test/"]), 600, 600 * FULL_STRETCH, 600 * FULL_RESERVE,
              first=True)
ROOM = 200 * KB - BEAT.per_hour - TCP.per_hour  # what the budget leaves the stretchable checks
KEPT, CLOSED = 478.0, 2415.0  # one HTTPS light check: on a kept connection / a new one (TLS resumed)


CASES = [
    # (what, loads, budget KB/h, expected interval per key)
    ("everything fits: nothing changes",
     [Load("beat", 126, 5), Load("svc:a", 480, 60, 600)], 200, {"beat": 5, "svc:a": 60}),
    ("one idle-closing HTTPS service over the budget: stretched just enough",
     [Load("beat", 126, 5), Load("svc:a", 2700, 60, 600)], 200,
     {"beat": 5, "svc:a": 2700 * HOUR / (200 * KB - per_hour(126, 5))}),
    ("the costliest is stretched first; the cheap one keeps its cadence",
     [Load("beat", 126, 5), Load("svc:cheap", 480, 60, 600), Load("svc:dear", 2700, 60, 600)], 200,
     {"beat": 5, "svc:cheap": 60,
      "svc:dear": 2700 * HOUR / (200 * KB - per_hour(126, 5) - per_hour(480, 60))}),
    ("two equally dear services share what is left",
     [Load("beat", 126, 5), Load("svc:a", 2700, 60, 600), Load("svc:b", 2700, 60, 600)], 200,
     {"beat": 5, "svc:a": 2 * 2700 * HOUR / (200 * KB - per_hour(126, 5)),
      "svc:b": 2 * 2700 * HOUR / (200 * KB - per_hour(126, 5))}),
    ("nothing fits: every stretchable check at its longest, the fixed ones untouched",
     [Load("beat", 126, 1), Load("svc:a", 2700, 60, 600), Load("full", 8000, 600, 1800)], 200,
     {"beat": 1, "svc:a": 600, "full": 1800}),
    ("still over at the longest: the full check alone stretches past 3x, just as far as needed",
     [Load("beat", 126, 5), Load("tcp", 330, 30), Load("full", 20600, 600, 1800, 3600),
      Load("svc:a", 2415, 60, 600), Load("svc:b", 2415, 60, 600), Load("svc:c", 2415, 60, 600)], 200,
     {"beat": 5, "tcp": 30, "svc:a": 600, "svc:b": 600, "svc:c": 600,
      "full": 20600 * HOUR / (200 * KB - per_hour(126, 5) - per_hour(330, 30) - 3 * per_hour(2415, 600))}),
    ("the reserve is untouched while the first stretch fits",
     [Load("beat", 126, 5), Load("tcp", 330, 30), Load("full", 12200, 600, 1800, 3600), Load("svc:a", 2415, 60, 600)],
     200, {"beat": 5, "tcp": 30,
           "full": 12200 * HOUR / ((200 * KB - per_hour(126, 5) - per_hour(330, 30)) / 2),
           "svc:a": 2415 * HOUR / ((200 * KB - per_hour(126, 5) - per_hour(330, 30)) / 2)}),
    ("nothing fits even at the reserve: everything at its very longest, said over budget",
     [Load("beat", 126, 5), Load("tcp", 330, 30), Load("full", 29000, 600, 1800, 3600),
      *(Load(f"svc:{n}", 2415, 60, 600) for n in "abcde")], 200,
     {"beat": 5, "tcp": 30, "full": 3600, **{f"svc:{n}": 600 for n in "abcde"}}),
    ("a check is never run more often than set",
     [Load("svc:a", 100, 3600, 7200)], 200, {"svc:a": 3600}),
    ("one keep-alive HTTPS service keeps its 60 s: the full diagnosis gives way, just enough",
     [BEAT, TCP, FULL_1, Load("svc:a", KEPT, 60, 600)], 200,
     {"heartbeat": 5, "tcp": 30, "svc:a": 60, "full": FULL_1.bytes_per_run * HOUR / (ROOM - per_hour(KEPT, 60))}),
    ("one idle-closing HTTPS service: the full diagnosis at its longest, the service stretched just enough",
     [BEAT, TCP, FULL_1, Load("svc:a", CLOSED, 60, 600)], 200,
     {"heartbeat": 5, "tcp": 30, "full": 1800,
      "svc:a": CLOSED * HOUR / (ROOM - per_hour(FULL_1.bytes_per_run, 1800))}),
    ("a tighter budget: water-filling alone would slow the keep-alive service too; the full diagnosis gives way",
     [BEAT, TCP, FULL_1, Load("svc:a", KEPT, 60, 600)], 180,
     {"heartbeat": 5, "tcp": 30, "svc:a": 60,
      "full": FULL_1.bytes_per_run * HOUR / (ROOM - 20 * KB - per_hour(KEPT, 60))}),
    ("what fits without stretching anything stays as set, the full diagnosis too",
     [BEAT, TCP, FULL_1, Load("svc:a", KEPT, 60, 600)], 1000,
     {"heartbeat": 5, "tcp": 30, "full": 600, "svc:a": 60}),
]


@pytest.mark.parametrize(("what", "loads", "budget", "want"), CASES, ids=[c[0] for c in CASES])
def test_plan(what: str, loads: list[Load], budget: float, want: dict[str, float]) -> None:
    plan = plan_budget(loads, budget * KB)
    got = {k: c.interval for k, c in plan.cadences.items()}
    assert got == pytest.approx(want, rel=1e-3), what
    fits = all(c.interval <= (ld.reserve_interval or ld.max_interval) + 1e-6 for ld in loads if ld.max_interval
               for c in [plan.cadences[ld.key]]) and sum(ld.per_hour for ld in loads
                                                          if ld.max_interval is None) <= budget * KB
    if "nothing fits" in what:
        assert not plan.within
    else:
        assert plan.within and plan.total <= budget * KB + 1 and fits
    for c in plan.cadences.values():
        assert c.interval >= c.configured - 1e-9


def test_the_meter_plans_on_the_latest_runs_and_counts_the_last_hour_by_the_clock_it_is_given() -> None:
    m = CostMeter()
    m.record("svc:a", 2400, now=0.0)
    assert m.per_run("svc:a", 0) == 2400 and not m.settled("svc:a") and not m.settled("svc:b")
    m.record("svc:a", 480, now=60.0)  # the server kept the connection this time
    assert m.per_run("svc:a", 0) == 480 and m.settled("svc:a")  # the first run's handshake left out
    m.record("svc:b", 100, now=3000.0)
    assert m.last_window(now=3000.0) == {"svc:a": 2880, "svc:b": 100}
    assert m.last_window(now=3700.0) == {"svc:b": 100}  # an hour later the first two are gone
    m.forget(["svc:b"])
    assert not m.settled("svc:a") and m.per_run("svc:a", 0) == 0


class Svc:
    def __init__(self, name: str, url: str, configured: float) -> None:
        self.name, self.url, self.configured = name, url, configured


def test_monitor_loads_stretch_a_service_only_once_measured_and_never_past_the_full_check() -> None:
    meter = CostMeter()
    services = [Svc("Forum", "https://forum.test/", 60)]
    loads = {ld.key: ld for ld in monitor_loads(heartbeat=5, endpoint=30, full=600, services=services, meter=meter)}
    assert service_key("Forum") not in loads  # not measured yet: not planned on a guess
    assert loads["heartbeat"].max_interval is None and loads["tcp"].max_interval is None
    assert loads["full"].bytes_per_run == full_round_bytes(["https://forum.test/"])
    assert (loads["full"].max_interval, loads["full"].reserve_interval) == (600 * FULL_STRETCH, 600 * FULL_RESERVE)
    meter.record(service_key("Forum"), 2700, now=0.0)
    loads = {ld.key: ld for ld in monitor_loads(heartbeat=5, endpoint=30, full=600, services=services, meter=meter)}
    assert service_key("Forum") not in loads  # only the first check: its connection's setup, not its cost
    meter.record(service_key("Forum"), 2700, now=60.0)
    loads = {ld.key: ld for ld in monitor_loads(heartbeat=5, endpoint=30, full=600, services=services, meter=meter)}
    assert loads[service_key("Forum")].max_interval == 600 and loads[service_key("Forum")].bytes_per_run == 2700
    assert loads["full"].first and not loads[service_key("Forum")].first


@pytest.mark.parametrize(("what", "runs", "want"), [
    ("keep-alive: the first check's full TLS handshake does not count", [3757, 478, 478, 478], 478),
    ("idle-closing: every check a new connection (TLS resumed)", [3757, 2415, 2415], 2415),
    ("one odd run among the latest does not move the estimate", [3757, 478, 2415, 478, 478], 478),
    ("only the latest runs count: a server that began closing idle connections", [3757] + [478] * 5 + [2415] * 3,
     2415),
], ids=lambda v: v if isinstance(v, str) else "")
def test_a_service_is_planned_on_its_steady_state_cost(what: str, runs: list[float], want: float) -> None:
    meter = CostMeter()
    for i, n in enumerate(runs):
        meter.record(service_key("Forum"), n, now=60.0 * i)
    assert meter.per_run(service_key("Forum"), 0) == want, what


def test_the_first_handshake_does_not_stretch_a_keep_alive_service() -> None:
    """The default monitor and budget, one HTTPS service whose server keeps idle connections: after
    its first check (a full TLS handshake) and after the next ones, it keeps its 60 s cadence."""
    meter = CostMeter()
    services = [Svc("Forum", "https://forum.test/", 60)]
    for i, n in enumerate([3757, 478, 478]):
        meter.record(service_key("Forum"), n, now=60.0 * i)
        plan = plan_budget(monitor_loads(heartbeat=5, endpoint=30, full=600, services=services, meter=meter),
                           200 * KB)
        assert plan.interval(service_key("Forum"), 60) == 60, (i, plan.stretched())
        assert plan.within


def test_the_plan_in_words_and_data() -> None:
    loads = [Load("heartbeat", 126, 5), Load(service_key("Forum"), 2700, 60, 600)]
    d = plan_dict(plan_budget(loads, 200 * KB))
    forum = next(c for c in d["checks"] if c["name"] == "Forum")
    assert forum["check"] == "service" and forum["stretched"] and forum["set_every_s"] == 60
    assert d["within_budget"] and d["budget_kb_per_hour"] == 200
    words = describe_plan(d)
    assert len(words) == 1 and words[0].startswith("Forum is checked every") and "instead of every 60 s" in words[0]
    over = plan_dict(plan_budget([Load("heartbeat", 126, 1), Load(service_key("Forum"), 2700, 60, 120)], 200 * KB))
    assert not over["within_budget"] and "over the budget" in describe_plan(over)[-1]


def test_three_idle_closing_https_services_fit_the_default_budget_with_the_full_check_rarer() -> None:
    """Each light check pays a resumed TLS session (2,415 B on the wire): at their longest the light
    checks and a full check every 30 min need more than 200 KB per hour, so the full check alone goes
    further — never past 6 x its setting — while the heartbeat and the light checks keep their pace."""
    meter = CostMeter()
    services = [Svc(n, f"https://{n.lower()}.test/", 60) for n in ("Forum", "Shop", "Wiki")]
    for s in services:
        meter.record(service_key(s.name), 2415, now=0.0)
        meter.record(service_key(s.name), 2415, now=60.0)  # planned from the second check on
    loads = monitor_loads(heartbeat=5, endpoint=30, full=600, services=services, meter=meter)
    first = {ld.key: ld for ld in loads}
    at_first_stretch = sum(ld.bytes_per_run * HOUR / (ld.max_interval or ld.interval) for ld in loads)
    assert at_first_stretch > 200 * KB  # what the plan needed before the reserve
    d = plan_dict(plan_budget(loads, 200 * KB))
    checks = {c["name"] or c["check"]: c for c in d["checks"]}
    assert d["within_budget"] and d["planned_kb_per_hour"] <= 200
    assert checks["heartbeat"]["every_s"] == 5 and checks["tcp"]["every_s"] == 30
    assert all(checks[s.name]["every_s"] == 600 for s in services)
    assert 1800 < checks["full"]["every_s"] <= first["full"].reserve_interval
    assert "The full check is checked every 40 min instead of every 10 min" in describe_plan(d)[0]
    for name in ("Blog", "Docs"):  # a fourth and fifth: no interval left to give
        meter.record(service_key(name), 2415, now=0.0)
        meter.record(service_key(name), 2415, now=60.0)
    more = [*services, Svc("Blog", "https://blog.test/", 60), Svc("Docs", "https://docs.test/", 60)]
    over = plan_dict(plan_budget(monitor_loads(heartbeat=5, endpoint=30, full=600, services=more, meter=meter),
                                 200 * KB))
    assert not over["within_budget"] and "over the budget" in describe_plan(over)[-1]
    assert next(c for c in over["checks"] if c["check"] == "full")["every_s"] == 3600


def test_a_new_interval_keeps_the_phase_of_the_next_check() -> None:
    s = ServiceSchedule([{"name": "Shop", "url": "http://shop.test/"}], 60, now=0.0)
    shop = s.checks[0]
    s.take_due(shop.due)  # checked now: due again in 60 s
    last = shop.due - 60
    s.set_intervals({"Shop": 240})
    assert shop.interval == 240 and shop.configured == 60 and shop.due == pytest.approx(last + 240)
    s.set_intervals({})  # back to the setting
    assert shop.interval == 60 and shop.due == pytest.approx(last + 60)
