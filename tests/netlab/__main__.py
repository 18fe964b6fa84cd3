"""Build the lab, report how long it takes, and optionally keep it up for trying things by hand.

    sudo PYTHONPATH=tests python3 -m netlab            # startup and reset timings
    sudo PYTHONPATH=tests python3 -m netlab --hold     # keep it up until Ctrl-C
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time

from .lab import Lab


def main() -> int:
    ap = argparse.ArgumentParser(prog="python3 -m netlab", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--resets", type=int, default=10, help="timed reset() calls (default 10)")
    ap.add_argument("--hold", action="store_true", help="keep the lab up until interrupted")
    args = ap.parse_args()
    lab = Lab.start()
    try:
        parts = ", ".join(f"{k} {v:.3f}" for k, v in lab.timings.items())
        print(f"lab {lab.prefix} up in {lab.startup_seconds:.3f} s ({parts})")
        times = []
        for _ in range(args.resets):
            lab.upstream_down()
            t0 = time.monotonic()
            lab.reset()
            times.append(time.monotonic() - t0)
        if times:
            print(f"reset(): median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
                  f"over {len(times)} runs")
        if args.hold:
            print(f"client namespace: {lab.client_ns}   try: ip netns exec {lab.client_ns} bash")
            print(f"config for the app: {lab.workdir / 'lab.toml'}   CA: {lab.ca_file}")
            (lab.workdir / "lab.toml").write_text(lab.config_text())
            print("Ctrl-C to tear it down.", flush=True)
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        lab.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
