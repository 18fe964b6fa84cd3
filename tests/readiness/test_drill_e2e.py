"""End-to-end in the lab: real outages injected while no drill runs and while one does.

The monitor (the real engine) records the outage as an incident; a drill running at the same
time stays a drill — its own record, its own staged verdict — and changes nothing on the system.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from test_monitor_scenarios import MonitorProc

pytestmark = pytest.mark.netns


def prepare(lab, home: Path) -> Path:
    cfg = home / "lab.toml"
    cfg.write_text(lab.config_text(timeout=2.0))
    env = lab.client_env({"OFFLINE_READY_HOME": str(home)})
    plan = home / "continuity-plan.txt"
    plan.write_text("Call the ISP; work from the offline price list.\n")
    vcf = home / "isp.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ISP hotline\r\nTEL;TYPE=CELL:+49 170 1234567\r\nEND:VCARD\r\n")
    for argv in (["docs", "add", str(plan), "--name", "Continuity plan"], ["docs", "sync"],
                 ["contacts", "import", str(vcf), "--group", "ISP"]):
        r = lab.exec(["python3", "-m", "offline_ready", *argv, "--config", str(cfg)], env=env, timeout=60)
        assert r.returncode == 0, r.stderr
    return cfg


def cli(lab, home: Path, cfg: Path, *argv: str) -> str:
    r = lab.exec(["python3", "-m", "offline_ready", *argv, "--config", str(cfg)],
                 env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_real_outage_without_a_drill_is_an_incident_with_a_report(healthy_lab, tmp_path) -> None:
    cfg = prepare(healthy_lab, tmp_path)
    mon = MonitorProc(healthy_lab, cfg, tmp_path)
    try:
        assert mon.next(20)[1]["state"] == "online"
        healthy_lab.resolver_drop()
        mon.wait_state("dns-outage", 30)
        healthy_lab.reset()
        mon.wait_state("online", 30)
    finally:
        mon.stop()
    h = json.loads(cli(healthy_lab, tmp_path, cfg, "history", "--json"))
    assert [i["state"] for i in h["incidents"]] == ["dns-outage"] and h["drills"] == []
    report = cli(healthy_lab, tmp_path, cfg, "history", "report", str(h["incidents"][0]["id"]))
    assert "Your DNS resolver" in report and "DNS (name lookups)" in report
    assert "203.0.113.53 (yours): 0/" in report and "203.0.113.54: 3/3 names answered" in report
    assert "through a backup resolver: HTTP 200 at 203.0.113.21" in report  # what worked, by address


def test_real_outage_during_a_drill_stays_apart_and_the_drill_changes_nothing(healthy_lab, tmp_path) -> None:
    cfg = prepare(healthy_lab, tmp_path)
    resolv_before = Path(healthy_lab.resolv_conf).read_text()
    mon = MonitorProc(healthy_lab, cfg, tmp_path)
    drill = healthy_lab.popen(["python3", "-m", "offline_ready", "drill", "--scenario", "no-internet", "--json",
                               "--config", str(cfg)],
                              env=healthy_lab.client_env({"OFFLINE_READY_HOME": str(tmp_path)}),
                              stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert mon.next(20)[1]["state"] == "online"
        shown = []  # what the drill said up to its first step, where it waits for an answer
        while not shown or not shown[-1].startswith("== "):
            line = drill.stderr.readline()
            assert line, f"the drill ended before its first step: {''.join(shown)}"
            shown.append(line)
        healthy_lab.resolver_drop()  # a real outage while the drill runs
        _t, rec = mon.wait_state("dns-outage", 30)
        assert rec["previous"] == "online"
        out, rest = drill.communicate("1\n1\n", timeout=60)
        err = "".join(shown) + rest
        assert drill.returncode == 0, err
        record = json.loads(out)
        assert record["kind"] == "drill" and record["scenario"] == "no-internet" and record["outcome"] == "completed"
        assert "The internet is down beyond your network" in err  # the drill's staged verdict, not the real one
        healthy_lab.reset()
        mon.wait_state("online", 30)
    finally:
        if drill.poll() is None:
            drill.kill()
        mon.stop()
    assert Path(healthy_lab.resolv_conf).read_text() == resolv_before  # the drill touched no DNS setting
    h = json.loads(cli(healthy_lab, tmp_path, cfg, "history", "--json"))
    assert [i["state"] for i in h["incidents"]] == ["dns-outage"]
    assert [d["scenario"] for d in h["drills"]] == ["no-internet"]
