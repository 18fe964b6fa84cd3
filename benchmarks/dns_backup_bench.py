"""Backup DNS figures, measured in the test network lab (tests/netlab) with real unbound resolving
through nsd (tests/backup_dns/dns_lab.py: 5 resolvers and a DoH server):

1. `dns benchmark` of 5 resolvers (the system's + 4 backups; UDP, TCP, and DoH for one), healthy and
   with two resolvers dead — target ≤ 5 s; `dnseval` (dnsdiag) run side by side on the same 5.
2. "Use backup DNS" → verified working resolution through getaddrinfo — target ≤ 3 s.
3. Restore — target ≤ 2 s.

Usage: sudo python3 benchmarks/dns_backup_bench.py [--runs 10]
Everything runs inside namespaces the script builds and removes; no other traffic.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _lab import ROOT, machine, median, pct

sys.path.insert(0, str(ROOT / "tests" / "backup_dns"))
import dns_lab
from dns_lab import SYSTEM, config_text, offline_ready


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - t0) * 1000


def line(label: str, values: list[float], target: float | None = None) -> str:
    verdict = "" if target is None else ("  (target ≤ {:.0f} ms: {})".format(target, "met" if pct(values, 95) <= target
                                                                     else "MISSED"))
    return f"{label:<52} median {median(values):7.0f} ms   p95 {pct(values, 95):7.0f} ms   n={len(values)}{verdict}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    rig = dns_lab.start()
    home = Path(tempfile.mkdtemp(prefix="or-dns-bench-"))
    cfg = home / "lab.toml"
    cfg.write_text(config_text(rig, confirm_seconds=60))
    backups = rig.public_resolvers
    resolvers = [SYSTEM, *backups]
    try:
        print(f"Machine: {machine()}")
        print(f"Resolvers: {', '.join(resolvers)} (real unbound in namespaces, recursing to nsd); "
              f"DoH for lab1 at {rig.doh_ip}\n")
        results: dict[str, list[float]] = {}
        for scenario, dead in (("healthy", []), ("2 of 5 dead", [SYSTEM, backups[3]])):
            dns_lab.reset(rig)
            for ip in dead:
                rig.resolver_drop(ip)
            wall, inner = [], []
            for _ in range(args.runs):
                r, ms = timed(lambda: offline_ready(rig, "dns", "benchmark", "--json", "--config", str(cfg),
                                                        home=home))
                data = json.loads(r.stdout)
                assert len(data["results"]) == 5, data
                wall.append(ms)
                inner.append(data["duration_ms"])
            results[f"bench-{scenario}"] = wall
            print(line(f"dns benchmark, 5 resolvers, {scenario} (command)", wall, 5000))
            print(line(f"dns benchmark, 5 resolvers, {scenario} (measuring)", inner, 5000))
            if shutil.which("dnseval"):
                servers = home / "servers.txt"
                servers.write_text("\n".join(resolvers) + "\n")
                peer = []
                for _ in range(min(args.runs, 5)):
                    _, ms = timed(lambda s=servers: rig.exec(["dnseval", "-f", str(s), "-c", "10", "-w", "1",
                                                              "--skip-warmup", "shop.test"], timeout=120))
                    peer.append(ms)
                print(line(f"dnseval (dnsdiag), same 5 resolvers, {scenario}", peer))
                print(f"{'':52} ratio dnseval / ours (medians): {median(peer) / median(wall):.1f}×")
            print()
        dns_lab.reset(rig)
        rig.resolver_drop(SYSTEM)
        use_wall, use_inner, restore_wall, restore_inner = [], [], [], []
        for _ in range(args.runs):
            r, ms = timed(lambda: offline_ready(rig, "dns", "use", "lab1", "--yes", "--json", "--config", str(cfg),
                                                    home=home))
            first = json.loads(r.stdout.splitlines()[0])
            assert first["verified"], r.stdout + r.stderr
            use_wall.append(ms)
            use_inner.append(first["apply_ms"] + first["verify_ms"])
            r, ms = timed(lambda: offline_ready(rig, "dns", "restore", "--json", "--config", str(cfg), home=home))
            out = json.loads(r.stdout)
            assert out["status"] == "reverted", out
            restore_wall.append(ms)
            restore_inner.append(out["restore_ms"])
        print(line("Use backup DNS → verified resolution (command)", use_wall, 3000))
        print(line("Use backup DNS → verified resolution (apply+verify)", use_inner, 3000))
        print(line("Restore (command)", restore_wall, 2000))
        print(line("Restore (restore itself)", restore_inner, 2000))
        print("\n(command = the whole `offline-ready` process, Python start-up included)")
    finally:
        rig.stop()
        shutil.rmtree(home, ignore_errors=True)
        subprocess.run(["true"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
