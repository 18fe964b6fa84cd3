"""Real resolvers on loopback for the unit tests: unbound serving a small zone, a hijacking
unbound, a black hole (answers nothing), and a DNS-over-HTTPS front end (TLS with a test CA)
proxying to unbound. Nothing here sends a packet beyond 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import dns.message
import dns.query

from netlab.certs import make_ca_and_cert
from netlab.doh import DohServer as _DohServer

ZONE = "lab.test"
RECORDS = {"www.lab.test": "198.51.100.10", "shop.lab.test": "198.51.100.20", "doh.test": "127.0.0.1"}


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_both() -> int:
    for _ in range(50):
        port = free_port()
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                t.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port")


class Unbound:
    """``unbound -d`` on 127.0.0.1:port; every name outside the local zones is NXDOMAIN (no recursion)."""

    def __init__(self, workdir: Path, records: dict[str, str] | None = None, *, hijack_to: str | None = None):
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port_both()
        self.records = dict(RECORDS if records is None else records)
        self.hijack_to = hijack_to
        self.proc: subprocess.Popen | None = None

    def config(self) -> str:
        lines = [
            "server:", f"  interface: 127.0.0.1@{self.port}", f"  port: {self.port}", "  do-daemonize: no",
            '  username: ""', '  chroot: ""', f'  directory: "{self.dir}"', '  pidfile: ""', "  use-syslog: no",
            f'  logfile: "{self.dir}/unbound.log"', "  verbosity: 0", "  do-ip6: no",
            "  access-control: 127.0.0.0/8 allow", "  module-config: \"iterator\"", "  num-threads: 1",
            "  so-reuseport: no", "  do-not-query-localhost: yes", "  msg-cache-size: 1m", "  rrset-cache-size: 1m",
        ]
        if self.hijack_to:
            for zone in (".", "test."):  # unbound keeps a built-in NXDOMAIN zone for "test." (RFC 6761)
                lines += [f'  local-zone: "{zone}" redirect', f'  local-data: "{zone} 60 IN A {self.hijack_to}"']
        else:
            lines += ['  local-zone: "." static']
            for name, addr in self.records.items():
                lines += [f'  local-zone: "{name}." static' if name.count(".") == 1 else "",
                          f'  local-data: "{name}. 60 IN A {addr}"']
            lines += [f'  local-zone: "{ZONE}." static']
        lines += ["remote-control:", "  control-enable: no"]
        return "\n".join(ln for ln in lines if ln) + "\n"

    def start(self) -> Unbound:
        exe = shutil.which("unbound") or "/usr/sbin/unbound"
        conf = self.dir / "unbound.conf"
        conf.write_text(self.config())
        self.proc = subprocess.Popen([exe, "-d", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"unbound failed: {self.proc.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                dns.query.udp(dns.message.make_query("www.lab.test", "A"), "127.0.0.1", port=self.port, timeout=0.2)
                return self
            except Exception:
                time.sleep(0.05)
        raise RuntimeError("unbound did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class BlackHole:
    """A UDP and TCP port that accepts and never answers: every query times out."""

    def __init__(self) -> None:
        self.port = free_port_both()
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", self.port))
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.bind(("127.0.0.1", self.port))
        self.tcp.listen(64)

    def stop(self) -> None:
        self.udp.close()
        self.tcp.close()


class DohServer(_DohServer):
    """RFC 8484 over HTTPS on 127.0.0.1 (the lab's DoH front end) with its own throw-away CA (``ca``)."""

    def __init__(self, workdir: Path, upstream: tuple[str, int], names: list[str] | None = None,
                 bind: tuple[str, int] = ("127.0.0.1", 0)) -> None:
        self.ca, cert, key = make_ca_and_cert(workdir, names or ["doh.test"])
        super().__init__(cert, key, upstream, bind)
