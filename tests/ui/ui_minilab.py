"""A small network lab for the UI tests and benchmarks: one network namespace holding the
client side AND its "internet" (TEST-NET addresses only), so the real engine runs against
real DNS and HTTP servers and nothing ever leaves the namespace.

Layout inside namespace ``or-ui-XXXX``:
  or0 198.51.100.2/24 (client) ── veth ── or1 198.51.100.1/24 (gateway), default via 198.51.100.1
  203.0.113.53  the system resolver (resolv.conf of the namespace)   ─┐ one Python process
  203.0.113.54, 203.0.113.55  independent resolvers                   │ (``serve``), dnspython
  203.0.113.20, 203.0.113.21  TCP endpoints (HTTP)                    │ and http.server
  203.0.113.30  connectivity check page (204) and a "Shop" service   ─┘
Faults are nftables rules in the namespace (drop DNS to the system resolver, drop everything
to the "internet", …) or the link going down.

Run ``python ui_minilab.py serve`` only inside the namespace (the lab does it).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

SYSTEM_RESOLVER = "203.0.113.53"
RESOLVERS = ("203.0.113.54", "203.0.113.55")
ENDPOINTS = ("203.0.113.20", "203.0.113.21")
WEB = "203.0.113.30"
GATEWAY = "198.51.100.1"
CLIENT = "198.51.100.2"
ZONE = "check.test"
ADDRESSES = (SYSTEM_RESOLVER, *RESOLVERS, *ENDPOINTS, WEB)


def available() -> str | None:
    """None if the lab can run here, else why not."""
    if os.geteuid() != 0:
        return "needs root (network namespaces)"
    for tool in ("ip", "nft"):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    return None


def _run(argv: list[str], check: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(argv, check=check, capture_output=True, text=True, input=input, timeout=20)


class MiniLab:
    def __init__(self, workdir: Path, name: str | None = None):
        self.workdir = workdir
        self.name = name or f"or-ui-{secrets.token_hex(3)}"
        self.server: subprocess.Popen | None = None
        self.etc = Path("/etc/netns") / self.name

    # ---- life cycle ------------------------------------------------------------------------------
    def start(self) -> MiniLab:
        _run(["ip", "netns", "add", self.name])
        try:
            self.etc.mkdir(parents=True, exist_ok=True)
            (self.etc / "resolv.conf").write_text(f"nameserver {SYSTEM_RESOLVER}\noptions timeout:1 attempts:1\n")
            ns = self.ns
            _run([*ns, "ip", "link", "set", "lo", "up"])
            _run([*ns, "ip", "link", "add", "or0", "type", "veth", "peer", "name", "or1"])
            _run([*ns, "ip", "addr", "add", f"{CLIENT}/24", "dev", "or0"])
            _run([*ns, "ip", "addr", "add", f"{GATEWAY}/24", "dev", "or1"])
            for a in ADDRESSES:
                _run([*ns, "ip", "addr", "add", f"{a}/32", "dev", "or1"])
            _run([*ns, "ip", "link", "set", "or0", "up"])
            _run([*ns, "ip", "link", "set", "or1", "up"])
            _run([*ns, "ip", "route", "add", "default", "via", GATEWAY, "dev", "or0"])
            self._nft_base()
            log = open(self.workdir / f"{self.name}-servers.log", "wb")  # noqa: SIM115 - the child keeps it
            self.server = subprocess.Popen([*ns, sys.executable, __file__, "serve"], stdout=subprocess.PIPE,
                                           stderr=log, text=True)
            assert self.server.stdout is not None
            if "ready" not in self.server.stdout.readline():
                raise RuntimeError("lab servers failed: " + (self.workdir / f"{self.name}-servers.log").read_text())
        except Exception:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(5)
            except subprocess.TimeoutExpired:
                self.server.kill()
        _run(["ip", "netns", "del", self.name], check=False)
        shutil.rmtree(self.etc, ignore_errors=True)

    @property
    def ns(self) -> list[str]:
        return ["ip", "netns", "exec", self.name]

    def popen(self, argv: list[str], env: dict[str, str], **kw) -> subprocess.Popen:
        """Start a process inside the lab (its resolv.conf points at the lab's resolver)."""
        return subprocess.Popen([*self.ns, "env", *[f"{k}={v}" for k, v in env.items()], *argv],
                                stdout=kw.pop("stdout", subprocess.PIPE), stderr=kw.pop("stderr", subprocess.STDOUT),
                                **kw)

    def config_text(self, *, timeout: float = 1.0, services: bool = True) -> str:
        text = f"""[probes]
connectivity = [ {{ url = "http://{WEB}/generate_204", status = 204 }} ]
ip_endpoints = ["{ENDPOINTS[0]}:80", "{ENDPOINTS[1]}:80"]
resolvers = ["{RESOLVERS[0]}", "{RESOLVERS[1]}"]
canary_names = ["{ZONE}", "forum.test"]
nxdomain_zone = "{ZONE}"
timeout = {timeout}
"""
        if services:
            text += '\n[[services]]\nname = "Shop"\nurl = "http://shop.test/"\n'
        return text

    # ---- faults ----------------------------------------------------------------------------------
    def _nft_base(self) -> None:
        _run([*self.ns, "nft", "-f", "-"], input="""
table inet orlab {
  chain out { type filter hook output priority 0; policy accept; }
}
""")

    def _rules(self, rules: list[str]) -> None:
        _run([*self.ns, "nft", "flush", "chain", "inet", "orlab", "out"])
        for r in rules:
            _run([*self.ns, "nft", "add", "rule", "inet", "orlab", "out", *r.split()])

    def resolver_drop(self) -> None:
        """The system resolver stops answering (a resolver outage); other resolvers still work."""
        self._rules([f"ip daddr {SYSTEM_RESOLVER} udp dport 53 drop", f"ip daddr {SYSTEM_RESOLVER} tcp dport 53 drop"])

    def upstream_down(self) -> None:
        """Nothing beyond the gateway answers."""
        self._rules(["ip daddr 203.0.113.0/24 drop"])

    def reset(self) -> None:
        self._rules([])

    def blip(self, seconds: float = 1.0) -> None:
        """A short loss of everything beyond the gateway: the kind of flap that must not raise a warning."""
        self.upstream_down()
        time.sleep(seconds)
        self.reset()


# ---- servers (run inside the namespace) ------------------------------------------------------------

def _dns_server(address: str) -> None:
    import dns.message
    import dns.rcode
    import dns.rrset

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((address, 53))
    while True:
        data, peer = sock.recvfrom(4096)
        try:
            q = dns.message.from_wire(data)
        except Exception:
            continue
        r = dns.message.make_response(q)
        r.flags |= 0x80  # RA
        name = q.question[0].name.to_text().rstrip(".").lower() if q.question else ""
        rdtype = q.question[0].rdtype if q.question else 1
        known = {ZONE: WEB, "forum.test": WEB, "shop.test": WEB}
        if name in known:
            if rdtype == 1:
                r.answer.append(dns.rrset.from_text(name + ".", 60, "IN", "A", known[name]))
        else:
            r.set_rcode(dns.rcode.NXDOMAIN)
        sock.sendto(r.to_wire(), peer)


def _http_server(address: str) -> None:
    import http.server

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/generate_204":
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"<html><body>Shop</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_HEAD = do_GET

        def log_message(self, *args) -> None:
            pass

    http.server.ThreadingHTTPServer((address, 80), Handler).serve_forever()


def serve() -> None:
    for a in (SYSTEM_RESOLVER, *RESOLVERS):
        threading.Thread(target=_dns_server, args=(a,), daemon=True).start()
    for a in (*ENDPOINTS, WEB):
        threading.Thread(target=_http_server, args=(a,), daemon=True).start()
    time.sleep(0.3)
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
