"""The facade (events, capture of the original settings, decisions) and the `dns` commands'
exit codes and JSON — all without sending a packet beyond loopback."""

from __future__ import annotations

import json

import pytest
from test_transaction import ORIGINAL, FileLookup

from offline_ready.backup_dns.backends import resolvconf
from offline_ready.backup_dns.backends.resolvconf import ResolvConfBackend
from offline_ready.backup_dns.events import DnsSwitchEvent
from offline_ready.backup_dns.service import BackupDnsService, SwitchNotAllowed
from offline_ready.backup_dns.switcher import LocalSwitcher
from offline_ready.cli.main import main
from offline_ready.config import load_config
from offline_ready.diagnosis.model import Advice, State, Verdict
from offline_ready.diagnosis.model import now as utcnow
from offline_ready.events import EventBus
from offline_ready.resolver_profiles.results import save_results

CONFIG = """
[probes]
canary_names = ["www.lab.test"]
resolvers = ["203.0.113.55"]
nxdomain_zone = "lab.test"
[backup_dns]
builtin_profiles = ["quad9"]
profiles = [{ id = "lab", name = "Lab backup", servers = ["203.0.113.54"] }]
"""


@pytest.fixture
def env(app_home, tmp_path, unbound, blackhole, monkeypatch):
    resolv = tmp_path / "resolv.conf"
    resolv.write_bytes(ORIGINAL)
    monkeypatch.setattr(resolvconf, "DEFAULT_PATH", resolv)
    cfg_file = app_home / "lab.toml"
    cfg_file.write_text(CONFIG)
    lookup = FileLookup(resolv, {"203.0.113.53": blackhole.port, "203.0.113.54": unbound.port})
    return resolv, cfg_file, lookup


def service(cfg_file, lookup, resolv, bus=None, **kw) -> BackupDnsService:
    return BackupDnsService(load_config(cfg_file), bus, switcher=LocalSwitcher(ResolvConfBackend(path=resolv)),
                            lookup=lookup, system_servers=lambda: ["203.0.113.53"], **kw)


def test_service_switch_publishes_events_and_captures_original(env) -> None:
    resolv, cfg_file, lookup = env
    bus = EventBus()
    events: list[DnsSwitchEvent] = []
    bus.subscribe(lambda e: events.append(e) if isinstance(e, DnsSwitchEvent) else None)
    svc = service(cfg_file, lookup, resolv, bus, confirm_seconds=10)
    assert [p.id for p in svc.profiles()] == ["lab", "quad9"]
    out = svc.use("lab")
    assert out.status == "awaiting-confirmation", out.message
    assert svc.original().servers == ["203.0.113.53"]  # captured before the switch, not guessed
    assert next(p.id for p in svc.profiles()) == "original"
    st = svc.status()
    assert st["on_backup"] and st["backend"] == "resolv.conf" and st["session"]["verified"]
    assert svc.confirm().status == "confirmed"
    assert svc.restore().status == "reverted" and resolv.read_bytes() == ORIGINAL
    assert [e.action for e in events] == ["awaiting-confirmation", "confirmed", "reverted"]
    svc.stop_watch()


def test_service_policy_forbids_switching(env, app_home) -> None:
    resolv, cfg_file, lookup = env
    cfg_file.write_text(CONFIG.replace("[backup_dns]\n", "[backup_dns]\nallow_switch = false\n"))
    with pytest.raises(SwitchNotAllowed):
        service(cfg_file, lookup, resolv).use("lab")
    assert resolv.read_bytes() == ORIGINAL


def test_service_decision_uses_last_verified_results(env, app_home) -> None:
    resolv, cfg_file, lookup = env
    svc = service(cfg_file, lookup, resolv)
    outage = Verdict(State.DNS_OUTAGE, [], [], Advice("x"), utcnow())
    assert svc.decision(outage).kind == "no-verified-backup"
    save_results(app_home / "state", {"started_at": "2026-01-01T00:00:00+00:00", "results": [
        {"id": "lab", "server": "203.0.113.54", "role": "backup", "works": True},
        {"id": "quad9", "server": "9.9.9.9", "role": "backup", "works": False}]})
    d = svc.decision(outage)
    assert d.offer and d.profile_id == "lab"
    assert svc.pick_profile().id == "lab"
    assert svc.status()["profiles"][0]["verified"] is True


def test_watcher_reports_healthy_originals(env, unbound) -> None:
    resolv, cfg_file, lookup = env
    bus = EventBus()
    seen: list[str] = []
    bus.subscribe(lambda e: seen.append(e.action) if isinstance(e, DnsSwitchEvent) else None)
    svc = service(cfg_file, lookup, resolv, bus, port=unbound.port)
    svc.use("lab")
    svc.confirm()
    # the originals' address is mapped nowhere on loopback except through the session: point it at unbound
    session = svc.store.load()
    session.original_servers = ["127.0.0.1"]
    svc.store.save(session)
    svc.watch_once()
    assert svc.originals_healthy and "originals-healthy" in seen
    svc.restore()


# ---------------------------------------------------------------- the command line

def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_status_json_and_exit_codes(env, capsys) -> None:
    _resolv, cfg_file, _ = env
    code, out = run(capsys, "dns", "status", "--json", "--config", str(cfg_file))
    data = json.loads(out)
    assert code == 0 and data["backend"] == "resolv.conf" and not data["on_backup"]
    assert data["current"]["adapters"][0]["ipv4"]["servers"] == ["203.0.113.53"]
    assert [p["id"] for p in data["profiles"]] == ["lab", "quad9"]
    code, out = run(capsys, "dns", "status", "--config", str(cfg_file))
    assert code == 0 and "Backup DNS: not in use." in out


def test_cli_confirm_restore_and_bad_profile(env, capsys) -> None:
    resolv, cfg_file, _ = env
    code, out = run(capsys, "dns", "confirm", "--json", "--config", str(cfg_file))
    assert code == 1 and json.loads(out)["status"] == "nothing"
    code, out = run(capsys, "dns", "restore", "--config", str(cfg_file))
    assert code == 0 and "nothing to restore" in out
    assert main(["dns", "use", "no-such", "--config", str(cfg_file)]) == 3
    assert main(["dns", "use", "$(reboot)", "--config", str(cfg_file)]) == 3
    assert main(["dns", "benchmark", "--queries", "0", "--config", str(cfg_file)]) == 3
    assert main(["dns", "benchmark", "--profile", "nope", "--config", str(cfg_file)]) == 3
    assert resolv.read_bytes() == ORIGINAL


def test_cli_reports_an_open_switch_and_restores_it(env, capsys) -> None:
    resolv, cfg_file, lookup = env
    svc = service(cfg_file, lookup, resolv)
    svc.use("lab")
    svc.store.release_owner()  # as if the switching process had been killed
    code, out = run(capsys, "dns", "status", "--config", str(cfg_file))
    assert code == 1 and "Backup DNS in use: lab" in out and "NOT confirmed" in out
    code, out = run(capsys, "dns", "restore", "--json", "--config", str(cfg_file))
    assert code == 0 and json.loads(out)["status"] == "reverted"
    assert resolv.read_bytes() == ORIGINAL


def test_cli_broken_config_is_exit_3(env, capsys) -> None:
    _, cfg_file, _ = env
    cfg_file.write_text('[backup_dns]\nprofiles = [{ id = "x", name = "x", servers = ["1.2.3"] }]\n')
    assert main(["dns", "status", "--config", str(cfg_file)]) == 3


def test_status_says_what_will_really_happen_to_an_unconfirmed_switch() -> None:
    """`dns status` reads the deadline from the root-owned journal: it holds whether the app lives or not."""
    from offline_ready.cli.dns_cmd import switch_state

    j = {"revert_at": 1000.0, "revert_by": "helper process", "confirmed": False}
    assert switch_state({**j, "confirmed": True}, {}, now=2000.0) == "confirmed"
    assert "the system switches back at" in switch_state(j, {}, now=959.0) and "(in 41 s)" in switch_state(j, {}, 959.0)
    assert "switching back now" in switch_state(j, {}, now=1003.0)
    late = switch_state(j, {}, now=1100.0)
    assert "did not happen" in late and "dns restore" in late
    assert "nothing will undo it by itself" in switch_state({**j, "revert_by": ""}, {}, now=959.0)
