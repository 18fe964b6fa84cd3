"""Backup DNS on the project's shared network lab (tests/netlab): the client's real resolv.conf,
real recursive unbound resolving through nsd, and the real diagnosis engine deciding when a
switch is offered."""

from __future__ import annotations

import json

import pytest
from dns_lab import app_argv

pytestmark = pytest.mark.netns

PUBLIC = "203.0.113.54"
PROFILES = [{"id": "public", "name": "Lab public resolver", "servers": [PUBLIC]}]


@pytest.fixture(scope="module")
def shared_lab(lab):
    lab.reset()  # the suite's session lab: its own resolv.conf, whatever ran before
    original = lab.resolv_conf.read_bytes()
    yield lab, original
    lab.resolv_conf.write_bytes(original)


@pytest.fixture
def env(shared_lab, app_home):
    lab, original = shared_lab
    lab.reset()
    cfg = app_home / "lab.toml"
    cfg.write_text(lab.config_text(timeout=1.0, **{"backup_dns.builtin_profiles": [],
                                                   "backup_dns.profiles": PROFILES,
                                                   "backup_dns.confirm_seconds": 10}))
    run_env = lab.client_env({"OFFLINE_READY_HOME": str(app_home)})

    def cli(*args: str, timeout: float = 60):
        return lab.exec(app_argv(app_home, *args, "--config", str(cfg)), env=run_env, timeout=timeout)

    yield lab, cli, original
    cli("dns", "restore")
    lab.resolv_conf.write_bytes(original)
    lab.reset()


def test_switch_through_real_recursion_and_restore(env) -> None:
    lab, cli, original = env
    lab.resolver_drop(lab.isp_resolver)
    assert lab.exec(["getent", "ahostsv4", "shop.test"], timeout=20).returncode != 0
    r = cli("dns", "use", "public", "--yes", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    first = json.loads(r.stdout.splitlines()[0])
    assert first["verified"] and first["verify_ms"] < 3000
    assert f"nameserver {PUBLIC}" in lab.resolv_conf.read_text()
    got = lab.exec(["getent", "ahostsv4", "shop.test"], timeout=20)
    assert got.returncode == 0 and lab.hosts["shop.test"] in got.stdout
    r = cli("dns", "restore", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "reverted"
    assert lab.resolv_conf.read_bytes() == original


def _decision(lab, cli, verified: list[str]):
    from offline_ready.backup_dns.decide import decide
    from offline_ready.diagnosis.model import Verdict

    r = cli("check", "--json")
    assert r.stdout, r.stderr
    verdict = Verdict.from_dict(json.loads(r.stdout))
    return verdict, decide(verdict, verified_profiles=verified)


def test_switch_offered_only_for_a_resolver_outage(env) -> None:
    lab, cli, _ = env
    lab.resolver_drop(lab.isp_resolver)
    verdict, d = _decision(lab, cli, ["public"])
    assert verdict.state.value == "dns-outage" and d.offer and d.profile_id == "public", (verdict.state, d)

    lab.reset()
    lab.auth_down("shop.test")  # the provider's authoritative DNS: every resolver fails the same way
    verdict, d = _decision(lab, cli, ["public"])
    assert not d.offer and d.kind == "provider-dns", (verdict.state, [s.to_dict() for s in verdict.services], d)

    lab.reset()
    lab.captive_portal()
    verdict, d = _decision(lab, cli, ["public"])
    assert not d.offer and d.kind == "captive-portal", (verdict.state, d)

    lab.reset()
    lab.upstream_down()
    verdict, d = _decision(lab, cli, ["public"])
    assert not d.offer and d.kind == "upstream-down", (verdict.state, d)
