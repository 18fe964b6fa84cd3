"""The privilege boundary, attacked: the root helper run as root in a private mount namespace
(the test's files bind-mounted over /etc/resolv.conf, /var/lib and /etc/offline-ready/policies),
with a hostile environment, planted or damaged journals, managed policy, and 40 switches at once."""

from __future__ import annotations

import base64
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from offline_ready.backup_dns.journal import Journal, checksum
from support import privns

ORIGINAL = b"# the admin's resolver\nsearch office.example\nnameserver 203.0.113.53\n"


@pytest.fixture
def system(tmp_path: Path):
    privns.require_privns()
    resolv = tmp_path / "resolv.conf"
    resolv.write_bytes(ORIGINAL)
    os.chmod(resolv, 0o644)
    return tmp_path / "root", resolv


def run_helper(root: Path, resolv: Path, *args: str, env: dict[str, str] | None = None,
               policies: Path | None = None) -> subprocess.CompletedProcess:
    argv = privns.in_system(root, privns.helper_argv(*args), resolv_conf=resolv, policies=policies)
    return subprocess.run(argv, capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", **(env or {})})


def out(r: subprocess.CompletedProcess) -> dict:
    return json.loads(r.stdout.splitlines()[-1])


def plant_journal(root: Path, *, content: bytes, mode: int, owner: int = 0, seal: bool = True) -> Path:
    """A journal as an attacker (or a disk fault) would leave it in the helper's folder."""
    jdir = privns.journal_dir(root)
    jdir.mkdir(parents=True, exist_ok=True)
    snapshot = {"backend": "resolv.conf", "adapters": [{
        "name": "/etc/resolv.conf", "ipv4": {"servers": ["198.51.100.66"], "source": "file"},
        "ipv6": {"servers": [], "source": "none"}, "domains": [],
        "extra": {"content_b64": base64.b64encode(content).decode(), "mode": mode, "size": len(content)}}]}
    body = {"version": 1, "id": "planted", "created_at": "2026-01-01T00:00:00+00:00", "backend": "resolv.conf",
            "profile_id": "quad9", "plan": {"profile_id": "quad9", "ipv4": ["9.9.9.9"], "ipv6": []},
            "snapshot": snapshot, "state": "applied"}
    if seal:
        body["sha256"] = checksum(body)
    path = jdir / "open.json"
    path.write_text(json.dumps(body))
    os.chown(path, owner, owner)
    return path


def test_helper_ignores_the_environment(system, tmp_path) -> None:
    """`sudo -E` or env_keep: OFFLINE_READY_RESOLV_CONF / _HOME once chose what root wrote."""
    root, resolv = system
    target = tmp_path / "victim"  # stands for /etc/shadow, a setuid binary's folder…
    target.write_text("precious\n")
    evil_home = tmp_path / "evil-home"
    plant = evil_home / "state" / "dns-journal"
    plant.mkdir(parents=True)
    (plant / "open.json").write_text('{"version": 1}')
    env = {"OFFLINE_READY_RESOLV_CONF": str(target), "OFFLINE_READY_HOME": str(evil_home),
           "PYTHONPATH": str(tmp_path), "LD_PRELOAD": "", "PATH": f"{tmp_path}:/usr/bin:/bin"}
    (tmp_path / "resolvectl").write_text("#!/bin/sh\ntouch PWNED\n")
    os.chmod(tmp_path / "resolvectl", 0o755)
    r = run_helper(root, resolv, "apply", "quad9", env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert out(r)["changed"] == ["/etc/resolv.conf"]
    assert target.read_text() == "precious\n"  # untouched
    assert "nameserver 9.9.9.9" in resolv.read_text()  # the fixed path (the test's file in the namespace)
    assert (privns.journal_dir(root) / "open.json").exists()
    r = run_helper(root, resolv, "restore", env=env)
    assert r.returncode == 0 and out(r)["restored"], r.stdout + r.stderr
    assert resolv.read_bytes() == ORIGINAL and target.read_text() == "precious\n"
    assert not list(tmp_path.rglob("PWNED"))


def test_journal_mode_never_exceeds_0644(system) -> None:
    root, resolv = system
    plant_journal(root, content=b"nameserver 203.0.113.53\n", mode=0o6777)
    r = run_helper(root, resolv, "restore")
    assert r.returncode == 0, r.stdout + r.stderr
    assert resolv.read_bytes() == b"nameserver 203.0.113.53\n"
    assert resolv.stat().st_mode & 0o7777 == 0o644  # no setuid/setgid, no execute, no group/world write


def test_journal_not_owned_by_root_is_refused(system) -> None:
    root, resolv = system
    path = plant_journal(root, content=b"nameserver 198.51.100.66\n", mode=0o644, owner=65534)
    r = run_helper(root, resolv, "restore")
    assert r.returncode == 1 and "not owned and writable by root only" in out(r)["error"], r.stdout
    assert resolv.read_bytes() == ORIGINAL and path.exists()
    os.chown(path, 0, 0)
    os.chmod(privns.journal_dir(root), 0o777)  # a folder others can write is refused too
    r = run_helper(root, resolv, "restore")
    assert r.returncode == 1 and "not owned and writable by root only" in out(r)["error"], r.stdout
    assert resolv.read_bytes() == ORIGINAL


@pytest.mark.parametrize("damage", ["checksum", "truncated", "no-content"])
def test_damaged_journal_is_refused_and_kept(system, damage) -> None:
    root, resolv = system
    r = run_helper(root, resolv, "apply", "quad9")
    assert r.returncode == 0, r.stdout + r.stderr
    switched = resolv.read_bytes()
    path = privns.journal_dir(root) / "open.json"
    data = json.loads(path.read_text())
    if damage == "checksum":  # one flipped value, e.g. a bit rot or a hand edit
        data["snapshot"]["adapters"][0]["extra"]["mode"] = 0o4755
        path.write_text(json.dumps(data))
    elif damage == "truncated":
        path.write_text(path.read_text()[:200])
    else:  # even with a matching checksum, a journal without the saved file never empties resolv.conf
        del data["snapshot"]["adapters"][0]["extra"]["content_b64"]
        data["sha256"] = checksum(data)
        path.write_text(json.dumps(data))
    damaged = path.read_bytes()
    r = run_helper(root, resolv, "restore")
    assert r.returncode == 1, r.stdout + r.stderr
    assert resolv.read_bytes() == switched and resolv.read_bytes() != b""
    if damage == "no-content":  # readable: kept, with the failure noted in it
        assert json.loads(path.read_text())["snapshot"] == json.loads(damaged)["snapshot"]
    else:
        assert path.read_bytes() == damaged  # the only copy of the original settings is kept


def test_forty_concurrent_switches_exactly_one_wins(system) -> None:
    root, resolv = system
    run_helper(root, resolv, "snapshot")  # the journal folder exists before the race

    def apply(i: int) -> subprocess.CompletedProcess:
        return run_helper(root, resolv, "apply", f"lab{i}", "--server", f"198.51.100.{i + 1}")

    with ThreadPoolExecutor(40) as pool:
        results = list(pool.map(apply, range(40)))
    winners = [r for r in results if r.returncode == 0]
    assert len(winners) == 1, [r.stdout for r in results]
    assert all(r.returncode == 1 and "already in use" in out(r)["error"] for r in results if r.returncode)
    winner = out(winners[0])["journal"]["profile_id"]
    text = resolv.read_text()
    assert text.count("nameserver") == 1 and f"({winner})" in text
    assert Journal(privns.journal_dir(root)).open_entry().profile_id == winner
    assert run_helper(root, resolv, "restore").returncode == 0
    assert resolv.read_bytes() == ORIGINAL


def test_helper_enforces_managed_policy(system, tmp_path) -> None:
    """Calling the helper directly (not through the app) cannot get around the admin's policy."""
    root, resolv = system
    policies = tmp_path / "policies"
    (policies / "managed").mkdir(parents=True)
    (policies / "managed" / "dns.toml").write_text("[backup_dns]\nallow_switch = false\n")
    r = run_helper(root, resolv, "apply", "quad9", policies=policies)
    assert r.returncode == 2 and "allow_switch = false" in out(r)["error"], r.stdout + r.stderr
    assert resolv.read_bytes() == ORIGINAL
    (policies / "managed" / "dns.toml").write_text(
        '[backup_dns]\nbuiltin_profiles = ["quad9"]\n'
        'profiles = [{ id = "corp", name = "Corp DNS", servers = ["198.51.100.53"] }]\n')
    for argv, why in ((["apply", "evil", "--server", "198.51.100.66"], "not one your organization allows"),
                      (["apply", "corp", "--server", "198.51.100.66"], "not those of the allowed profile"),
                      (["apply", "google"], "not one your organization allows")):
        r = run_helper(root, resolv, *argv, policies=policies)
        assert r.returncode == 2 and why in out(r)["error"], r.stdout + r.stderr
        assert resolv.read_bytes() == ORIGINAL
    r = run_helper(root, resolv, "apply", "corp", "--server", "198.51.100.53", policies=policies)
    assert r.returncode == 0, r.stdout + r.stderr
    assert run_helper(root, resolv, "restore", policies=policies).returncode == 0  # restoring is always allowed
    assert resolv.read_bytes() == ORIGINAL
