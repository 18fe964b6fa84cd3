"""The switch transaction on a real resolv.conf file with real (loopback) unbound resolvers:
journal first, verify, confirm or auto-revert, exact restore, recovery after a crash."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from offline_ready.backup_dns.backends import resolvconf
from offline_ready.backup_dns.backends.resolvconf import MARKER, ResolvConfBackend
from offline_ready.backup_dns.session import SessionStore
from offline_ready.backup_dns.switcher import LocalSwitcher
from offline_ready.backup_dns.transaction import AWAITING, CONFIRMED, FAILED, NOTHING, REVERTED, Transaction
from offline_ready.probes.dns import DnsResult, query
from offline_ready.resolver_profiles.profiles import Profile

ORIGINAL = b"# written by hand\nsearch office.example\nnameserver 203.0.113.53\noptions timeout:1 edns0\n"
GOOD = Profile("lab", "Lab backup", ("203.0.113.54",), kind="custom")
DEAD = Profile("dead", "Dead backup", ("203.0.113.66",), kind="custom")


class FileLookup:
    """Resolves like glibc: reads the resolv.conf file on every call and asks its nameservers in
    order — here mapped onto loopback unbound ports (the netns tests use the real getaddrinfo)."""

    def __init__(self, path: Path, ports: dict[str, int]) -> None:
        self.path, self.ports = path, ports

    def __call__(self, name: str, timeout: float) -> DnsResult:
        servers = [ln.split()[1] for ln in self.path.read_text().splitlines() if ln.startswith("nameserver")]
        last = DnsResult("system", name, "error", 0.0, detail="no nameservers")
        for s in servers:
            if s not in self.ports:
                continue
            last = query("127.0.0.1", name, timeout, port=self.ports[s])
            if last.answered:
                return last
        return last


@pytest.fixture
def rig(tmp_path, unbound, blackhole):
    resolv = tmp_path / "resolv.conf"
    resolv.write_bytes(ORIGINAL)
    resolv.chmod(0o644)
    lookup = FileLookup(resolv, {"203.0.113.53": blackhole.port, "203.0.113.54": unbound.port,
                                 "203.0.113.66": blackhole.port})
    switcher = LocalSwitcher(ResolvConfBackend(path=resolv), journal_dir=tmp_path / "journal")
    store = SessionStore(tmp_path / "journal")

    def make(**kw) -> Transaction:
        return Transaction(switcher, SessionStore(tmp_path / "journal"), verify_names=["www.lab.test"],
                           lookup=lookup, **{"verify_budget": 1.5, **kw})

    return resolv, make, switcher, store


def test_switch_verify_confirm_and_exact_restore(rig) -> None:
    resolv, make, switcher, _ = rig
    tx = make()
    out = tx.use(GOOD)
    assert out.status == AWAITING and out.verified, out.message
    text = resolv.read_text()
    assert text.startswith(MARKER) and "nameserver 203.0.113.54" in text and "203.0.113.53" not in text
    assert "search office.example" in text and "options timeout:1 edns0" in text
    assert switcher.journal.open_entry().snap.adapters[0].ipv4.servers == ["203.0.113.53"]
    assert out.session["original_servers"] == ["203.0.113.53"]
    assert tx.confirm().status == CONFIRMED
    assert tx.wait_for_confirmation().status == CONFIRMED
    restored = tx.restore()
    assert restored.status == REVERTED
    assert resolv.read_bytes() == ORIGINAL and oct(resolv.stat().st_mode & 0o777) == "0o644"
    assert switcher.journal.open_entry() is None and tx.store.load() is None
    assert tx.restore().status == NOTHING


def test_failed_verification_reverts_at_once(rig) -> None:
    resolv, make, switcher, _ = rig
    t0 = time.monotonic()
    out = make().use(DEAD)
    assert out.status == REVERTED and not out.verified and "did not work" in out.message
    assert resolv.read_bytes() == ORIGINAL and switcher.journal.open_entry() is None
    assert time.monotonic() - t0 < 3.0


def test_unconfirmed_switch_reverts_after_the_countdown(rig) -> None:
    resolv, make, _, _ = rig
    tx = make(confirm_seconds=1)
    assert tx.use(GOOD).status == AWAITING
    ticks: list[float] = []
    out = tx.wait_for_confirmation(on_tick=ticks.append)
    assert out.status == REVERTED and "not confirmed" in out.message
    assert ticks and resolv.read_bytes() == ORIGINAL


def test_confirm_from_another_process_stops_the_countdown(rig) -> None:
    resolv, make, _, _ = rig
    tx = make(confirm_seconds=20)
    assert tx.use(GOOD).status == AWAITING
    other = make()  # e.g. `offline-ready dns confirm` in another terminal
    threading.Timer(0.3, other.confirm).start()
    t0 = time.monotonic()
    assert tx.wait_for_confirmation().status == CONFIRMED
    assert time.monotonic() - t0 < 2
    assert "203.0.113.54" in resolv.read_text()
    tx.restore()
    assert resolv.read_bytes() == ORIGINAL


def test_confirm_too_late_or_unverified_is_refused(rig) -> None:
    _, make, _, _ = rig
    clock = [1000.0]
    tx = make(confirm_seconds=10, clock=lambda: clock[0])
    assert tx.confirm().status == NOTHING
    assert tx.use(GOOD).status == AWAITING
    clock[0] += 11
    assert tx.confirm().status == FAILED
    assert tx.wait_for_confirmation().status == REVERTED


def test_recovery_restores_abandoned_switch_and_keeps_confirmed_one(rig) -> None:
    resolv, make, _, _ = rig
    tx = make()
    tx.use(GOOD)
    tx.store.release_owner()  # what a killed process leaves: an open journal, nobody holding the lock
    out = make().recover()
    assert out.status == REVERTED and "unconfirmed" in out.message and resolv.read_bytes() == ORIGINAL

    clock = [5000.0]
    tx = make(max_session_hours=1, clock=lambda: clock[0])
    tx.use(GOOD)
    tx.confirm()
    tx.store.release_owner()
    later = make(max_session_hours=1, clock=lambda: clock[0])
    assert later.recover().status == CONFIRMED and "203.0.113.54" in resolv.read_text()
    clock[0] += 3601
    assert later.check_expiry().status == REVERTED and resolv.read_bytes() == ORIGINAL


def test_recovery_leaves_a_live_countdown_alone(rig) -> None:
    resolv, make, _, _ = rig
    tx = make()
    tx.use(GOOD)  # this transaction still holds the owner lock
    out = make().recover()
    assert out.status == AWAITING and "203.0.113.54" in resolv.read_text()
    tx.restore()


def test_managed_resolv_conf_is_never_written(tmp_path) -> None:
    link = tmp_path / "resolv.conf"
    link.symlink_to("/run/systemd/resolve/stub-resolv.conf")
    switcher = LocalSwitcher(ResolvConfBackend(path=link), journal_dir=tmp_path / "j")
    tx = Transaction(switcher, SessionStore(tmp_path / "j"), verify_names=["x.test"])
    out = tx.use(GOOD)
    assert out.status == FAILED and "managed by systemd-resolved" in out.message
    assert link.is_symlink() and switcher.journal.open_entry() is None


def test_refuses_second_switch_and_original_profile(rig) -> None:
    _, make, _, _ = rig
    tx = make()
    assert tx.use(Profile("original", "Mine", ("203.0.113.53",), kind="original")).status == FAILED
    assert tx.use(GOOD).status == AWAITING
    tx.store.release_owner()
    second = make().use(GOOD)
    assert second.status == FAILED and "already in use" in second.message
    make().restore()


def test_switch_through_the_helper_process(tmp_path, unbound, blackhole, monkeypatch, app_home) -> None:
    """The unprivileged side talks to the helper only through its fixed verbs (here without pkexec;
    the helper runs in a private mount namespace where the test's file is /etc/resolv.conf)."""
    from offline_ready.backup_dns.journal import Journal
    from offline_ready.backup_dns.switcher import HelperSwitcher
    from support import privns

    privns.require_privns()
    resolv = tmp_path / "resolv.conf"
    resolv.write_bytes(ORIGINAL)
    monkeypatch.setattr(resolvconf, "DEFAULT_PATH", resolv)  # the status read in this process
    calls: list[list[str]] = []
    root = tmp_path / "system"
    helper = HelperSwitcher(launcher=privns.in_system(root, privns.helper_argv(), resolv_conf=resolv))
    helper.journal = Journal(privns.journal_dir(root))  # what /var/lib/offline-ready/dns-journal is there
    real_call = helper._call
    monkeypatch.setattr(helper, "_call", lambda *a: calls.append(list(a)) or real_call(*a))
    lookup = FileLookup(resolv, {"203.0.113.53": blackhole.port, "203.0.113.54": unbound.port})
    tx = Transaction(helper, SessionStore(app_home / "state" / "dns-journal"), verify_names=["www.lab.test"],
                     lookup=lookup, verify_budget=1.5)
    out = tx.use(GOOD, ["corp.example"])
    assert out.status == AWAITING and out.warnings, out.message
    assert calls[0] == ["apply", "lab", "--confirm-within", str(tx.system_deadline()), "--server", "203.0.113.54",
                        "--keep-suffix", "corp.example"]
    journal = helper.status()["journal"]
    assert journal["profile_id"] == "lab" and journal["revert_by"] == "helper process" and not journal["confirmed"]
    assert tx.confirm().status == CONFIRMED
    assert calls[1] == ["confirm", journal["id"]] and helper.status()["journal"]["confirmed"]
    assert tx.restore().status == REVERTED and calls[-1] == ["restore"]
    assert resolv.read_bytes() == ORIGINAL
