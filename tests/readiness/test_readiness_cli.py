"""``readiness`` and ``drill`` on the command line: exit codes, JSON, the terminal drill, history."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from offline_ready.cli.drill_cmd import SCENARIO_IDS
from offline_ready.drill import SCENARIOS
from offline_ready.paths import app_paths
from offline_ready.readiness.gather import record_notification_ack
from offline_ready.resolver_profiles.results import save_results
from support import privns

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str = "", home: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI in a subprocess; policy files the test wrote (``home/policies``) are mounted over the
    fixed system policy folder in a private mount namespace (nothing is written under /etc)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "OFFLINE_READY_AUTOSTART_DIR": str(home / "autostart")}
    argv = [sys.executable, "-m", "offline_ready", *args]
    if (home / "policies").is_dir():
        privns.require_privns()
        argv = privns.in_system(home / "system", argv, policies=home / "policies")
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=120)


def write_config(home: Path, text: str) -> None:
    cfg = home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(text)


def vcard(home: Path) -> Path:
    path = home / "team.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ISP hotline\r\nTEL;TYPE=CELL:+49 170 1234567\r\n"
                    "EMAIL:support@isp.example\r\nCATEGORIES:ISP\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Helpdesk\r\nTEL;TYPE=WORK:+49 30 1234567\r\n"
                    "CATEGORIES:IT helpdesk\r\nEND:VCARD\r\n")
    return path


def test_scenario_ids_match_the_core() -> None:
    assert tuple(SCENARIOS) == SCENARIO_IDS


def test_empty_desk_is_critical_with_reasons(app_home) -> None:
    r = cli("readiness", "--json", home=app_home)
    assert r.returncode == 2, r.stderr
    d = json.loads(r.stdout)
    assert d["exit_code"] == 2 and d["score"] == 0
    items = {i["id"]: i for i in d["items"]}
    assert items["documents"]["status"] == "critical" and items["contacts"]["status"] == "critical"
    assert items["backup_dns"]["status"] == "unverified" and items["notifications"]["status"] == "unverified"
    assert items["autostart"]["status"] == "gap"
    text = cli("readiness", home=app_home)
    assert text.returncode == 2 and text.stdout.startswith("Readiness: 0/100")
    assert "fix: offline-ready docs add URL" in text.stdout


def test_a_prepared_desk_is_ready_then_a_policy_makes_a_gap_critical(app_home) -> None:
    doc = app_home / "continuity-plan.txt"
    doc.write_text("Call the ISP. Use the offline price list.\n")
    write_config(app_home, '[drill]\ninterval_days = 0\n[[services]]\nname = "Shop"\nurl = "http://shop.test/"\n'
                 'fallback = ["Continuity plan"]\n')
    assert cli("docs", "add", str(doc), "--name", "Continuity plan", home=app_home).returncode == 0
    assert cli("docs", "sync", home=app_home).returncode == 0
    assert cli("contacts", "import", str(vcard(app_home)), home=app_home).returncode == 0
    for name in ("ISP hotline", "Helpdesk"):
        r = cli("contacts", "set", name, "--verified", "today", home=app_home)
        assert r.returncode == 0, r.stderr
    save_results(app_paths().state_dir, {"results": [{"role": "backup", "works": True, "server": "192.0.2.1",
                                                      "id": "quad9"}]})
    record_notification_ack(app_paths().state_dir)
    (app_home / "autostart").mkdir()
    from offline_ready.autostart import DESKTOP_FILE, desktop_entry, launch_command

    (app_home / "autostart" / DESKTOP_FILE).write_text(desktop_entry(launch_command()))
    r = cli("readiness", "--json", home=app_home)
    d = json.loads(r.stdout)
    items = {i["id"]: i["status"] for i in d["items"]}
    assert items["documents"] == "ok" and items["backup_dns"] == "ok" and items["fallbacks"] == "ok"
    assert items["notifications"] == "ok" and items["autostart"] == "ok" and items["drill"] == "n/a"
    assert items["contacts"] == "ok"
    assert r.returncode == 0 and d["score"] == 100
    # IT requires encryption by managed policy: now a critical gap
    folder = app_home / "policies" / "managed"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "it.toml").write_text("[readiness]\nrequire_encryption = true\n")
    r = cli("readiness", "--json", home=app_home)
    assert json.loads(r.stdout)["items"][6]["status"] == "critical" and r.returncode == 2


def test_terminal_drill_records_steps_and_history_lists_it_apart(app_home) -> None:
    doc = app_home / "continuity-plan.txt"
    doc.write_text("Plan\n")
    assert cli("docs", "add", str(doc), "--name", "Continuity plan", home=app_home).returncode == 0
    assert cli("docs", "sync", home=app_home).returncode == 0
    assert cli("contacts", "import", str(vcard(app_home)), home=app_home).returncode == 0
    r = cli("drill", "--scenario", "no-internet", "--json", stdin="1\n1\n", home=app_home)
    assert r.returncode == 0, r.stderr
    assert "*** DRILL" in r.stderr and "The internet is down beyond your network" in r.stderr
    rec = json.loads(r.stdout)
    assert rec["kind"] == "drill" and rec["outcome"] == "completed"
    assert [s["outcome"] for s in rec["steps"]] == ["done", "done"]
    assert rec["steps"][1]["choice"] == "ISP hotline (ISP)"
    r = cli("drill", "--scenario", "dns-outage", stdin="\n\n\n", home=app_home)
    assert r.returncode == 1 and "To fix before a real outage: no backup DNS profile was tested working" in r.stdout
    h = json.loads(cli("history", "--json", home=app_home).stdout)
    assert h["incidents"] == [] and [d["scenario"] for d in h["drills"]] == ["no-internet", "dns-outage"]
    text = cli("history", home=app_home).stdout
    assert "No incidents since" in text and "Drills (rehearsals, not outages):" in text
    items = {i["id"]: i["status"] for i in json.loads(cli("readiness", "--json", home=app_home).stdout)["items"]}
    assert items["drill"] == "ok"
