"""End-to-end: the app's own traffic during a resolver outage goes through its fallback resolution
(backup resolver, DoH, last known address) and says which source answered — document refreshes
and the services' backup-address retry alike. Real unbound, nsd and nginx in the network lab."""

from __future__ import annotations

import json

import pytest
from test_check_scenarios import TIMEOUT, check, service


@pytest.fixture(scope="module")
def cfg(lab, tmp_path_factory):
    path = tmp_path_factory.mktemp("cfg") / "lab.toml"
    path.write_text(lab.config_text(timeout=TIMEOUT))
    return path


def app(lab, cfg, home, *args: str):
    return lab.exec(["python3", "-m", "offline_ready", *args, "--config", str(cfg)],
                    env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=60)


def test_document_refresh_during_a_resolver_outage_uses_a_backup_resolver(healthy_lab, cfg, app_home) -> None:
    healthy_lab.resolver_drop(ip="203.0.113.53")
    r = app(healthy_lab, cfg, app_home, "docs", "add", "https://forum.test/", "--name", "Forum page", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(r.stdout)
    sync = out["sync"]
    assert sync["outcome"] == "new-version", sync
    assert sync["resolved_via"] == "backup"
    assert "resolved by the backup resolver 203.0.113.5" in sync["resolved_detail"]
    assert "refreshed through DNS fallback" in out["document"]["last_message"]
    # the plain-text refresh says it too
    r = app(healthy_lab, cfg, app_home, "docs", "sync", "--force")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Forum page: unchanged, through DNS fallback — forum.test resolved by the backup resolver" in r.stdout


def test_document_refresh_when_healthy_says_nothing_of_fallback(healthy_lab, cfg, app_home) -> None:
    r = app(healthy_lab, cfg, app_home, "docs", "add", "http://shop.test/", "--name", "Shop page", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    sync = json.loads(r.stdout)["sync"]
    assert sync["outcome"] == "new-version" and sync["resolved_via"] is None


def test_fallback_resolution_off_means_no_fallback(healthy_lab, tmp_path, app_home) -> None:
    path = tmp_path / "off.toml"
    path.write_text(healthy_lab.config_text(timeout=TIMEOUT, **{"backup_dns.fallback_resolution": False}))
    healthy_lab.resolver_drop(ip="203.0.113.53")
    r = app(healthy_lab, path, app_home, "docs", "add", "https://forum.test/", "--name", "Forum page", "--json")
    sync = json.loads(r.stdout)["sync"]
    assert sync["outcome"] == "failed" and sync["resolved_via"] is None, sync
    v, code, _elapsed = check(healthy_lab, path, app_home)
    assert (v["state"], code) == ("dns-outage", 2)
    assert all(s["answered_via"] is None for s in v["services"])


def test_service_backup_retry_says_which_resolver_answered(healthy_lab, cfg, app_home) -> None:
    healthy_lab.resolver_drop(ip="203.0.113.53")
    v, code, _elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("dns-outage", 2)
    shop = service(v, "Shop")
    assert shop["answered_via"] == "backup"
    assert "it answers through a backup resolver (203.0.113.5" in shop["detail"]
    ev = next(e for e in v["evidence"] if e["probe"] == "service" and e["target"] == "Shop")
    assert ev["data"]["via_backup"]["source"] == "backup"


def test_last_known_address_when_every_resolver_fails(healthy_lab, cfg, app_home) -> None:
    v, _code, _elapsed = check(healthy_lab, cfg, app_home)  # healthy: the services' addresses are remembered
    assert v["state"] == "online"
    for ip in healthy_lab.resolvers:
        healthy_lab.resolver_drop(ip=ip)
    v, code, _elapsed = check(healthy_lab, cfg, app_home)
    assert (v["state"], code) == ("dns-outage", 2), v["advice"]
    shop = service(v, "Shop")
    assert shop["answered_via"] == "stale", shop
    assert "it answers at its last known address" in shop["detail"]
