"""DNS probes: the system resolver as applications use it, and resolvers queried directly.

``system_resolvers()`` finds the real upstream servers even behind a local stub
(systemd-resolved's 127.0.0.53, dnsmasq, NetworkManager), because querying a
caching stub tells nothing about the resolver that is actually failing.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import secrets
import select
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype

from ..bounded import Overloaded, lookup_addresses
from ..i18n import _

RESOLV_CONF = Path("/etc/resolv.conf")
RESOLVED_UPSTREAM = Path("/run/systemd/resolve/resolv.conf")


@dataclass
class DnsResult:
    """One lookup. ``status``: ok, nxdomain, nodata, servfail, refused, timeout, error."""

    server: str  # resolver address, or "system" for getaddrinfo
    name: str
    status: str
    ms: float
    addresses: list[str] = field(default_factory=list)
    detail: str = ""
    sends: int = 1  # copies of the query sent before the answer came (over 1 hints at loss)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def answered(self) -> bool:
        """The resolver itself responded (even NXDOMAIN or SERVFAIL is an answer)."""
        return self.status in ("ok", "nxdomain", "nodata", "servfail", "refused")


# ---------------------------------------------------------------- system configuration


def parse_resolv_conf(text: str) -> list[str]:
    servers = []
    for line in text.splitlines():
        m = re.match(r"\s*nameserver\s+(\S+)", line)
        if m:
            addr = m.group(1).split("%", 1)[0]
            with contextlib.suppress(ValueError):
                servers.append(str(ipaddress.ip_address(addr)))
    return servers


def stub_timeout() -> float | None:
    """Seconds the system's stub waits for one server before asking the next (glibc: 5 s unless
    ``options timeout:N``); None where it cannot be read (macOS, Windows)."""
    if sys.platform in ("win32", "darwin"):
        return None
    try:
        text = RESOLV_CONF.read_text()
    except OSError:
        return None
    found = re.findall(r"^\s*options\s.*\btimeout:(\d+)", text, flags=re.MULTILINE)
    return float(min(int(found[-1]), 30)) if found else 5.0


def is_stub(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def system_resolvers() -> list[str]:
    """The resolvers the system really uses, upstream of any local stub; may be empty."""
    if sys.platform == "win32":
        return _windows_resolvers()
    if sys.platform == "darwin":
        return _scutil_resolvers()
    try:
        configured = parse_resolv_conf(RESOLV_CONF.read_text())
    except FileNotFoundError:
        return []  # no resolv.conf at all: nothing is configured
    except OSError:
        configured = []
    else:
        if not configured:
            return []  # a resolv.conf naming no server (DHCP gave none): applications can resolve nothing
    if not all(is_stub(a) for a in configured):
        return configured
    upstream: list[str] = []
    with contextlib.suppress(OSError):
        upstream = [a for a in parse_resolv_conf(RESOLVED_UPSTREAM.read_text()) if not is_stub(a)]
    if not upstream:
        upstream = _resolvectl_servers()
    if not upstream:
        upstream = _nmcli_servers()
    return upstream or configured


def _run(argv: list[str], timeout: float = 2.0) -> str:
    if not shutil.which(argv[0]):
        return ""
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _addresses_in(text: str) -> list[str]:
    out = []
    for token in re.findall(r"[0-9A-Fa-f:.]{3,}", text):
        with contextlib.suppress(ValueError):
            ip = ipaddress.ip_address(token.split("%", 1)[0])
            if not ip.is_loopback:
                out.append(str(ip))
    return list(dict.fromkeys(out))


def _resolvectl_servers() -> list[str]:
    out = _run(["resolvectl", "dns"])
    return _addresses_in("\n".join(line.split(":", 1)[1] for line in out.splitlines() if ":" in line))


def _nmcli_servers() -> list[str]:
    out = _run(["nmcli", "-t", "-f", "IP4.DNS,IP6.DNS", "device", "show"])
    return _addresses_in("\n".join(line.split(":", 1)[1] for line in out.splitlines() if ":" in line))


def _scutil_resolvers() -> list[str]:
    out = _run(["scutil", "--dns"])
    return _addresses_in("\n".join(m for m in re.findall(r"nameserver\[\d+\]\s*:\s*(\S+)", out)))


def _windows_resolvers() -> list[str]:
    out = _run(["powershell", "-NoProfile", "-Command",
                "(Get-DnsClientServerAddress | Where-Object {$_.ServerAddresses}).ServerAddresses"], timeout=5)
    return _addresses_in(out)


# ---------------------------------------------------------------- lookups


def system_lookup(name: str, timeout: float) -> DnsResult:
    """Resolve like applications do (getaddrinfo), bounded even though it cannot be cancelled."""
    start = time.perf_counter()
    try:
        addrs = lookup_addresses(name, timeout)
    except TimeoutError:
        return DnsResult("system", name, "timeout", _ms(start), detail=_("no answer within {timeout:g} s").format(timeout=timeout))
    except Overloaded:
        return DnsResult("system", name, "timeout", _ms(start),
                         detail=_("too many earlier lookups are still waiting for an answer"))
    except socket.gaierror as exc:
        status = {
            socket.EAI_NONAME: "nxdomain",
            getattr(socket, "EAI_NODATA", -5): "nodata",
            socket.EAI_AGAIN: "servfail",
        }.get(exc.errno, "error")
        words = {"nxdomain": _("name does not exist"), "nodata": _("no address for this name"),
                 "servfail": _("temporary failure in name resolution")}
        detail = words.get(status) or exc.strerror or str(exc)
        return DnsResult("system", name, status, _ms(start), detail=detail)
    except (OSError, UnicodeError) as exc:
        return DnsResult("system", name, "error", _ms(start), detail=str(exc))
    return DnsResult("system", name, "ok", _ms(start), addresses=addrs, detail=", ".join(addrs[:4]))


def query(server: str, name: str, timeout: float, rdtype: str = "A", *, tcp: bool = False,
          port: int = 53, dnssec: bool = False) -> DnsResult:
    """Ask one resolver directly (recursion desired), over UDP with retransmits, or over TCP.

    UDP resends the same query at 1/4 and 1/2 of the timeout on the same socket, as stub
    resolvers do, so one lost packet is not mistaken for a dead resolver while a slow
    answer to the first copy still counts.
    """
    start = time.perf_counter()
    try:
        msg = dns.message.make_query(name, dns.rdatatype.from_text(rdtype), want_dnssec=dnssec)
        sends = [1]
        if tcp:
            resp = dns.query.tcp(msg, server, timeout=timeout, port=port)
        else:
            resp = _udp_exchange(msg, server, port, start + timeout, sends)
    except (TimeoutError, dns.exception.Timeout):
        return DnsResult(server, name, "timeout", _ms(start), detail=_("no answer within {timeout:g} s").format(timeout=timeout))
    except OSError as exc:
        return DnsResult(server, name, "error", _ms(start), detail=socket_error_words(exc))
    except EOFError:
        return DnsResult(server, name, "error", _ms(start), detail=_("connection closed by the resolver"))
    except dns.query.BadResponse:
        return DnsResult(server, name, "error", _ms(start), detail=_("the resolver answered another question"))
    except (dns.exception.DNSException, ValueError) as exc:
        return DnsResult(server, name, "error", _ms(start), detail=str(exc) or type(exc).__name__)
    result = result_from_response(server, name, resp, _ms(start))
    result.sends = sends[0]
    return result


def socket_error_words(exc: OSError) -> str:
    """Plain words for the socket errors a probe meets."""
    import errno

    words = {
        errno.ECONNREFUSED: _("refused: nothing answers on that port"),
        errno.EPERM: _("blocked by a firewall"),
        errno.EACCES: _("blocked by a firewall"),
        errno.ENETUNREACH: _("no route to that network"),
        errno.EHOSTUNREACH: _("that host is unreachable"),
        errno.ECONNRESET: _("the connection was reset"),
    }
    return words.get(exc.errno or -1, exc.strerror or str(exc) or type(exc).__name__)


def _udp_exchange(msg: dns.message.Message, server: str, port: int, deadline: float,
                  sends: list[int]) -> dns.message.Message:
    wire = msg.to_wire()
    family = socket.AF_INET6 if ":" in server else socket.AF_INET
    start = time.perf_counter()
    span = deadline - start
    resend_at = [start + span * 0.25, start + span * 0.5]
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.connect((server, port))  # only the server's replies reach us; ICMP errors surface
        sock.send(wire)
        while True:
            now = time.perf_counter()
            if now >= deadline:
                raise TimeoutError
            wake = min([deadline, *[t for t in resend_at if t > now]])
            ready, _writable, _failed = select.select([sock], [], [], max(0.0, wake - now))
            if not ready:
                if resend_at and time.perf_counter() >= resend_at[0]:
                    resend_at.pop(0)
                    sock.send(wire)
                    sends[0] += 1
                continue
            data = sock.recv(65535)
            try:
                resp = dns.message.from_wire(data)
            except dns.exception.DNSException:
                continue  # garbage or a spoof attempt: keep waiting for the real answer
            if msg.is_response(resp):
                return resp


def result_from_response(server: str, name: str, resp: dns.message.Message, ms: float) -> DnsResult:
    rcode = resp.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return DnsResult(server, name, "nxdomain", ms, detail=_("name does not exist"))
    if rcode == dns.rcode.SERVFAIL:
        return DnsResult(server, name, "servfail", ms, detail=_("SERVFAIL: the resolver could not get an answer"))
    if rcode == dns.rcode.REFUSED:
        return DnsResult(server, name, "refused", ms, detail=_("REFUSED: the resolver will not answer us"))
    if rcode != dns.rcode.NOERROR:
        return DnsResult(server, name, "error", ms, detail=_("rcode {rcode}").format(rcode=dns.rcode.to_text(rcode)))
    addrs = [
        rd.to_text()
        for rrset in resp.answer
        if rrset.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA)
        for rd in rrset
    ]
    if not addrs:
        return DnsResult(server, name, "nodata", ms, detail=_("empty answer"))
    shown = ", ".join(addrs[:4])
    if resp.flags & dns.flags.AD:
        shown = _("{addresses} (DNSSEC validated)").format(addresses=shown)
    return DnsResult(server, name, "ok", ms, addresses=addrs, detail=shown)


def random_label(zone: str) -> str:
    """A name that cannot exist, for the NXDOMAIN-hijack check."""
    return f"or-{secrets.token_hex(6)}.{zone.rstrip('.')}"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0
