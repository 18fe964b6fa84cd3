"""Staying useful without switching: the app's own lookups fall back from the system resolver to
a backup resolver, then DoH, then remembered addresses — always saying which source answered."""

from __future__ import annotations

import json
import time

import pytest

from offline_ready.events import EventBus, Notice
from offline_ready.fallback_lookup import FallbackResolver, ResolveError, resolving_session
from offline_ready.fallback_lookup.fallback import DohEndpoint
from offline_ready.fallback_lookup.stale import StaleStore
from offline_ready.probes.dns import DnsResult


def system_ok(name: str, timeout: float) -> DnsResult:
    return DnsResult("system", name, "ok", 1.0, ["198.51.100.10"])


def system_down(name: str, timeout: float) -> DnsResult:
    return DnsResult("system", name, "servfail", 1.0, detail="temporary failure in name resolution")


def system_nx(name: str, timeout: float) -> DnsResult:
    return DnsResult("system", name, "nxdomain", 1.0, detail="name does not exist")


@pytest.fixture
def bus_notices():
    bus = EventBus()
    seen: list[Notice] = []
    bus.subscribe(lambda e: seen.append(e) if isinstance(e, Notice) else None)
    return bus, seen


def make(tmp_path, *, system, port, doh=None, bus=None, stale_max_age=3600.0, doh_ca=True) -> FallbackResolver:
    return FallbackResolver(backups=["127.0.0.1"], backup_port=port, doh=doh or [], system=system, timeout=0.5,
                            store=StaleStore(tmp_path / "lkg.json"), stale_max_age=stale_max_age, bus=bus,
                            doh_verify=doh_ca)


def test_system_answer_is_used_and_remembered(tmp_path, unbound) -> None:
    r = make(tmp_path, system=system_ok, port=unbound.port)
    res = r.resolve("WWW.lab.test.")
    assert (res.source, res.addresses, res.fallback) == ("system", ["198.51.100.10"], False)
    saved = json.loads((tmp_path / "lkg.json").read_text())
    assert saved["hosts"]["www.lab.test"]["addresses"] == ["198.51.100.10"]


def test_backup_resolver_answers_when_the_system_fails(tmp_path, unbound, bus_notices) -> None:
    bus, notices = bus_notices
    calls: list[str] = []

    def system(name, timeout):
        calls.append(name)
        return system_down(name, timeout)

    r = make(tmp_path, system=system, port=unbound.port, bus=bus)
    res = r.resolve("shop.lab.test")
    assert (res.source, res.server, res.addresses) == ("backup", "127.0.0.1", ["198.51.100.20"])
    assert res.tried[0] == ("system", "temporary failure in name resolution")
    assert "backup resolver 127.0.0.1" in res.describe()
    r.resolve("www.lab.test")
    assert calls == ["shop.lab.test"]  # a failing system resolver is skipped for a while
    assert len(notices) == 1 and notices[0].kind == "dns.fallback"  # said once, not per lookup


def test_doh_answers_when_port_53_is_dead(tmp_path, blackhole, doh) -> None:
    r = make(tmp_path, system=system_down, port=blackhole.port, doh=[DohEndpoint(doh.url(), ["127.0.0.1"])],
             doh_ca=str(doh.ca))
    res = r.resolve("www.lab.test")
    assert (res.source, res.server, res.addresses) == ("doh", doh.url(), ["198.51.100.10"])
    assert any(t[0] == "backup 127.0.0.1" for t in res.tried)


def test_remembered_addresses_when_every_resolver_fails(tmp_path, unbound, blackhole) -> None:
    make(tmp_path, system=system_ok, port=unbound.port).resolve("www.lab.test")
    r = make(tmp_path, system=system_down, port=blackhole.port)  # a fresh process: reads the file
    res = r.resolve("www.lab.test")
    assert res.source == "stale" and res.addresses == ["198.51.100.10"]
    assert res.stale_age is not None and 0 <= res.stale_age < 60
    assert "remembered" in res.describe() and res.to_dict()["source"] == "stale"
    with pytest.raises(ResolveError) as exc:
        r.resolve("unknown.lab.test")
    assert [t[0] for t in exc.value.tried][:2] == ["system", "backup 127.0.0.1"]


def test_stale_addresses_expire(tmp_path, blackhole) -> None:
    store = StaleStore(tmp_path / "lkg.json")
    store.remember("old.lab.test", ["198.51.100.7"], "system", now=time.time() - 7200)
    r = make(tmp_path, system=system_down, port=blackhole.port, stale_max_age=3600)
    with pytest.raises(ResolveError, match="too old"):
        r.resolve("old.lab.test")


def test_nxdomain_from_a_working_resolver_is_final(tmp_path, unbound) -> None:
    r = make(tmp_path, system=system_nx, port=unbound.port)
    with pytest.raises(ResolveError) as exc:
        r.resolve("www.lab.test")
    assert exc.value.tried == [("system", "name does not exist")]


def test_damaged_memory_file_is_ignored(tmp_path) -> None:
    (tmp_path / "lkg.json").write_text("{not json")
    assert StaleStore(tmp_path / "lkg.json").get("x.test") is None


def test_requests_session_resolves_through_the_chain(tmp_path, unbound, doh) -> None:
    r = make(tmp_path, system=system_down, port=unbound.port)
    with resolving_session(resolver=r) as s:
        resp = s.get(f"https://doh.test:{doh.port}/", verify=str(doh.ca), timeout=3)
    assert resp.status_code == 400  # reached the server (it wants a DNS query), by name, TLS verified
    assert resp.resolved.source == "backup" and resp.pinned_address == "127.0.0.1"
    assert doh.requests[-1] == ("GET", f"doh.test:{doh.port}")
