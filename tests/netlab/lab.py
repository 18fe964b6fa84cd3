"""The end-to-end network lab: real servers in Linux network namespaces, with fault injection.

Topology (``P`` is the lab's short prefix, e.g. ``orl1``)::

    P-client  eth0 198.51.100.2/24, default via 198.51.100.1, resolv.conf -> 203.0.113.53
       |
    P-router  lan0 198.51.100.1/24 | wan0 203.0.113.1/24, forwarding on, nft fault table
       |
    P-net     eth0 203.0.113.{20,21,22,30,31,32,53,54,55,80}/24, route to the LAN via the router:
              unbound x3 (.53 the "ISP" resolver, .54/.55 public ones), nsd x3 (check/shop/forum.test),
              nginx (.20 check.test, .21 shop.test, .22 forum.test, .80 captive portal)

No namespace has a default route out of the lab, and none is connected to the host's network.
See README.md beside this file for the API.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import fcntl
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from . import configs
from .addresses import (
    AUTH_SERVERS,
    CANARY_NAMES,
    CHECK_IP,
    CLIENT_IP,
    CONNECTIVITY,
    DEFAULT_SERVICES,
    DOH_HOST,
    DOH_IP,
    DOH_URL,
    EXTRA_RESOLVERS,
    FORUM_IP,
    GATEWAY_IP,
    HOSTS,
    IP_ENDPOINTS,
    ISP_RESOLVER,
    LAN_NET,
    LARGE_URL,
    NET_ADDRESSES,
    NXDOMAIN_ZONE,
    PORTAL_IP,
    PUBLIC_RESOLVERS,
    ROUTER_WAN_IP,
    SHOP_IP,
    ZONES,
)
from .daemons import CLEAN_ENV, Daemon, children_of, kill_pidfile, kill_pids, write_pidfile
from .hardfaults import HardFaults
from .nsutil import LabError, ip_batch, list_netns, netns_pids, nft, ns_run, ns_socket, proc_starttime, run

REPO_ROOT = Path(__file__).resolve().parents[2]
BASE_DIR = Path(tempfile.gettempdir()) / "netlab"
ETC_NETNS = Path("/etc/netns")
NS_ROLES = ("client", "router", "net")
FAULT_TABLE = "netlab_faults"
COUNT_TABLE = "netlab_count"
DELAY_CHAIN = "NETLAB_DELAY"
REQUIRED_TOOLS = ("ip", "nft", "unbound", "nsd", "nginx")
_PREFIX_RE = re.compile(r"^[a-z][a-z0-9]{0,7}$")
_DEFAULT_NS_RE = re.compile(r"^(orl\d+)-(client|router|net)$")

# interface names (each inside its own namespace, so they never touch the host's)
CLIENT_IF, ROUTER_LAN_IF, ROUTER_WAN_IF, NET_IF = "eth0", "lan0", "wan0", "eth0"

_live_labs: weakref.WeakSet[Lab] = weakref.WeakSet()
_sigterm_hooked = False


def missing_tools() -> list[str]:
    """Programs the lab needs that are not installed (empty when it can run)."""
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    return [t for t in REQUIRED_TOOLS if shutil.which(t, path=path) is None]


def can_run() -> tuple[bool, str]:
    """Whether a lab can be built here, and if not why (root, tools)."""
    if sys.platform != "linux":
        return False, "network namespaces need Linux"
    if os.geteuid() != 0:
        return False, "the network lab needs root (ip netns, nft)"
    missing = missing_tools()
    if missing:
        return False, "missing tools for the network lab: " + ", ".join(missing)
    return True, ""


def delay_supported() -> tuple[bool, str]:
    """Whether ``dns_delay`` can work: iptables (NFQUEUE rules) and the NetfilterQueue package."""
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    if shutil.which("iptables-restore", path=path) is None:
        return False, "iptables is not installed (dns_delay needs its NFQUEUE target)"
    try:
        import netfilterqueue  # noqa: F401
    except ImportError as e:
        return False, f"the NetfilterQueue package is not installed ({e})"
    return True, ""


def cleanup_stale(prefix: str) -> None:
    """Remove everything a lab with this prefix may have left behind: processes, namespaces, files."""
    workdir = BASE_DIR / prefix
    for pidfile in sorted((workdir / "pids").glob("*.pid")):
        kill_pidfile(pidfile)
    existing = set(list_netns())
    for role in NS_ROLES:
        ns = f"{prefix}-{role}"
        if ns in existing:
            kill_pids(netns_pids(ns), grace=0.5)
            run(["ip", "netns", "del", ns], check=False)
        shutil.rmtree(ETC_NETNS / ns, ignore_errors=True)
    shutil.rmtree(workdir, ignore_errors=True)


def _sweep_stale() -> None:
    """Clean up after every lab whose owning process is gone (call with the registry lock held)."""
    prefixes = {d.name for d in BASE_DIR.iterdir() if d.is_dir() and _PREFIX_RE.match(d.name)}
    prefixes |= {m.group(1) for ns in list_netns() if (m := _DEFAULT_NS_RE.match(ns))}
    for prefix in sorted(prefixes):
        if _owner_alive(BASE_DIR / prefix) is None:
            cleanup_stale(prefix)


def _owner_alive(workdir: Path) -> dict | None:
    """The owner record of a lab's work directory, if its owning process still runs."""
    try:
        owner = json.loads((workdir / "owner.json").read_text())
    except (OSError, ValueError):
        return None
    if proc_starttime(int(owner.get("pid", 0))) == owner.get("start"):
        return owner
    return None


def _hook_sigterm() -> None:
    """On SIGTERM, tear the labs down before the process dies (atexit does not run on signals)."""
    global _sigterm_hooked
    if _sigterm_hooked or threading.current_thread() is not threading.main_thread():
        return
    previous = signal.getsignal(signal.SIGTERM)

    def on_term(signum, frame):
        for lab in list(_live_labs):
            with contextlib.suppress(Exception):
                lab.stop()
        if callable(previous):
            previous(signum, frame)
        else:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)

    signal.signal(signal.SIGTERM, on_term)
    _sigterm_hooked = True


class TrafficCounter:
    """Bytes and packets the client sends into the router (and receives from it), from nft counters."""

    def __init__(self, lab: Lab, table: str = COUNT_TABLE):
        self._lab = lab
        self._table = table

    def _read(self, name: str) -> dict:
        r = ns_run(self._lab.router_ns, ["nft", "-j", "list", "counter", "inet", self._table, name])
        for item in json.loads(r.stdout)["nftables"]:
            if "counter" in item:
                return item["counter"]
        raise LabError(f"counter {name} not found")

    def bytes(self) -> int:
        """Bytes sent by the client (everything entering the router from the LAN)."""
        return int(self._read("client_tx")["bytes"])

    def packets(self) -> int:
        return int(self._read("client_tx")["packets"])

    def rx_bytes(self) -> int:
        """Bytes the router delivered to the client."""
        return int(self._read("client_rx")["bytes"])

    def reset(self) -> None:
        ns_run(self._lab.router_ns, ["nft", "reset", "counters", "table", "inet", self._table])


class Lab(HardFaults):
    """A client, a router and "the internet" in three network namespaces, with real servers.

    Build with ``Lab.start()``; tear down with ``lab.stop()`` (also run at exit and on SIGTERM).
    Faults are idempotent; ``reset()`` restores the healthy lab.

    Options: ``extra_resolvers`` (0-4) more public resolvers on 203.0.113.56 upwards (in
    ``public_resolvers`` and ``resolvers`` after the usual ones); ``doh`` a DNS-over-HTTPS front end
    of the first public resolver on ``doh_ip``:443 (``doh_url``, certificate from the lab CA).
    """

    def __init__(self, prefix: str | None = None, *, extra_resolvers: int = 0, doh: bool = False):
        if prefix is not None and not _PREFIX_RE.match(prefix):
            raise ValueError(f"lab prefix must be 1-8 lowercase letters/digits starting with a letter: {prefix!r}")
        if not 0 <= extra_resolvers <= len(EXTRA_RESOLVERS):
            raise ValueError(f"extra_resolvers must be within 0..{len(EXTRA_RESOLVERS)}")
        self.public_resolvers = (*PUBLIC_RESOLVERS, *EXTRA_RESOLVERS[:extra_resolvers])
        self.resolvers = (ISP_RESOLVER, *self.public_resolvers)
        self.doh_ip, self.doh_host, self.doh_url = (DOH_IP, DOH_HOST, DOH_URL) if doh else (None, None, None)
        self._requested_prefix = prefix
        self.prefix = ""
        self.workdir = Path()
        self._token = uuid.uuid4().hex
        self._daemons: dict[str, Daemon] = {}
        self._delays: dict[str, tuple[int, Daemon]] = {}  # resolver ip -> (ms, helper)
        self._next_queue = 100
        self._popened: list[subprocess.Popen] = []
        self._prober: subprocess.Popen | None = None
        self._client_logs = 0
        self._prober_replies: queue.Queue = queue.Queue()
        self._probe_lock = threading.Lock()
        self._lock = threading.RLock()
        self._stopped = False
        self._started = False
        self._generation = 0
        self._delay_chain_hooked = False
        self._delay_rules_present = False
        self.startup_seconds = 0.0
        self.timings: dict[str, float] = {}
        self.ca_file = Path()
        self._cert = self._key = Path()
        self._healthy_state()

    # ------------------------------------------------------------------------------ naming
    @property
    def client_ns(self) -> str:
        return f"{self.prefix}-client"

    @property
    def router_ns(self) -> str:
        return f"{self.prefix}-router"

    @property
    def net_ns(self) -> str:
        return f"{self.prefix}-net"

    @property
    def namespaces(self) -> tuple[str, str, str]:
        return self.client_ns, self.router_ns, self.net_ns

    @property
    def resolv_conf(self) -> Path:
        """Host path of the client's /etc/resolv.conf (bind-mounted over /etc/resolv.conf by
        ``ip netns exec``): rewrite it in place; a rename over /etc/resolv.conf fails with EBUSY."""
        return ETC_NETNS / self.client_ns / "resolv.conf"

    # Plan of the lab, for tests that want to name things.
    client_ip = CLIENT_IP
    gateway_ip = GATEWAY_IP
    isp_resolver = ISP_RESOLVER
    hosts = HOSTS
    auth_servers = AUTH_SERVERS
    ip_endpoints = IP_ENDPOINTS
    portal_ip = PORTAL_IP
    client_if = CLIENT_IF

    # ------------------------------------------------------------------------------ lifecycle
    @classmethod
    def start(cls, prefix: str | None = None, *, extra_resolvers: int = 0, doh: bool = False) -> Lab:
        """Build the whole lab and return it once every server answers end to end."""
        lab = cls(prefix, extra_resolvers=extra_resolvers, doh=doh)
        lab._start()
        return lab

    def __enter__(self) -> Lab:
        if not self._started:
            self._start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _start(self) -> None:
        ok, why = can_run()
        if not ok:
            raise LabError(why)
        t0 = time.monotonic()
        self._claim_prefix()
        _live_labs.add(self)
        atexit.register(self.stop)
        _hook_sigterm()
        self._started = True
        try:
            self._timed("namespaces", self._build_network)
            self._timed("files", self._write_files)
            self._timed("nft", self._apply_nft)
            self._timed("daemons", self._start_daemons)
            self._timed("ready", self._wait_ready)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - t0

    def _timed(self, name: str, fn: Callable[[], None]) -> None:
        t = time.monotonic()
        fn()
        self.timings[name] = time.monotonic() - t

    def _claim_prefix(self) -> None:
        BASE_DIR.mkdir(parents=True, exist_ok=True)
        with open(BASE_DIR / ".lock", "w") as lockf:
            fcntl.flock(lockf, fcntl.LOCK_EX)
            _sweep_stale()
            candidates: Iterable[str] = (
                [self._requested_prefix] if self._requested_prefix else (f"orl{n}" for n in range(1, 100))
            )
            for prefix in candidates:
                workdir = BASE_DIR / prefix
                owner = _owner_alive(workdir)
                if owner and owner.get("token") != self._token:
                    if self._requested_prefix:
                        raise LabError(f"lab prefix {prefix!r} is in use by live process {owner.get('pid')}")
                    continue
                cleanup_stale(prefix)  # a killed run's leftovers, if any
                workdir.mkdir(parents=True)
                (workdir / "pids").mkdir()
                (workdir / "owner.json").write_text(json.dumps(
                    {"pid": os.getpid(), "start": proc_starttime(os.getpid()), "token": self._token}))
                self.prefix, self.workdir = prefix, workdir
                return
        raise LabError(f"no free lab prefix under {BASE_DIR}")

    def stop(self) -> None:
        """Tear everything down: helpers, daemons, client processes, namespaces, files. Idempotent."""
        with self._lock:
            if self._stopped or not self.prefix:
                self._stopped = True
                return
            self._stopped = True
            self._blip_epoch = getattr(self, "_blip_epoch", 0) + 1
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        _live_labs.discard(self)
        for _ms, helper in self._delays.values():
            with contextlib.suppress(Exception):
                helper.stop(timeout=1)
        self._delays.clear()
        for proc in self._popened:
            if proc.poll() is None:
                with contextlib.suppress(Exception):
                    proc.kill()
        for daemon in self._daemons.values():
            with contextlib.suppress(Exception):
                daemon.stop(timeout=2)
        cleanup_stale(self.prefix)

    # ------------------------------------------------------------------------------ building
    def _build_network(self) -> None:
        c, r, n = self.namespaces
        ip_batch([
            f"netns add {c}",
            f"netns add {r}",
            f"netns add {n}",
            f"link add {CLIENT_IF} netns {c} type veth peer name {ROUTER_LAN_IF} netns {r}",
            f"link add {ROUTER_WAN_IF} netns {r} type veth peer name {NET_IF} netns {n}",
        ])
        no_v6 = ["net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"]
        procs = [
            subprocess.Popen(["ip", "netns", "exec", ns, "sysctl", "-q", "-w", *no_v6, *extra],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for ns, extra in ((c, []), (r, ["net.ipv4.ip_forward=1"]), (n, []))
        ]
        for p in procs:
            out, _ = p.communicate(timeout=30)
            if p.returncode != 0:
                raise LabError(f"sysctl failed in a lab namespace: {out}")
        ip_batch([
            f"addr add {CLIENT_IP}/24 dev {CLIENT_IF}",
            "link set lo up",
            f"link set {CLIENT_IF} up",
            f"route add default via {GATEWAY_IP} dev {CLIENT_IF}",
        ], ns=c)
        ip_batch([
            f"addr add {GATEWAY_IP}/24 dev {ROUTER_LAN_IF}",
            f"addr add {ROUTER_WAN_IP}/24 dev {ROUTER_WAN_IF}",
            "link set lo up",
            f"link set {ROUTER_LAN_IF} up",
            f"link set {ROUTER_WAN_IF} up",
        ], ns=r)
        ip_batch([
            *(f"addr add {a}/24 dev {NET_IF}" for a in self._net_addresses),
            "link set lo up",
            f"link set {NET_IF} up",
            f"route add {LAN_NET} via {ROUTER_WAN_IP} dev {NET_IF}",
        ], ns=n)
        self._write_resolv_conf()

    def _write_files(self) -> None:
        from .certs import make_ca_and_cert

        wd = self.workdir
        self.ca_file, self._cert, self._key = make_ca_and_cert(wd, [*HOSTS, DOH_HOST])
        for zone in ZONES:
            (wd / f"{zone}.zone").write_text(configs.zone_text(zone))
            (wd / f"nsd-{zone}.conf").write_text(configs.nsd_conf(zone, wd))
        (wd / "nxredirect.py").write_text(configs.nxredirect_script())
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (wd / "nginx-tmp" / sub).mkdir(parents=True, exist_ok=True)
        (wd / "www").mkdir(exist_ok=True)  # status.check.test serves what tests put here
        for ip in self.resolvers:
            self._resolver_conf_path(ip).write_text(self._render_resolver(ip))
        self._nginx_conf_path().write_text(self._render_nginx())

    def _start_daemons(self) -> None:
        wd, n = self.workdir, self.net_ns
        for zone, ip in AUTH_SERVERS.items():
            tag = f"nsd-{ip.rsplit('.', 1)[1]}"
            self._daemons[tag] = Daemon(tag, n, ["nsd", "-d", "-c", str(wd / f"nsd-{zone}.conf")], wd,
                                        logs=[wd / f"{tag}.log"]).start()
        unbound_env = dict(CLEAN_ENV)
        pymod = _unbound_python_dir()
        if pymod:  # Debian's unbound looks for its python core module outside the default sys.path
            unbound_env["PYTHONPATH"] = pymod
        for ip in self.resolvers:
            tag = f"unbound-{ip.rsplit('.', 1)[1]}"
            self._daemons[tag] = Daemon(tag, n, ["unbound", "-d", "-c", str(self._resolver_conf_path(ip))], wd,
                                        logs=[wd / f"{tag}.log"], env=unbound_env).start()
        if self.doh_ip:
            self._daemons["doh"] = Daemon(
                "doh", n, [sys.executable, "-m", "netlab.doh", "--listen", f"{self.doh_ip}:443",
                           "--upstream", PUBLIC_RESOLVERS[0], "--cert", str(self._cert), "--key", str(self._key)],
                wd, env=dict(CLEAN_ENV, PYTHONPATH=str(REPO_ROOT / "tests"), PYTHONUNBUFFERED="1")).start()
        self._daemons["nginx"] = Daemon(
            "nginx", n, ["nginx", "-p", str(wd), "-e", str(wd / "nginx.log"), "-c", str(self._nginx_conf_path())],
            wd, logs=[wd / "nginx.log"]).start()

    def _wait_ready(self) -> None:
        # each server on its own, from inside "the internet"
        for zone, ip in AUTH_SERVERS.items():
            tag = f"nsd-{ip.rsplit('.', 1)[1]}"
            self._poll(f"{tag} ({zone})", lambda z=zone, a=ip: self._dns_ok(self.net_ns, a, z, "SOA"),
                       self._daemons[tag])
        for ip in self.resolvers:
            self._wait_resolver_generation(ip)
        self._wait_nginx_generation(set())
        if self.doh_ip:
            self._poll("the DoH server", lambda: "ready" in _read(self._daemons["doh"].console), self._daemons["doh"])
        # and end to end, from the client, through the router
        for ip in self.resolvers:
            for name in ("check.test", "shop.test", "forum.test"):
                self._poll(f"resolution of {name} via {ip} from the client",
                           lambda a=ip, nm=name: self.dns_answer(nm, server=a) == [HOSTS[nm]],
                           self._daemons[f"unbound-{ip.rsplit('.', 1)[1]}"])
        self._poll("http://check.test/generate_204 from the client",
                   lambda: self.http_get(CHECK_IP, 80, "check.test", "/generate_204")[0] == 204,
                   self._daemons["nginx"])
        for ip in (SHOP_IP, FORUM_IP):
            self._poll(f"TLS port {ip}:443", lambda a=ip: self.tcp_connect(a, 443), self._daemons["nginx"])
        if self.doh_ip:
            self._poll(f"DoH port {self.doh_ip}:443", lambda: self.tcp_connect(self.doh_ip, 443),
                       self._daemons["doh"])

    @property
    def _net_addresses(self) -> tuple[str, ...]:
        """Every address "the internet" holds: the fixed plan plus the optional servers."""
        extra = tuple(a for a in self.resolvers if a not in NET_ADDRESSES)
        return (*NET_ADDRESSES, *extra, *((self.doh_ip,) if self.doh_ip else ()))

    def _poll(self, what: str, probe: Callable[[], bool], daemon: Daemon | None, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        last: Exception | None = None
        while True:
            if daemon is not None:
                daemon.check_running()
            try:
                if probe():
                    return
                last = None
            except Exception as e:  # any failure means "not yet"
                last = e
            if time.monotonic() > end:
                logs = f"\n{daemon.log_tail()}" if daemon else ""
                raise LabError(f"lab: {what} did not work within {timeout:g} s"
                               f"{f' (last error: {last!r})' if last else ''}{logs}")
            time.sleep(0.01)

    # ------------------------------------------------------------------------------ probes (in-process)
    def dns_query(self, name: str, rdtype: str = "A", server: str = ISP_RESOLVER, ns: str | None = None,
                  timeout: float = 1.0):
        """One UDP query sent from inside a namespace (the client's by default); a dnspython Message."""
        import dns.message
        import dns.query

        q = dns.message.make_query(name, rdtype)
        s = ns_socket(ns or self.client_ns, socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.setblocking(False)
            return dns.query.udp(q, server, timeout=timeout, sock=s)
        finally:
            s.close()

    def dns_answer(self, name: str, server: str = ISP_RESOLVER, rdtype: str = "A", ns: str | None = None,
                   timeout: float = 1.0) -> list[str] | str:
        """Addresses (sorted) for ``name``, or the rcode text ("NXDOMAIN", "SERVFAIL", ...) when not NOERROR."""
        import dns.rcode

        msg = self.dns_query(name, rdtype, server, ns, timeout)
        if msg.rcode() != dns.rcode.NOERROR:
            return dns.rcode.to_text(msg.rcode())
        return sorted(rr.to_text() for rrset in msg.answer for rr in rrset if rrset.rdtype == msg.question[0].rdtype)

    def _dns_ok(self, ns: str, server: str, name: str, rdtype: str) -> bool:
        import dns.rcode

        return self.dns_query(name, rdtype, server, ns=ns, timeout=0.3).rcode() == dns.rcode.NOERROR

    def http_get(self, ip: str, port: int, host: str, path: str = "/", ns: str | None = None,
                 timeout: float = 1.0) -> tuple[int, dict[str, str], bytes]:
        """Plain HTTP/1.0 GET from inside a namespace: (status, headers, body)."""
        s = ns_socket(ns or self.client_ns)
        try:
            s.settimeout(timeout)
            s.connect((ip, port))
            s.sendall(f"GET {path} HTTP/1.0\r\nHost: {host}\r\nUser-Agent: netlab\r\n\r\n".encode())
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        finally:
            s.close()
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        return int(lines[0].split()[1]), headers, body

    def tcp_probe(self, ip: str, port: int, ns: str | None = None, timeout: float = 1.0) -> str:
        """One TCP connect from inside a namespace: "open", "refused", "timeout" or "unreachable"."""
        s = ns_socket(ns or self.client_ns)
        try:
            s.settimeout(timeout)
            s.connect((ip, port))
            return "open"
        except ConnectionRefusedError:
            return "refused"
        except TimeoutError:
            return "timeout"
        except OSError as e:
            return "unreachable" if e.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH) else f"error: {e}"
        finally:
            s.close()

    def tcp_connect(self, ip: str, port: int, ns: str | None = None, timeout: float = 1.0) -> bool:
        """Whether a TCP connection from inside a namespace succeeds."""
        return self.tcp_probe(ip, port, ns, timeout) == "open"

    # ------------------------------------------------------------------------------ client processes
    def client_env(self, extra: dict | None = None) -> dict[str, str]:
        """Environment for programs run in the client: the project on PYTHONPATH, the lab CA trusted.

        Proxy variables are never passed on; OFFLINE_READY_* variables of this process are.
        """
        bindir = os.path.dirname(sys.executable)
        env = {
            "PATH": f"{bindir}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "PYTHONPATH": os.pathsep.join([str(REPO_ROOT / "desktop"), str(REPO_ROOT / "tests")]),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "PYTHONUNBUFFERED": "1",
            "REQUESTS_CA_BUNDLE": str(self.ca_file),
            "SSL_CERT_FILE": str(self.ca_file),
            "CURL_CA_BUNDLE": str(self.ca_file),
            "NETLAB_CLIENT_NS": self.client_ns,
        }
        passthrough = ("TMPDIR", "TERM", "LC_ALL", "DISPLAY", "XAUTHORITY", "XDG_RUNTIME_DIR", "QT_QPA_PLATFORM",
                       "DBUS_SESSION_BUS_ADDRESS", "COVERAGE_PROCESS_START")
        for k, v in os.environ.items():
            if k in passthrough or k.startswith("OFFLINE_READY_"):
                env[k] = v
        env.update({k: str(v) for k, v in (extra or {}).items()})
        return env

    def _argv(self, argv: Sequence[str]) -> list[str]:
        if isinstance(argv, str):
            raise TypeError("argv must be a list of strings, not one string")
        return ["ip", "netns", "exec", self.client_ns, *map(str, argv)]

    def exec(self, argv: Sequence[str], env: dict | None = None, timeout: float = 30, check: bool = False,
             input: str | None = None) -> subprocess.CompletedProcess:
        """Run a program inside the client namespace and wait for it (text output captured)."""
        return subprocess.run(self._argv(argv), env=env if env is not None else self.client_env(),
                              capture_output=True, text=True, timeout=timeout, check=check, input=input,
                              stdin=None if input is not None else subprocess.DEVNULL)

    def popen(self, argv: Sequence[str], env: dict | None = None, **kw) -> subprocess.Popen:
        """Start a program inside the client namespace in the background.

        Defaults: stdin closed, stdout a text pipe, stderr appended to a log file in the lab's work
        directory (``proc.netlab_log``); any Popen keyword overrides them. Killed at ``stop()``.
        """
        self._popened = [p for p in self._popened if p.poll() is None]
        self._client_logs += 1
        log = self.workdir / f"client-{self._client_logs}.log"
        opened = None
        if "stderr" not in kw:
            opened = open(log, "ab")  # noqa: SIM115 - handed to the child, closed below
            kw["stderr"] = opened
        kw.setdefault("stdin", subprocess.DEVNULL)
        kw.setdefault("stdout", subprocess.PIPE)
        if "text" not in kw and "universal_newlines" not in kw and "encoding" not in kw:
            kw["text"] = True
        try:
            proc = subprocess.Popen(self._argv(argv), env=env if env is not None else self.client_env(), **kw)
        finally:
            if opened:
                opened.close()
        proc.netlab_log = log  # type: ignore[attr-defined]
        self._popened.append(proc)
        write_pidfile(self.workdir / "pids" / f"client-{proc.pid}.pid", proc.pid)
        return proc

    def probe(self, *probes: dict, timeout: float = 60) -> list[dict]:
        """Run probes with real client libraries inside the client namespace (see clientprobe.py).

        A probe server process in the client namespace runs them, so each call costs milliseconds.
        """
        with self._probe_lock:
            if self._prober is None or self._prober.poll() is not None:
                proc = self.popen([sys.executable, "-m", "netlab.clientprobe", "--serve"], stdin=subprocess.PIPE)
                replies: queue.Queue = queue.Queue()
                threading.Thread(target=_pump, args=(proc.stdout, replies), daemon=True,
                                 name="netlab-probe-reader").start()
                self._prober, self._prober_replies = proc, replies
            assert self._prober.stdin is not None
            self._prober.stdin.write(json.dumps(list(probes)) + "\n")
            self._prober.stdin.flush()
            try:
                line = self._prober_replies.get(timeout=timeout)
            except queue.Empty:
                self._prober.kill()
                raise LabError(f"client probes did not finish within {timeout} s: {probes}") from None
            if line is None:
                raise LabError(f"client probe server died:\n{_read(self._prober.netlab_log)[-2000:]}")
            return json.loads(line)

    def config_text(self, services: Sequence = DEFAULT_SERVICES, timeout: float = 2.0,
                    extra: dict | None = None, **overrides) -> str:
        """TOML config for the app pointing every probe at the lab.

        ``services``: (name, url) pairs or dicts of service keys. ``extra`` (and keyword arguments,
        e.g. ``**{"monitor.trouble_interval": 1}``): "section.key" -> value overrides.
        """
        sections: dict[str, dict] = {
            "probes": {
                "connectivity": [dict(c) for c in CONNECTIVITY],
                "ip_endpoints": list(IP_ENDPOINTS),
                "resolvers": list(PUBLIC_RESOLVERS),
                "canary_names": list(CANARY_NAMES),
                "nxdomain_zone": NXDOMAIN_ZONE,
                "large_transfer": [LARGE_URL],
                "timeout": float(timeout),
            },
            # backups only inside the lab: the app's fallback resolution asks probes.resolvers
            "backup_dns": {"builtin_profiles": []},
        }
        for dotted, value in {**(extra or {}), **overrides}.items():
            section, sep, key = dotted.partition(".")
            if not sep:
                raise ValueError(f"override keys are 'section.key', got {dotted!r}")
            sections.setdefault(section, {})[key] = value
        svc = [s if isinstance(s, dict) else {"name": s[0], "url": s[1]} for s in services]
        out = ["# Offline Ready config for the network lab: every probe stays inside the lab.", ""]
        if not svc:
            out += ["services = []", ""]
        for section, values in sections.items():
            out.append(f"[{section}]")
            out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in values.items()]
            out.append("")
        for s in svc:
            out.append("[[services]]")
            out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in s.items()]
            out.append("")
        return "\n".join(out)

    # ------------------------------------------------------------------------------ fault state
    def _healthy_state(self) -> None:
        self._link_up = True
        self._upstream_down = False
        self._blips = 0
        self._blip_epoch = getattr(self, "_blip_epoch", 0) + 1
        self._loss = 0
        self._captive = False
        self._dropping: set[str] = set()
        self._doh_dropped = False
        self._servfail: set[str] = set()
        self._nx_redirect: set[str] = set()
        self._auth_down: dict[str, str] = {}  # zone -> "reject" | "drop"
        self._http: dict[str, tuple[int, str | None]] = {}
        self._hard_healthy()

    def faults(self) -> dict:
        """The faults in force now (empty when the lab is healthy)."""
        f: dict = {}
        if not self._link_up:
            f["link_down"] = True
        if self._upstream_down:
            f["upstream_down"] = True
        if self._blips:
            f["blip"] = True
        if self._loss:
            f["loss"] = self._loss
        if self._captive:
            f["captive_portal"] = True
        if self._doh_dropped:
            f["doh_drop"] = True
        for key, value in (("resolver_drop", self._dropping), ("resolver_servfail", self._servfail),
                           ("nxdomain_redirect", self._nx_redirect)):
            if value:
                f[key] = sorted(value)
        if self._auth_down:
            f["auth_down"] = dict(self._auth_down)
        if self._delays:
            f["dns_delay"] = {ip: ms for ip, (ms, _) in self._delays.items()}
        if self._http:
            f["http_status"] = {h: s for h, (s, _) in self._http.items()}
        f.update(self._hard_faults())
        return f

    # ------------------------------------------------------------------------------ faults
    def link_down(self) -> None:
        """The client's link goes down: no address route, no default route, nothing."""
        with self._lock:
            ip_batch([f"link set {CLIENT_IF} down"], ns=self.client_ns)
            self._link_up = False

    def link_up(self) -> None:
        with self._lock:
            ip_batch([f"link set {CLIENT_IF} up", f"route replace default via {GATEWAY_IP} dev {CLIENT_IF}"],
                     ns=self.client_ns)
            self._link_up = True

    def upstream_down(self, on: bool = True) -> None:
        """The router drops everything it would forward; the gateway itself still answers."""
        with self._lock:
            self._upstream_down = bool(on)
            self._apply_router()

    def loss(self, percent: float = 30) -> None:
        """Random drop of that share of forwarded packets, both directions (nft numgen random); 0 = off."""
        if not 0 <= percent <= 100:
            raise ValueError("percent must be within 0..100")
        with self._lock:
            self._loss = round(percent)
            self._apply_router()

    def blip(self, seconds: float = 1.0) -> threading.Thread:
        """Drop all forwarded traffic for ``seconds``, then restore it (in a background thread)."""
        with self._lock:
            self._blips += 1
            epoch = self._blip_epoch
            self._apply_router()

        def restore() -> None:
            time.sleep(seconds)
            with self._lock:
                if self._stopped or epoch != self._blip_epoch:
                    return  # reset() or stop() already restored everything
                self._blips -= 1
                self._apply_router()

        t = threading.Thread(target=restore, name="netlab-blip", daemon=True)
        t.start()
        return t

    def captive_portal(self, on: bool = True) -> None:
        """Captive portal: the router DNATs client tcp/80 to the portal, drops everything else but
        DNS to the ISP resolver, and that resolver answers every name with the portal's address."""
        with self._lock:
            self._captive = bool(on)
            self._apply_router()
            self._apply_resolver(ISP_RESOLVER)

    def resolver_drop(self, ip: str = ISP_RESOLVER, on: bool = True) -> None:
        """That resolver silently drops every query from outside (nft in the internet namespace)."""
        self._check_resolver(ip)
        with self._lock:
            (self._dropping.add if on else self._dropping.discard)(ip)
            self._apply_net()

    def doh_drop(self, on: bool = True) -> None:
        """The DoH server silently drops everything from outside (the lab must run with ``doh=True``)."""
        if not self.doh_ip:
            raise LabError("this lab has no DoH server (Lab.start(doh=True))")
        with self._lock:
            self._doh_dropped = bool(on)
            self._apply_net()

    def resolver_servfail(self, ip: str = ISP_RESOLVER, on: bool = True) -> None:
        """That resolver answers SERVFAIL to every query (unbound reconfigured and reloaded)."""
        self._check_resolver(ip)
        with self._lock:
            (self._servfail.add if on else self._servfail.discard)(ip)
            self._apply_resolver(ip)

    def nxdomain_redirect(self, on: bool = True, ip: str = ISP_RESOLVER) -> None:
        """That resolver answers names that don't exist with the portal's address (ISP-style
        NXDOMAIN redirection, through an unbound python module)."""
        self._check_resolver(ip)
        if on and not unbound_python_available():
            raise LabError("nxdomain_redirect needs unbound's python module (Debian package python3-unbound)")
        with self._lock:
            (self._nx_redirect.add if on else self._nx_redirect.discard)(ip)
            self._apply_resolver(ip)

    def auth_down(self, zone: str = "shop.test", on: bool = True, mode: str = "reject", flush: bool = False) -> None:
        """That zone's authoritative server stops answering (nft on its address): every resolver
        fails for the zone once its cached answers expire (TTL 5 s; ``flush=True`` or
        ``flush_caches()`` makes it at once). ``mode``: "reject" (port unreachable, resolvers
        SERVFAIL at once) or "drop" (silence, resolvers SERVFAIL after their own timeouts)."""
        if zone not in ZONES:
            raise ValueError(f"unknown zone {zone!r}; the lab has {', '.join(ZONES)}")
        if mode not in ("reject", "drop"):
            raise ValueError("mode is 'reject' or 'drop'")
        with self._lock:
            if on:
                self._auth_down[zone] = mode
            else:
                self._auth_down.pop(zone, None)
            self._apply_net()
        if flush:
            self.flush_caches()

    def dns_delay(self, ms: int = 800, ip: str = ISP_RESOLVER) -> None:
        """Hold that server's DNS replies for ``ms`` milliseconds (NFQUEUE helper); 0 = off."""
        if ip not in self.resolvers and ip not in AUTH_SERVERS.values():
            raise ValueError(f"{ip} is not a DNS server of the lab")
        if ms < 0:
            raise ValueError("ms must be >= 0")
        ms = int(ms)
        with self._lock:
            old = self._delays.get(ip)
            if ms == 0:
                if old:
                    del self._delays[ip]
                    self._apply_net()
                    old[1].stop(timeout=2)
                return
            if old and old[0] == ms:
                return
            ok, why = delay_supported()
            if not ok:
                raise LabError(why)
            queue = self._next_queue
            self._next_queue += 1
            helper = Daemon(f"delayq-{queue}", self.net_ns,
                            [sys.executable, str(Path(__file__).with_name("delayq.py")), "--queue", str(queue),
                             "--ms", str(ms)], self.workdir, env=dict(CLEAN_ENV, PYTHONUNBUFFERED="1"))
            helper.start()
            self._poll(f"delay helper on queue {queue}", lambda: "ready" in _read(helper.console), helper,
                       timeout=10)
            self._delays[ip] = (ms, helper)
            self._apply_net()  # the new queue takes over before the old helper goes away
            if old:
                old[1].stop(timeout=2)

    def http_status(self, host: str = "shop.test", status: int | None = 503, location: str | None = None) -> None:
        """nginx answers every request for that site with ``status`` (3xx: a redirect to
        ``location``); ``status=None`` serves the site normally again."""
        site = next((z for z in ZONES if host == z or host.endswith("." + z)), None)
        if site is None:
            raise ValueError(f"{host!r} is not a web site of the lab ({', '.join(ZONES)})")
        if status is not None and not 100 <= int(status) <= 599:
            raise ValueError("status must be an HTTP status code")
        with self._lock:
            if status is None:
                self._http.pop(site, None)
            else:
                self._http[site] = (int(status), location)
            self._apply_nginx()

    def flush_caches(self) -> None:
        """Empty every resolver's cache (and its memory of unreachable servers): unbound reload."""
        with self._lock:
            self._reload_resolvers(self.resolvers)

    def reset(self) -> None:
        """Back to the healthy lab: every fault off, caches flushed. Quick (well under a second)."""
        with self._lock:
            if self._stopped:
                raise LabError("the lab was stopped")
            was = self.faults()
            self._healthy_state()
            if "link_down" in was:
                self.link_up()
            self._apply_router()
            delays, self._delays = self._delays, {}
            self._apply_net()
            for _ms, helper in delays.values():
                helper.stop(timeout=2)
            if "http_status" in was:
                self._apply_nginx()
            self._write_resolv_conf()
            self._reload_resolvers(self.resolvers)
            self.check_health()

    def check_health(self) -> None:
        """Raise LabError unless the client resolves through every resolver and gets its 204."""
        for ip in self.resolvers:
            got = self.dns_answer("check.test", server=ip, timeout=1.0)
            if got != [CHECK_IP]:
                raise LabError(f"lab unhealthy: check.test via {ip} gave {got}\n{self.logs()}")
        status = self.http_get(CHECK_IP, 80, "check.test", "/generate_204")[0]
        if status != 204:
            raise LabError(f"lab unhealthy: http://check.test/generate_204 gave {status}\n{self.logs()}")

    def _write_resolv_conf(self) -> None:
        """The client's resolv.conf, rewritten in place (a test may hold it open or have changed it)."""
        want = self._resolv_text()
        path = self.resolv_conf
        path.parent.mkdir(parents=True, exist_ok=True)
        if _read(path) != want:
            with open(path, "w") as f:
                f.write(want)

    def count_client_traffic(self, peer: str | None = None) -> TrafficCounter:
        """Counters of the client's traffic into (and out of) the router; call ``.reset()`` to zero.
        With ``peer`` (an address of the lab's internet), only the traffic to and from it."""
        if peer is None:
            counter = TrafficCounter(self)
        else:
            table = f"{COUNT_TABLE}_{peer.replace('.', '_')}"
            nft(self.router_ns, f"""table inet {table}
delete table inet {table}
table inet {table} {{
    counter client_tx {{ }}
    counter client_rx {{ }}
    chain pre {{
        type filter hook prerouting priority -300; policy accept;
        iifname "{ROUTER_LAN_IF}" ip daddr {peer} counter name "client_tx"
    }}
    chain post {{
        type filter hook postrouting priority 300; policy accept;
        oifname "{ROUTER_LAN_IF}" ip saddr {peer} counter name "client_rx"
    }}
}}
""")
            counter = TrafficCounter(self, table)
        counter.reset()
        return counter

    # ------------------------------------------------------------------------------ applying state
    def _check_resolver(self, ip: str) -> None:
        if ip not in self.resolvers:
            raise ValueError(f"{ip} is not a resolver of the lab ({', '.join(self.resolvers)})")

    def _apply_nft(self) -> None:
        self._apply_router()
        self._apply_net()
        nft(self.router_ns, f"""table inet {COUNT_TABLE} {{
    counter client_tx {{ }}
    counter client_rx {{ }}
    chain pre {{
        type filter hook prerouting priority -300; policy accept;
        iifname "{ROUTER_LAN_IF}" counter name "client_tx"
    }}
    chain post {{
        type filter hook postrouting priority 300; policy accept;
        oifname "{ROUTER_LAN_IF}" counter name "client_rx"
    }}
}}
""")

    def _apply_router(self) -> None:
        nat: list[str] = []
        fwd: list[str] = []
        if self._upstream_down or self._blips:
            fwd.append("drop")
        if self._captive:
            lan, wan = ROUTER_LAN_IF, ROUTER_WAN_IF
            nat.append(f'iifname "{lan}" fib daddr type != local tcp dport 80 dnat ip to {PORTAL_IP}:80')
            fwd += [
                f'iifname "{lan}" ip daddr {ISP_RESOLVER} meta l4proto {{ tcp, udp }} th dport 53 accept',
                f'iifname "{wan}" ip saddr {ISP_RESOLVER} meta l4proto {{ tcp, udp }} th sport 53 accept',
                f'iifname "{lan}" ip daddr {PORTAL_IP} tcp dport 80 accept',
                f'iifname "{wan}" ip saddr {PORTAL_IP} tcp sport 80 accept',
                "drop",
            ]
        if self._loss:
            fwd.insert(0, f"numgen random mod 100 < {self._loss} drop")
        fwd[:0] = self._hard_router_rules()
        nft(self.router_ns, _fault_table([
            ("prerouting", "type nat hook prerouting priority dstnat; policy accept;", nat),
            ("forward", "type filter hook forward priority filter; policy accept;", fwd),
        ]))

    def _apply_net(self) -> None:
        inp: list[str] = []
        for ip in sorted(self._dropping):
            inp.append(f'iifname "{NET_IF}" ip daddr {ip} meta l4proto {{ tcp, udp }} th dport 53 drop')
        if self._doh_dropped:
            inp.append(f'iifname "{NET_IF}" ip daddr {self.doh_ip} drop')
        for zone, mode in sorted(self._auth_down.items()):
            ns_ip = AUTH_SERVERS[zone]
            if mode == "drop":
                inp.append(f"ip daddr {ns_ip} meta l4proto {{ tcp, udp }} th dport 53 drop")
            else:
                inp.append(f"ip daddr {ns_ip} tcp dport 53 reject with tcp reset")
                inp.append(f"ip daddr {ns_ip} udp dport 53 reject")
        inp += self._hard_net_rules()
        nft(self.net_ns, _fault_table([
            ("input", "type filter hook input priority filter; policy accept;", inp),
        ]))
        self._apply_delay_rules()

    def _apply_delay_rules(self) -> None:
        """NFQUEUE rules for the delay helpers. nftables' own ``queue`` statement needs a kernel
        option (NFT_QUEUE) that not every kernel has; the xtables NFQUEUE target (through
        iptables, nft-compat or legacy) is the portable way. One chain, replaced atomically."""
        if not self._delays and not self._delay_rules_present:
            return  # nothing queued now or before: iptables is only needed once a delay is asked for
        lines = ["*filter", f":{DELAY_CHAIN} - [0:0]"]
        if not self._delay_chain_hooked:
            lines.append(f"-A OUTPUT -j {DELAY_CHAIN}")
        for ip, (_ms, helper) in sorted(self._delays.items()):
            queue = helper.name.rsplit("-", 1)[1]
            for proto in ("udp", "tcp"):
                lines.append(f"-A {DELAY_CHAIN} -o {NET_IF} -s {ip} -p {proto} --sport 53 "
                             f"-j NFQUEUE --queue-num {queue}")
        lines.append("COMMIT")
        ns_run(self.net_ns, ["iptables-restore", "-w", "5", "--noflush"], input="\n".join(lines) + "\n")
        self._delay_chain_hooked = True
        self._delay_rules_present = bool(self._delays)

    def _resolver_conf_path(self, ip: str) -> Path:
        return self.workdir / f"unbound-{ip.rsplit('.', 1)[1]}.conf"

    def _render_resolver(self, ip: str) -> str:
        if ip in self._servfail:
            mode = "servfail"
        elif self._captive and ip == ISP_RESOLVER:
            mode = "hijack"
        else:
            mode = "normal"
        return configs.unbound_conf(ip, self.workdir, mode, ip in self._nx_redirect, self._generation,
                                    self._wrong.get(ip))

    def _apply_resolver(self, ip: str) -> None:
        self._reload_resolvers([ip])

    def _reload_resolvers(self, ips: Iterable[str]) -> None:
        """Rewrite each resolver's config with a new generation, SIGHUP it, wait until it serves it."""
        ips = list(ips)
        self._generation += 1
        for ip in ips:
            self._resolver_conf_path(ip).write_text(self._render_resolver(ip))
            self._daemons[f"unbound-{ip.rsplit('.', 1)[1]}"].signal(signal.SIGHUP)
        for ip in ips:
            self._wait_resolver_generation(ip)

    def _wait_resolver_generation(self, ip: str) -> None:
        want = f'"{self._generation}"'
        self._poll(f"unbound on {ip} (generation {self._generation})",
                   lambda: self.dns_answer("generation.netlab", server=ip, rdtype="TXT", ns=self.net_ns,
                                           timeout=0.2) == [want],
                   self._daemons[f"unbound-{ip.rsplit('.', 1)[1]}"])

    def _nginx_conf_path(self) -> Path:
        return self.workdir / "nginx.conf"

    def _render_nginx(self) -> str:
        return configs.nginx_conf(self.workdir, self._cert, self._key, self._http, self._generation)

    def _apply_nginx(self) -> None:
        nginx = self._daemons["nginx"]
        self._generation += 1
        self._nginx_conf_path().write_text(self._render_nginx())
        assert nginx.pid is not None
        old_workers = children_of(nginx.pid)
        nginx.signal(signal.SIGHUP)
        self._wait_nginx_generation(old_workers)

    def _wait_nginx_generation(self, old_workers: set[int]) -> None:
        nginx = self._daemons["nginx"]
        want = str(self._generation).encode()
        self._poll(f"nginx (generation {self._generation})",
                   lambda: self.http_get("127.0.0.1", 81, "localhost", "/generation", ns=self.net_ns,
                                         timeout=0.5)[2] == want, nginx)
        assert nginx.pid is not None
        self._poll("nginx's old workers to leave", lambda: not (children_of(nginx.pid) & old_workers), nginx,
                   timeout=5)

    # ------------------------------------------------------------------------------ diagnostics
    def logs(self) -> str:
        """Tails of every server's log, for a failing test's message."""
        return "\n".join(d.log_tail(15) for d in self._daemons.values())

    def __repr__(self) -> str:
        return f"<Lab {self.prefix or '(not started)'} faults={self.faults()}>"


def _fault_table(chains: list[tuple[str, str, list[str]]]) -> str:
    """An nft script that replaces the fault table atomically (create, delete, define: one transaction)."""
    body = []
    for name, hook, rules in chains:
        body.append(f"    chain {name} {{\n        {hook}\n" + "".join(f"        {r}\n" for r in rules) + "    }")
    return (f"table inet {FAULT_TABLE}\ndelete table inet {FAULT_TABLE}\n"
            f"table inet {FAULT_TABLE} {{\n" + "\n".join(body) + "\n}\n")


def _unbound_python_dir() -> str | None:
    """Folder of unbound's python core module (``unboundmodule.py``, Debian package python3-unbound)."""
    import glob

    for pattern in ("/usr/lib/python3/dist-packages", "/usr/lib/python3*/site-packages",
                    "/usr/lib64/python3*/site-packages", "/usr/local/lib/python3*/dist-packages"):
        for d in sorted(glob.glob(pattern)):
            if os.path.exists(os.path.join(d, "unboundmodule.py")):
                return d
    return None


def unbound_python_available() -> bool:
    """Whether unbound's python module (needed by ``nxdomain_redirect``) is installed."""
    return _unbound_python_dir() is not None


def _pump(stream, replies: queue.Queue) -> None:
    for line in stream:
        replies.put(line)
    replies.put(None)


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_.-]+", key) else json.dumps(key)


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)  # a JSON string is a valid TOML basic string
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")
