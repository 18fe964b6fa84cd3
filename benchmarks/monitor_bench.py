"""`monitor` detection latency, recovery, false events, footprint and probe traffic.

Usage: sudo python3 benchmarks/monitor_bench.py [--rounds 8] [--blip-minutes 3] [--idle-minutes 10]

- detection: fault injected at a random moment of the heartbeat cycle, time until the JSON line;
- recovery: fault removed, time until the "online" line;
- false events: one-second total blackouts every few seconds for several minutes — must print nothing;
- footprint: RSS and average CPU of the headless monitor while healthy;
- traffic: bytes the monitor sends and receives per hour while healthy (services excluded),
  counted by nftables on the lab's router.
Everything runs inside network namespaces the script builds (tests/netlab).
"""

from __future__ import annotations

import argparse
import json
import queue
import random
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from _lab import machine, med, pct


class Mon:
    def __init__(self, lab, cfg: Path, home: Path):
        self.proc = lab.popen(["python3", "-m", "offline_ready", "monitor", "--json", "--no-history",
                               "--config", str(cfg)], env=lab.client_env({"OFFLINE_READY_HOME": str(home)}),
                              stdout=subprocess.PIPE, text=True)
        self.q: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.q.put((time.monotonic(), json.loads(line)))

    def wait(self, state: str, timeout: float) -> float | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                t, rec = self.q.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                return None
            if rec["state"] == state:
                return t
        return None

    def drain(self) -> list[dict]:
        out = []
        while True:
            try:
                out.append(self.q.get_nowait()[1])
            except queue.Empty:
                return out

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


FAULTS = {
    "resolver drops (DNS)": (lambda lab: lab.resolver_drop(ip="203.0.113.53"), "dns-outage"),
    "resolver SERVFAIL (DNS)": (lambda lab: lab.resolver_servfail(ip="203.0.113.53"), "dns-outage"),
    "upstream down": (lambda lab: lab.upstream_down(), "no-internet"),
    "link loss": (lambda lab: lab.link_down(), "no-network"),
}


def detection(lab, cfg: Path, work: Path, rounds: int) -> None:
    print(f"\n## Detection and recovery latency ({rounds} rounds each)")
    print("| fault | detect p50 s | detect p95 s | max s | recover p50 s | recover p95 s | missed |")
    print("|---|---|---|---|---|---|---|")
    for name, (inject, state) in FAULTS.items():
        lab.reset()
        m = Mon(lab, cfg, work / "home")
        m.wait("online", 30)
        det, rec, missed = [], [], 0
        for _ in range(rounds):
            time.sleep(random.uniform(2.0, 7.0))
            t0 = time.monotonic()
            inject(lab)
            t = m.wait(state, 40)
            if t is None:
                missed += 1
                lab.reset()
                m.wait("online", 30)
                continue
            det.append(t - t0)
            t1 = time.monotonic()
            lab.reset()
            if "link" in name:
                lab.link_up()
            t = m.wait("online", 40)
            if t is not None:
                rec.append(t - t1)
        m.stop()
        print(f"| {name} | {med(det):.1f} | {pct(det, 95):.1f} | {max(det or [0]):.1f} | {med(rec):.1f} | "
              f"{pct(rec, 95):.1f} | {missed} |")


def blips(lab, cfg: Path, work: Path, minutes: float) -> None:
    lab.reset()
    m = Mon(lab, cfg, work / "home")
    m.wait("online", 30)
    end = time.monotonic() + minutes * 60
    n = 0
    while time.monotonic() < end:
        lab.blip(seconds=1.0)
        n += 1
        time.sleep(random.uniform(3.0, 8.0))
    time.sleep(5)
    events = m.drain()
    m.stop()
    print(f"\n## False events: {n} one-second blackouts over {minutes:g} min -> {len(events)} events "
          f"{[e['state'] for e in events] if events else ''}")


def footprint_and_traffic(lab, cfg_nosvc: Path, work: Path, minutes: float) -> None:
    import psutil

    lab.reset()
    counter = lab.count_client_traffic()  # starts an nft byte counter on the router for the client's traffic
    m = Mon(lab, cfg_nosvc, work / "home")
    m.wait("online", 30)
    counter.reset()
    proc = psutil.Process(m.proc.pid)
    # the monitor runs under `ip netns exec`, which execs python: the pid is the interpreter's
    children = proc.children(recursive=True)
    target = children[-1] if children else proc
    cpu0 = sum(target.cpu_times()[:2])
    t0 = time.monotonic()
    rss = []
    while time.monotonic() - t0 < minutes * 60:
        rss.append(target.memory_info().rss / 2**20)
        time.sleep(5)
    elapsed = time.monotonic() - t0
    cpu = (sum(target.cpu_times()[:2]) - cpu0) / elapsed * 100
    sent_bytes = counter.bytes() + counter.rx_bytes()
    m.stop()
    print(f"\n## Headless monitor over {minutes:g} min (healthy, services excluded)")
    print(f"- RSS: median {med(rss):.1f} MB, max {max(rss):.1f} MB (budget 45 MB)")
    print(f"- CPU: {cpu:.2f} % average (budget 0.5 %)")
    print(f"- probe traffic: {sent_bytes / elapsed * 3600 / 1024:.0f} KB/hour (budget 200 KB/hour)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--blip-minutes", type=float, default=3)
    ap.add_argument("--idle-minutes", type=float, default=10)
    ap.add_argument("--skip", nargs="*", default=[], choices=["detection", "blips", "idle"])
    args = ap.parse_args()
    from netlab import Lab

    lab = Lab.start()
    try:
        work = Path(tempfile.mkdtemp(prefix="or-mon-bench-"))
        cfg = work / "lab.toml"
        cfg.write_text(lab.config_text(timeout=2.0))
        nosvc = work / "nosvc.toml"
        nosvc.write_text(lab.config_text(timeout=2.0, services=[]))
        print(f"# monitor benchmark on {machine()} (default cadence: heartbeat 5 s, full check 10 min)")
        if "detection" not in args.skip:
            detection(lab, cfg, work, args.rounds)
        if "blips" not in args.skip:
            blips(lab, cfg, work, args.blip_minutes)
        if "idle" not in args.skip:
            footprint_and_traffic(lab, nosvc, work, args.idle_minutes)
    finally:
        lab.stop()


if __name__ == "__main__":
    main()
