"""The promtool unit test of resources/fleet/alerts.yml: a fleet of 32 desks at two sites on two providers.

Berlin (12 desks, AS3320): 5 desks in a DNS outage from minute 3 — 42 % and 5 desks, a site and provider
outage. Paris (20 desks, AS3209): one desk without internet — a single desk's own problem. Written as a
promtool test file by :func:`write_case`."""

from __future__ import annotations

import json
from pathlib import Path

STATES = ("online", "degraded", "dns-outage", "captive-portal", "no-internet", "no-network")
MINUTES = 30


def _desk(desk: str, site: str, isp: str, state_at: dict[int, str]) -> list[dict[str, str]]:
    labels = f'desk="{desk}",site="{site}",isp_asn="{isp}"'
    out = [{"series": f"offline_ready_last_seen_timestamp_seconds{{{labels}}}", "values": f"0+60x{MINUTES}"}]
    for s in STATES:
        values = " ".join("1" if _state(state_at, m) == s else "0" for m in range(MINUTES + 1))
        out.append({"series": f'offline_ready_state{{{labels},state="{s}"}}', "values": values})
    return out


def _state(state_at: dict[int, str], minute: int) -> str:
    return state_at[max(m for m in state_at if m <= minute)]


def case() -> dict:
    series = []
    for i in range(12):
        series += _desk(f"b{i:02}", "berlin", "AS3320", {0: "online", 3: "dns-outage"} if i < 5 else {0: "online"})
    for i in range(20):
        series += _desk(f"p{i:02}", "paris", "AS3209", {0: "online", 2: "no-internet"} if i == 0 else {0: "online"})
    site = {"severity": "critical", "scope": "site", "site": "berlin"}
    isp = {"severity": "critical", "scope": "isp", "isp_asn": "AS3320"}
    return {
        "rule_files": [str(Path(__file__).resolve().parents[2] / "resources" / "fleet" / "alerts.yml")],
        "evaluation_interval": "1m",
        "tests": [{
            "interval": "1m",
            "input_series": series,
            "alert_rule_test": [
                {"eval_time": "2m", "alertname": "OfflineReadySiteOutage", "exp_alerts": []},
                {"eval_time": "10m", "alertname": "OfflineReadySiteOutage", "exp_alerts": [{
                    "exp_labels": site,
                    "exp_annotations": {
                        "summary": "Outage at site berlin: 41.67% of its desks",
                        "description": "At least 30 % and at least 5 desks of site berlin are in an outage or "
                                       "silent: a local outage of that site, not single desks."}}]},
                {"eval_time": "10m", "alertname": "OfflineReadyProviderOutage", "exp_alerts": [{
                    "exp_labels": isp,
                    "exp_annotations": {
                        "summary": "Outage at provider AS3320: 41.67% of its desks",
                        "description": "At least 30 % and at least 5 desks on AS3320 are in an outage or silent, "
                                       "across sites: that provider's outage."}}]},
                {"eval_time": "10m", "alertname": "OfflineReadyWideOutage", "exp_alerts": []},
                {"eval_time": "10m", "alertname": "OfflineReadyDeskOutage", "exp_alerts": []},
                {"eval_time": "20m", "alertname": "OfflineReadyDeskOutage", "exp_alerts": [{
                    "exp_labels": {"severity": "info", "scope": "desk", "desk": "p00", "site": "paris",
                                   "isp_asn": "AS3209"},
                    "exp_annotations": {
                        "summary": "Desk p00 at paris has been in an outage for 15 minutes, alone at its site",
                        "description": "A local problem of one desk (its Wi-Fi, cable or settings), not of the site."}}]},
            ],
        }],
    }


def write_case(path: Path) -> Path:
    path.write_text(json.dumps(case(), indent=1))  # JSON is YAML: promtool reads it as is
    return path
