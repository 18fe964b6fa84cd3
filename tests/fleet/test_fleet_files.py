"""The files IT loads: the alert rules (checked by promtool and vmalert, and unit-tested with promtool on
a simulated fleet) and the Grafana dashboard (every query run against a real VictoriaMetrics)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from fleet.alertcase import write_case
from fleet.desk import T0, Desk
from fleet.vmlab import PROMTOOL_BIN, VMALERT_BIN
from support.require import require

FILES = Path(__file__).resolve().parents[2] / "resources" / "fleet"
RULES = FILES / "alerts.yml"
DASHBOARD = FILES / "grafana-dashboard.json"


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([*argv], capture_output=True, text=True, timeout=120)


def test_rules_pass_promtool_check():
    require(PROMTOOL_BIN.is_file(), f"promtool unpacked from Debian's prometheus package at {PROMTOOL_BIN}")
    done = _run(str(PROMTOOL_BIN), "check", "rules", str(RULES))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 13 rules found" in done.stdout


def test_rules_load_in_vmalert():
    require(VMALERT_BIN.is_file(), f"vmalert unpacked from Debian's victoria-metrics package at {VMALERT_BIN}")
    done = _run(str(VMALERT_BIN), "-dryRun", f"-rule={RULES}")
    assert done.returncode == 0, done.stdout + done.stderr


def test_local_or_wide_rules_on_a_simulated_fleet(tmp_path):
    """Berlin's five desks in an outage make a site and a provider alert; Paris's one desk makes only a
    single-desk notice after 15 minutes; nothing is called wide."""
    require(PROMTOOL_BIN.is_file(), f"promtool unpacked from Debian's prometheus package at {PROMTOOL_BIN}")
    done = _run(str(PROMTOOL_BIN), "test", "rules", str(write_case(tmp_path / "alerts_test.yml")))
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_dashboard_query_runs_on_real_data(vm, tmp_path):
    for n in range(6):
        desk = Desk(tmp_path / f"d{n}", name=f"desk-{n}")
        rep = desk.open(metrics_url=vm.write_url, site="berlin" if n < 4 else "paris", isp_asn="AS3320")
        desk.observe("online")
        for minute in range(20):
            desk.tick(60, "dns-outage" if n < 2 and minute >= 10 else "online", down={"Mail": "tls"} if n == 5 else None)
        assert rep.send_all()["metrics"] == 21
    dash = json.loads(DASHBOARD.read_text())
    assert dash["uid"] == "offline-ready-fleet"
    at = T0 + 20 * 60
    results = {}
    for panel in dash["panels"]:
        for target in panel["targets"]:
            expr = (target["expr"].replace("$site", ".*").replace("$isp", ".*")
                    .replace("$__range", "1h").replace("$__rate_interval", "5m"))
            results[panel["title"]] = vm.query(expr, at=at)  # raises on a query the engine cannot parse
    assert int(results["Desks reporting"][0]["value"][1]) == 6
    assert int(results["Desks in an outage now"][0]["value"][1]) == 2
    share = {r["metric"]["site"]: float(r["value"][1])
             for r in results["Local or wide: share of desks in an outage, by site"]}
    assert share == {"berlin": 0.5}
    state_map = {(r["metric"]["site"], r["metric"]["state"]): int(r["value"][1])
                 for r in results["State map by site and provider"]}
    assert state_map == {("berlin", "dns-outage"): 2, ("berlin", "online"): 2, ("paris", "online"): 2}
    assert {r["metric"]["service"] for r in results["Top failing services"]} == {"Mail"}
    assert {(r["metric"]["service"], r["metric"]["cause"]) for r in results["Why services fail now"]} == {("Mail", "tls")}
