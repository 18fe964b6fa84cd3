"""`monitor` detection latency, recovery, false events, footprint and probe traffic.

Usage: sudo python3 benchmarks/monitor_bench.py [--rounds 8] [--blip-minutes 3] [--idle-minutes 10]

- detection: fault injected at a random moment of the heartbeat cycle, time until the JSON line;
- recovery: fault removed, time until the "online" line;
- false events: one-second total blackouts every few seconds for several minutes — must print nothing;
- footprint: RSS and average CPU of the headless monitor while healthy;
- traffic: bytes the monitor sends and receives per hour while healthy (services excluded),
  counted by nftables on the lab's router;
- one watched service's light check: bytes per check with one connection per check (as before)
  beside the kept connection, over HTTP and HTTPS, and per hour at the default cadence; and the
  real monitor's bytes per hour to an HTTPS service's address, watched and not;
- a service failing (HTTP 503) at a random moment: time until the confirmed change, at the
  default cadence (one light check per service per 60 s) — the tray app notifies on that change;
- `dns restore` after running on backup DNS: time from the command until the monitor reports
  the true state (the user's own, still broken resolver);
- a captive portal: time to notice it after joining a network that has one (a network-change
  event) beside one that appears without any event;
- the traffic budget (``--budget-minutes``): KB/hour of the whole monitor, healthy, with the probes
  alone, + one service whose server keeps idle connections, + one whose server closes them (HTTPS,
  TLS resumed), + three services — this version beside a peer with the old fixed cadence; and the
  time to confirm a resolver rewriting a watched service's name mid-session (``--rewrite-rounds``).
  The peer is an earlier source tree (``--peer-src``, its ``desktop/`` first on the path), else
  this version with the budget lifted. Both run at once, each in its own lab.
Everything runs inside network namespaces the script builds (tests/netlab).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
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
    def __init__(self, lab, cfg: Path, home: Path, wrap=lambda argv: argv, env: dict | None = None):
        self.proc = lab.popen(wrap(["python3", "-m", "offline_ready", "monitor", "--json", "--no-history",
                                    "--config", str(cfg)]),
                              env=lab.client_env({"OFFLINE_READY_HOME": str(home), **(env or {})}),
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
        while time.monotonic() < end and (self.proc.poll() is None or not self.q.empty()):
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


def portal_notice(lab, work: Path, rounds: int) -> None:
    """A captive portal, noticed: after joining a network that has one (the link goes down and up,
    an OS network-change event) beside one that appears with no event (a portal session expiring on
    the same network), which only the next cadence tick can find. No services are watched."""
    cfg = work / "portal.toml"
    cfg.write_text(lab.config_text(timeout=2.0, services=[]))
    lab.reset()
    m = Mon(lab, cfg, work / "home")
    m.wait("online", 30)
    times: dict[str, list[float]] = {"joins a network with a portal (network-change event)": [],
                                     "a portal appears, no event (next cadence tick)": []}
    missed = dict.fromkeys(times, 0)
    for _ in range(rounds):
        for label in times:
            time.sleep(random.uniform(1.0, 6.0))
            if label.startswith("joins"):
                lab.link_down()
                lab.captive_portal(on=True)
                lab.link_up()
            else:
                lab.captive_portal(on=True)
            t0 = time.monotonic()
            t = m.wait("captive-portal", 90)
            if t is None:
                missed[label] += 1
            else:
                times[label].append(t - t0)
            lab.reset()
            m.wait("online", 60)
    m.stop()
    print(f"\n## A captive portal noticed ({rounds} rounds each, default cadence)")
    print("| how the portal appears | notice p50 s | p95 s | max s | missed |")
    print("|---|---|---|---|---|")
    for label, ts in times.items():
        print(f"| {label} | {median(ts):.1f} | {pct(ts, 95):.1f} | {max(ts or [0]):.1f} | {missed[label]} |")


LIGHT_LOOP = """
import json, sys, time
from offline_ready.monitor.services import ServiceSchedule, light_check
from offline_ready.probes.http import fetch
url, mode, n, every = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
check = ServiceSchedule([{"name": "svc", "url": url}], 60, now=0).checks[0]
one = (lambda: light_check(check, 2.0)) if mode == "kept" else (lambda: light_check(check, 2.0, fetch))
assert one().up  # the first connection of a session is not the steady state
print("ready", flush=True)
sys.stdin.readline()
up = 0
for _ in range(n):
    t = time.monotonic()
    up += one().up
    time.sleep(max(0.0, every - (time.monotonic() - t)))
print(json.dumps({"up": up}), flush=True)
"""


def _light_bytes(lab, work: Path, url: str, peer: str, mode: str, n: int, every: float) -> tuple[float, float]:
    """Bytes per light check in the steady state: (to and from the service's address, all the
    client's traffic including the name lookups). Nothing else runs in the client meanwhile."""
    script = work / "light_loop.py"
    script.write_text(LIGHT_LOOP)
    proc = lab.popen(["python3", str(script), url, mode, str(n), str(every)], env=lab.client_env(),
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    svc = lab.count_client_traffic(peer=peer)
    total = lab.count_client_traffic()
    proc.stdin.write("go\n")
    proc.stdin.flush()
    out = json.loads(proc.stdout.readline())
    proc.wait(30)
    if out["up"] != n:
        raise RuntimeError(f"{url}: only {out['up']} of {n} light checks were up")
    return (svc.bytes() + svc.rx_bytes()) / n, (total.bytes() + total.rx_bytes()) / n


def light_check_bytes(lab, work: Path, checks: int) -> None:
    """One service's light checks: one connection per check (before) beside the kept connection."""
    lab.reset()
    print(f"\n## One watched service's light check: bytes per check, steady state ({checks} checks each)")
    print("The lab's web server closes idle connections after 5 s (as Apache's default does): checks "
          "3 s apart find the connection still open, checks 8 s apart find it closed (the 60 s cadence "
          "against such a server). Per hour = per check × 60 (default cadence 60 s); the budget for "
          "all the monitor's traffic is 200 KB/hour.\n")
    print("| service | server between checks | one connection per check (before) | kept connection | ratio | "
          "kept, per hour at 60 s | kept + name lookups, per hour |")
    print("|---|---|---|---|---|---|---|")
    for label, url, peer in (("HTTP (HEAD)", "http://shop.test/", "203.0.113.21"),
                             ("HTTPS (HEAD)", "https://forum.test/", "203.0.113.22")):
        for gap, every in (("keeps it open", 3.0), ("has closed it", 8.0)):
            before, _ = _light_bytes(lab, work, url, peer, "fresh", checks, every)
            kept, kept_all = _light_bytes(lab, work, url, peer, "kept", checks, every)
            print(f"| {label} | {gap} | {before:.0f} B | {kept:.0f} B | {kept / before:.2f} | "
                  f"{kept * 60 / 1024:.0f} KB | {kept_all * 60 / 1024:.0f} KB |")


def service_traffic(lab, work: Path, minutes: float) -> None:
    """The real monitor at the default cadence: bytes per hour to and from one HTTPS service's
    address, without and with that service watched (the heartbeat's TCP probes reach the same
    address, hence the first row)."""
    lab.reset()
    rates = {}
    for label, services in (("not watched", []), ("watched (light check every 60 s)", [("Forum", "https://forum.test/")])):
        cfg = work / f"traffic-{len(rates)}.toml"
        cfg.write_text(lab.config_text(timeout=2.0, services=services))
        m = Mon(lab, cfg, work / "home")
        m.wait("online", 30)
        counter = lab.count_client_traffic(peer="203.0.113.22")
        t0 = time.monotonic()
        time.sleep(minutes * 60)
        rates[label] = (counter.bytes() + counter.rx_bytes()) / (time.monotonic() - t0) * 3600 / 1024
        m.stop()
    print(f"\n## The monitor's traffic with one HTTPS service's address over {minutes:g} min each")
    for label, kb in rates.items():
        print(f"- {label}: {kb:.0f} KB/hour")
    watched, base = rates["watched (light check every 60 s)"], rates["not watched"]
    print(f"- the light checks alone: {watched - base:.0f} KB/hour")


KEEP_URL = "https://status.check.test/up.txt"  # the lab's one server that keeps idle connections (120 s)
BUDGET_CASES = {
    "probes alone": [],
    "+ one service, server keeps idle connections": [("Status", KEEP_URL)],
    "+ one service, server closes idle connections (HTTPS, TLS resumed)": [("Forum", "https://forum.test/")],
    "+ three services (HTTP, HTTPS, HTTPS; servers close idle connections)":
        [("Shop", "http://shop.test/"), ("Forum", "https://forum.test/"), ("Secure shop", "https://shop.test/")],
}


def _full_round_bytes(lab, cfg: Path, env: dict) -> float:
    """One full diagnosis (`offline-ready check`) on the wire: what each full round costs."""
    counter = lab.count_client_traffic()
    lab.exec(["python3", "-m", "offline_ready", "check", "--config", str(cfg)], env=lab.client_env(env), timeout=60)
    return counter.bytes() + counter.rx_bytes()


def _budget_run(lab, work: Path, services: list, minutes: float, env: dict, budget: int | None) -> dict:
    """The monitor healthy at the default cadence: steady bytes per hour on the wire over the window
    (after the first light checks), plus the full rounds' share at the interval it runs them."""
    cfg = work / "budget.toml"
    extra = {} if budget is None else {"monitor.traffic_budget": budget}
    cfg.write_text(lab.config_text(timeout=2.0, services=services, **extra))
    home = work / "home"
    full_bytes = _full_round_bytes(lab, cfg, {"OFFLINE_READY_HOME": str(home), **env})
    m = Mon(lab, cfg, home, env=env)
    m.wait("online", 30)
    # the first light checks run a cadence after the first full check; the plan counts a service
    # from its second check on (the first only sets up the connection)
    time.sleep(130)
    counter = lab.count_client_traffic()
    t0 = time.monotonic()
    time.sleep(minutes * 60)
    steady = (counter.bytes() + counter.rx_bytes()) / (time.monotonic() - t0) * 3600
    m.stop()
    plan = None
    with contextlib.suppress(OSError, ValueError):
        plan = json.loads((home / "state" / "monitor-cadence.json").read_text())
    full_every = 600.0
    stretched = []
    for c in (plan or {}).get("checks", []):
        if c["check"] == "full":
            full_every = c["every_s"]
        if c["stretched"]:
            stretched.append(f"{c['name'] or c['check']} {c['every_s']:.0f} s")
    return {"kb": (steady + full_bytes * 3600 / full_every) / 1024, "steady_kb": steady / 1024,
            "full_kb": full_bytes / 1024, "full_every": full_every, "stretched": stretched}


def _rewrite_detection(lab, work: Path, rounds: int, env: dict, budget: int | None) -> tuple[list[float], int]:
    """A resolver starts answering a watched service's name with a dead address, at a random
    moment: time until the monitor reports the service down (the confirmed change)."""
    cfg = work / "rewrite.toml"
    extra = {} if budget is None else {"monitor.traffic_budget": budget}
    cfg.write_text(lab.config_text(timeout=2.0, services=[("Forum", "https://forum.test/"),
                                                           ("Shop", "http://shop.test/")], **extra))
    lab.reset()
    m = Mon(lab, cfg, work / "home", env=env)
    m.wait("online", 30)
    time.sleep(70)
    det, missed = [], 0

    def forum_down(rec: dict) -> bool:
        return any(s["name"] == "Forum" and s["state"] == "down" for s in rec["services"])

    for _ in range(rounds):
        time.sleep(random.uniform(5.0, 60.0))
        t0 = time.monotonic()
        lab.wrong_answer(name="forum.test")
        t = m.wait_for(forum_down, 700)
        if t is None:
            missed += 1
        else:
            det.append(t - t0)
        lab.wrong_answer(name="forum.test", on=False)
        m.wait_for(lambda rec: not forum_down(rec), 120)
    m.stop()
    return det, missed


def budget_and_rewrite(minutes: float, rounds: int, peer_src: str | None) -> None:
    """This version and the peer side by side, each in its own lab, at the same time."""
    from netlab import Lab

    root = Path(__file__).resolve().parent.parent
    peer_env = ({"PYTHONPATH": os.pathsep.join([str(Path(peer_src) / "desktop"), str(root / "tests")])}
                if peer_src else {})
    sides = {"this version (budget 200 KB/h)": ({}, None),
             ("old fixed cadence (" + ("earlier source tree" if peer_src else "budget lifted") + ")"):
                 (peer_env, None if peer_src else 1_000_000)}
    results: dict[str, dict] = {}
    load: list[float] = []

    def side(label: str, env: dict, budget: int | None) -> None:
        lab = Lab.start()
        try:
            (Path(lab.workdir) / "www" / "up.txt").parent.mkdir(parents=True, exist_ok=True)
            (Path(lab.workdir) / "www" / "up.txt").write_text("up\n")
            out: dict = {}
            for case, services in BUDGET_CASES.items():
                lab.reset()
                work = Path(tempfile.mkdtemp(prefix="or-budget-"))
                out[case] = _budget_run(lab, work, services, minutes, env, budget)
                load.append(os.getloadavg()[0])
                print(f"# {label} / {case}: {json.dumps(out[case])}", flush=True)
            out["rewrite"] = _rewrite_detection(lab, Path(tempfile.mkdtemp(prefix="or-rw-")), rounds, env, budget)
            results[label] = out
            print(f"# {label}: {json.dumps(out)}", flush=True)  # the raw figures, as each side ends
        finally:
            lab.stop()

    threads = [threading.Thread(target=side, args=(label, env, budget)) for label, (env, budget) in sides.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    labels = [label for label in sides if label in results]
    print(f"\n## Traffic of the whole monitor, healthy, default cadence ({minutes:g} min steady window each; "
          f"load average {min(load or [0]):.1f}–{max(load or [0]):.1f})")
    print("KB/hour = the steady window's bytes (both directions, counted by nftables on the lab's router) + "
          "one full check's bytes × full checks per hour at the interval each side runs them. Budget 200 KB/hour.\n")
    print("| watched | " + " | ".join(labels) + " | stretched by the budget |")
    print("|---|" + "---|" * len(labels) + "---|")
    for case in BUDGET_CASES:
        cells = [f"{results[lb][case]['kb']:.0f} KB/h (full check {results[lb][case]['full_kb']:.1f} KB "
                 f"every {results[lb][case]['full_every']:.0f} s)" for lb in labels]
        stretched = ", ".join(results[labels[0]][case]["stretched"]) or "—"
        print(f"| {case} | " + " | ".join(cells) + f" | {stretched} |")
    print(f"\n## A resolver rewrites a watched service's name mid-session ({rounds} rounds, at a random moment)")
    print("| side | confirmed p50 s | p95 s | max s | missed |")
    print("|---|---|---|---|---|")
    for lb in labels:
        det, missed = results[lb]["rewrite"]
        print(f"| {lb} | {median(det):.1f} | {pct(det, 95):.1f} | {max(det or [0]):.1f} | {missed} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--blip-minutes", type=float, default=3)
    ap.add_argument("--idle-minutes", type=float, default=10)
    ap.add_argument("--service-rounds", type=int, default=8)
    ap.add_argument("--restore-rounds", type=int, default=6)
    ap.add_argument("--traffic-minutes", type=float, default=5)
    ap.add_argument("--light-checks", type=int, default=20)
    ap.add_argument("--portal-rounds", type=int, default=5)
    ap.add_argument("--budget-minutes", type=float, default=2.0)
    ap.add_argument("--rewrite-rounds", type=int, default=5)
    ap.add_argument("--peer-src", help="an earlier source tree: the peer of the budget and rewrite runs")
    ap.add_argument("--skip", nargs="*", default=[],
                    choices=["detection", "blips", "idle", "service", "restore", "light-bytes", "service-traffic",
                             "portal", "budget"])
    args = ap.parse_args()
    from netlab import Lab

    if "budget" not in args.skip:
        print(f"# monitor benchmark on {machine()}")
        budget_and_rewrite(args.budget_minutes, args.rewrite_rounds, args.peer_src)
        if set(args.skip) >= {"detection", "blips", "idle", "service", "restore", "light-bytes",
                              "service-traffic", "portal"}:
            return

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
        if "portal" not in args.skip:
            portal_notice(lab, work, args.portal_rounds)
        if "light-bytes" not in args.skip:
            light_check_bytes(lab, work, args.light_checks)
        if "service-traffic" not in args.skip:
            service_traffic(lab, work, args.traffic_minutes)
    finally:
        lab.stop()


if __name__ == "__main__":
    main()
