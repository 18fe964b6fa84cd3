"""NFQUEUE delay helper: holds every packet of one queue for N ms, then accepts it.

Run inside a namespace whose nftables rules send packets to the queue, e.g.
``ip netns exec NS python3 delayq.py --queue 53 --ms 800``. Prints ``ready`` once bound, so the
caller installs the ``queue`` rule only when nothing can be dropped for want of a listener. On
SIGTERM it releases every held packet at once and exits.
"""

from __future__ import annotations

import argparse
import heapq
import itertools
import os
import select
import signal
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--queue", type=int, required=True)
    ap.add_argument("--ms", type=float, required=True)
    args = ap.parse_args()

    from netfilterqueue import COPY_META, NetfilterQueue

    delay = args.ms / 1000.0
    held: list = []  # heap of (due, seq, packet)
    seq = itertools.count()
    stopping = False

    def on_packet(pkt) -> None:
        heapq.heappush(held, (time.monotonic() + delay, next(seq), pkt))

    def on_term(signum, frame) -> None:
        nonlocal stopping
        stopping = True

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)  # a signal interrupts the select() below at once
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    nfq = NetfilterQueue()
    nfq.bind(args.queue, on_packet, max_len=4096, mode=COPY_META)
    fd = nfq.get_fd()
    print("ready", flush=True)
    try:
        while not stopping:
            wait = max(0.0, held[0][0] - time.monotonic()) if held else 0.5
            try:
                readable, _, _ = select.select([fd, wake_r], [], [], wait)
            except InterruptedError:
                continue
            if fd in readable:
                nfq.run(block=False)
            now = time.monotonic()
            while held and held[0][0] <= now:
                heapq.heappop(held)[2].accept()
        nfq.run(block=False)
        while held:
            heapq.heappop(held)[2].accept()
    finally:
        nfq.unbind()
    return 0


if __name__ == "__main__":
    sys.exit(main())
