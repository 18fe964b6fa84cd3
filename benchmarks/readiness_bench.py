"""Status pages, readiness and reports, measured in the test network.

1. Reading a provider's Statuspage summary (bounded fetch + parse, our HTTP through the fallback
   chain) side by side with a bare `requests.get().json()` of the same URL, healthy and during a
   resolver outage (where the bare client cannot resolve the name at all).
2. `check` with a service down whose status page trickles (nginx limit_rate): the verdict's own
   time and the whole command's wall time, against the same check with no status page.
3. `readiness --json` wall time with a vault of 40 documents and 2,000 contacts.
4. Rendering one incident's report as text, HTML and PDF (in-process).

Usage: sudo python3 benchmarks/readiness_bench.py [--runs 9]
Everything runs inside network namespaces the script builds (tests/netlab); no other traffic.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _lab import ROOT, machine, median, pct

sys.path.insert(0, str(ROOT / "tests" / "readiness"))

STATUS = "http://status.check.test/shop"
INNER = r"""
import json, sys, time
sys.path.insert(0, %(desktop)r)
from offline_ready.config import load_config
from offline_ready.statuspage.fetch import fallback_lookup, read_status, summary_url
import requests
config = load_config(%(cfg)r)
url = summary_url(%(page)r)
lookup = fallback_lookup(config)
ours, bare, errors = [], [], []
for _ in range(%(runs)d):
    t = time.perf_counter(); st = read_status("Shop", "statuspage", url, timeout=4.0, max_bytes=1 << 20, lookup=lookup)
    ours.append(time.perf_counter() - t); errors.append(st.error)
    t = time.perf_counter()
    try:
        requests.get(url, timeout=4.0).json(); bare.append(time.perf_counter() - t)
    except Exception as exc:
        bare.append(None); errors.append("bare: " + type(exc).__name__)
print(json.dumps({"ours": ours, "bare": bare, "errors": errors}))
"""


def statuspage_runs(lab, home: Path, cfg: Path, runs: int) -> dict:
    code = INNER % {"desktop": str(ROOT / "desktop"), "cfg": str(cfg), "page": STATUS, "runs": runs}
    r = lab.exec(["python3", "-c", code], env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=300)
    if r.returncode:
        raise SystemExit(r.stderr)
    return json.loads(r.stdout)


def fmt(values: list) -> str:
    ok = [v * 1000 for v in values if v is not None]
    failed = len(values) - len(ok)
    if not ok:
        return f"failed {failed}/{len(values)}"
    return f"{median(ok):.0f} ms (p95 {pct(ok, 95):.0f})" + (f", failed {failed}/{len(values)}" if failed else "")


def check_runs(lab, home: Path, cfg: Path, runs: int) -> tuple[list[float], list[float], int]:
    verdict, wall, codes = [], [], set()
    for _ in range(runs):
        t = time.monotonic()
        r = lab.exec(["python3", "-m", "offline_ready", "check", "--json", "--config", str(cfg)],
                     env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=120)
        wall.append(time.monotonic() - t)
        verdict.append(json.loads(r.stdout)["duration_ms"] / 1000)
        codes.add(r.returncode)
    return verdict, wall, max(codes)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    from samples import sample

    from netlab import Lab

    print(f"machine: {machine()}")
    lab = Lab.start()
    try:
        with tempfile.TemporaryDirectory(prefix="or-rbench-") as d:
            home = Path(d)
            www = Path(lab.workdir) / "www"
            (www / "shop" / "api" / "v2").mkdir(parents=True)
            (www / "shop" / "api" / "v2" / "summary.json").write_bytes(sample("summary-major.json"))
            (www / "slow" / "api" / "v2").mkdir(parents=True)
            (www / "slow" / "api" / "v2" / "summary.json").write_bytes(sample("summary-major.json"))
            base = {"backup_dns.builtin_profiles": [], "backup_dns.use_doh": False, "status_pages.cache_minutes": 0}
            cfg = home / "lab.toml"
            cfg.write_text(lab.config_text(services=[{"name": "Shop", "url": "http://shop.test/",
                                                      "status_page": STATUS}], **base))
            print("\n1. status page read (summary.json, 5.6 KB)")
            healthy = statuspage_runs(lab, home, cfg, args.runs)
            print(f"   healthy          ours {fmt(healthy['ours'])}   bare requests {fmt(healthy['bare'])}")
            lab.resolver_drop()
            out = statuspage_runs(lab, home, cfg, args.runs)
            print(f"   resolver outage  ours {fmt(out['ours'])}   bare requests {fmt(out['bare'])}")
            lab.reset()

            print("\n2. check with Shop down (HTTP 503), timeout 2 s")
            plain = home / "plain.toml"
            plain.write_text(lab.config_text(services=[("Shop", "http://shop.test/")], **base))
            slow = home / "slow.toml"
            slow.write_text(lab.config_text(services=[{"name": "Shop", "url": "http://shop.test/",
                                                       "status_page": "http://status.check.test/slow"}],
                                            **{**base, "status_pages.timeout": 3.0}))
            lab.http_status("shop.test", 503)
            for label, c in (("no status page", plain), ("status page trickling at 100 B/s", slow)):
                v, w, code = check_runs(lab, home, c, max(3, args.runs // 2))
                print(f"   {label:<34} verdict {median(v):.2f} s (p95 {pct(v, 95):.2f})   wall {median(w):.2f} s "
                      f"(p95 {pct(w, 95):.2f})   exit {code}")
            lab.reset()

            print("\n3. readiness --json, vault of 40 documents and 2,000 contacts")
            env = lab.client_env({"OFFLINE_READY_HOME": str(home)})
            for i in range(40):
                f = home / f"doc-{i}.txt"
                f.write_text(f"document {i}\n" * 200)
                lab.exec(["python3", "-m", "offline_ready", "docs", "add", str(f), "--config", str(cfg)], env=env)
            lab.exec(["python3", "-m", "offline_ready", "docs", "sync", "--config", str(cfg)], env=env, timeout=300)
            vcf = home / "many.vcf"
            vcf.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL;TYPE=CELL:+49 170 {1000000 + i}"
                                   f"\r\nCATEGORIES:{'ISP' if i % 2 else 'IT helpdesk'}\r\nEND:VCARD\r\n"
                                   for i in range(2000)))
            lab.exec(["python3", "-m", "offline_ready", "contacts", "import", str(vcf), "--config", str(cfg)],
                     env=env, timeout=300)
            walls = []
            for _ in range(max(3, args.runs // 2)):
                t = time.monotonic()
                lab.exec(["python3", "-m", "offline_ready", "readiness", "--json", "--config", str(cfg)], env=env)
                walls.append(time.monotonic() - t)
            print(f"   wall {median(walls):.2f} s (p95 {pct(walls, 95):.2f})")

        print("\n4. report of one incident (in-process)")
        from datetime import UTC, datetime, timedelta

        from offline_ready.diagnosis.classify import classify
        from offline_ready.drill.scenarios import staged_observations
        from offline_ready.report import build_report
        from offline_ready.report.render import RENDERERS

        start = datetime.now(UTC) - timedelta(hours=1)
        v = classify(staged_observations("dns-outage", [{"name": f"S{i}", "url": f"https://s{i}.example/"}
                                                        for i in range(5)]), checked_at=start).to_dict()
        rep = build_report(incident_id=1, state="dns-outage", summary="Your DNS resolver isn't answering",
                           started_at=start, ended_at=start + timedelta(minutes=23), verdict=v)
        for fmt_name, render in RENDERERS.items():
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                data = render(rep)
                times.append(time.perf_counter() - t)
            print(f"   {fmt_name:<5} {median(times) * 1000:.1f} ms (p95 {pct(times, 95) * 1000:.1f}), {len(data):,} bytes")
    finally:
        lab.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
