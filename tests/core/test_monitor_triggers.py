"""What makes the monitor check at once: a change of the DNS configuration (ours or anyone's),
a switch to or from backup DNS, a watched service whose light check disagrees — and the
per-service schedule itself. The monitor loop, its file watches and its schedule are real;
the diagnosis is replaced by a scripted one so the triggers can be timed exactly (the real
engine's side is covered in tests/e2e/test_monitor_scenarios.py)."""

from __future__ import annotations

import itertools
import queue
import time
from pathlib import Path

import pytest

from offline_ready.config import load_config
from offline_ready.diagnosis.model import Advice, ServiceState, ServiceVerdict, State, Verdict, now
from offline_ready.events import CheckStarted, EventBus, StateChanged
from offline_ready.monitor import Monitor
from offline_ready.monitor.dnswatch import ResolverConfigWatch
from offline_ready.monitor.services import LightResult, ServiceSchedule, light_check
from offline_ready.probes.http import HttpResult


def verdict(state: State = State.ONLINE, services: list[ServiceVerdict] | None = None) -> Verdict:
    return Verdict(state, services or [], [], Advice("x"), now())


# ---------------------------------------------------------------- the resolver-configuration watch

@pytest.mark.parametrize("how", ["in-place", "replace", "create", "remove"])
def test_any_write_of_a_resolver_file_is_seen(tmp_path: Path, how: str) -> None:
    conf = tmp_path / "resolv.conf"
    if how != "create":
        conf.write_text("nameserver 203.0.113.53\n")
    w = ResolverConfigWatch(files=(conf,))
    assert w.available
    assert not w.changed()
    if how in ("in-place", "create"):
        with open(conf, "w") as f:
            f.write("nameserver 203.0.113.54\n")
    elif how == "replace":
        tmp = tmp_path / "resolv.conf.new"
        tmp.write_text("nameserver 203.0.113.54\n")
        tmp.replace(conf)
    else:
        conf.unlink()
    import select

    ready, _, _ = select.select([w.fileno()], [], [], 2.0)
    assert ready, "inotify did not wake the monitor"
    assert w.changed()
    assert not w.changed()  # reported once
    w.close()


def test_unrelated_files_next_to_it_do_not_count(tmp_path: Path) -> None:
    conf = tmp_path / "resolv.conf"
    conf.write_text("nameserver 203.0.113.53\n")
    w = ResolverConfigWatch(files=(conf,))
    (tmp_path / "hosts").write_text("127.0.0.1 localhost\n")
    assert not w.changed()
    w.close()


def test_platforms_without_files_compare_the_resolver_list(tmp_path: Path) -> None:
    servers = [["203.0.113.53"]]
    w = ResolverConfigWatch(files=(), resolvers=lambda: servers[0], poll_seconds=0)
    assert not w.changed()
    servers[0] = ["203.0.113.54"]
    assert w.changed()
    w.close()


# ---------------------------------------------------------------- the per-service schedule

def test_schedule_spreads_services_and_honours_each_interval() -> None:
    services = [{"name": "Shop", "url": "http://shop.test/"},
                {"name": "Forum", "url": "http://forum.test/", "check_every": 20},
                {"name": "Off", "url": "http://off.test/", "enabled": False}]
    s = ServiceSchedule(services, 60, now=1000.0)
    assert [c.name for c in s.checks] == ["Shop", "Forum"]
    shop, forum = s.checks
    assert 1000 <= shop.due < 1060 and 1000 <= forum.due < 1020
    assert s.take_due(999.0) == []
    seen: dict[str, list[float]] = {"Shop": [], "Forum": []}
    t = 1000.0
    while t < 1300:
        for c in s.take_due(t):
            seen[c.name].append(t)
        t += 1
    gaps = {name: {round(b - a) for a, b in itertools.pairwise(ts)} for name, ts in seen.items()}
    assert gaps == {"Shop": {60}, "Forum": {20}}
    s.postpone_all(2000.0)
    assert s.next_due() == 2020.0


def test_light_check_uses_head_and_falls_back_to_get_where_refused() -> None:
    calls: list[str] = []

    def fake_fetch(url, timeout, method="GET"):
        calls.append(method)
        status = 405 if method == "HEAD" else 200
        return HttpResult(url, "ok", 3.0, status=status)

    s = ServiceSchedule([{"name": "Shop", "url": "http://shop.test/"}], 60, now=0.0)
    check = s.checks[0]
    assert light_check(check, 1.0, fake_fetch).up
    assert light_check(check, 1.0, fake_fetch).up
    assert calls == ["HEAD", "GET", "GET"]  # the refusal is remembered

    def failing(url, timeout, method="GET"):
        return HttpResult(url, "ok", 3.0, status=503)

    s2 = ServiceSchedule([{"name": "Shop", "url": "http://shop.test/"}], 60, now=0.0)
    r = light_check(s2.checks[0], 1.0, failing)
    assert not r.up and "503" in r.detail


# ---------------------------------------------------------------- the monitor loop

class Rig:
    def __init__(self, tmp_path: Path, app_home: Path, *, services: bool = False,
                 dns_files: tuple[Path, ...] = ()) -> None:
        cfg = tmp_path / "c.toml"
        lines = ["[monitor]", "full_interval = 600", "confirm_rounds = 3", "heartbeat_interval = 3600",
                 "endpoint_interval = 3600", "service_interval = 10"]
        if services:
            lines += ["[[services]]", 'name = "Shop"', 'url = "http://shop.test/"', "check_every = 10"]
        cfg.write_text("\n".join(lines) + "\n")
        self.config = load_config(cfg)
        self.bus = EventBus()
        self.events: queue.Queue = queue.Queue()
        self.bus.subscribe(self.events.put)
        self.state = State.ONLINE
        self.shop = ServiceState.UP
        self.backup = tmp_path / "journal" / "open.json"
        self.backup.parent.mkdir()
        self.light: list[str] = []

        def diagnose(_config):
            svcs = [ServiceVerdict("Shop", "http://shop.test/", self.shop)] if services else []
            return verdict(self.state, svcs)

        def service_check(check, _timeout):
            self.light.append(check.name)
            return LightResult(check.name, self.shop is ServiceState.UP, "HTTP 503")

        self.monitor = Monitor(self.config, self.bus, diagnose_fn=diagnose, watch_network=False,
                               backup_file=self.backup, dns_files=dns_files, service_check=service_check)
        self.monitor.start()
        assert self.wait(StateChanged, 5).state == "online"

    def wait(self, kind: type, timeout: float, pred=lambda e: True):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                e = self.events.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if isinstance(e, kind) and pred(e):
                return e
        raise AssertionError(f"no {kind.__name__} within {timeout} s")

    def stop(self) -> None:
        self.monitor.stop()


@pytest.fixture
def rig(tmp_path, app_home):
    r = Rig(tmp_path, app_home)
    yield r
    r.stop()


def test_switching_to_backup_dns_is_not_recovery_and_restoring_checks_at_once(rig: Rig) -> None:
    # a DNS outage, confirmed
    rig.state = State.DNS_OUTAGE
    rig.monitor.check_now("test")
    ev = rig.wait(StateChanged, 15, lambda e: e.state == "dns-outage")
    started = ev.incident_started_at
    # the user switches to backup DNS: the journal appears, the system resolves again
    rig.state = State.ONLINE
    t0 = time.monotonic()
    rig.backup.write_text("{}")
    check = rig.wait(CheckStarted, 2)
    assert check.reason == "dns-config"
    ev = rig.wait(StateChanged, 3)
    assert time.monotonic() - t0 < 2.0
    assert ev.state == "online" and ev.on_backup and not ev.was_on_backup
    assert ev.incident_started_at == started, "running on backup DNS is the same incident, not recovery"
    assert "backup-dns" in ev.verdict.reasons
    # restore: back to the user's own (still broken) resolver — seen at once, no 10-minute wait
    rig.state = State.DNS_OUTAGE
    t0 = time.monotonic()
    rig.backup.unlink()
    ev = rig.wait(StateChanged, 3)
    assert time.monotonic() - t0 < 2.0
    assert ev.state == "dns-outage" and not ev.on_backup and ev.was_on_backup
    assert ev.incident_started_at == started
    # the user's own resolver recovers: that, and only that, is recovery
    rig.state = State.ONLINE
    rig.monitor.check_now("test")
    ev = rig.wait(StateChanged, 15)
    assert ev.state == "online" and not ev.on_backup and ev.incident_started_at is None


def test_a_change_of_resolver_files_triggers_a_check(tmp_path: Path, app_home: Path) -> None:
    conf = tmp_path / "resolv.conf"
    conf.write_text("nameserver 203.0.113.53\n")
    r = Rig(tmp_path, app_home, dns_files=(conf,))
    try:
        t0 = time.monotonic()
        with open(conf, "w") as f:  # in place, as NetworkManager or a VPN client would
            f.write("nameserver 203.0.113.54\n")
        assert r.wait(CheckStarted, 3).reason == "dns-config"
        assert time.monotonic() - t0 < 1.5
    finally:
        r.stop()


def test_a_failing_service_is_checked_on_its_own_cadence_and_confirmed(tmp_path: Path, app_home: Path) -> None:
    r = Rig(tmp_path, app_home, services=True)
    try:
        r.shop = ServiceState.DOWN
        t0 = time.monotonic()
        check = r.wait(CheckStarted, 15, lambda e: e.reason == "service")
        assert time.monotonic() - t0 <= 10.5 and r.light  # the 10-minute full check was not waited for
        ev = r.wait(StateChanged, 15)
        assert ev.verdict.services[0].state is ServiceState.DOWN
        assert check.reason == "service"
        # back up: noticed by the light check (or the trouble-time full checks), confirmed
        r.shop = ServiceState.UP
        ev = r.wait(StateChanged, 25)
        assert ev.state == "online" and ev.incident_started_at is None
    finally:
        r.stop()


# ---------------------------------------------------------------- the heartbeat's DNS answers

def test_names_suddenly_sharing_an_address_are_an_anomaly() -> None:
    """A captive portal or a rewriting filter answers every name with its own address: seen on the
    second name that shares it, without any network-change event."""
    from offline_ready.monitor.heartbeat import names_now_sharing

    table: dict = {}
    shop, forum, portal = frozenset({"203.0.113.21"}), frozenset({"203.0.113.22"}), frozenset({"203.0.113.80"})
    steps = [
        ("shop.test", shop, None), ("forum.test", forum, None),  # first answers: nothing to compare
        ("shop.test", shop, None), ("forum.test", forum, None),  # healthy and stable
        ("shop.test", frozenset({"203.0.113.23"}), None),  # one name moves (a CDN): not an anomaly
        ("shop.test", portal, None),  # the portal: one name alone proves nothing yet
        ("forum.test", portal, "shop.test"),  # a second name lands on the same address
        ("forum.test", portal, None),  # reported once: now the table holds the new normal
        ("shop.test", portal, None),
        ("shop.test", frozenset(), None),  # no address (an error upstream) is not a collision
        ("shop.test", shop, None), ("forum.test", forum, None),  # the portal is gone
        ("check.test", portal, None),  # a name not asked since the portal was there...
        ("shop.test", portal, "check.test"),  # ...still counts: the portal is back
    ]
    for name, addresses, expected in steps:
        assert names_now_sharing(table, name, addresses) == expected, (name, addresses)


def test_names_sharing_an_address_from_the_start_are_not_an_anomaly() -> None:
    from offline_ready.monitor.heartbeat import names_now_sharing

    table: dict = {}
    cdn = frozenset({"198.51.100.7"})
    assert names_now_sharing(table, "a.example", cdn) is None
    assert names_now_sharing(table, "b.example", cdn) is None  # first answer: no "before"
    assert names_now_sharing(table, "a.example", cdn) is None
    assert names_now_sharing(table, "b.example", cdn) is None
