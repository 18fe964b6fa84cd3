"""`monitor` detection latency, recovery, false events, footprint and probe traffic.

Usage: sudo python3 benchmarks/monitor_bench.py [--rounds 8] [--blip-minutes 3] [--idle-minutes 10]

- detection: fault injected at a random moment of the heartbeat cycle, time until the JSON line;
- recovery: fault removed, time until the "online" line;
- false events: one-second total blackouts every few seconds for several minutes — must print nothing;
- footprint: RSS and average CPU of the headless monitor while healthy;
- traffic: bytes the monitor sends and receives per hour while healthy (services excluded),
  counted by nftables on the lab's router; and the light checks of one watched service;
- a service failing (HTTP 503) at a random moment: time until the confirmed change, at the
  default cadence (one light check per service per 60 s) — the tray app notifies on that change;
- `dns restore` after running on backup DNS: time from the command until the monitor reports
  the true state (the user's own, still broken resolver).
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

from _lab import machine, median, pct


class Mon:
    def __init__(self, lab, cfg: Path, home: Path, wrap=lambda argv: argv):
        self.proc = lab.popen(wrap(["python3", "-m", "offline_ready", "monitor", "--json", "--no-history",
                                    "--config", str(cfg)]), env=lab.client_env({"OFFLINE_READY_HOME": str(home)}),
                              stdout=subprocess.PIPE, text=True)
        self.q: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.q.put((time.monotonic(), json.loads(line)))

    def wait(self, state: str, timeout: float) -> float | None:
        return self.wait_for(lambda rec: rec["state"] == state, timeout)

    def wait_for(self, pred, timeout: float) -> float | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                t, rec = self.q.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                return None
            if pred(rec):
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
        print(f"| {name} | {median(det):.1f} | {pct(det, 95):.1f} | {max(det or [0]):.1f} | {median(rec):.1f} | "
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
    print(f"- RSS: median {median(rss):.1f} MB, max {max(rss):.1f} MB (budget 45 MB)")
    print(f"- CPU: {cpu:.2f} % average (budget 0.5 %)")
    print(f"- probe traffic: {sent_bytes / elapsed * 3600 / 1024:.0f} KB/hour (budget 200 KB/hour)")


def _shop_down(rec: dict) -> bool:
    return any(s["name"] == "Shop" and s["state"] == "down" for s in rec["services"])


def service_failure(lab, work: Path, rounds: int) -> None:
    """A watched service starts answering 503 at a random moment of its 60-second cadence."""
    cfg = work / "svc.toml"
    cfg.write_text(lab.config_text(timeout=2.0, services=[("Shop", "http://shop.test/")]))
    lab.reset()
    m = Mon(lab, cfg, work / "home")
    m.wait("online", 30)
    det, missed = [], 0
    for _ in range(rounds):
        time.sleep(random.uniform(0.0, 60.0))
        t0 = time.monotonic()
        lab.http_status(host="shop.test", status=503)
        t = m.wait_for(_shop_down, 180)
        if t is None:
            missed += 1
        else:
            det.append(t - t0)
        lab.reset()
        m.wait_for(lambda rec: not _shop_down(rec), 60)
    m.stop()
    print(f"\n## A watched service failing (HTTP 503), default cadence 60 s ({rounds} rounds)")
    print("| fault | detect p50 s | detect p95 s | max s | missed | target |")
    print("|---|---|---|---|---|---|")
    print(f"| Shop answers 503 | {median(det):.1f} | {pct(det, 95):.1f} | {max(det or [0]):.1f} | {missed} | p95 ≤ 90 s |")


def restore_truth(lab, work: Path, rounds: int) -> None:
    """On backup DNS while the ISP resolver is dead; `dns restore`: how soon the truth is reported."""
    cfg = work / "backup.toml"
    cfg.write_text(lab.config_text(timeout=2.0, **{
        "backup_dns.builtin_profiles": [], "backup_dns.preferred_profile": "lab",
        "backup_dns.profiles": [{"id": "lab", "name": "Lab backup", "servers": ["203.0.113.54"]}]}))
    from support import privns  # the DNS journal's fixed system folder gets a private stand-in

    env = lab.client_env({"OFFLINE_READY_HOME": str(work / "home")})
    lab.reset()
    m = Mon(lab, cfg, work / "home", wrap=lambda argv: privns.in_system(work / "system", argv))
    m.wait("online", 30)
    lab.resolver_drop(ip="203.0.113.53")
    m.wait("dns-outage", 40)
    switch, truth, cmd = [], [], []
    for _ in range(rounds):
        t0 = time.monotonic()
        lab.exec(privns.in_system(work / "system", ["python3", "-m", "offline_ready", "dns", "use", "lab", "--yes",
                                                     "--config", str(cfg)]), env=env)
        t = m.wait_for(lambda rec: rec.get("on_backup_dns"), 30)
        if t is not None:
            switch.append(t - t0)
        time.sleep(random.uniform(1.0, 5.0))
        t1 = time.monotonic()
        lab.exec(privns.in_system(work / "system", ["python3", "-m", "offline_ready", "dns", "restore",
                                                     "--config", str(cfg)]), env=env)
        cmd.append(time.monotonic() - t1)
        t = m.wait_for(lambda rec: rec["state"] == "dns-outage" and not rec.get("on_backup_dns"), 30)
        if t is not None:
            truth.append(t - t1)
    m.stop()
    lab.reset()
    print(f"\n## Backup DNS: the true state after a switch and after `dns restore` ({rounds} rounds)")
    print("| measure | p50 s | p95 s | max s | n | target |")
    print("|---|---|---|---|---|---|")
    print(f"| `dns use --yes` started → 'on backup DNS' reported | {median(switch):.1f} | {pct(switch, 95):.1f} | "
          f"{max(switch or [0]):.1f} | {len(switch)} | — |")
    print(f"| `dns restore` started → true state (dns-outage) reported | {median(truth):.1f} | {pct(truth, 95):.1f} | "
          f"{max(truth or [0]):.1f} | {len(truth)} | ≤ 10 s |")
    print(f"| (the `dns restore` command itself) | {median(cmd):.1f} | {pct(cmd, 95):.1f} | {max(cmd or [0]):.1f} | "
          f"{len(cmd)} | — |")


def service_traffic(lab, work: Path, minutes: float) -> None:
    """Bytes per hour of one watched service's light checks (HTTP and HTTPS), beside the probes."""
    lab.reset()
    rates = {}
    for label, services in (("no service", []), ("+ one HTTP service", [("Shop", "http://shop.test/")]),
                            ("+ one HTTPS service", [("Forum", "https://forum.test/")])):
        cfg = work / f"traffic-{len(rates)}.toml"
        cfg.write_text(lab.config_text(timeout=2.0, services=services))
        counter = lab.count_client_traffic()
        m = Mon(lab, cfg, work / "home")
        m.wait("online", 30)
        counter.reset()
        t0 = time.monotonic()
        time.sleep(minutes * 60)
        rates[label] = (counter.bytes() + counter.rx_bytes()) / (time.monotonic() - t0) * 3600 / 1024
        m.stop()
    print(f"\n## Healthy traffic over {minutes:g} min each, with the watched services' light checks")
    for label, kb in rates.items():
        print(f"- {label}: {kb:.0f} KB/hour")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--blip-minutes", type=float, default=3)
    ap.add_argument("--idle-minutes", type=float, default=10)
    ap.add_argument("--service-rounds", type=int, default=8)
    ap.add_argument("--restore-rounds", type=int, default=6)
    ap.add_argument("--traffic-minutes", type=float, default=5)
    ap.add_argument("--skip", nargs="*", default=[],
                    choices=["detection", "blips", "idle", "service", "restore", "service-traffic"])
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
        if "service" not in args.skip:
            service_failure(lab, work, args.service_rounds)
        if "restore" not in args.skip:
            restore_truth(lab, work, args.restore_rounds)
        if "service-traffic" not in args.skip:
            service_traffic(lab, work, args.traffic_minutes)
    finally:
        lab.stop()


if __name__ == "__main__":
    main()
