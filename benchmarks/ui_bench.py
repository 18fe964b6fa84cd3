"""The tray app's speed and footprint, measured on a real X display (Xvfb + IceWM tray host)
with the real engine watching a real network (the test network lab, tests/netlab: unbound,
nsd and nginx in namespaces on TEST-NET addresses; nothing leaves the machine).

  python benchmarks/ui_bench.py                 # cold start ×7, idle 2 min, stalls
  python benchmarks/ui_bench.py --minutes 10    # the full 10-minute idle window
  python benchmarks/ui_bench.py --runs 15 --skip-idle

Figures:
* cold start: process spawn → our icon docked in the tray (polled in the X window tree),
  side by side with a bare PySide6 tray icon (the floor any PySide6 tray app pays);
* idle footprint: RSS and average CPU of the app while healthy (heartbeats every 5 s);
* GUI-thread stalls: a 5 ms QTimer heartbeat inside the app (OFFLINE_READY_STALL_METER)
  records the longest gap during user-triggered checks and during outage transitions
  (DNS outage → recovery) with the status and outage windows open.
Targets (issue): start ≤ 1.5 s median, RSS ≤ 120 MB, CPU ≤ 0.5 %, stall ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _lab import ROOT, machine, median, pct

sys.path.insert(0, str(ROOT / "tests" / "ui"))

from ui_session import (
    Display,
    SessionBus,
    app_env,
    control,
    in_lab,
    lab_config_text,
    missing_tools,
    start_app,
    wait_for,
)

from netlab import Lab, can_run

PEER = """
import sys
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(["peer-tray"])
tray = QSystemTrayIcon(QIcon(sys.argv[1]))
menu = QMenu(); menu.addAction("Quit", app.quit); tray.setContextMenu(menu)
tray.show()
app.exec()
"""


def clock_ticks() -> int:
    return os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / clock_ticks()  # utime + stime, all threads


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def write_config(home: Path, lab: Lab) -> Path:
    cfg = home / "lab.toml"
    home.mkdir(parents=True, exist_ok=True)
    cfg.write_text(lab_config_text(lab))
    return cfg


def tray_icon_of(display: Display, klass: str) -> bool:
    return any(i["class"] == klass for i in display.tray_icons())


def time_to_icon(display: Display, proc: subprocess.Popen, klass: str, t0: float) -> float:
    def docked() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode}")
        return tray_icon_of(display, klass)

    wait_for(docked, 30, interval=0.01, what="the tray icon")
    return time.perf_counter() - t0


def cold_start(display: Display, bus: SessionBus, lab: Lab, work: Path, runs: int) -> tuple[list, list]:
    ours, peer = [], []
    icon = ROOT / "resources" / "icons" / "tray-online-on-light.svg"
    for i in range(runs):
        home = work / f"cold-{i}"
        cfg = write_config(home, lab)
        env = app_env(display, bus, home)
        t0 = time.perf_counter()
        app = start_app(home, env, popen=in_lab(lab), config=cfg)
        try:
            ours.append(time_to_icon(display, app.proc, "offline-ready", t0))
        finally:
            app.stop()
        wait_for(lambda: not tray_icon_of(display, "offline-ready"), 10, what="the icon to go")
        t0 = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-c", PEER, str(icon)], env={**os.environ, **env},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            peer.append(time_to_icon(display, p, "peer-tray", t0))
        finally:
            p.terminate()
            p.wait(10)
        wait_for(lambda: not tray_icon_of(display, "peer-tray"), 10, what="the peer icon to go")
    return ours, peer


def idle(display: Display, bus: SessionBus, lab: Lab, work: Path, minutes: float) -> dict:
    home = work / "idle"
    cfg = write_config(home, lab)
    app = start_app(home, app_env(display, bus, home), popen=in_lab(lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online", 60, "a healthy first verdict")
        pid = app.state()["pid"]
        time.sleep(20)  # let start-up work settle (first full diagnosis, history store, caches)
        c0, t0 = cpu_seconds(pid), time.monotonic()
        samples = []
        end = t0 + minutes * 60
        while time.monotonic() < end:
            time.sleep(min(15.0, max(0.1, end - time.monotonic())))
            samples.append(rss_mb(pid))
        c1, t1 = cpu_seconds(pid), time.monotonic()
        stats = control(home, "stats") or {}
        return {"cpu_pct": 100 * (c1 - c0) / (t1 - t0), "rss_mb": samples[-1], "rss_max_mb": max(samples),
                "threads": stats.get("threads"), "seconds": t1 - t0}
    finally:
        app.stop()


def stalls(display: Display, bus: SessionBus, lab: Lab, work: Path, checks: int, transitions: int) -> dict:
    home = work / "stall"
    cfg = write_config(home, lab)
    env = app_env(display, bus, home, OFFLINE_READY_STALL_METER="1")
    app = start_app(home, env, popen=in_lab(lab), config=cfg)
    out: dict[str, list] = {"check": [], "transition": [], "check_busy": [], "transition_busy": []}

    def record(kind: str) -> None:
        st = control(home, "stats")["stall"]
        out[kind].append(st["max_ms"])
        out[kind + "_busy"].append(st["max_busy_ms"])
    try:
        app.wait_state(lambda s: s["state"] == "online", 60, "a healthy first verdict")
        control(home, "show status")
        control(home, "show-outage")  # both windows open: their refreshes are part of the cost
        time.sleep(2)
        for _ in range(checks):
            before = app.state()["checked_at"]
            control(home, "stall-reset")
            control(home, "check-now")
            app.wait_state(lambda s, b=before: s["checked_at"] != b and not s["checking"], 30, "the check")
            time.sleep(0.3)
            record("check")
        for _ in range(transitions):
            control(home, "stall-reset")
            lab.resolver_drop()
            app.wait_state(lambda s: s["state"] == "dns-outage", 60, "the DNS outage")
            time.sleep(1)
            record("transition")
            control(home, "stall-reset")
            lab.reset()
            app.wait_state(lambda s: s["state"] == "online", 60, "the recovery")
            time.sleep(1)
            record("transition")
        out["notifications"] = [len(bus.notifications())]  # type: ignore[list-item]
    finally:
        lab.reset()
        app.stop()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="cold starts (default 7)")
    ap.add_argument("--minutes", type=float, default=2.0, help="idle window in minutes (default 2; issue: 10)")
    ap.add_argument("--checks", type=int, default=10, help="user-triggered checks for the stall figure")
    ap.add_argument("--transitions", type=int, default=3, help="outage+recovery cycles for the stall figure")
    ap.add_argument("--skip-idle", action="store_true")
    args = ap.parse_args()
    ok, why = can_run()
    if not ok or missing_tools():
        print(f"cannot run: {why or ', '.join(missing_tools())}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="or-ui-bench-") as d:
        work = Path(d)
        display = Display(work).start(with_tray=True)
        bus = SessionBus(work).start()
        lab = Lab.start()
        try:
            print(f"machine: {machine()}")
            ours, peer = cold_start(display, bus, lab, work, args.runs)
            print(f"cold start to tray icon ({args.runs} runs): median {median(ours) * 1000:.0f} ms, "
                  f"p95 {pct(ours, 95) * 1000:.0f} ms, min {min(ours) * 1000:.0f} ms  (target ≤ 1500 ms median)")
            print(f"  bare PySide6 tray icon, same display: median {median(peer) * 1000:.0f} ms, "
                  f"p95 {pct(peer, 95) * 1000:.0f} ms; ratio ours/bare {median(ours) / median(peer):.2f}")
            if not args.skip_idle:
                r = idle(display, bus, lab, work, args.minutes)
                print(f"idle, healthy, {r['seconds'] / 60:.1f} min: RSS {r['rss_mb']:.0f} MB (max {r['rss_max_mb']:.0f}), "
                      f"CPU {r['cpu_pct']:.2f} %, {r['threads']} threads  (targets ≤ 120 MB, ≤ 0.5 %)")
            s = stalls(display, bus, lab, work, args.checks, args.transitions)
            for kind, label in (("check", "a check"), ("transition", "an outage transition")):
                wall, busy = s[kind], s[kind + "_busy"]
                print(f"longest GUI-thread stall during {label} ({len(wall)}×): median {median(wall):.1f} ms, "
                      f"p95 {pct(wall, 95):.1f} ms, max {max(wall):.1f} ms  (target ≤ 50 ms)")
                print(f"  GUI-thread CPU time in its longest busy stretch: median {median(busy):.1f} ms, "
                      f"max {max(busy):.1f} ms (the rest of a long wall-clock gap is waiting for a core or the GIL)")
        finally:
            lab.stop()
            bus.stop()
            display.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
