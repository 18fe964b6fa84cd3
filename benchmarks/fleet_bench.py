"""Fleet reporting's cost: bytes per desktop per hour on the wire, and what the on-disk spool costs.

Bytes: one simulated desk (two watched services) for an hour at the default 60 s interval, quiet or
with a DNS outage in the middle, sent in the reporter's own batches to a loopback receiver. The peer
columns are the same samples, with the same requests' headers, as uncompressed protobuf and in the
Prometheus text format (what a scrape would transfer). Spool: per-sample recording time (median, p95, p99), send time per batch of 20
(encode + HTTP POST on loopback + delete), and the spool's file size per day of unsent samples.
Only loopback traffic. Usage: ``python benchmarks/fleet_bench.py [--samples N]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from _lab import machine, median, pct


def _header_bytes(path: str, headers: dict[str, str]) -> int:
    """The request line and headers of one push as they went over the wire."""
    return len(f"POST {path} HTTP/1.1\r\n") + sum(len(f"{k}: {v}\r\n") for k, v in headers.items()) + 2


def _desk(root: Path, name: str, url: str):
    from fleet.desk import Desk

    desk = Desk(root / name, name=name)
    desk.open(metrics_url=url + "/api/v1/write", site="berlin", isp_asn="AS3320")
    desk.observe("online")
    return desk


def _text_bytes(points) -> int:
    return sum(len(f'{p.name}{{{",".join(f"{k}={v!r}" for k, v in p.labels)}}} {p.value:g} {p.ts_ms}\n')
               for p in points)


def wire_hour(root: Path, url: str, gate, outage: bool) -> dict[str, float]:
    import cramjam

    from offline_ready.fleet import wire

    desk = _desk(root, f"wire-{outage}", url)
    before = len(gate.received)
    for minute in range(60):
        state = "dns-outage" if outage and 20 <= minute < 35 else "online"
        desk.tick(60, state, down={"Shop": "dns"} if state != "online" else None)
        desk.reporter.send_all()  # as the reporter's thread: a send after every sample
    pushes = gate.received[before:]
    bodies = [r[2] for r in pushes]
    head = sum(_header_bytes(r[0], r[1]) for r in pushes)
    points = [p for b in bodies for p in wire.decode(b)]
    raw = sum(len(cramjam.snappy.decompress_raw(b)) for b in bodies)
    return {"requests": len(bodies), "snappy": sum(map(len, bodies)) + head, "protobuf": raw + head,
            "text": _text_bytes(points) + head, "points": len(points)}


def spool_costs(root: Path, url: str, samples: int) -> dict[str, list[float] | float]:
    desk = _desk(root, "spool", url)
    rep = desk.reporter
    record = []
    for _ in range(samples):
        desk.now += 60
        t = time.perf_counter()
        rep.record_sample()
        record.append((time.perf_counter() - t) * 1000)
    rep.spool._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file as it rests, not the write-ahead log
    size = rep.path.stat().st_size
    send = []
    while True:
        t = time.perf_counter()
        verdict, _ = rep.send_batch("metrics")
        if verdict is None:
            break
        send.append((time.perf_counter() - t) * 1000)
    return {"record_ms": record, "send_ms": send, "bytes_per_day": size / samples * 1440}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=int, default=1440, help="samples queued for the spool figures (a day)")
    args = ap.parse_args()
    os.environ.setdefault("OFFLINE_READY_HOME", tempfile.mkdtemp(prefix="fleet-bench-"))
    from fleet.gate import Gate

    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp, Gate(None) as gate:
        root = Path(tmp)
        print("\nbytes per desktop per hour (60 s interval, 2 watched services, HTTP headers included)")
        print(f"{'hour':<22}{'requests':>9}{'points':>8}{'remote write':>14}{'protobuf raw':>14}{'text format':>13}"
              f"{'ratio vs text':>15}")
        for outage in (False, True):
            r = wire_hour(root, gate.url, gate, outage)
            label = "with a 15-min outage" if outage else "quiet"
            print(f"{label:<22}{r['requests']:>9}{r['points']:>8}{r['snappy']:>14,.0f}{r['protobuf']:>14,.0f}"
                  f"{r['text']:>13,.0f}{r['text'] / r['snappy']:>14.1f}x")
        c = spool_costs(root, gate.url, args.samples)
        rec, snd = c["record_ms"], c["send_ms"]
        print(f"\nspool: {args.samples} samples recorded, then drained in batches of 20 to a loopback receiver")
        print(f"  record one sample : median {median(rec):.2f} ms, p95 {pct(rec, 95):.2f} ms, p99 {pct(rec, 99):.2f} ms")
        print(f"  send one batch    : median {median(snd):.2f} ms, p95 {pct(snd, 95):.2f} ms, p99 {pct(snd, 99):.2f} ms "
              f"({len(snd)} batches)")
        print(f"  disk per day unsent: {c['bytes_per_day'] / 1e6:.2f} MB (cap: fleet.spool_max_mb, default 20 MB)")


if __name__ == "__main__":
    main()
