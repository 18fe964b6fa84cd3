"""Pip install (the wheel in a fresh virtual environment) beside the self-contained bundle:
size on disk, cold start to a docked tray icon, idle memory.

Usage: python3 benchmarks/install_bench.py [--runs 7] [--idle-seconds 20]

Builds what it needs with packaging/build.sh (the wheel, the bundle) unless dist/ has them. Each
start is a new process with a new profile (``OFFLINE_READY_HOME``), under Xvfb with the IceWM tray
host, the monitor off (no network traffic), alternating pip and bundle. "Cold" is a new process
on a warm file cache: dropping the machine's page cache would slow everyone else on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _lab import ROOT, machine, median, pct

sys.path.insert(0, str(ROOT / "tests" / "ui"))

from ui_session import Display, SessionBus, app_env, start_app, wait_for

VERSION = __import__("tomllib").loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def built(kind: str, path: Path) -> Path:
    if not path.exists():
        subprocess.run(["bash", str(ROOT / "packaging/build.sh"), kind], check=True, cwd=ROOT)
    return path


def du_mb(path: Path) -> float:
    total, seen = 0, set()
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total / 2**20


def tree_rss_mb(pid: int) -> float:
    """RSS of the app and any child it started (the bundle is one process; pip too, but be fair)."""
    import psutil

    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


def one_start(display: Display, bus: SessionBus, home: Path, command: list[str], idle_s: float) -> tuple[float, float]:
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text("[ui]\nstart_at_login = false\n")
    env = app_env(display, bus, home, OFFLINE_READY_NO_MONITOR="1", PATH="/usr/bin:/bin")
    env.pop("PYTHONPATH", None)
    t0 = time.perf_counter()
    app = start_app(home, env, command=command)
    try:
        wait_for(lambda: app.proc.poll() is None and display.app_tray_icon(), 60, interval=0.01,
                 what="the tray icon")
        docked = time.perf_counter() - t0
        time.sleep(idle_s)
        rss = tree_rss_mb(app.proc.pid)
    finally:
        app.stop()
    wait_for(lambda: display.app_tray_icon() is None, 15, what="the icon to leave the tray")
    return docked, rss


def row(name: str, values: list[float], unit: str) -> str:
    return f"| {name} | {median(values):.2f} {unit} | {pct(values, 10):.2f} | {pct(values, 90):.2f} | {len(values)} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--idle-seconds", type=float, default=20.0)
    args = ap.parse_args()
    wheel = built("python", ROOT / "dist" / f"offline_ready-{VERSION}-py3-none-any.whl")
    tarball = built("bundle", ROOT / "dist" / f"offline-ready-{VERSION}-linux-x86_64.tar.gz")

    with tempfile.TemporaryDirectory(prefix="or-install-bench-") as d:
        work = Path(d)
        wheel, tarball = (Path(shutil.copy(p, work)) for p in (wheel, tarball))  # dist/ may be rebuilt meanwhile
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        str(wheel)], check=True)
        subprocess.run(["tar", "-xzf", str(tarball), "-C", str(work)], check=True)
        bundle = work / tarball.name.removesuffix(".tar.gz")
        print(f"machine: {machine()}; pip: wheel in a fresh venv of Python {sys.version.split()[0]}")
        print("| | pip install (venv) | bundle | bundle / pip |\n|---|---|---|---|")
        pip_mb, bundle_mb = du_mb(venv), du_mb(bundle)
        print(f"| size on disk | {pip_mb:.0f} MB | {bundle_mb:.0f} MB | {bundle_mb / pip_mb:.2f} |")
        print(f"| download | {wheel.stat().st_size / 2**20:.1f} MB wheel + dependencies from PyPI | "
              f"{tarball.stat().st_size / 2**20:.0f} MB tarball | |")

        (work / "x").mkdir()
        display = Display(work / "x").start(with_tray=True)
        bus = SessionBus(work / "x").start()
        starts: dict[str, list[float]] = {"pip": [], "bundle": []}
        rss: dict[str, list[float]] = {"pip": [], "bundle": []}
        commands = {"pip": [str(venv / "bin/offline-ready")], "bundle": [str(bundle / "offline-ready")]}
        try:
            for kind in commands:  # one unmeasured start each: byte code, fontconfig and icon caches
                one_start(display, bus, work / f"warm-{kind}", commands[kind], 0)
            for i in range(args.runs):
                for kind in commands:
                    t, r = one_start(display, bus, work / f"{kind}-{i}", commands[kind], args.idle_seconds)
                    starts[kind].append(t)
                    rss[kind].append(r)
                    print(f"  run {i + 1} {kind}: docked {t:.2f} s, idle RSS {r:.0f} MB", flush=True)
        finally:
            bus.stop()
            display.stop()

    print("\n| measure | median | p10 | p90 | runs |\n|---|---|---|---|---|")
    for kind in commands:
        print(row(f"{kind}: start to docked icon", starts[kind], "s"))
    for kind in commands:
        print(row(f"{kind}: idle RSS after {args.idle_seconds:.0f} s", rss[kind], "MB"))
    print(f"\nbundle / pip: start {median(starts['bundle']) / median(starts['pip']):.2f}, "
          f"idle RSS {median(rss['bundle']) / median(rss['pip']):.2f}")


if __name__ == "__main__":
    main()
