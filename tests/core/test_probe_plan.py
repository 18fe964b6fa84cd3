"""The probe plan, table by table (inputs → the plan), and its executor under an injected clock."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest

from offline_ready.diagnosis.executor import DEADLINE_DETAIL, PlanExecutor, Probes
from offline_ready.diagnosis.model import Advice, ServiceState, ServiceVerdict, State, Verdict
from offline_ready.diagnosis.observations import Observations
from offline_ready.diagnosis.plan import ServiceProbe, make_probe_plan
from offline_ready.diagnosis.settings import ProbeSettings
from offline_ready.probes.dns import DnsResult
from offline_ready.probes.gateway import GatewayResult
from offline_ready.probes.http import HttpResult
from offline_ready.probes.link import LinkInfo
from offline_ready.probes.tcp import TcpResult

SYS = "198.51.100.53"
SYS2 = "198.51.100.54"
IND = "203.0.113.53"
IND2 = "203.0.113.54"
IND3 = "203.0.113.55"
IND4 = "203.0.113.56"


def settings(**over: Any) -> ProbeSettings:
    s: dict[str, Any] = {
        "timeout": 2.0,
        "slow_ms": 1000.0,
        "gateway": True,
        "connectivity": [{"url": "http://check.test/generate_204", "status": 204}],
        "ip_endpoints": ["203.0.113.10:443", "[2001:db8::10]:443"],
        "resolvers": [IND, IND2],
        "canary_names": ["a.test", "b.test"],
        "nxdomain_zone": "nx.test",
        "large_transfer": [],
        "services": [{"name": "Shop", "url": "https://shop.test/"}],
    }
    s.update(over)
    return ProbeSettings(**{k: v if k in ("timeout", "slow_ms", "gateway", "nxdomain_zone") else tuple(v)
                            for k, v in s.items()})


def previous(*states: tuple[str, ServiceState]) -> Verdict:
    return Verdict(State.ONLINE, [ServiceVerdict(n, f"https://{n.lower()}.test/", st) for n, st in states], [],
                   Advice("ok"), datetime.now(UTC))


SHOP = ServiceProbe("Shop", "https://shop.test/", "shop.test", None, (IND, IND2))

# name, settings, gateways, system resolvers, previous verdict -> the plan's fields that case is about
CASES: list[tuple[str, dict, list[str], list[str], Verdict | None, dict[str, Any]]] = [
    ("one system resolver, two independent", settings(), ["198.51.100.1"], [SYS], None, {
        "timeout": 2.0,
        "budget": 3.5,
        "gateway": "198.51.100.1",
        "tcp_endpoints": ("203.0.113.10:443", "[2001:db8::10]:443"),
        "canaries": ("a.test", "b.test"),
        "hosts": ("check.test", "shop.test"),
        "lookups": ("a.test", "b.test", "check.test", "shop.test"),
        "system_direct": ((SYS, "a.test"), (SYS, "b.test")),
        "independent": ((IND, "a.test"), (IND, "b.test"), (IND2, "a.test"), (IND2, "b.test")),
        "nxdomain": "x1.nx.test",
        "nxdomain_resolvers": (IND, IND2),
        "tcp_dns": (SYS,),
        "host_direct": ((SYS, "check.test"), (SYS, "shop.test")),
        "services": (SHOP,),
        "service_order": (0,),
    }),
    ("a system resolver that is also listed as independent is not independent",
     settings(resolvers=[SYS, IND]), [], [SYS], None, {
         "independent": ((IND, "a.test"), (IND, "b.test")),
         "nxdomain_resolvers": (IND,),
     }),
    ("only the first three system resolvers are asked directly",
     settings(canary_names=["a.test"], services=[], connectivity=[]), [], [SYS, SYS2, IND3, IND4], None, {
         "system_direct": ((SYS, "a.test"), (SYS2, "a.test"), (IND3, "a.test")),
         "hosts": (),
         "host_direct": (),
     }),
    ("no DNS server configured: the TCP query goes to an independent resolver", settings(), [], [], None, {
        "system_direct": (),
        "host_direct": (),
        "tcp_dns": (IND,),
    }),
    ("no canaries: no TCP query", settings(canary_names=[]), [], [SYS], None, {
        "canaries": (),
        "tcp_dns": (),
        "lookups": ("check.test", "shop.test"),
    }),
    ("gateway check off", settings(gateway=False), ["198.51.100.1"], [SYS], None, {"gateway": None}),
    ("gateway check on but no gateway", settings(), [], [SYS], None, {"gateway": None}),
    ("the hijacking check asks two independent resolvers, a service three",
     settings(resolvers=[IND, IND2, IND3, IND4]), [], [SYS], None, {
         "nxdomain_resolvers": (IND, IND2),
         "services": (ServiceProbe("Shop", "https://shop.test/", "shop.test", None, (IND, IND2, IND3)),),
     }),
    ("names shared by checks, services and the large transfer are looked up once",
     settings(connectivity=[{"url": "http://shop.test/ok"}], large_transfer=["https://shop.test/big"],
              canary_names=["shop.test"]), [], [SYS], None, {
         "hosts": ("shop.test",),
         "lookups": ("shop.test",),
         "host_direct": ((SYS, "shop.test"),),
     }),
    ("a service's expected status is kept",
     settings(services=[{"name": "API", "url": "https://api.test:8443/health", "expect_status": 401}]), [], [],
     None, {"services": (ServiceProbe("API", "https://api.test:8443/health", "api.test", 401, (IND, IND2)),)}),
    ("no previous verdict: services start in the settings' order",
     settings(services=[{"name": "Shop", "url": "https://shop.test/"}, {"name": "Mail", "url": "https://mail.test/"},
                        {"name": "Wiki", "url": "https://wiki.test/"}]), [], [SYS], None,
     {"service_order": (0, 1, 2)}),
    ("services the previous verdict found down or unknown start first, in the settings' order",
     settings(services=[{"name": "Shop", "url": "https://shop.test/"}, {"name": "Mail", "url": "https://mail.test/"},
                        {"name": "Wiki", "url": "https://wiki.test/"}]), [], [SYS],
     previous(("Shop", ServiceState.UP), ("Mail", ServiceState.UNKNOWN), ("Wiki", ServiceState.DOWN)),
     {"service_order": (1, 2, 0)}),
    ("a previous verdict with every service up changes nothing",
     settings(services=[{"name": "Shop", "url": "https://shop.test/"}, {"name": "Mail", "url": "https://mail.test/"}]),
     [], [SYS], previous(("Shop", ServiceState.UP), ("Mail", ServiceState.UP)), {"service_order": (0, 1)}),
]


@pytest.mark.parametrize(("name", "s", "gateways", "sysres", "prev", "want"), CASES, ids=[c[0] for c in CASES])
def test_make_probe_plan(name, s, gateways, sysres, prev, want) -> None:
    plan = make_probe_plan(s, gateways=gateways, system_resolvers=sysres, nxdomain="x1.nx.test", previous=prev)
    got = {field: getattr(plan, field) for field in want}
    assert got == want, name


# --- the executor -------------------------------------------------------------------------------------


class FakeProbes:
    """Probe functions that answer at once from a table (or wait for ``release`` when told to hang)."""

    def __init__(self, hang: bool = False):
        self.release = threading.Event()
        self.hang = hang
        self.calls: list[tuple] = []
        self._lock = threading.Lock()

    def _wait(self, *call: Any) -> None:
        with self._lock:
            self.calls.append(call)
        if self.hang:
            self.release.wait(10)

    def probes(self) -> Probes:
        def gateway(addr, t):
            self._wait("gateway", addr)
            return GatewayResult(addr, True, 1.0, "answered")

        def tcp(target, t):
            self._wait("tcp", target)
            return TcpResult(target, True, True, 5.0)

        def system_lookup(name, t):
            self._wait("lookup", name)
            return DnsResult("system", name, "ok", 3.0, ["203.0.113.80"])

        def query(server, name, t, tcp=False):
            self._wait("query", server, name)
            return DnsResult(server, name, "ok", 4.0, ["203.0.113.80"])

        def fetch(url, t, lookup=None, max_total=None, socket_options=None):
            self._wait("fetch", url)
            host = url.split("/")[2]
            return HttpResult(url, "ok", 20.0, status=204 if "check" in url else 200, dns=lookup(host, t))

        return Probes(gateway=gateway, tcp=tcp, system_lookup=system_lookup, query=query, fetch=fetch,
                      small_segments=lambda: None)


def _obs() -> Observations:
    return Observations(link=LinkInfo(True, gateways=["198.51.100.1"]), timeout=2.0)


@pytest.fixture
def pool():
    with ThreadPoolExecutor(max_workers=16, thread_name_prefix="plan-test") as p:
        yield p


def test_executor_collects_every_probe_in_the_plans_order(pool) -> None:
    s = settings(services=[{"name": "Shop", "url": "https://shop.test/"}, {"name": "Mail", "url": "https://mail.test/"}])
    plan = make_probe_plan(s, gateways=["198.51.100.1"], system_resolvers=[SYS], nxdomain="x1.nx.test",
                           previous=previous(("Shop", ServiceState.UP), ("Mail", ServiceState.DOWN)))
    fake = FakeProbes()
    submitted: list[str] = []

    def submit(fn, *args):
        submitted.append(args[0].name if args and isinstance(args[0], ServiceProbe) else "")
        return pool.submit(fn, *args)

    obs = PlanExecutor(plan, submit, clock=time.perf_counter, probes=fake.probes()).run(_obs(), time.perf_counter())
    assert [x for x in submitted if x] == ["Mail", "Shop"]  # started as the plan orders them...
    assert [o.name for o in obs.services] == ["Shop", "Mail"]  # ...reported in the settings' order
    assert all(o.result.ok for o in obs.services) and [len(o.independent) for o in obs.services] == [2, 2]
    assert [(r.server, r.name) for r in obs.system_direct] == list(plan.system_direct)
    assert [(r.server, r.name) for r in obs.independent] == list(plan.independent)
    assert [(r.server, r.name) for r in obs.system_hosts] == list(plan.host_direct)
    assert [r.name for r in obs.system_lookups] == ["a.test", "b.test"]
    assert [t.target for t in obs.tcp] == list(plan.tcp_endpoints)
    assert obs.nxdomain_system.name == "x1.nx.test" and len(obs.nxdomain_independent) == 2
    assert obs.dns_tcp == []  # UDP answered: the TCP query was not sent
    assert obs.gateway.reachable
    assert obs.connectivity[0].result.status == 204


def test_executor_stops_waiting_at_the_deadline_of_its_clock(pool) -> None:
    """A clock already past the budget: every probe counts as timed out, without waiting for any."""
    plan = make_probe_plan(settings(), gateways=["198.51.100.1"], system_resolvers=[SYS], nxdomain="x1.nx.test")
    fake = FakeProbes(hang=True)
    late = 100.0 + plan.budget + 0.01  # the clock says the round's time is already up
    began = time.monotonic()
    obs = PlanExecutor(plan, pool.submit, clock=lambda: late, probes=fake.probes()).run(_obs(), 100.0)
    waited = time.monotonic() - began
    fake.release.set()
    assert waited < 1.0
    assert obs.duration_ms == pytest.approx((plan.budget + 0.01) * 1000)
    assert obs.gateway is None
    assert all(t.error == "timeout" and t.detail == DEADLINE_DETAIL for t in obs.tcp)
    assert all(r.status == "timeout" for r in obs.system_lookups + obs.system_direct + obs.independent)
    assert obs.nxdomain_system.status == "timeout"
    assert [o.result.phase for o in obs.services] == ["timeout"]
    assert obs.connectivity[0].result.detail == DEADLINE_DETAIL


def test_importing_the_engine_makes_no_thread_pool(app_home) -> None:
    import subprocess
    import sys
    from pathlib import Path

    desktop = Path(__file__).resolve().parents[2] / "desktop"

    code = ("import gc, threading, concurrent.futures as cf, offline_ready.diagnosis.engine\n"
            "print(sum(isinstance(o, cf.ThreadPoolExecutor) for o in gc.get_objects()), threading.active_count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
                         env={"PYTHONPATH": str(desktop), "PATH": "/usr/bin:/bin", "OFFLINE_READY_HOME": str(app_home)})
    assert out.stdout.split() == ["0", "1"]
