"""HTTP probes with every phase timed and tagged: dns / connect / tls / http-status / timeout.

The name is resolved first (bounded), then urllib3 connects to the address itself
while keeping the Host header, SNI and certificate check of the name, so a failure
is pinned to the phase where it happened and no step can outlive its budget.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from .. import __version__
from ..i18n import _, ngettext
from ..proxy.route import bare, current
from ..proxy.trust import Interception, interception, tls_context
from .dns import DnsResult, system_lookup
from .pinned import pinned_pool

if TYPE_CHECKING:
    from ..proxy.route import Router

USER_AGENT = f"OfflineReady/{__version__} (connectivity check)"
MAX_BODY = 64 * 1024

Lookup = Callable[[str, float], DnsResult]


@dataclass
class HttpResult:
    url: str
    phase: str  # "ok", "dns", "connect", "tls", "http-status", "timeout"
    ms: float
    status: int | None = None
    detail: str = ""
    location: str | None = None
    body: bytes = b""
    dns: DnsResult | None = None
    address: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    via_backup: HttpResult | None = None  # the same request at an address another resolver gave
    via_source: str = ""  # who gave that address: "backup 203.0.113.54", "doh <url>", "stale 300 s"
    connected: bool = False  # the TCP connection was made (a timeout after it is a stalled transfer)
    received: int = 0  # body bytes received
    proxy: str = ""  # host:port of the proxy the request went through ("" = direct)
    interception: Interception | None = None  # TLS failed because an untrusted authority signed the certificate

    @property
    def ok(self) -> bool:
        return self.phase == "ok"


def _tls_failure(url: str, exc: BaseException, address: str | None = None,
                 proxy: str | None = None) -> tuple[str, Interception | None]:
    """The detail of a TLS failure and, when an authority the OS does not trust signed the
    certificate, the interception (naming that authority); else OpenSSL's reason."""
    reason = _reason(exc)
    found = interception(url, reason, address=address, proxy_url=proxy)
    return (found.message() if found else _("secure connection failed: {reason}").format(reason=reason)), found


def fetch(url: str, timeout: float, *, lookup: Lookup = system_lookup, max_total: float | None = None,
          method: str = "GET", socket_options: list[tuple[int, int, int]] | None = None,
          max_body: int = MAX_BODY, router: Router | None = None) -> HttpResult:
    """One request, no redirects followed, bounded by ``max_total`` (default 2 × timeout) and
    ``max_body`` bytes of body (the rest is not read).

    ``socket_options`` are set before connecting (e.g. a small TCP_MAXSEG for the MTU probe).
    The request goes through the proxy the router picks for ``url`` (the app's one proxy setting);
    the proxy then resolves the name itself.
    """
    start = time.perf_counter()
    budget = max_total if max_total is not None else 2 * timeout
    proxy = (router or current()).proxy_for(url)
    if proxy is not None:
        return _via_proxy(url, method, proxy, timeout, budget, start, socket_options, max_body)
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    timings: dict[str, float] = {}

    try:
        addresses = [str(ipaddress.ip_address(host))]
        dres = None
    except ValueError:
        dres = lookup(host, min(timeout, budget))
        timings["dns"] = dres.ms
        if not dres.ok:
            return HttpResult(url, "dns", _ms(start), detail=_("could not resolve {host}: {detail}").format(host=host, detail=dres.detail),
                              dns=dres, timings=timings)
        addresses = dres.addresses

    last: HttpResult | None = None
    for address in addresses[:3]:
        remaining = budget - (time.perf_counter() - start)
        if remaining <= 0.05:
            break
        last = _request(url, method, address, host, port, path, https, timeout, remaining, start, timings,
                        socket_options, max_body)
        last.dns = dres
        last.address = address
        if last.phase != "connect":  # try the next address only when this one refused/unreachable
            return last
    if last is None:
        return HttpResult(url, "timeout", _ms(start), detail=_("no time left after DNS ({budget:g} s budget)").format(budget=budget),
                          dns=dres, timings=timings)
    return last


def _request(url: str, method: str, address: str, host: str, port: int, path: str, https: bool,
             timeout: float, remaining: float, start: float, timings: dict[str, float],
             socket_options: list[tuple[int, int, int]] | None = None, max_body: int = MAX_BODY) -> HttpResult:
    t = urllib3.Timeout(connect=min(timeout, remaining), read=min(timeout, remaining), total=remaining)
    extra = {} if socket_options is None else {
        "socket_options": [*urllib3.connection.HTTPConnection.default_socket_options, *socket_options]}
    headers = {"Host": host if port in (80, 443) else f"{host}:{port}", "User-Agent": USER_AGENT,
               "Cache-Control": "no-cache", "Connection": "close", "Accept": "*/*"}
    manager = urllib3.PoolManager(num_pools=1, timeout=t, retries=False, maxsize=1, ssl_context=tls_context(),
                                  cert_reqs="CERT_REQUIRED", **extra)
    pool = pinned_pool(manager, "https" if https else "http", host, address, port)
    t0 = time.perf_counter()
    try:
        resp = pool.urlopen(method, path, headers=headers, redirect=False, retries=False,
                            preload_content=False, assert_same_host=False)
        try:
            body = _read_body(resp, max_body, t0 + remaining) if method != "HEAD" else b""
        finally:
            resp.release_conn()
        timings["http"] = (time.perf_counter() - t0) * 1000
        location = resp.headers.get("Location")
        return HttpResult(url, "ok", _ms(start), status=resp.status, body=body, location=location,
                          detail=_("HTTP {status} in {ms:.0f} ms").format(status=resp.status, ms=_ms(start)), timings=timings, connected=True,
                          received=len(body))
    except NewConnectionError as exc:
        # before the timeouts: urllib3 makes NewConnectionError a kind of ConnectTimeoutError
        msg = _reason(exc)
        ms = (time.perf_counter() - t0) * 1000
        if "timed out" in msg.lower():
            return HttpResult(url, "timeout", _ms(start), detail=_("connecting to {address} timed out").format(address=address), timings=timings)
        refused = "refused" in msg.lower()
        return HttpResult(url, "connect", _ms(start), timings=timings,
                          detail=(_("connection refused at {address} in {ms:.0f} ms").format(address=address, ms=ms)
                                  if refused else _("cannot connect to {address}: {msg}").format(address=address, msg=msg)))
    except ReadTimeoutError as exc:
        return HttpResult(url, "timeout", _ms(start), detail=_("{address} accepted the connection, then sent nothing more within the time limit ({error})").format(address=address, error=type(exc).__name__), timings=timings,
                          connected=True)
    except (ConnectTimeoutError, TimeoutError) as exc:
        return HttpResult(url, "timeout", _ms(start), detail=_("no answer from {address} within the time limit ({error})").format(address=address, error=type(exc).__name__), timings=timings)
    except SSLError as exc:
        detail, intercepted = _tls_failure(url, exc, address=address)
        return HttpResult(url, "tls", _ms(start), detail=detail, timings=timings, interception=intercepted)
    except (ProtocolError, HTTPError, OSError) as exc:
        msg = _reason(exc)
        phase = "timeout" if "timed out" in msg.lower() else "connect"
        return HttpResult(url, phase, _ms(start), detail=_("connection to {address} failed: {msg}").format(address=address, msg=msg), timings=timings)
    finally:
        manager.clear()


def _via_proxy(url: str, method: str, proxy: str, timeout: float, budget: float, start: float,
               socket_options: list[tuple[int, int, int]] | None, max_body: int) -> HttpResult:
    """The same request through an HTTP proxy (CONNECT for https); the sign-in answers the proxy's 407
    in the scheme it asks for (NTLM, Negotiate or Basic, see proxy/signin.py)."""
    from ..proxy.signin import pool_classes, signin_from_url

    pp = urlsplit(proxy)
    where = bare(proxy)
    plain_proxy = f"{pp.scheme}://{pp.netloc.rsplit('@', 1)[-1]}"
    t = urllib3.Timeout(connect=min(timeout, budget), read=min(timeout, budget), total=budget)
    extra = {} if socket_options is None else {
        "socket_options": [*urllib3.connection.HTTPConnection.default_socket_options, *socket_options]}
    manager = urllib3.ProxyManager(plain_proxy, timeout=t, retries=False, num_pools=1,
                                   ssl_context=tls_context(), cert_reqs="CERT_REQUIRED", **extra)
    manager.pool_classes_by_scheme = pool_classes(signin_from_url(proxy))
    headers = {"User-Agent": USER_AGENT, "Cache-Control": "no-cache", "Accept": "*/*"}
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        resp = manager.urlopen(method, url, headers=headers, redirect=False, retries=False, preload_content=False,
                               assert_same_host=False)
        try:
            body = _read_body(resp, max_body, t0 + budget) if method != "HEAD" else b""
        finally:
            resp.release_conn()
        timings["http"] = (time.perf_counter() - t0) * 1000
        detail = (_("the proxy {where} asks for a sign-in (407)").format(where=where) if resp.status == 407
                  else _("HTTP {status} in {ms:.0f} ms via the proxy {where}").format(
                      status=resp.status, ms=_ms(start), where=where))
        return HttpResult(url, "ok", _ms(start), status=resp.status, body=body, location=resp.headers.get("Location"),
                          detail=detail, timings=timings,
                          connected=True, received=len(body), proxy=where)
    except ProxyError as exc:
        msg = _reason(exc)
        if "407" in msg:
            return HttpResult(url, "ok", _ms(start), status=407, detail=_("the proxy {where} asks for a sign-in (407)").format(where=where),
                              timings=timings, connected=True, proxy=where)
        phase = "timeout" if "timed out" in msg.lower() else "connect"
        return HttpResult(url, phase, _ms(start), timings=timings, proxy=where,
                          detail=_("the proxy {where} isn't answering: {msg}").format(where=where, msg=msg))
    except ReadTimeoutError:
        return HttpResult(url, "timeout", _ms(start), detail=_("no answer through the proxy {where} within the time limit").format(where=where), timings=timings, connected=True, proxy=where)
    except (ConnectTimeoutError, TimeoutError):
        return HttpResult(url, "timeout", _ms(start), detail=_("the proxy {where} did not answer within the time limit").format(where=where),
                          timings=timings, proxy=where)
    except SSLError as exc:
        detail, intercepted = _tls_failure(url, exc, proxy=proxy)
        return HttpResult(url, "tls", _ms(start), detail=detail, timings=timings, proxy=where, interception=intercepted)
    except (ProtocolError, HTTPError, OSError) as exc:
        msg = _reason(exc)
        phase = "timeout" if "timed out" in msg.lower() else "connect"
        return HttpResult(url, phase, _ms(start), detail=_("through the proxy {where}: {msg}").format(where=where, msg=msg), timings=timings,
                          proxy=where)
    finally:
        manager.clear()


def _read_body(resp, limit: int, deadline: float) -> bytes:
    """Up to ``limit`` bytes, giving up at ``deadline``: a server that trickles its body (a few
    bytes a second) is a timeout, not a wait as long as it cares to drip."""
    chunks: list[bytes] = []
    got = 0
    while got < limit:
        if time.perf_counter() > deadline:
            raise TimeoutError("the body did not arrive in time")
        chunk = resp.read1(min(65536, limit - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _reason(exc: BaseException) -> str:
    inner = getattr(exc, "reason", None) or exc.__cause__ or exc.__context__
    text = str(inner or exc)
    # urllib3 prefixes its repr of the connection object; keep the human part.
    if ": " in text and "object at 0x" in text:
        text = text.split(": ", 1)[1]
    return text[:200]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


# ---------------------------------------------------------------- pure judgements


def judge_connectivity(result: HttpResult, *, status: int | None, body: str | None) -> tuple[str, str]:
    """Decide what a connectivity-check answer means: ("ok"|"portal"|"broken"|"fail", reason).

    Android's rules: the expected answer is ok; a 200 with at most 4 bytes is a broken
    proxy, not a portal; any other 2xx/3xx answer (a redirect, a different page) is a
    captive portal; other statuses are failures.
    """
    if not result.ok or result.status is None:
        return "fail", result.detail
    code = result.status
    text = result.body
    if status is not None and body is None:
        if code == status:
            return "ok", _("HTTP {status} as expected").format(status=code)
    elif body is not None and (status is None or code == status) and text.lstrip().startswith(body.encode()):
        return "ok", _("expected answer")
    if code == 200 and len(text) <= 4:
        return "broken", ngettext("HTTP 200 with {n} byte (a broken proxy or filter)",
                                  "HTTP 200 with {n} bytes (a broken proxy or filter)", len(text)).format(n=len(text))
    if 300 <= code < 400:
        return "portal", _("redirected to {url}").format(url=result.location) if result.location else \
            _("redirected to another page")
    if 200 <= code < 300:
        return "portal", ngettext("HTTP {status} with a different page ({n} byte)",
                                  "HTTP {status} with a different page ({n} bytes)", len(text)).format(status=code, n=len(text))
    return "fail", f"HTTP {code}"


def judge_service(result: HttpResult, expect_status: int | None) -> tuple[str, str]:
    """("up"|phase, reason) for a watched service."""
    if not result.ok or result.status is None:
        return result.phase, result.detail
    code = result.status
    if code == 407 and result.proxy:
        return "http-status", result.detail  # the proxy's answer, not the service's
    if expect_status is not None:
        if code == expect_status:
            return "up", f"HTTP {code}"
        return "http-status", _("HTTP {status}, expected {expected}").format(status=code, expected=expect_status)
    if 200 <= code < 400:
        return "up", f"HTTP {code}"
    return "http-status", f"HTTP {code}"
