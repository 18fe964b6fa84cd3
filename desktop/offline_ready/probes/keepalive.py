"""One kept connection per watched service, so a light check every minute stays light.

A fresh HTTPS request pays a full TLS handshake each time — the server's certificate chain and
key exchange, several kilobytes — while the request itself (a HEAD) is a few hundred bytes. So
the light checks keep the connection open between checks (HTTP keep-alive), and where the
server has closed it in the meantime they reconnect with the TLS session it handed out (session
resumption: no certificate crosses the wire again). A server that refuses HEAD gets a
conditional GET (``If-None-Match`` / ``If-Modified-Since``), so an unchanged page answers 304
with no body.

Each request is bounded as a whole: a watchdog closes the socket at the deadline, so a server
that trickles its headers cannot hold the monitor. Failures carry the same phases as ``http``.
Requests that go through a proxy are sent one by one through ``http.fetch``.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import select
import socket
import ssl
import struct
import threading
import time
from urllib.parse import urlsplit

from ..i18n import _
from ..proxy.route import current
from ..proxy.trust import Interception, tls_context
from .dns import system_lookup
from .http import USER_AGENT, HttpResult, Lookup, _reason, _tls_failure, fetch

MAX_BODY = 64 * 1024
# struct tcp_info: tcpi_bytes_acked, tcpi_bytes_received (u64), tcpi_segs_out, tcpi_segs_in (u32)
TCP_INFO_BYTES = 120
TCP_INFO_LEN = 144
# A HEAD and its answer where the kernel gives no counters, by (https, new connection, TLS resumed),
# as counted by nftables in the test network: a kept connection, a new one, a new one with TLS resumed.
WITHOUT_COUNTERS = {(False, False, False): 430.0, (False, True, False): 850.0, (True, False, False): 480.0,
                    (True, True, True): 2420.0, (True, True, False): 3800.0}
CLOSE_SEGMENTS = 3  # the close's segments the counters never see (ours, and the answer to it)
# A kept connection that fails before any answer was probably closed by the server while idle:
# one fresh try, then the failure counts.
STALE = (http.client.RemoteDisconnected, http.client.BadStatusLine, ConnectionResetError, BrokenPipeError,
         ConnectionAbortedError, ssl.SSLEOFError, ssl.SSLZeroReturnError)


class _Conn(http.client.HTTPConnection):
    """Connects to a pinned address; over TLS with the name's SNI and certificate check, offering
    the TLS session of the previous connection."""

    def __init__(self, address: str, port: int, host: str, timeout: float, context: ssl.SSLContext | None,
                 session: ssl.SSLSession | None) -> None:
        super().__init__(address, port, timeout=timeout)
        self._tls_context = context
        self._name = host
        self._session = session
        self.tls_ms: float | None = None
        self.tcp_ms: float | None = None

    def connect(self) -> None:
        t0 = time.perf_counter()
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self.tcp_ms = (time.perf_counter() - t0) * 1000
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._tls_context is None:
            self.sock = sock
            return
        t1 = time.perf_counter()
        try:
            self.sock = self._tls_context.wrap_socket(sock, server_hostname=self._name, session=self._session)
        except BaseException:
            sock.close()
            raise
        self.tls_ms = (time.perf_counter() - t1) * 1000


class _Handshake(Exception):
    """A failure while connecting, with its phase ("connect", "timeout", "tls") and detail."""

    def __init__(self, phase: str, detail: str, interception: Interception | None = None) -> None:
        super().__init__(detail)
        self.phase = phase
        self.detail = detail
        self.interception = interception


class KeptConnection:
    """The connection of one watched service, reused from one light check to the next.

    Not thread-safe: one check of a service at a time (the monitor's schedule guarantees it).
    """

    def __init__(self, url: str, *, lookup: Lookup = system_lookup, max_body: int = MAX_BODY) -> None:
        parts = urlsplit(url)
        self.url = url
        self.host = parts.hostname or ""
        self.https = parts.scheme == "https"
        self.port = parts.port or (443 if self.https else 80)
        self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.lookup = lookup  # how the name is resolved (replaceable while kept)
        self._max_body = max_body
        self._conn: _Conn | None = None
        self._address: str | None = None
        self._session: ssl.SSLSession | None = None
        self._context: ssl.SSLContext | None = None
        self._validators: dict[str, str] = {}  # ETag / Last-Modified of the last full GET
        self._last_status: int | None = None
        # what the last request did, for tests and the log
        self.reused = False
        self.resumed = False
        self.connections = 0
        self.wire_bytes = 0.0  # bytes on the wire of the last request, both directions, headers included
        self._counted = 0  # the kernel's count for the kept connection when the last request ended
        self.looked_up = False  # the last request asked the system for the name

    def close(self) -> None:
        if self._conn is not None:
            self._count(self._conn.sock)
            self._conn.close()
            self._conn = None

    def _count(self, sock: socket.socket | None, fallback: float = 0.0) -> None:
        """Add what the kept connection sent and received since the last count to ``wire_bytes``
        (``fallback`` where the kernel keeps no counters)."""
        total = wire_bytes(sock)
        if total is None:
            self.wire_bytes += fallback
            return
        self.wire_bytes += max(0, total - self._counted)
        self._counted = total

    def request(self, method: str, timeout: float, max_total: float | None = None) -> HttpResult:
        """One HEAD or (conditional) GET, bounded by ``max_total`` (default 2 × timeout)."""
        if current().proxy_for(self.url) is not None:
            self.close()
            return fetch(self.url, timeout, method=method, max_total=max_total)
        start = time.perf_counter()
        budget = max_total if max_total is not None else 2 * timeout
        timings: dict[str, float] = {}
        self.wire_bytes = 0.0
        self.looked_up = False
        try:
            addresses = [str(ipaddress.ip_address(self.host))]
            dres = None
        except ValueError:
            self.looked_up = True
            dres = self.lookup(self.host, min(timeout, budget))
            timings["dns"] = dres.ms
            if not dres.ok:
                self.close()
                return HttpResult(self.url, "dns", _ms(start), detail=_("could not resolve {host}: {detail}").format(
                                      host=self.host, detail=dres.detail),
                                  dns=dres, timings=timings)
            addresses = dres.addresses
        if self._address not in addresses:
            self.close()  # the name moved: the kept connection is to the wrong place
        order = [self._address] if self._conn is not None else []
        order += [a for a in addresses[:3] if a not in order]
        last: HttpResult | None = None
        for address in order:
            remaining = budget - (time.perf_counter() - start)
            if remaining <= 0.05:
                break
            last = self._attempt(method, address, timeout, start + budget, timings, start)
            last.dns = dres
            last.address = address
            if last.phase != "connect":
                return last
        if last is None:
            return HttpResult(self.url, "timeout", _ms(start), detail=_("no time left after DNS ({budget:g} s budget)").format(budget=budget),
                              dns=dres, timings=timings)
        return last

    # ---------------------------------------------------------------- one address

    def _attempt(self, method: str, address: str, timeout: float, deadline: float, timings: dict[str, float],
                 start: float) -> HttpResult:
        reused = self._conn is not None and self._address == address and not _dropped(self._conn.sock)
        if not reused:
            self.close()  # a connection the server closed while idle is not worth a request
        for fresh in ((False, True) if reused else (True,)):
            try:
                return self._exchange(method, address, timeout, deadline, timings, start, fresh)
            except _Handshake as exc:
                self.close()
                return HttpResult(self.url, exc.phase, _ms(start), detail=exc.detail, timings=timings,
                                  connected=exc.phase == "tls", interception=exc.interception)
            except STALE:
                self.close()
                if fresh:
                    return HttpResult(self.url, "connect", _ms(start), timings=timings, connected=True,
                                      detail=_("{address} closed the connection without an answer").format(
                                          address=address))
            except TimeoutError:
                self.close()
                return HttpResult(self.url, "timeout", _ms(start), timings=timings, connected=True,
                                  detail=_("{address} accepted the connection, then sent nothing more within "
                                           "the time limit").format(address=address))
            except (http.client.HTTPException, OSError) as exc:
                self.close()
                return HttpResult(self.url, "connect", _ms(start), timings=timings, connected=True,
                                  detail=_("connection to {address} failed: {msg}").format(
                                      address=address, msg=_reason(exc)))
        raise AssertionError("unreachable")  # pragma: no cover

    def _exchange(self, method: str, address: str, timeout: float, deadline: float, timings: dict[str, float],
                  start: float, fresh: bool) -> HttpResult:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise TimeoutError
        self.reused = not fresh
        self.resumed = False
        if fresh:
            self._connect(address, min(timeout, remaining), timings)
        conn = self._conn
        assert conn is not None and conn.sock is not None
        conn.sock.settimeout(min(timeout, remaining))
        fired = threading.Event()
        watchdog = threading.Timer(remaining, _abort, (conn.sock, fired))
        watchdog.daemon = True
        watchdog.start()
        t0 = time.perf_counter()
        try:
            headers = {"Host": self.host if self.port in (80, 443) else f"{self.host}:{self.port}",
                       "User-Agent": USER_AGENT, "Accept": "*/*"}
            conditional = method == "GET" and bool(self._validators)
            if conditional:
                headers.update(self._validators)
            conn.request(method, self.path, headers=headers)
            resp = conn.getresponse()
            body = resp.read(self._max_body)  # for HEAD: nothing, and the answer is done
            complete = resp.isclosed() or not resp.read(1)
        except OSError:
            if fired.is_set():
                raise TimeoutError from None
            raise
        finally:
            watchdog.cancel()
        if fired.is_set():  # cut off mid-answer: what arrived is not the answer
            raise TimeoutError
        timings["http"] = (time.perf_counter() - t0) * 1000
        status = resp.status
        detail = _("HTTP {status} in {ms:.0f} ms").format(status=status, ms=_ms(start))
        if conditional and status == 304 and self._last_status is not None:
            status = self._last_status  # unchanged since the last full answer: judged as that answer
            detail = _("HTTP 304 (unchanged since HTTP {status}) in {ms:.0f} ms").format(status=status, ms=_ms(start))
        elif method == "GET":
            self._last_status = status
            self._validators = {k: v for k, v in (("If-None-Match", resp.getheader("ETag")),
                                                  ("If-Modified-Since", resp.getheader("Last-Modified"))) if v}
        if self.https and isinstance(conn.sock, ssl.SSLSocket):
            with contextlib.suppress(AttributeError, ValueError):
                self._session = conn.sock.session  # TLS 1.3 tickets arrive after the handshake
        self._count(conn.sock, WITHOUT_COUNTERS[(self.https, fresh, self.resumed)])
        if resp.will_close or not complete:
            self.close()  # the server ends it, or an unread body is in the way
        return HttpResult(self.url, "ok", _ms(start), status=status, body=body, location=resp.getheader("Location"),
                          detail=detail, timings=timings, connected=True, received=len(body))

    def _connect(self, address: str, timeout: float, timings: dict[str, float]) -> None:
        if self.https and self._context is None:
            self._context = tls_context()
        session = self._session if self._address == address else None
        conn = _Conn(address, self.port, self.host, timeout, self._context if self.https else None, session)
        try:
            conn.connect()
        except ssl.SSLError as exc:
            conn.close()
            self._session = None
            raise _Handshake("tls", *_tls_failure(self.url, exc, address=address)) from None
        except TimeoutError:
            conn.close()
            raise _Handshake("timeout", _("no answer from {address} within the time limit").format(address=address)) from None
        except ConnectionRefusedError:
            conn.close()
            raise _Handshake("connect", _("connection refused at {address}").format(address=address)) from None
        except OSError as exc:
            conn.close()
            raise _Handshake("connect", _("cannot connect to {address}: {msg}").format(address=address, msg=_reason(exc))) from None
        self.connections += 1
        self._conn = conn
        self._address = address
        self._counted = 0
        self.wire_bytes += CLOSE_SEGMENTS * _header(conn.sock)  # its close, whenever it comes
        if conn.tcp_ms is not None:
            timings["connect"] = conn.tcp_ms
        if conn.tls_ms is not None:
            timings["tls"] = conn.tls_ms
        if self.https and isinstance(conn.sock, ssl.SSLSocket):
            self.resumed = bool(conn.sock.session_reused)


def wire_bytes(sock: socket.socket | None) -> int | None:
    """Bytes a TCP connection has put on the wire so far, both directions, IP and TCP headers
    included, from the kernel's counters (Linux TCP_INFO); None where the kernel does not say."""
    if sock is None or not hasattr(socket, "TCP_INFO"):
        return None
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, TCP_INFO_LEN)
    except (OSError, ValueError):
        return None
    if len(info) < TCP_INFO_LEN:
        return None
    acked, received, segs_out, segs_in = struct.unpack_from("=QQII", info, TCP_INFO_BYTES)
    return acked + received + (segs_out + segs_in) * _header(sock)


def _header(sock: socket.socket | None) -> int:
    """IP and TCP header bytes of one segment (with the timestamp option every Linux peer uses)."""
    return 72 if sock is not None and sock.family == socket.AF_INET6 else 52


def _dropped(sock: socket.socket | None) -> bool:
    """An idle kept connection with something to read has been closed by the server (its FIN, or
    TLS close_notify, is waiting): reconnect at once instead of sending a request into it."""
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _abort(sock: socket.socket, fired: threading.Event) -> None:
    """The watchdog: the deadline passed, so the blocked read ends now."""
    fired.set()
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the raw socket, under any TLS layer


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0
