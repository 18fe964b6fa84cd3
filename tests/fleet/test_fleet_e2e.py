"""End to end: the headless ``offline-ready monitor`` in the network lab's client namespace, diagnosing a real
DNS outage (the lab's resolver drops queries), pushes to Debian's VictoriaMetrics running in the same
namespace; the test reads back the state change and the incident counted by cause."""

from __future__ import annotations

import json
import signal
import subprocess
import time

import pytest

from fleet.vmlab import VM_BIN, free_port
from support.require import require

pytestmark = [pytest.mark.netns, pytest.mark.timeout(240)]

QUERY = """
import json, sys, urllib.parse, urllib.request
url = sys.argv[1] + "/api/v1/export?" + urllib.parse.urlencode({"match[]": sys.argv[2], "start": "0"})
urllib.request.urlopen(sys.argv[1] + "/internal/force_flush", timeout=10).read()
print(json.dumps([json.loads(l) for l in urllib.request.urlopen(url, timeout=10).read().decode().splitlines() if l]))
"""


def _export(lab, base: str, match: str) -> list[dict]:
    done = lab.exec(["python3", "-c", QUERY, base, match], timeout=30)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_monitor_reports_a_real_dns_outage_to_victoriametrics(healthy_lab, tmp_path, app_home):
    require(VM_BIN.is_file(), f"VictoriaMetrics unpacked from Debian's package at {VM_BIN}")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    vm = healthy_lab.popen([str(VM_BIN), f"-storageDataPath={tmp_path / 'vm'}", f"-httpListenAddr=127.0.0.1:{port}",
                            "-retentionPeriod=1y", "-dedup.minScrapeInterval=1ms", "-search.latencyOffset=0s",
                            "-search.disableCache", "-loggerLevel=WARN"], stdout=subprocess.DEVNULL)
    health = "import urllib.request, sys; urllib.request.urlopen(sys.argv[1] + '/health', timeout=1).read()"
    deadline = time.monotonic() + 20
    while healthy_lab.exec(["python3", "-c", health, base]).returncode != 0:
        assert time.monotonic() < deadline, "VictoriaMetrics did not start in the lab"
        time.sleep(0.2)
    cfg = tmp_path / "lab.toml"
    cfg.write_text(healthy_lab.config_text(timeout=2.0, extra={
        "fleet.enabled": True, "fleet.metrics_url": base + "/api/v1/write", "fleet.site": "lab",
        "fleet.interval": 15}))
    mon = healthy_lab.popen(["python3", "-m", "offline_ready", "monitor", "--json", "--config", str(cfg)],
                            env=healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home)}))
    try:
        assert json.loads(mon.stdout.readline())["state"] == "online"
        healthy_lab.resolver_drop(ip="203.0.113.53")
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            if json.loads(mon.stdout.readline())["state"] == "dns-outage":
                break
        rows: list[dict] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not rows:
            rows = _export(healthy_lab, base, 'offline_ready_state{state="dns-outage"}')
            rows = [r for r in rows if 1 in r["values"]]
            time.sleep(0.5)
        assert rows, "the state change reached the engine"
        assert rows[0]["metric"]["site"] == "lab" and len(rows[0]["metric"]["desk"]) == 16
        counted = _export(healthy_lab, base, 'offline_ready_incidents_total{cause="dns-outage"}')
        assert counted and max(counted[0]["values"]) == 1
    finally:
        mon.send_signal(signal.SIGTERM)
        try:
            mon.wait(15)
        except subprocess.TimeoutExpired:
            mon.kill()
        vm.terminate()
        vm.wait(15)
    assert mon.returncode == 0
