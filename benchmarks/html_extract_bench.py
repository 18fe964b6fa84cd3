"""HTML text extraction on hostile pages: the one-pass reader vs the standard library's HTMLParser.

The standard library's parser (fed in 64 KB pieces, as the vault used to) rescans an unfinished
tag from its start on every piece: quadratic. The vault's reader never goes back. Prints medians
per page size and the ratio; sizes are kept small so the peer finishes.

    python3 benchmarks/html_extract_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import time
from html.parser import HTMLParser

from _lab import machine, median
from offline_ready.vault.htmltext import html_to_text


class _Peer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def peer(text: str) -> str:
    p = _Peer()
    for i in range(0, len(text), 65536):
        p.feed(text[i:i + 65536])
    p.close()
    return "".join(p.parts)


def timed(fn, text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t)
    return median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"{'page':<28}{'one-pass s':>12}{'stdlib s':>12}{'ratio':>9}")
    for mb in (0.5, 1, 2):
        n = int(mb * (1 << 20))
        for name, page in (("unfinished tag", "<p>text</p><a " + "x" * n),
                           ("unclosed quote", "<p>text</p><a href=\"" + "y" * n)):
            ours = timed(html_to_text, page, args.runs)
            theirs = timed(peer, page, args.runs)
            print(f"{name + f' {mb:g} MB':<28}{ours:>12.4f}{theirs:>12.3f}{theirs / max(ours, 1e-9):>8.0f}x")
    n = 7 << 20
    ours = timed(html_to_text, "<p>text</p><a " + "x" * n, args.runs)
    print(f"{'unfinished tag 7 MB':<28}{ours:>12.4f}{'(not run)':>12}")


if __name__ == "__main__":
    main()
