"""End-to-end: `offline-ready monitor` in a client namespace; detection latency, recovery, no false events."""

from __future__ import annotations

import json
import os
import queue
import signal
import threading
import time
from pathlib import Path

import pytest


class MonitorProc:
    def __init__(self, lab, cfg: Path, home: Path):
        self.proc = lab.popen(["python3", "-m", "offline_ready", "monitor", "--json", "--config", str(cfg)],
                              env=lab.client_env({"OFFLINE_READY_HOME": str(home)}))
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            self.lines.put((time.monotonic(), json.loads(raw)))

    def next(self, timeout: float) -> tuple[float, dict]:
        return self.lines.get(timeout=timeout)

    def wait_state(self, state: str, timeout: float) -> tuple[float, dict]:
        end = time.monotonic() + timeout
        while True:
            t, rec = self.next(max(0.01, end - time.monotonic()))
            if rec["state"] == state:
                return t, rec

    def wait_service_down(self, name: str, timeout: float) -> tuple[float, dict, dict[str, str]]:
        """The first line with service ``name`` down: its time, the record, and the causes of the
        services down then."""
        end = time.monotonic() + timeout
        while True:
            t, rec = self.next(max(0.01, end - time.monotonic()))
            down = {s["name"]: s["cause"] for s in rec["services"] if s["state"] == "down"}
            if name in down:
                return t, rec, down

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except Exception:
            self.proc.kill()


@pytest.fixture
def monitor(healthy_lab, tmp_path, app_home):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0))
    m = MonitorProc(healthy_lab, cfg, app_home)
    _t, first = m.next(20)
    assert first["state"] == "online" and first["previous"] == "unknown"
    yield m
    m.stop()
    assert m.proc.stdout is not None


def test_dns_outage_detected_then_recovery(healthy_lab, monitor) -> None:
    t0 = time.monotonic()
    healthy_lab.resolver_drop(ip="203.0.113.53")
    t, rec = monitor.wait_state("dns-outage", 25)
    assert t - t0 <= 17, f"detected after {t - t0:.1f} s"
    assert rec["previous"] == "online"
    t1 = time.monotonic()
    healthy_lab.reset()
    t, rec = monitor.wait_state("online", 20)
    assert t - t1 <= 11, f"recovery noticed after {t - t1:.1f} s"


def test_link_loss_detected_within_seconds(healthy_lab, monitor) -> None:
    t0 = time.monotonic()
    healthy_lab.link_down()
    t, _rec = monitor.wait_state("no-network", 10)
    assert t - t0 <= 3.5, f"detected after {t - t0:.1f} s"
    healthy_lab.link_up()
    monitor.wait_state("online", 20)


def test_one_second_blips_raise_nothing(healthy_lab, monitor) -> None:
    for _ in range(4):
        healthy_lab.blip(seconds=1.0)
        time.sleep(4.0)
    with pytest.raises(queue.Empty):
        monitor.next(3)


def test_history_records_the_incident(healthy_lab, monitor, app_home) -> None:
    healthy_lab.upstream_down()
    monitor.wait_state("no-internet", 30)
    healthy_lab.reset()
    monitor.wait_state("online", 20)
    from offline_ready.history import HistoryStore

    home = Path(os.environ["OFFLINE_READY_HOME"])
    store = HistoryStore(home / "data" / "history.sqlite3")
    incs = store.incidents()
    assert [i.state for i in incs] == ["no-internet"] and incs[0].ended_at is not None
    assert home == app_home  # the monitor wrote this test's own history, never the user's


def test_a_change_of_the_system_resolver_is_checked_at_once(healthy_lab, monitor) -> None:
    """Someone (a VPN client, NetworkManager, our own switch) points the system at a dead resolver:
    the monitor must not keep heart-beating the old one until the 10-minute full check."""
    t0 = time.monotonic()
    Path(healthy_lab.resolv_conf).write_text("nameserver 203.0.113.99\n")  # in place, as the lab requires
    t, _rec = monitor.wait_state("dns-outage", 25)
    assert t - t0 <= 15, f"the new resolver was judged after {t - t0:.1f} s"
    t1 = time.monotonic()
    Path(healthy_lab.resolv_conf).write_text(f"nameserver {healthy_lab.isp_resolver}\n")
    t, _rec = monitor.wait_state("online", 15)
    assert t - t1 <= 10, f"the restored resolver was judged after {t - t1:.1f} s"


def test_a_failing_service_is_noticed_on_its_own_cadence(healthy_lab, tmp_path, app_home) -> None:
    cfg = tmp_path / "svc.toml"
    # a 10 s cadence is over the default traffic budget: lifted here, where the cadence is what is tested
    cfg.write_text(healthy_lab.config_text(timeout=2.0, **{"monitor.service_interval": 10,
                                                           "monitor.traffic_budget": 100_000}))
    m = MonitorProc(healthy_lab, cfg, app_home)
    try:
        _t, first = m.next(20)
        assert first["state"] == "online"
        time.sleep(1.0)
        t0 = time.monotonic()
        healthy_lab.http_status(host="shop.test", status=503)
        t, _rec, down = m.wait_service_down("Shop", 30)
        assert down["Shop"] == "http-status"
        assert t - t0 <= 10 + 10, f"noticed after {t - t0:.1f} s (cadence 10 s)"
    finally:
        m.stop()


def test_a_network_change_probes_for_a_captive_portal_at_once(healthy_lab, tmp_path, app_home) -> None:
    """The laptop joins a network with a sign-in page (the link goes down and comes back up on it).
    The heartbeat and the full check are set far apart, so only the network-change event can make
    the monitor look: a portal that appears without one stays unseen in the same window."""
    cfg = tmp_path / "portal.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0, services=[], **{
        "monitor.heartbeat_interval": 600, "monitor.endpoint_interval": 600, "monitor.full_interval": 600}))
    m = MonitorProc(healthy_lab, cfg, app_home)
    try:
        _t, first = m.next(20)
        assert first["state"] == "online"
        time.sleep(1.0)
        healthy_lab.captive_portal(on=True)  # on the router: the client sees no event
        with pytest.raises(queue.Empty):
            m.next(8)  # control: no cadence tick in this window, so nothing looks
        healthy_lab.link_down()
        time.sleep(0.2)
        healthy_lab.link_up()
        t0 = time.monotonic()
        t, rec = m.wait_state("captive-portal", 20)
        assert t - t0 <= 12, f"the portal was noticed {t - t0:.1f} s after the network change"
        assert rec["previous"] == "online" and rec["portal_url"]
    finally:
        m.stop()


def test_a_portal_without_a_network_change_is_seen_by_the_heartbeat(healthy_lab, tmp_path, app_home) -> None:
    """A hotel's sign-in page comes back on the same network (the session ran out): no event, the
    resolver still answers fast — but every name now resolves to the portal. The heartbeat's DNS
    query notices; the TCP probes are set far apart so they cannot be what notices."""
    cfg = tmp_path / "portal-noevent.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0, services=[], **{
        "monitor.endpoint_interval": 600, "monitor.full_interval": 600}))
    m = MonitorProc(healthy_lab, cfg, app_home)
    try:
        _t, first = m.next(20)
        assert first["state"] == "online"
        time.sleep(12.0)  # the heartbeat has seen every canary name's usual answer
        t0 = time.monotonic()
        healthy_lab.captive_portal(on=True)
        t, rec = m.wait_state("captive-portal", 40)
        assert t - t0 <= 25, f"the portal was noticed after {t - t0:.1f} s"
        assert rec["portal_url"]
    finally:
        m.stop()
