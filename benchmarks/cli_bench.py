"""Command-line speed of the searches people type during an outage, measured two ways.

* command wall time: ``offline-ready docs search …``, ``contacts search …`` and ``check --help`` run as
  users run them — the wheel installed (not editable) in a fresh virtual environment, the
  ``offline-ready`` console script — a new process each time (what a person waits for), side by side
  with the peers every command pays for: that environment's bare interpreter starting
  (``python -c pass``) and starting without its site-packages set-up (``python -S -c pass``);
  target p50 <= 150 ms. Beside each wall time, the CPU time the process used (user + system): on a
  shared, busy machine it shows how much of the wall time was waiting for a core.
* in-process: the same commands through ``main()`` in one warm process (what the search itself costs).

The vault holds 200 small text documents and 500 contacts, in a throw-away home directory (HOME);
the contact query matches all 500 contacts, the worst case for printing. The load average is printed
before, during (lowest and highest seen between rounds) and after the runs.

Usage: python3 benchmarks/cli_bench.py [--runs N] [--venv DIR] [--before REV [--before-venv DIR]]

``--venv DIR`` keeps the virtual environment in DIR and reuses it when it already holds the app (it is
built from a clean checkout of HEAD: sdist, then the wheel from it, then pip, as tests/install does);
without it a temporary one is made and removed. ``--before REV`` installs the app as it was at git
revision REV the same way (kept in ``--before-venv DIR`` if given) and runs its commands in the same
rounds, so the comparison sees the same machine load.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
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


def installed(where: Path, rev: str = "HEAD") -> Path:
    """bin/ of a virtual environment in ``where`` holding the wheel built from ``rev`` (made unless it is there)."""
    bindir = where / "venv" / "bin"
    if (bindir / "offline-ready").is_file():
        return bindir
    sys.path.insert(0, str(ROOT / "tests"))
    from install.distbuild import build, clean_checkout, fresh_venv

    print(f"building the wheel from a clean checkout of {rev} and installing it in a fresh virtual environment …")
    shutil.rmtree(where / "checkout", ignore_errors=True)
    shutil.rmtree(where / "dist", ignore_errors=True)
    dists = build(clean_checkout(where / "checkout", rev), where / "dist")
    return fresh_venv(where / "venv", dists.wheel)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> tuple[dict, dict, list[float], dict]:
    """Each command's wall and CPU time as a new process; the commands take turns run by run, so a busy
    moment of a shared machine falls on all of them alike and the ratios stay fair. Also the load average
    (1 min) after each round, and the exit codes seen (a command that failed at once would look fast)."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    loads = []
    codes: dict[str, set[int]] = {label: set() for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            c0 = children_cpu()
            t0 = time.perf_counter()
            codes[label].add(subprocess.run(argv, env=env, cwd=os.environ["HOME"], stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL, check=False).returncode)
            times[label].append(time.perf_counter() - t0)
            cpu[label].append(children_cpu() - c0)
        loads.append(os.getloadavg()[0])
    return times, cpu, loads, codes


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


def ms(values: list[float]) -> str:
    return f"p50 {median(values) * 1000:6.1f} ms  p95 {pct(values, 95) * 1000:6.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--venv", type=Path, help="keep (and reuse) the virtual environment in this folder")
    ap.add_argument("--before", metavar="REV", help="also run the app as it was at this git revision")
    ap.add_argument("--before-venv", type=Path, help="keep (and reuse) that revision's virtual environment here")
    args = ap.parse_args()
    print(machine())
    where = args.venv.resolve() if args.venv else Path(tempfile.mkdtemp(prefix="cli-bench-venv-"))
    before = (args.before_venv.resolve() if args.before_venv else Path(tempfile.mkdtemp(prefix="cli-bench-venv-"))) \
        if args.before else None
    home = None
    try:
        bindir = installed(where)
        before_bin = installed(before, args.before) if before else None
        home = make_home()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        python = str(bindir / "python")
        peers = {"peer: python -S -c pass": [python, "-S", "-c", "pass"], "peer: python -c pass": [python, "-c", "pass"]}
        commands = peers | {"offline-ready " + " ".join(cmd): [str(bindir / "offline-ready"), *cmd] for cmd in COMMANDS}
        if before_bin:
            commands |= {f"{args.before}: " + " ".join(cmd): [str(before_bin / "offline-ready"), *cmd] for cmd in COMMANDS}
        print(f"at start, {load()}")
        times, cpu, loads, codes = wall(commands, args.runs, env)
        print(f"at end, {load()}; the 1-minute load between rounds went from {min(loads):.2f} to {max(loads):.2f}")
        print(f"command wall time, installed wheel in a fresh virtual environment (new process each run, n={args.runs})")
        bare = median(times["peer: python -c pass"])
        for label, values in times.items():
            ratio = "" if label.startswith("peer") else f"  {median(values) / bare:.1f}x python -c pass"
            failed = "" if codes[label] == {0} else f"  EXIT CODES {sorted(codes[label])}"
            print(f"  {label:40} wall {ms(values)}   cpu p50 {median(cpu[label]) * 1000:6.1f} ms{ratio}{failed}")
        print("in-process (one warm process, main() per run)")
        for cmd in COMMANDS:
            print(f"  {' '.join(cmd):40} {ms(in_process(cmd, args.runs))}")
    finally:
        if home is not None:
            shutil.rmtree(home, ignore_errors=True)
        if not args.venv:
            shutil.rmtree(where, ignore_errors=True)
        if before and not args.before_venv:
            shutil.rmtree(before, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
