"""A company network on top of the lab: direct egress blocked at the router, a real HTTP proxy
(tinyproxy) and a PAC file in the "internet" namespace, and a TLS-inspecting middlebox.

Everything here is added to a running lab and removed again by :meth:`CorporateNetwork.stop`;
the lab's own teardown also ends the processes (they run in its namespaces).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from pathlib import Path

from support.proxy_server import Tinyproxy, start_tinyproxy

from .addresses import FORUM_IP, ISP_RESOLVER
from .lab import CLIENT_IF, ETC_NETNS, NET_IF, ROUTER_LAN_IF, Lab
from .nsutil import ip_batch, nft, ns_run

PROXY_IP = "203.0.113.90"
PROXY_PORT = 3128
PAC_IP = "203.0.113.91"
MIDDLEBOX_IP = "203.0.113.92"
WPAD_DOMAIN = "corp.test"
TABLE = "corpnet"
REPO_TESTS = Path(__file__).resolve().parent.parent


def pac_text(proxy: str = f"{PROXY_IP}:{PROXY_PORT}") -> str:
    return ("function FindProxyForURL(url, host) {\n"
            f"  if (isPlainHostName(host) || dnsDomainIs(host, \".{WPAD_DOMAIN}\")) return \"DIRECT\";\n"
            f"  return \"PROXY {proxy}\";\n}}\n")


class CorporateNetwork:
    def __init__(self, lab: Lab, folder: Path) -> None:
        self.lab = lab
        self.folder = folder
        self.proxy: Tinyproxy | None = None
        self._procs: list[subprocess.Popen] = []
        self._addresses: list[str] = []
        self.inspection_ca: Path | None = None

    @property
    def proxy_url(self) -> str:
        return f"http://{PROXY_IP}:{PROXY_PORT}"

    @property
    def pac_url(self) -> str:
        return f"http://{PAC_IP}/proxy.pac"

    def _add_address(self, ip: str) -> None:
        ip_batch([f"addr add {ip}/24 dev {NET_IF}"], ns=self.lab.net_ns)
        self._addresses.append(ip)

    def start(self, *, basic_auth: tuple[str, str] | None = None) -> CorporateNetwork:
        """The proxy (and the PAC file server); direct connections from the desk blocked."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for ip in (PROXY_IP, PAC_IP):
            self._add_address(ip)
        resolv = ETC_NETNS / self.lab.net_ns / "resolv.conf"  # the proxy resolves names itself
        resolv.parent.mkdir(parents=True, exist_ok=True)
        resolv.write_text(f"nameserver {ISP_RESOLVER}\n")
        resolv.chmod(0o644)  # tinyproxy reads it as nobody
        self.proxy = start_tinyproxy(self.folder / "proxy", address=PROXY_IP, port=PROXY_PORT,
                                     basic_auth=basic_auth, ns=self.lab.net_ns)
        www = self.folder / "pac"
        www.mkdir(exist_ok=True)
        (www / "proxy.pac").write_text(pac_text())
        (www / "wpad.dat").write_text(pac_text())
        self._procs.append(subprocess.Popen(
            ["ip", "netns", "exec", self.lab.net_ns, sys.executable, "-m", "http.server", "--bind", PAC_IP, "80",
             "--directory", str(www)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self.block_direct()
        return self

    def block_direct(self) -> None:
        """The router forwards only the desk's DNS (the company resolver), the proxy and the PAC server."""
        lan = ROUTER_LAN_IF
        nft(self.lab.router_ns, f"""
table inet {TABLE} {{
    chain forward {{
        type filter hook forward priority filter - 5; policy accept;
        iifname "{lan}" ip daddr {ISP_RESOLVER} meta l4proto {{ tcp, udp }} th dport 53 accept
        iifname "{lan}" ip daddr {PROXY_IP} tcp dport {PROXY_PORT} accept
        iifname "{lan}" ip daddr {PAC_IP} tcp dport 80 accept
        iifname "{lan}" ip daddr {MIDDLEBOX_IP} tcp dport 443 accept
        iifname "{lan}" drop
    }}
}}
""")

    def wpad(self) -> None:
        """The network hands out the search domain corp.test, where wpad.corp.test serves the PAC file
        (the name is in the desk's hosts file: the lab's zones are fixed)."""
        with open(self.lab.resolv_conf, "a") as fh:
            fh.write(f"search {WPAD_DOMAIN}\n")
        hosts = ETC_NETNS / self.lab.client_ns / "hosts"
        hosts.write_text(f"127.0.0.1 localhost\n{PAC_IP} wpad.{WPAD_DOMAIN}\n")
        self._hosts = hosts

    def dhcp_wpad(self, lease_dir: Path, url: str) -> Path:
        """A DHCP server on the LAN (dnsmasq in the router namespace, DHCP only) that hands out ``url``
        as option 252; the desk's ISC dhclient, configured as NetworkManager configures it (option 252
        declared as ``wpad`` and requested), takes a lease into ``lease_dir``. Returns the lease file.
        The client runs with a script that does nothing: the desk keeps its addresses and resolv.conf."""
        lease_dir.mkdir(parents=True, exist_ok=True)
        conf = self.folder / "dhclient.conf"
        conf.write_text("option wpad code 252 = string;\nalso request wpad;\n")
        self._procs.append(subprocess.Popen(
            ["ip", "netns", "exec", self.lab.router_ns, "dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null",
             "--port=0", f"--interface={ROUTER_LAN_IF}", "--bind-interfaces", "--user=root",
             "--dhcp-range=198.51.100.100,198.51.100.150,255.255.255.0,1h", f"--dhcp-option=252,{url}",
             f"--dhcp-leasefile={self.folder / 'dnsmasq.leases'}", f"--pid-file={self.folder / 'dnsmasq.pid'}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        lease = lease_dir / f"dhclient.{CLIENT_IF}.leases"
        client = subprocess.Popen(
            ["ip", "netns", "exec", self.lab.client_ns, "dhclient", "-d", "-1", "-sf", "/bin/true",
             "-lf", str(lease), "-pf", str(self.folder / "dhclient.pid"), "-cf", str(conf), CLIENT_IF],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and "expire" not in (lease.read_text() if lease.exists() else ""):
                time.sleep(0.1)
        finally:
            client.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                client.wait(3)
            if client.poll() is None:
                client.kill()
        return lease

    def proxy_down(self) -> None:
        """The proxy process stops (its address still routes: connections are refused)."""
        if self.proxy is not None:
            self.proxy.stop()

    def middlebox(self) -> Path:
        """TLS to forum.test is intercepted by a box with its own CA; returns that CA's file."""
        from .certs import make_ca_and_cert

        folder = self.folder / "middlebox"
        folder.mkdir(parents=True, exist_ok=True)
        ca, cert, key = make_ca_and_cert(folder, ["forum.test", "www.forum.test"], ca_name="Corp Inspection CA")
        self.inspection_ca = ca
        self._add_address(MIDDLEBOX_IP)
        self._procs.append(subprocess.Popen(
            ["ip", "netns", "exec", self.lab.net_ns, sys.executable, "-m", "netlab.middlebox", MIDDLEBOX_IP, "443",
             str(cert), str(key), FORUM_IP, "443", "forum.test", str(self.lab.ca_file)],
            cwd=REPO_TESTS, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        nft(self.lab.router_ns, f"""
table ip {TABLE}_nat {{
    chain prerouting {{
        type nat hook prerouting priority dstnat - 5; policy accept;
        iifname "{ROUTER_LAN_IF}" ip daddr {FORUM_IP} tcp dport 443 dnat to {MIDDLEBOX_IP}:443
    }}
}}
""")
        for _ in range(100):
            if self.lab.tcp_connect(MIDDLEBOX_IP, 443, ns=self.lab.router_ns, timeout=0.2):
                break
            time.sleep(0.05)
        return ca

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.stop()
        for p in self._procs:
            if p.poll() is None:
                p.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    p.wait(3)
            if p.poll() is None:
                p.kill()
        for table in (f"inet {TABLE}", f"ip {TABLE}_nat"):
            ns_run(self.lab.router_ns, ["nft", "delete", "table", *table.split()], check=False)
        for ip in self._addresses:
            with contextlib.suppress(Exception):
                ip_batch([f"addr del {ip}/24 dev {NET_IF}"], ns=self.lab.net_ns)
        for leftover in (ETC_NETNS / self.lab.net_ns / "resolv.conf", getattr(self, "_hosts", None)):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        self.lab.reset()  # the lab's own resolv.conf and rules, as before
