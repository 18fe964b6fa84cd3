"""A small network lab for the backup-DNS end-to-end tests and benchmarks.

Two namespaces joined by a veth pair: a client (203.0.113.2, no default route, so nothing can
leave) whose ``/etc/netns/<client>/resolv.conf`` is its real /etc/resolv.conf, and a resolver side
with real unbound answering on 203.0.113.53 (the system resolver) and .54-.57 (independent
backups), plus a DNS-over-HTTPS server on 203.0.113.60:443 (its own upstream is unbound on the
resolver side's loopback, so dropping a resolver address leaves DoH alone). Faults: nftables drops per address.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM = "203.0.113.53"
BACKUPS = ["203.0.113.54", "203.0.113.55", "203.0.113.56", "203.0.113.57"]
DOH_IP = "203.0.113.60"
CLIENT_IP = "203.0.113.2"
RECORDS = {"www.lab.test": "198.51.100.10", "shop.lab.test": "198.51.100.20", "docs.lab.test": "198.51.100.30",
           "doh.test": DOH_IP}
RESOLV_CONF = f"# lab client resolver\nsearch lab.test\nnameserver {SYSTEM}\noptions timeout:1 attempts:1\n"


def _run(*argv: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(argv), check=check, capture_output=True, text=True, **kw)


def available() -> tuple[bool, str]:
    if os.geteuid() != 0:
        return False, "needs root for network namespaces"
    for tool in ("ip", "nft"):
        if not shutil.which(tool):
            return False, f"{tool} is not installed"
    if not (shutil.which("unbound") or Path("/usr/sbin/unbound").exists()):
        return False, "unbound is not installed"
    return True, ""


class DnsRig:
    def __init__(self) -> None:
        n = f"{os.getpid() % 100000}"
        self.client = f"bdc{n}"
        self.server = f"bds{n}"
        self.dir = Path(tempfile.mkdtemp(prefix="bdns-rig-"))
        self.procs: list[subprocess.Popen] = []
        self.dropped: set[str] = set()
        self.ca = self.dir / "doh" / "ca.pem"

    @property
    def netns_dir(self) -> Path:
        return Path("/etc/netns") / self.client

    @property
    def resolv_conf(self) -> Path:
        return self.netns_dir / "resolv.conf"

    def start(self) -> DnsRig:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        c, s = self.client, self.server
        _run("ip", "netns", "add", c)
        _run("ip", "netns", "add", s)
        _run("ip", "link", "add", f"{c}v", "type", "veth", "peer", "name", f"{s}v")
        _run("ip", "link", "set", f"{c}v", "netns", c)
        _run("ip", "link", "set", f"{s}v", "netns", s)
        _run("ip", "-n", c, "addr", "add", f"{CLIENT_IP}/24", "dev", f"{c}v")
        for ip in [SYSTEM, *BACKUPS, DOH_IP]:
            _run("ip", "-n", s, "addr", "add", f"{ip}/24", "dev", f"{s}v")
        for ns, dev in ((c, f"{c}v"), (s, f"{s}v")):
            _run("ip", "-n", ns, "link", "set", "lo", "up")
            _run("ip", "-n", ns, "link", "set", dev, "up")
        _run("ip", "netns", "exec", s, "nft", "add", "table", "inet", "rig")
        _run("ip", "netns", "exec", s, "nft", "add", "chain", "inet", "rig", "input",
             "{ type filter hook input priority 0; }")
        self.netns_dir.mkdir(parents=True, exist_ok=True)
        self.reset_resolv_conf()
        conf = self.dir / "unbound.conf"
        lines = ["server:", *[f"  interface: {ip}" for ip in [SYSTEM, *BACKUPS, "127.0.0.1"]], "  port: 53",
                 "  do-daemonize: no", '  username: ""', '  chroot: ""', f'  directory: "{self.dir}"',
                 '  pidfile: ""', "  use-syslog: no", f'  logfile: "{self.dir}/unbound.log"', "  do-ip6: no",
                 "  access-control: 203.0.113.0/24 allow", "  access-control: 127.0.0.0/8 allow", '  module-config: "iterator"', "  num-threads: 1",
                 '  local-zone: "." static', '  local-zone: "test." static', '  local-zone: "lab.test." static',
                 *[f'  local-data: "{n}. 60 IN A {a}"' for n, a in RECORDS.items()],
                 "remote-control:", "  control-enable: no"]
        conf.write_text("\n".join(lines) + "\n")
        exe = shutil.which("unbound") or "/usr/sbin/unbound"
        self.procs.append(subprocess.Popen(["ip", "netns", "exec", s, exe, "-d", "-c", str(conf)],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        doh = subprocess.Popen(["ip", "netns", "exec", s, sys.executable, str(HERE / "loopdns.py"),
                                str(self.dir / "doh"), DOH_IP, "443", "127.0.0.1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        (self.dir / "doh").mkdir(exist_ok=True)
        self.procs.append(doh)
        assert doh.stdout is not None and doh.stdout.readline().strip() == "ready", "DoH server failed"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            r = self.exec(["python3", "-c", "import socket;socket.getaddrinfo('www.lab.test',None)"], check=False)
            if r.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("the lab resolver did not come up")

    def reset_resolv_conf(self) -> None:
        self.resolv_conf.write_text(RESOLV_CONF)
        self.resolv_conf.chmod(0o644)

    # -- faults ------------------------------------------------------------------------------------
    def drop(self, ip: str, on: bool = True) -> None:
        """Silently drop every packet to ``ip`` (UDP, TCP and HTTPS): a resolver outage."""
        (self.dropped.add if on else self.dropped.discard)(ip)
        _run("ip", "netns", "exec", self.server, "nft", "flush", "chain", "inet", "rig", "input")
        for addr in sorted(self.dropped):
            _run("ip", "netns", "exec", self.server, "nft", "add", "rule", "inet", "rig", "input",
                 "ip", "daddr", addr, "drop")

    def reset(self) -> None:
        self.dropped.clear()
        self.drop("0.0.0.0", False)
        self.reset_resolv_conf()

    # -- running things in the client -------------------------------------------------------------
    def env(self, home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "OFFLINE_READY"))}
        env.update({"OFFLINE_READY_HOME": str(home), "REQUESTS_CA_BUNDLE": str(self.ca),
                    "PYTHONPATH": str(HERE.parents[1] / "desktop")})
        env.update(extra or {})
        return env

    def exec(self, argv: list[str], *, env: dict[str, str] | None = None, check: bool = False,
             timeout: float = 60, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(["ip", "netns", "exec", self.client, *argv], env=env, capture_output=True, text=True,
                              timeout=timeout, check=check, **kw)

    def popen(self, argv: list[str], *, env: dict[str, str] | None = None) -> subprocess.Popen:
        return subprocess.Popen(["ip", "netns", "exec", self.client, *argv], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)

    def offline_ready(self, *args: str, home: Path, timeout: float = 90) -> subprocess.CompletedProcess:
        return self.exec([sys.executable, "-m", "offline_ready", *args], env=self.env(home), timeout=timeout)

    def config_text(self, *, confirm_seconds: int = 60, doh: bool = True) -> str:
        doh_line = (f', doh_url = "https://doh.test/dns-query", doh_addresses = ["{DOH_IP}"]' if doh else "")
        profiles = ", ".join(
            f'{{ id = "lab{i + 1}", name = "Lab backup {i + 1}", servers = ["{ip}"]{doh_line if i == 0 else ""} }}'
            for i, ip in enumerate(BACKUPS))
        return (f'[probes]\ncanary_names = ["www.lab.test", "shop.lab.test"]\nresolvers = ["{BACKUPS[0]}"]\n'
                f'nxdomain_zone = "lab.test"\ntimeout = 1.0\n'
                f'[backup_dns]\nbuiltin_profiles = []\nconfirm_seconds = {confirm_seconds}\n'
                f'benchmark_timeout = 1.0\nprofiles = [{profiles}]\n')

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        for ns in (self.client, self.server):
            _run("ip", "netns", "del", ns, check=False)
        shutil.rmtree(self.netns_dir, ignore_errors=True)
        shutil.rmtree(self.dir, ignore_errors=True)
