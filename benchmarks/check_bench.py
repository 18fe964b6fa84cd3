"""`check` time to verdict per fault scenario, side by side with two peers on the same network:

- a NetworkManager-style single-URL check: one HTTP GET of the connectivity URL with the same timeout;
- `dnseval` from dnsdiag against the system resolver.

Usage: sudo python3 benchmarks/check_bench.py [--runs 5]
Everything runs inside network namespaces the script builds (tests/netlab); no other traffic.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _lab import machine, median, pct

TIMEOUT = 2.0

NM_STYLE = r"""
import sys, time, urllib.request, urllib.error
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(NoRedirect)
t = time.monotonic()
try:
    r = opener.open("http://check.test/generate_204", timeout=%(timeout)s)
    state = "FULL" if r.status == 204 else "PORTAL"
except urllib.error.HTTPError as e:
    state = "PORTAL" if 300 <= e.code < 400 else "LIMITED"
except Exception as e:
    state = "NONE (" + type(e).__name__ + ")"
print(state, round(time.monotonic() - t, 3))
"""

SCENARIOS = [
    ("healthy", lambda lab: None),
    ("link down", lambda lab: lab.link_down()),
    ("upstream down", lambda lab: lab.upstream_down()),
    ("resolver drops", lambda lab: lab.resolver_drop(ip="203.0.113.53")),
    ("resolver SERVFAIL", lambda lab: lab.resolver_servfail(ip="203.0.113.53")),
    ("shop.test auth DNS down", lambda lab: (lab.auth_down(zone="shop.test"), lab.flush_caches())),
    ("slow DNS (1.3 s)", lambda lab: lab.dns_delay(ms=1300, ip="203.0.113.53")),
    ("captive portal", lambda lab: lab.captive_portal(on=True)),
    ("shop.test HTTP 503", lambda lab: lab.http_status(host="shop.test", status=503)),
    ("NXDOMAIN redirection", lambda lab: lab.nxdomain_redirect(on=True)),
    ("35 % loss", lambda lab: lab.loss(percent=35)),
    # faults small probes miss (tests/netlab/hardfaults.py)
    ("MTU black hole (> 1300 B dropped)", lambda lab: lab.mtu_blackhole(max_size=1300)),
    ("wrong answer for shop.test", lambda lab: lab.wrong_answer(name="shop.test")),
    ("no DNS server configured", lambda lab: lab.no_dns_config()),
    ("first of two resolvers dead", lambda lab: lab.first_resolver_dead()),
    ("UDP 53 blocked, TCP open", lambda lab: lab.udp53_blocked()),
    ("50 % DNS loss", lambda lab: lab.dns_loss(percent=50)),
]
# a company network (tests/netlab/corpnet.py): direct connections blocked, the web only through a proxy
PROXIED = [
    ("proxied: web only through the proxy", "manual", lambda corp: None),
    ("proxied: PAC file over HTTP", "pac", lambda corp: None),
    ("proxied: proxy not answering", "manual", lambda corp: corp.proxy_down()),
]
# the reason that names each of those faults, shown with the state
KEY_REASONS = ("mtu", "wrong-answer", "no-dns-server", "first-resolver-dead", "udp-blocked", "loss",
               "via-proxy", "proxy-down", "proxy-auth")


def ours(lab, cfg: Path, home: str) -> tuple[str, float, float]:
    t = time.monotonic()
    r = lab.exec(["python3", "-m", "offline_ready", "check", "--json", "--config", str(cfg)],
                 env=lab.client_env({"OFFLINE_READY_HOME": home}), timeout=60)
    wall = time.monotonic() - t
    v = json.loads(r.stdout)
    down = [f"{s['name']}:{s['cause']}" for s in v["services"] if s["state"] == "down"]
    # services are shown only when the connection itself is fine: under a lower layer's fault they vary
    label = v["state"] + (" hijack" if v["hijacking"] else "")
    label += "".join(f" {r}" for r in v.get("reasons", []) if r in KEY_REASONS)
    if v["state"] == "online" and down:
        label += f" [{', '.join(down)}]"
    return label, v["duration_ms"] / 1000, wall


def nm_style(lab) -> tuple[str, float]:
    r = lab.exec(["python3", "-c", NM_STYLE % {"timeout": TIMEOUT}], timeout=60)
    state, secs = r.stdout.split()[0], float(r.stdout.split()[-1])
    return state, secs


def dnseval(lab, workdir: Path) -> tuple[str, float]:
    servers = workdir / "servers.txt"
    servers.write_text("203.0.113.53\n")
    out = workdir / "dnseval.json"
    out.unlink(missing_ok=True)
    t = time.monotonic()
    lab.exec(["dnseval", "-f", str(servers), "-c", "3", "-w", str(int(TIMEOUT)), "-j", str(out), "shop.test"],
             timeout=120)
    secs = time.monotonic() - t
    try:
        rec = json.loads(out.read_text().splitlines()[-1])
        data = rec.get("data", rec)
        loss, avg, rcode = data.get("r_lost_percent", "?"), data.get("r_avg", 0.0), data.get("rcode_text", "")
        return f"{rcode}, loss {loss:.0f} %, avg {avg:.0f} ms", secs
    except (OSError, ValueError, IndexError, TypeError):
        return "no result", secs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--proxied-only", action="store_true", help="only the company-network (proxy) rows")
    args = ap.parse_args()
    from netlab import Lab

    lab = Lab.start()
    try:
        work = Path(tempfile.mkdtemp(prefix="or-bench-"))
        cfg = work / "lab.toml"
        cfg.write_text(lab.config_text(timeout=TIMEOUT))
        print(f"# check time to verdict ({args.runs} runs each, timeout {TIMEOUT} s) on {machine()}")
        print("| scenario | Offline Ready verdict | verdict median s | p95 s | wall median s "
              "| NM-style single URL | s | dnseval (system resolver) | s |")
        print("|---|---|---|---|---|---|---|---|---|")
        worst = 0.0
        rows = [] if args.proxied_only else [(name, fault, cfg, None) for name, fault in SCENARIOS]
        rows += [(name, fault, work / f"{mode}.toml", mode) for name, mode, fault in PROXIED]
        for name, fault, row_cfg, mode in rows:
            lab.reset()
            corp = None
            if mode is None:
                fault(lab)
            else:
                from netlab.corpnet import CorporateNetwork

                corp = CorporateNetwork(lab, work / "corp").start()
                row_cfg.write_text(lab.config_text(timeout=TIMEOUT, extra={
                    "proxy.mode": mode, "proxy.url": corp.proxy_url, "proxy.pac_url": corp.pac_url}))
                fault(corp)
            try:
                labels, verdict_s, wall_s = [], [], []
                for _ in range(args.runs):
                    label, v_s, w_s = ours(lab, row_cfg, str(work / "home"))
                    labels.append(label)
                    verdict_s.append(v_s)
                    wall_s.append(w_s)
                nm, nm_s = nm_style(lab)
                de, de_s = dnseval(lab, work)
            finally:
                if corp is not None:
                    corp.stop()
            worst = max(worst, max(verdict_s))
            tally = ", ".join(f"{lab_} {labels.count(lab_)}/{len(labels)}"
                              for lab_ in sorted(set(labels), key=labels.count, reverse=True))
            print(f"| {name} | {tally} | {median(verdict_s):.2f} | "
                  f"{pct(verdict_s, 95):.2f} | {median(wall_s):.2f} | {nm} | {nm_s:.2f} | {de} | {de_s:.2f} |")
        print(f"\nworst verdict time {worst:.2f} s; target 2 x timeout = {2 * TIMEOUT:.1f} s, "
              f"bound 2 x timeout + 1 = {2 * TIMEOUT + 1:.1f} s")
    finally:
        lab.stop()


if __name__ == "__main__":
    main()
