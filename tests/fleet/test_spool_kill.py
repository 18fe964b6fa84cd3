"""The spool survives a kill (SIGKILL at a named point, faults.py) and a restart: nothing half-written,
nothing lost, nothing stored twice in the engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fleet.desk import T0
from fleet.vmlab import VictoriaMetrics
from install.distbuild import ROOT


def run_desk(home, url, start, minutes, fault=None):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), str(ROOT / "tests")]),
           "OFFLINE_READY_HOME": str(home)}
    env.pop("OFFLINE_READY_FAULT", None)
    if fault:
        env["OFFLINE_READY_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "fleet.desk_main", str(home), url, str(start), str(minutes)],
                          env=env, capture_output=True, text=True, timeout=120)


def stamps(vm: VictoriaMetrics) -> list[int]:
    rows = vm.export('offline_ready_last_seen_timestamp_seconds')
    assert len(rows) <= 1
    return rows[0]["timestamps"] if rows else []


def test_kill_after_the_engine_took_a_batch_resends_it_once(vm, tmp_path):
    home = tmp_path / "home"
    killed = run_desk(home, vm.write_url, T0, 45, fault="fleet-sent-before-delete")
    assert killed.returncode == -9, killed.stderr
    first = stamps(vm)
    assert len(first) == 20  # the first batch reached the engine; the desk died before noting it
    done = run_desk(home, vm.write_url, T0 + 45 * 60, 0)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["queued"] == 0
    got = stamps(vm)
    expected = [int((T0 + 60 * i) * 1000) for i in range(1, 46)]
    assert got == expected  # all 45 minutes, in order, each once (the resent batch is recognised)


def test_kill_inside_a_spool_write_leaves_a_usable_spool(vm, tmp_path):
    home = tmp_path / "home"
    killed = run_desk(home, vm.write_url, T0, 5, fault="fleet-spool-insert")
    assert killed.returncode == -9, killed.stderr
    again = run_desk(home, vm.write_url, T0 + 600, 3)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {"sent": {"metrics": 3}, "queued": 0}
    assert stamps(vm) == [int((T0 + 600 + 60 * i) * 1000) for i in range(1, 4)]
