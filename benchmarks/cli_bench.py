"""Command-line speed of the searches people type during an outage, measured two ways.

* command wall time: ``offline-ready docs search …``, ``contacts search …`` and ``check --help`` run as a
  new process each time (what a person waits for), side by side with the peer every command pays for:
  the bare interpreter starting (``python3 -c pass``);                      target p50 <= 150 ms
* in-process: the same commands through ``main()`` in one warm process (what the search itself costs).

The vault holds 200 small text documents and 500 contacts, on a throw-away home directory.

Usage: python3 benchmarks/cli_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
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
    home = Path(tempfile.mkdtemp(prefix="cli-bench-"))
    os.environ["OFFLINE_READY_HOME"] = str(home)
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


def wall(argv: list[str], runs: int) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out.append(time.perf_counter() - t0)
    return out


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
    home = make_home()
    try:
        peer = wall([sys.executable, "-c", "pass"], args.runs)
        print("command wall time (new process each run)")
        show("peer: python3 -c pass", peer)
        for cmd in COMMANDS:
            times = wall([sys.executable, "-m", "offline_ready", *cmd], args.runs)
            show("offline-ready " + " ".join(cmd), times)
            print(f"  {'':40} ratio to the bare interpreter: {median(times) / median(peer):.1f}x")
        print("in-process (one warm process, main() per run)")
        for cmd in COMMANDS:
            show(" ".join(cmd), in_process(cmd, args.runs))
    finally:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
