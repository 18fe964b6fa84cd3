"""Command-line speed of the searches people type during an outage, measured two ways.

* command wall time: ``offline-ready docs search …``, ``contacts search …`` and ``check --help`` run as a
  new process each time (what a person waits for), side by side with the peer every command pays for:
  the bare interpreter starting (``python3 -c pass``);                      target p50 <= 150 ms
* in-process: the same commands through ``main()`` in one warm process (what the search itself costs).

The vault holds 200 small text documents and 500 contacts, in a throw-away home directory (HOME).

Usage: python3 benchmarks/cli_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _lab import ROOT, machine, median, pct

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

COMMANDS = (["docs", "search", "router"], ["contacts", "search", "ann"], ["check", "--help"])


def make_home() -> Path:
    """A throw-away home directory, used as users' are: the app finds its folders under it through the
    platform's rules (no OFFLINE_READY_HOME, no XDG_* variables pointing elsewhere)."""
    home = Path(tempfile.mkdtemp(prefix="cli-bench-"))
    os.environ["HOME"] = str(home)
    for var in ("OFFLINE_READY_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ.pop(var, None)
    docs = home / "share"
    docs.mkdir()
    for i in range(200):
        (docs / f"runbook-{i:03}.txt").write_text(f"Runbook {i}: restart the router, then call the helpdesk.\n" * 20)
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Person{i}\r\nTEL;TYPE=work:+1 202 555 {i % 10000:04}\r\n"
                    f"END:VCARD\r\n" for i in range(500))
    (home / "team.vcf").write_text(cards)
    from offline_ready.config import load_config
    from offline_ready.vault.service import VaultService

    with VaultService(load_config()) as svc:
        for f in sorted(docs.iterdir()):
            svc.add_document(str(f))
        svc.sync()
        svc.import_contacts(str(home / "team.vcf"))
        assert svc.search("router")
    return home


def wall(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command's wall time as a new process; the commands take turns run by run, so a busy moment
    of a shared machine falls on all of them alike and the ratios stay fair."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    out: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            t0 = time.perf_counter()
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            out[label].append(time.perf_counter() - t0)
    return out


def load() -> str:
    return "load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def in_process(args: list[str], runs: int) -> list[float]:
    from offline_ready.cli.main import main

    out = []
    for i in range(runs + 1):
        sink = io.StringIO()
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
            main(list(args))
        if i:  # the first call pays the imports; the command's wall time shows those
            out.append(time.perf_counter() - t0)
    return out


def show(label: str, values: list[float]) -> None:
    print(f"  {label:40} p50 {median(values) * 1000:6.1f} ms   p95 {pct(values, 95) * 1000:6.1f} ms   (n={len(values)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "desktop"))
    print(machine())
    print(f"at start, {load()}")
    # byte-compiled once, as an install does (pip and the packages compile every module): a run must not
    # pay for compiling the sources, which a PYTHONDONTWRITEBYTECODE environment would otherwise make it do
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    home = make_home()
    try:
        peer = "peer: python3 -c pass"
        commands = {peer: [sys.executable, "-c", "pass"]}
        commands |= {"offline-ready " + " ".join(cmd): [sys.executable, "-m", "offline_ready", *cmd] for cmd in COMMANDS}
        times = wall(commands, args.runs)
        print("command wall time (new process each run)")
        for label, values in times.items():
            show(label, values)
            if label != peer:
                print(f"  {'':40} ratio to the bare interpreter: {median(values) / median(times[peer]):.1f}x")
        print("in-process (one warm process, main() per run)")
        for cmd in COMMANDS:
            show(" ".join(cmd), in_process(cmd, args.runs))
        print(f"at end, {load()}")
    finally:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
