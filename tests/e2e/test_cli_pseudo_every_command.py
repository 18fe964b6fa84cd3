"""Every command of the command line in the pseudo-locale, run as users run it inside the test network:
on a healthy network, with no network at all, with a settings file that is broken or wrong, and with
names that do not exist. Whatever a command prints for a person (stdout and stderr, evidence rows and
error messages included) went through translation; machine output (``--json``) is only checked to stay
untranslated. The list of runs is checked against the parser, so a new command cannot be left out.
"""

from __future__ import annotations

import argparse
import json
import queue
import re
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from offline_ready.cli.main import build_parser
from offline_ready.i18n import PSEUDO, PSEUDO_OPEN
from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES
from support.keyring_backend import real_keyring, secret_service  # noqa: F401  (fixtures)
from support.pseudo import bypasses

pytestmark = pytest.mark.netns

# What the user, this test or the lab supplied (files, people, the network interface), and names typed rather
# than read (commands, choices, placeholders, transport ids).
DATA = ("Shop", "Forum", "offline-ready", "COMMAND", "ACTION", "plan.txt", "plan", "missing", "Ann Lee", "Bob Ng",
        "Example Ltd", "team.vcf", "missing.vcf", "Call", "the", "helpdesk", "first", "text", "nobody", "no-such-profile", "Continuity",
        "udp", "tcp", "eth0", *(w for p in BUILTIN_PROFILES.values() for w in (p.id, p.name)))

# Each command (as the parser names it) -> the runs of it on a healthy network ("{dir}": this test's
# folder). Every command is here: test_every_command_is_run compares the keys with the parser.
RUNS: dict[str, list[tuple[str, ...]]] = {
    "check": [("check",), ("check", "--evidence", "--status-pages")],
    "monitor": [],  # runs until stopped: test_monitor_in_the_pseudo_locale
    "history": [("history",), ("history", "report", "999")],
    "config show": [("config", "show")],
    "config validate": [("config", "validate")],
    "config paths": [("config", "paths")],
    "config profile": [("config", "profile", "{dir}/policy.toml", "-o", "{dir}/policy.mobileconfig"),
                       ("config", "profile", "{dir}/missing.toml")],
    "config proxy-login": [("config", "proxy-login", "127.0.0.1:3128", "--user", "ann", "--password-stdin"),
                           ("config", "proxy-login", "127.0.0.1:3128", "--forget"),
                           ("config", "proxy-login", "proxy.test:3128")],
    "doctor": [("doctor",)],
    "readiness": [("readiness",)],
    "drill": [("drill", "--scenario", "dns-outage"), ("drill", "--scenario", "provider-dns", "--service", "nobody")],
    "docs add": [("docs", "add", "{dir}/plan.txt"), ("docs", "add", "{dir}/missing.txt")],
    "docs list": [("docs", "list")],
    "docs sync": [("docs", "sync")],
    "docs open": [("docs", "open", "1", "--print-path"), ("docs", "open", "nobody")],
    "docs versions": [("docs", "versions", "1"), ("docs", "versions", "nobody")],
    "docs search": [("docs", "search", "helpdesk"), ("docs", "search", "nobody")],
    "docs refused": [("docs", "refused"), ("docs", "refused", "nobody")],
    "docs accept": [("docs", "accept", "1"), ("docs", "accept", "nobody")],
    "docs login": [("docs", "login", "nobody", "--auth", "bearer", "--secret-stdin")],
    "docs logout": [("docs", "logout", "nobody")],
    "docs check": [("docs", "check")],
    "docs rename": [("docs", "rename", "1", "Continuity plan"), ("docs", "rename", "nobody", "x")],
    "docs remove": [("docs", "remove", "nobody", "-y")],
    "contacts import": [("contacts", "import", "{dir}/team.vcf"), ("contacts", "import", "{dir}/missing.vcf")],
    "contacts list": [("contacts", "list")],
    "contacts search": [("contacts", "search", "ann"), ("contacts", "search", "nobody")],
    "contacts export": [("contacts", "export", "-o", "{dir}/out.vcf"),
                        ("contacts", "export", "--format", "csv", "-o", "{dir}/out.csv")],
    "contacts set": [("contacts", "set", "Ann Lee", "--escalation", "1"), ("contacts", "set", "nobody", "--notes", "x")],
    "contacts remove": [("contacts", "remove", "nobody")],
    "dns status": [("dns", "status")],
    "dns benchmark": [("dns", "benchmark", "--queries", "2", "--timeout", "1"),
                      ("dns", "benchmark", "--profile", "no-such-profile")],
    "dns use": [("dns", "use"), ("dns", "use", "no-such-profile")],
    "dns restore": [("dns", "restore")],
    "dns confirm": [("dns", "confirm")],
    "fleet status": [("fleet", "status")],
    "fleet preview": [("fleet", "preview")],
    "fleet login": [("fleet", "login")],
    "fleet logout": [("fleet", "logout")],
}
# The commands that work without reading the settings file.
SETTINGS_FREE = ("config paths", "config profile")
# The commands that look at the network: run again with no network at all.
NETWORK = ("check", "doctor", "readiness", "drill", "docs sync", "docs check", "dns status", "dns benchmark",
           "dns use", "fleet preview")


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [" ".join(prefix)]
    return [leaf for name, sub in subs[0].choices.items() for leaf in _leaves(sub, (*prefix, name))]


def test_every_command_is_run() -> None:
    assert sorted(_leaves(build_parser())) == sorted(RUNS)


@pytest.fixture(scope="module")
def folder(lab, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    (folder / "lab.toml").write_text(lab.config_text(timeout=1.0))
    (folder / "plan.txt").write_text("Call the helpdesk first.\n" * 20)
    (folder / "team.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Example Ltd\r\nTEL;TYPE=CELL:+44 20 7946 0018\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nTEL:020 7946 0019\r\nEND:VCARD\r\n")
    (folder / "policy.toml").write_text('[ui]\nlanguage = "de"\n')
    (folder / "broken.toml").write_text("[probes\ntimeout = \n")
    (folder / "wrong.toml").write_text('[probes]\ntimeout = "soon"\n[ui]\nlanguage = "xx"\n')
    return folder


def _run(lab, folder: Path, home: Path, argv: tuple[str, ...], config: str = "lab.toml",
         keyring: dict | None = None) -> subprocess.CompletedProcess:
    """One command as a user runs it (a secret on standard input for the commands that read one)."""
    env = lab.client_env({"OFFLINE_READY_HOME": str(home), "LANGUAGE": PSEUDO, **(keyring or {})})
    args = [a.replace("{dir}", str(folder)) for a in argv]
    return lab.exec(["python3", "-m", "offline_ready", *args, "--config", str(folder / config)], env=env,
                    timeout=60, input="s3cret\n")


def _problems(runs, folder: Path, home: Path) -> dict[str, tuple[list[str], str]]:
    problems = {}
    for argv, done in runs:
        text = done.stdout + done.stderr
        assert "Traceback" not in text, (argv, text)
        # ``config show`` lists the settings' values: data, as the user or the defaults wrote them
        values = [w for row in re.findall(r"^([a-z_.]+)  +(.+?)  \[", text, re.M) for w in row] \
            if argv[:2] == ("config", "show") else []
        if bad := bypasses(text, (*DATA, *values, str(folder), str(home))):
            problems[" ".join(argv)] = (bad, text)
    return problems


def _report(problems: dict[str, tuple[list[str], str]]) -> str:
    return "\n".join(f"{cmd}: {bad}\n{text}" for cmd, (bad, text) in problems.items())


def test_every_command_on_a_working_network(healthy_lab, folder, app_home, real_keyring) -> None:  # noqa: F811
    runs = [(argv, _run(healthy_lab, folder, app_home, argv, keyring=real_keyring.env))
            for runs in RUNS.values() for argv in runs]
    assert all(done.stdout or done.stderr for _argv, done in runs)
    problems = _problems(runs, folder, app_home)
    assert not problems, _report(problems)


def test_every_network_command_with_no_network(healthy_lab, folder, app_home, real_keyring) -> None:  # noqa: F811
    healthy_lab.link_down()
    runs = [(argv, _run(healthy_lab, folder, app_home, argv, keyring=real_keyring.env))
            for cmd in NETWORK for argv in RUNS[cmd]]
    problems = _problems(runs, folder, app_home)
    assert not problems, _report(problems)


@pytest.mark.parametrize("config", ["broken.toml", "wrong.toml", "missing.toml"])
def test_every_command_with_a_bad_settings_file(healthy_lab, folder, app_home, config) -> None:
    """Each command's first run with a settings file that does not parse, holds wrong values, or is not
    there: refused in words the user reads in their language (``config paths`` and ``config profile``
    do not use the settings: they still speak it)."""
    runs = [(cmd, r[0], _run(healthy_lab, folder, app_home, r[0], config)) for cmd, r in RUNS.items() if r]
    accepted = [cmd for cmd, _argv, done in runs if done.returncode == 0 and cmd not in SETTINGS_FREE]
    assert not accepted, accepted
    problems = _problems([(argv, done) for _cmd, argv, done in runs], folder, app_home)
    assert not problems, _report(problems)


def test_monitor_in_the_pseudo_locale(healthy_lab, folder, app_home) -> None:
    """The first verdict, then the change when the network goes, as ``monitor`` prints them."""
    env = healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home), "LANGUAGE": PSEUDO})
    proc = healthy_lab.popen(["python3", "-m", "offline_ready", "monitor", "--no-history",
                              "--config", str(folder / "lab.toml")], env=env, stderr=subprocess.STDOUT)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        first = lines.get(timeout=30)
        healthy_lab.link_down()
        second = lines.get(timeout=30)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    text = first + second
    assert PSEUDO_OPEN in first and PSEUDO_OPEN in second, text
    assert not bypasses(text, (*DATA, str(app_home))), text


def test_machine_output_stays_untranslated(healthy_lab, folder, app_home) -> None:
    """``--json`` keeps its keys and codes (states, causes) as they are; only the human sentences in it
    (the advice) are translated."""
    done = _run(healthy_lab, folder, app_home, ("check", "--json"))
    data = json.loads(done.stdout)
    assert data["state"] == "online" and all(s["state"] == "up" for s in data["services"])
    assert all(PSEUDO_OPEN not in key for key in data) and data["advice"]["headline"].startswith(PSEUDO_OPEN)
