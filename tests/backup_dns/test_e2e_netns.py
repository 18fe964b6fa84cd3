"""End-to-end in the network lab (tests/netlab, with four public resolvers and a DoH server):
real unbound, the real /etc/resolv.conf backend (the client namespace's own resolv.conf) and the
real getaddrinfo, driven through `offline-ready dns`."""

from __future__ import annotations

import json
import os
import signal
import sys
import time

import pytest
from dns_lab import SYSTEM, app_argv, app_env, config_text, offline_ready, reset, start

from netlab import FORUM_IP, Lab, can_run
from support import privns
from support.require import require

pytestmark = pytest.mark.netns


@pytest.fixture(scope="module")
def rig():
    ok, why = can_run()
    require(ok, why)
    lab = start()
    yield lab
    lab.stop()


@pytest.fixture(scope="module")
def backups(rig) -> tuple[str, ...]:
    return rig.public_resolvers  # four of them: one per backup profile, lab1 with DoH


@pytest.fixture
def case(rig, app_home):
    reset(rig)
    cfg = app_home / "lab.toml"
    cfg.write_text(config_text(rig, confirm_seconds=10))
    yield rig, cfg, app_home
    offline_ready(rig, "dns", "restore", "--config", str(cfg), home=app_home)
    reset(rig)


def getent(rig: Lab, name: str = "shop.test") -> bool:
    return rig.exec(["getent", "ahostsv4", name], timeout=15).returncode == 0


def test_switch_verify_and_exact_restore(case, backups) -> None:
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    rig.resolver_drop(SYSTEM)  # the user's resolver is down
    assert not getent(rig)
    t0 = time.monotonic()
    r = offline_ready(rig, "dns", "use", "lab1", "--yes", "--json", "--config", str(cfg), home=home)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 0, r.stdout + r.stderr
    assert lines[0]["status"] == "awaiting-confirmation" and lines[0]["verified"]
    assert lines[-1]["status"] == "confirmed"
    assert time.monotonic() - t0 < 10
    assert f"nameserver {backups[0]}" in rig.resolv_conf.read_text()
    assert getent(rig)  # applications resolve again
    st = offline_ready(rig, "dns", "status", "--json", "--config", str(cfg), home=home)
    assert st.returncode == 1 and json.loads(st.stdout)["session"]["confirmed"]
    r = offline_ready(rig, "dns", "restore", "--json", "--config", str(cfg), home=home)
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "reverted"
    assert rig.resolv_conf.read_bytes() == original


def test_backup_that_fails_verification_is_undone(case, backups) -> None:
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    rig.resolver_drop(backups[1])
    r = offline_ready(rig, "dns", "use", "lab2", "--yes", "--json", "--config", str(cfg), home=home)
    assert r.returncode == 2, r.stdout + r.stderr
    out = json.loads(r.stdout.splitlines()[-1])
    assert out["status"] == "reverted" and not out["verified"]
    assert rig.resolv_conf.read_bytes() == original
    assert not (privns.journal_dir(home / "system") / "open.json").exists()


def test_unconfirmed_switch_reverts_by_itself(case) -> None:
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    t0 = time.monotonic()
    r = offline_ready(rig, "dns", "use", "lab1", "--json", "--config", str(cfg), home=home)
    took = time.monotonic() - t0
    assert r.returncode == 1, r.stdout + r.stderr
    assert json.loads(r.stdout.splitlines()[-1])["status"] == "reverted"
    assert 10 <= took < 20
    assert rig.resolv_conf.read_bytes() == original


def test_confirm_from_another_process(case, backups) -> None:
    rig, cfg, home = case
    p = rig.popen(app_argv(home, "dns", "use", "lab1", "--json", "--config", str(cfg)), env=app_env(rig, home))
    first = json.loads(p.stdout.readline())
    assert first["status"] == "awaiting-confirmation"
    c = offline_ready(rig, "dns", "confirm", "--config", str(cfg), home=home)
    assert c.returncode == 0, c.stdout + c.stderr
    out, _ = p.communicate(timeout=10)
    assert p.returncode == 0 and json.loads(out.splitlines()[-1])["status"] == "confirmed"
    assert f"nameserver {backups[0]}" in rig.resolv_conf.read_text()


def _killed_mid_switch(rig: Lab, cfg, home, backups) -> None:
    p = rig.popen(app_argv(home, "dns", "use", "lab1", "--json", "--config", str(cfg)), env=app_env(rig, home))
    first = json.loads(p.stdout.readline())
    assert first["status"] == "awaiting-confirmation"
    assert f"nameserver {backups[0]}" in rig.resolv_conf.read_text()
    os.kill(p.pid, signal.SIGKILL)  # `ip netns exec` execs python itself: this is the switching process
    p.wait(10)
    assert p.returncode == -signal.SIGKILL
    assert f"nameserver {backups[0]}" in rig.resolv_conf.read_text()  # nothing undid it


def test_kill9_between_apply_and_confirm_then_restore(case, backups) -> None:
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    _killed_mid_switch(rig, cfg, home, backups)
    st = offline_ready(rig, "dns", "status", "--config", str(cfg), home=home)
    assert st.returncode == 1 and "NOT confirmed" in st.stdout
    r = offline_ready(rig, "dns", "restore", "--config", str(cfg), home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert rig.resolv_conf.read_bytes() == original


def test_kill9_unconfirmed_switch_is_undone_by_the_system_at_its_deadline(case, backups) -> None:
    """The app is killed during the countdown and never started again: the deadline still holds."""
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    _killed_mid_switch(rig, cfg, home, backups)
    st = offline_ready(rig, "dns", "status", "--json", "--config", str(cfg), home=home)
    journal = json.loads(st.stdout)["journal"]
    assert journal["revert_by"] in ("helper process", "systemd timer") and not journal["confirmed"]
    text = offline_ready(rig, "dns", "status", "--config", str(cfg), home=home).stdout
    assert "NOT confirmed: the system switches back at" in text and "even if the app is closed" in text
    deadline = journal["revert_at"]
    while time.time() < deadline + 5 and rig.resolv_conf.read_bytes() != original:
        time.sleep(0.2)
    assert rig.resolv_conf.read_bytes() == original  # byte-exact, without the app
    assert time.time() >= deadline - 0.5  # not before the deadline
    st = offline_ready(rig, "dns", "status", "--config", str(cfg), home=home)
    assert st.returncode == 0 and "Backup DNS: not in use." in st.stdout, st.stdout


def test_confirmed_switch_survives_its_deadline(case, backups) -> None:
    rig, cfg, home = case
    r = offline_ready(rig, "dns", "use", "lab1", "--yes", "--json", "--config", str(cfg), home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    journal = json.loads(offline_ready(rig, "dns", "status", "--json", "--config", str(cfg), home=home).stdout)["journal"]
    assert journal["confirmed"]
    time.sleep(max(0.0, journal["revert_at"] - time.time()) + 1.5)
    assert f"nameserver {backups[0]}" in rig.resolv_conf.read_text()  # kept: the user confirmed it


def test_kill9_then_recovery_at_start_up(case, backups) -> None:
    rig, cfg, home = case
    original = rig.resolv_conf.read_bytes()
    _killed_mid_switch(rig, cfg, home, backups)
    code = ("from offline_ready.config import load_config\n"
            "from offline_ready.backup_dns.service import BackupDnsService\n"
            f"o = BackupDnsService(load_config({str(cfg)!r})).recover()\n"
            "print(o.status); print(o.message)\n")
    r = rig.exec(privns.in_system(home / "system", [sys.executable, "-c", code]), env=app_env(rig, home))
    assert r.stdout.splitlines()[0] == "reverted", r.stdout + r.stderr
    assert rig.resolv_conf.read_bytes() == original


def test_benchmark_in_the_lab(case, backups) -> None:
    rig, cfg, home = case
    rig.resolver_drop(SYSTEM)
    rig.resolver_drop(backups[3])
    t0 = time.monotonic()
    r = offline_ready(rig, "dns", "benchmark", "--json", "--config", str(cfg), home=home)
    took = time.monotonic() - t0
    assert r.returncode == 2, r.stdout + r.stderr  # the system resolver does not answer
    data = json.loads(r.stdout)
    by = {x["id"]: x for x in data["results"]}
    assert set(by) == {"system", "lab1", "lab2", "lab3", "lab4"}
    assert [t["transport"] for t in by["lab1"]["transports"]] == ["udp", "tcp", "doh"]
    assert all(t["loss_pct"] == 0 for t in by["lab1"]["transports"])
    assert by["system"]["transports"][0]["loss_pct"] == 100 and not by["lab4"]["works"]
    assert data["conclusions"][0] == f"Your resolver {SYSTEM} is not answering at all."
    assert data["best_backup"] in ("lab1", "lab2", "lab3")
    assert took < 10
    st = json.loads(offline_ready(rig, "dns", "status", "--json", "--config", str(cfg), home=home).stdout)
    assert {p["id"] for p in st["profiles"] if p["verified"]} == {"lab1", "lab2", "lab3"}


def test_app_traffic_keeps_resolving_without_switching(case, backups) -> None:
    rig, cfg, home = case
    code = ("import sys\nfrom offline_ready.config import load_config\n"
            "from offline_ready.fallback_lookup import resolve_host, ResolveError\n"
            f"c = load_config({str(cfg)!r})\n"
            "for n in sys.argv[1:]:\n"
            "    try:\n        r = resolve_host(n, c); print(r.source, ','.join(r.addresses))\n"
            "    except ResolveError as e: print('error', e)\n")

    def resolve(*names: str) -> list[str]:
        r = rig.exec([sys.executable, "-c", code, *names], env=app_env(rig, home))
        assert r.returncode == 0, r.stderr
        return r.stdout.splitlines()

    assert resolve("forum.test") == [f"system {FORUM_IP}"]
    rig.resolver_drop(SYSTEM)
    assert resolve("forum.test") == [f"backup {FORUM_IP}"]
    for ip in backups:
        rig.resolver_drop(ip)
    assert resolve("forum.test") == [f"doh {FORUM_IP}"]
    rig.doh_drop()
    assert resolve("forum.test", "www.forum.test")[0] == f"stale {FORUM_IP}"
    assert resolve("www.forum.test")[0].startswith("error")  # never resolved before: nothing to remember
    assert rig.resolv_conf.read_text().count("nameserver") == 1  # the system was never changed
