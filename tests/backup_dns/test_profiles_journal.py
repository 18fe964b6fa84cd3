"""Profiles (built-in, custom, captured original, admin policy) and the crash-safe journal."""

from __future__ import annotations

import json

import pytest

from offline_ready.backup_dns.backends.base import AdapterDns, ApplyPlan, FamilyDns, Snapshot
from offline_ready.backup_dns.journal import APPLIED, Journal, JournalError, JournalOpen
from offline_ready.config import ConfigError, load_config, save_user_settings
from offline_ready.resolver_profiles import profiles as prof


def test_builtins_span_independent_providers_with_doh() -> None:
    builtins = list(prof.BUILTIN_PROFILES.values())
    assert len({p.provider for p in builtins}) >= 3
    for p in builtins:
        assert p.ipv4 and p.ipv6 and p.doh_url.startswith("https://") and p.doh_addresses
    all_servers = [s for p in builtins for s in p.servers]
    assert len(all_servers) == len(set(all_servers))


def test_custom_profiles_from_config_and_reserved_ids(app_home) -> None:
    cfg_file = app_home / "c.toml"
    cfg_file.write_text('[backup_dns]\nbuiltin_profiles = ["quad9"]\nprofiles = [{ id = "it", name = "IT resolvers", '
                        'servers = ["10.1.1.53", "2001:db8::53"] }]\n')
    cfg = load_config(cfg_file)
    original = prof.original_profile(["203.0.113.53"], "2026-01-01T00:00:00+00:00")
    ps = prof.load_profiles(cfg, original)
    assert [p.id for p in ps] == ["original", "it", "quad9"]
    assert not ps[0].switchable and ps[1].switchable and ps[1].ipv6 == ["2001:db8::53"]
    for bad in ('id = "quad9"', 'id = "original"', 'id = "Bad Id"'):
        cfg_file.write_text(f'[backup_dns]\nprofiles = [{{ {bad}, name = "x", servers = ["10.1.1.53"] }}]\n')
        with pytest.raises(prof.ProfileError):
            prof.load_profiles(load_config(cfg_file))
    cfg_file.write_text('[backup_dns]\nprofiles = [{ id = "it", name = "x", servers = ["10.1.1.53; id"] }]\n')
    with pytest.raises(ConfigError, match="not a valid IPv4 or IPv6 address"):
        load_config(cfg_file)


def test_admin_policy_sets_and_locks_profiles(app_home) -> None:
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "dns.toml").write_text('[backup_dns]\nbuiltin_profiles = []\nallow_switch = false\n'
                                      'profiles = [{ id = "corp", name = "Corp DNS", servers = ["10.9.9.53"] }]\n')
    cfg = load_config()
    assert [p.id for p in prof.load_profiles(cfg)] == ["corp"]
    assert cfg.is_locked("backup_dns.profiles") and cfg["backup_dns.allow_switch"] is False
    with pytest.raises(ConfigError, match="managed by your organization"):
        save_user_settings(cfg, {"backup_dns.allow_switch": True})


def test_original_capture_round_trip(app_home) -> None:
    state = app_home / "state"
    assert prof.load_original(state) is None
    prof.save_original(state, ["203.0.113.53", "fe80::1%eth0"], "resolv.conf", [])
    cap = prof.load_original(state)
    assert cap and cap.servers == ["203.0.113.53", "fe80::1%eth0"] and cap.profile().kind == "original"
    prof.original_file(state).write_text("{broken")
    assert prof.load_original(state) is None  # unreadable: ignored, never a crash


def snap() -> Snapshot:
    return Snapshot("resolv.conf", [AdapterDns("/etc/resolv.conf", ipv4=FamilyDns(["203.0.113.53"], "file"),
                                               extra={"content_b64": "bmFtZXNlcnZlciAyMDMuMC4xMTMuNTMK", "mode": 420})])


def test_journal_lifecycle_is_atomic_and_exclusive(tmp_path) -> None:
    j = Journal(tmp_path / "j")
    assert j.open_entry() is None
    entry = j.begin(snap(), ApplyPlan("lab", ["203.0.113.54"], []))
    assert j.open_entry().state == "saved"
    with pytest.raises(JournalOpen):
        j.begin(snap(), ApplyPlan("lab", ["203.0.113.55"], []))
    j.update(entry, state=APPLIED, changed=["/etc/resolv.conf"])
    again = j.open_entry()
    assert again.state == APPLIED and again.applied_at and again.snap.adapters[0].ipv4.servers == ["203.0.113.53"]
    assert not list((tmp_path / "j").glob(".*.tmp"))  # no temp files left behind
    j.close(entry, "restored")
    assert j.open_entry() is None and j.closed_entries()[-1].outcome == "restored"


def test_damaged_journal_is_reported_and_kept(tmp_path) -> None:
    j = Journal(tmp_path)
    j.open_path.write_text('{"version": 1, "id": "x"')
    with pytest.raises(JournalError, match=r"damaged.*left in place"):
        j.open_entry()
    assert j.open_path.exists()
    j.open_path.write_text(json.dumps({"version": 99}))
    with pytest.raises(JournalError):
        j.open_entry()


def test_closed_entries_are_pruned(tmp_path) -> None:
    j = Journal(tmp_path)
    for i in range(14):
        e = j.begin(snap(), ApplyPlan(f"p{i}", ["203.0.113.54"], []))
        e.id = f"{i:04d}"
        j.close(e, "restored")
    assert len(j.closed_entries()) == 10
