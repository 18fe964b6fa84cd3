"""Hostile input never reaches a system command: malformed addresses, injection attempts in
profile ids, adapter names and domains are refused, by the validators and by the helper."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_ready.backup_dns.backends.base import AdapterDns, ApplyPlan
from offline_ready.backup_dns.backends.macos import MacOSBackend
from offline_ready.backup_dns.backends.networkmanager import NetworkManagerBackend
from offline_ready.backup_dns.backends.resolved import ResolvedBackend
from offline_ready.backup_dns.backends.windows import apply_script
from offline_ready.resolver_profiles import validate
from support import privns

BAD_ADDRESSES = [
    "", " ", "1.1.1", "1.1.1.1.1", "256.1.1.1", "1.1.1.1; rm -rf /", "1.1.1.1 && reboot", "$(reboot)", "`id`",
    "-1.1.1.1", "--help", "1.1.1.1\n8.8.8.8", "1.1.1.1\x00", "dns.google", "1.1.1.1:53", "1.1.1.1/32",
    "0.0.0.0", "::", "224.0.0.251", "ff02::fb", "fe80::1%eth0;id", "fe80::1%$(id)", "1.1.1.1'", "'),('8.8.8.8",
    "a" * 300, "２５５.1.1.1",
]
BAD_NAMES = ["", "-o", "--help", "eth0; reboot", "eth0 && id", "$(id)", "`id`", "eth0\nwlan0", "a/b", "..",
             "thisnameiswaytoolongforlinux", "eth0'", "eth0\x00"]
BAD_IDS = ["", "Quad9", "-x", "a b", "a;b", "../etc", "x" * 40, "ąb", "a\n", "$(id)", "q9'", "--server=1.1.1.1"]


@pytest.mark.parametrize("bad", BAD_ADDRESSES)
def test_malformed_addresses_refused(bad: str) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.server_address(bad)


def test_good_addresses_normalised() -> None:
    assert validate.server_address(" 2620:FE::FE ") == "2620:fe::fe"
    assert validate.server_address("fe80::1%eth0", allow_scope=True) == "fe80::1%eth0"
    with pytest.raises(validate.InvalidInput):
        validate.server_address("fe80::1%eth0")  # zones only when restoring what the OS had
    with pytest.raises(validate.InvalidInput):
        validate.server_address("10.0.0.1%eth0", allow_scope=True)


@pytest.mark.parametrize("bad", BAD_NAMES)
def test_hostile_linux_interface_names(bad: str) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.linux_ifname(bad)


@pytest.mark.parametrize("bad", ["-setdnsservers", "Wi-Fi\nEthernet", "Wi-Fi; id", "Wi-Fi`id`", "$(id)",
                                 "Wi-Fi\x07", " Wi-Fi", "x" * 80, "Wi-Fi|id", "a>b"])
def test_hostile_service_names(bad: str) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.service_name(bad)


@pytest.mark.parametrize("bad", BAD_IDS)
def test_hostile_profile_ids(bad: str) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.profile_id(bad)


@pytest.mark.parametrize("bad", ["", "-x", "a..b", "corp example", "corp;id", "$(id).example", "x" * 300])
def test_hostile_domains(bad: str) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.domain(bad)


@pytest.mark.parametrize("bad", ["0", "-1", "1; id", "1 ", "0x10", "", True, "99999999"])
def test_hostile_interface_index(bad) -> None:
    with pytest.raises(validate.InvalidInput):
        validate.interface_index(bad)


@given(st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_no_accepted_address_carries_shell_or_option_syntax(text: str) -> None:
    try:
        out = validate.server_address(text, allow_scope=True)
    except validate.InvalidInput:
        return
    assert not out.startswith("-")
    assert not set(out) & set(" ;&|$`'\"\\\n\r\t()<>*?![]{}")


def test_backends_refuse_hostile_adapter_names_before_running_anything(tmp_path) -> None:
    calls: list[list[str]] = []

    def runner(argv, **kw):
        calls.append(argv)
        raise AssertionError("no command may run")

    plan = ApplyPlan("quad9", ["9.9.9.9"], [])
    evil = AdapterDns("eth0; reboot", "3")
    with pytest.raises(validate.InvalidInput):
        NetworkManagerBackend(runner).modify_argv(evil, plan)
    with pytest.raises(validate.InvalidInput):
        ResolvedBackend(runner, sys_net=tmp_path).apply_argvs(evil, plan)
    with pytest.raises(validate.InvalidInput):
        MacOSBackend(runner, resolver_dir=tmp_path).apply_argv(AdapterDns("Wi-Fi\n-setairportpower"), plan)
    with pytest.raises(validate.InvalidInput):
        apply_script(AdapterDns("Wi-Fi", "14; Remove-Item C:\\"), plan, [])
    with pytest.raises(validate.InvalidInput):
        apply_script(AdapterDns("Wi-Fi", "14"), ApplyPlan("x", ["9.9.9.9'); Remove-Item C:\\ #"], []), [])
    assert calls == []


def helper(*args: str, env_home) -> subprocess.CompletedProcess:
    """The helper as root in a private mount namespace where ``env_home/resolv.conf`` is /etc/resolv.conf
    and ``env_home/system/var-lib`` is /var/lib (its journal folder)."""
    privns.require_privns()
    argv = privns.in_system(env_home / "system", privns.helper_argv(*args), resolv_conf=env_home / "resolv.conf")
    return subprocess.run(argv, capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("argv", [
    ["apply", "$(touch PWNED)", "--server", "1.1.1.1"],
    ["apply", "custom", "--server", "1.1.1.1;touch PWNED"],
    ["apply", "custom", "--server", "`touch PWNED`"],
    ["apply", "custom", "--server", "--help"],
    ["apply", "custom", "--server", "1.1.1.1", "--keep-suffix", "corp;touch PWNED"],
    ["apply", "quad9", "--server", "203.0.113.66"],  # a built-in's servers cannot be swapped
    ["apply", "custom"],  # a custom profile needs its servers
    ["apply", "custom", "--server", "1.1.1.1", "--adapter", "eth0"],  # no such option
    ["shell", "id"],
    ["restore", "--journal", "/tmp/evil.json"],
    ["apply", "custom", "--server", "1.1.1.1\x00"],
    ["apply", "x" * 5000],
])
def test_helper_refuses_hostile_arguments(argv, app_home, tmp_path, monkeypatch) -> None:
    resolv = app_home / "resolv.conf"
    resolv.write_text("nameserver 203.0.113.53\n")
    before = resolv.read_bytes()
    if any("\x00" in a for a in argv):  # execve cannot carry a NUL: check the helper's own guard in-process
        from offline_ready.backup_dns import helper as helper_mod

        # the helper empties its environment: give it a copy, so this test process keeps its own
        monkeypatch.setattr(helper_mod.os, "environ", dict(os.environ))
        assert helper_mod.main(argv) == 2
    else:
        r = helper(*argv, env_home=app_home)
        assert r.returncode == 2, (r.stdout, r.stderr)
        assert json.loads(r.stdout)["ok"] is False
    assert resolv.read_bytes() == before
    assert not list(tmp_path.rglob("PWNED")) and not (app_home / "PWNED").exists()
    assert not (privns.journal_dir(app_home / "system") / "open.json").exists()


def test_helper_apply_and_restore_verbs(app_home) -> None:
    resolv = app_home / "resolv.conf"
    original = b"# my resolver\nsearch office.example\nnameserver 203.0.113.53\noptions edns0\n"
    resolv.write_bytes(original)
    r = helper("apply", "lab-backup", "--server", "203.0.113.54", "--server", "2001:db8::54", env_home=app_home)
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(r.stdout)
    assert out["changed"] == ["/etc/resolv.conf"]
    text = resolv.read_text()
    assert "nameserver 203.0.113.54" in text and "nameserver 203.0.113.53" not in text
    assert "search office.example" in text and "options edns0" in text
    snap = json.loads(helper("snapshot", env_home=app_home).stdout)
    assert snap["journal"]["profile_id"] == "lab-backup" and snap["backend"] == "resolv.conf"
    again = helper("apply", "lab-backup", "--server", "203.0.113.55", env_home=app_home)
    assert again.returncode == 1 and "already in use" in json.loads(again.stdout)["error"]
    r = helper("restore", env_home=app_home)
    assert r.returncode == 0 and json.loads(r.stdout)["restored"] is True
    assert resolv.read_bytes() == original
