"""Debian's VictoriaMetrics, unpacked (dpkg-deb -x, by packaging/dev-setup.sh), run on loopback for a test.

Never installed as a service: the test starts ``victoria-metrics`` from the unpacked package with its
own storage folder on a free loopback port, and stops it (by its own process id) afterwards.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import requests

CACHE = Path(os.environ.get("OFFLINE_READY_TEST_CACHE", "/var/cache/offline-ready-tests"))
VM_BIN = CACHE / "victoria-metrics" / "root" / "usr" / "bin" / "victoria-metrics"
VMALERT_BIN = CACHE / "victoria-metrics" / "root" / "usr" / "bin" / "vmalert"
PROMTOOL_BIN = CACHE / "prometheus" / "root" / "usr" / "bin" / "promtool"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class VictoriaMetrics:
    """One single-node VictoriaMetrics on 127.0.0.1; can be stopped and started again on the same port
    and storage (the "engine down, then back" case)."""

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root = root
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log = root / "victoria-metrics.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def write_url(self) -> str:
        return self.url + "/api/v1/write"

    def start(self) -> VictoriaMetrics:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [str(VM_BIN), f"-storageDataPath={self.root / 'data'}", f"-httpListenAddr=127.0.0.1:{self.port}",
                 "-retentionPeriod=1y", "-dedup.minScrapeInterval=1ms", "-search.latencyOffset=0s",
                 "-search.disableCache", "-loggerLevel=WARN"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"victoria-metrics exited: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("victoria-metrics did not answer /health within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def flush(self) -> None:
        requests.get(self.url + "/internal/force_flush", timeout=10)

    def export(self, match: str) -> list[dict[str, Any]]:
        """Every stored sample of the matching series: [{"metric": {...}, "values": [...], "timestamps": [...]}]."""
        self.flush()
        r = requests.get(self.url + "/api/v1/export", params={"match[]": match, "start": "0"}, timeout=30)
        r.raise_for_status()
        return [json.loads(line) for line in r.text.splitlines() if line.strip()]

    def query(self, promql: str, at: float | None = None) -> list[dict[str, Any]]:
        self.flush()
        params: dict[str, Any] = {"query": promql}
        if at is not None:
            params["time"] = f"{at:.3f}"
        r = requests.get(self.url + "/api/v1/query", params=params, timeout=30)
        r.raise_for_status()
        return r.json()["data"]["result"]
