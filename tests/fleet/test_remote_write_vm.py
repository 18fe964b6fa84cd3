"""Remote write into a real VictoriaMetrics (Debian's package, on loopback): what arrives, and when the
engine is away, what arrives later — in order, once."""

from __future__ import annotations

import threading
import time

from fleet.desk import T0, Desk


def _samples(vm, match: str) -> dict[tuple, list[tuple[int, float]]]:
    out = {}
    for row in vm.export(match):
        key = tuple(sorted(row["metric"].items()))
        out[key] = list(zip(row["timestamps"], row["values"], strict=True))
    return out


def test_normal_pushes_arrive_with_the_desks_timestamps(vm, tmp_path):
    desk = Desk(tmp_path / "home")
    rep = desk.open(metrics_url=vm.write_url, site="berlin", isp_asn="AS3320")
    desk.observe("online")
    for _ in range(5):
        desk.tick(60)
    assert rep.send_all() == {"metrics": 6}  # the first state (a transition) and five routine samples
    state = _samples(vm, 'offline_ready_state{state="online"}')
    assert len(state) == 1
    (labels, points), = state.items()
    labels = dict(labels)
    assert labels["site"] == "berlin" and labels["isp_asn"] == "AS3320" and len(labels["desk"]) == 16
    assert [ts for ts, _ in points] == [int((T0 + 60 * i) * 1000) for i in range(6)]
    assert all(v == 1 for _, v in points)
    # one-hot: the five other states are 0 at the same moments
    others = _samples(vm, 'offline_ready_state{state!="online"}')
    assert len(others) == 5 and all(v == 0 for pts in others.values() for _, v in pts)
    lat = _samples(vm, "offline_ready_dns_latency_seconds")
    assert {dict(k)["resolver_class"] for k in lat} == {"system", "independent", "system-direct"}
    assert rep.spool.stats()["items"] == 0
    assert rep.status()["last_sent"] is not None


def test_engine_down_then_back_backfills_in_order_without_duplicates(vm, tmp_path):
    desk = Desk(tmp_path / "home")
    rep = desk.open(metrics_url=vm.write_url)
    desk.observe("online")
    desk.tick(60)
    assert rep.send_all() == {"metrics": 2}
    vm.stop()
    for i in range(30):  # half an hour away, with an outage in the middle
        desk.tick(60, "dns-outage" if 10 <= i < 20 else "online")
        rep.send_all()
        rep._next_try.clear()  # the thread would wait out the backoff; the test does not
    queued = rep.spool.stats()["items"]
    assert queued == 30  # one sample a minute (a transition and a routine sample of one moment are one)
    assert rep.last_error["metrics"]
    vm.start()
    assert rep.send_all()["metrics"] == queued
    up = _samples(vm, 'offline_ready_state{state="dns-outage"}')
    ((_, points),) = up.items()
    stamps = [ts for ts, _ in points]
    assert stamps == sorted(set(stamps)), "each moment once, in order"
    assert len(stamps) == 2 + 30
    assert sum(v for _, v in points) == 10  # the ten minutes of the outage
    incidents = _samples(vm, 'offline_ready_incidents_total{cause="dns-outage"}')
    ((_, counted),) = incidents.items()
    assert counted[-1][1] == 1


def test_the_reporters_own_thread_sends_a_state_change_at_once_and_stops_cleanly(vm, tmp_path):
    from fleet.desk import paths_under, verdict, write_settings
    from offline_ready.config import load_config
    from offline_ready.events import EventBus, StateChanged, VerdictReady
    from offline_ready.fleet.reporter import FleetReporter

    home = tmp_path / "home"
    write_settings(home, metrics_url=vm.write_url)
    bus = EventBus()
    rep = FleetReporter(load_config(home / "config" / "config.toml", paths_under(home)), bus)
    assert rep._thread is None and rep.spool is None  # the constructor starts nothing
    assert rep.start()
    now = time.time()
    v = verdict("no-internet", now)
    bus.publish(StateChanged(state="no-internet", previous="online", verdict=v, incident_started_at=v.checked_at))
    bus.publish(VerdictReady(verdict=v, confirmed="no-internet"))
    deadline = time.monotonic() + 30
    rows = []
    while time.monotonic() < deadline and not rows:
        rows = vm.export('offline_ready_state{state="no-internet"}')
        time.sleep(0.2)
    rep.stop(timeout=5)
    assert rows and rows[0]["values"][0] == 1
    assert rows[0]["timestamps"][0] == int(v.checked_at.timestamp() * 1000)
    assert not any(t.name == "offline-ready-fleet" for t in threading.enumerate())
