"""Signing in to a proxy when it asks (407): Negotiate, NTLM (through pyspnego) or Basic.

The password is sent only after the proxy asked, in the best scheme it offers (NTLM, Negotiate, then
Basic: see :data:`SCHEMES`), never preemptively in clear. Negotiate and NTLM authenticate a *connection*: the
challenge and the answers must travel on the one TCP connection the proxy challenged. urllib3 sends
fixed headers with ``CONNECT`` and turns a 407 to it into an error, and requests' auth hooks never
see that 407 (requests-ntlm issue #104, urllib3 #799), so the connection classes here carry the
exchange themselves: for https inside the ``CONNECT`` that opens the tunnel, for plain http by
repeating the request on the same connection. :func:`pool_classes` hands them to a urllib3
``ProxyManager``; the probes and the requests sessions both use it.
"""

from __future__ import annotations

import base64
import http.client
from dataclasses import dataclass
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

# Preference: NTLM where offered (with the stored password it works whether or not this machine has a
# Kerberos ticket; squid's usual Negotiate helper would pass an NTLM-in-SPNEGO token to Kerberos and
# fail), Negotiate when it is all the proxy takes, Basic last: the only one that sends the password.
SCHEMES = ("NTLM", "Negotiate", "Basic")
MAX_LEGS = 4  # Negotiate/NTLM need two answers; a proxy that keeps challenging is refusing
MAX_BODY = 64 * 1024  # a 407 page read and dropped to keep the connection


def offered(values: list[str]) -> list[tuple[str, str]]:
    """(scheme, token) for each scheme we speak in ``Proxy-Authenticate`` values, preferred first.
    One header may list several challenges ("NTLM, Basic realm=\\"corp\\"")."""
    found: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            words = part.strip().split(None, 1)
            if not words:
                continue
            scheme = next((s for s in SCHEMES if s.lower() == words[0].lower()), None)
            if scheme is not None and scheme not in found:
                token = words[1].strip() if len(words) > 1 and scheme != "Basic" else ""
                found[scheme] = token if "=" not in token.rstrip("=") else ""  # a token, not "realm=…"
    return sorted(found.items(), key=lambda kv: SCHEMES.index(kv[0]))


@dataclass(frozen=True)
class Signin:
    """The proxy's sign-in from the keyring: ``user`` may be ``DOMAIN\\user`` or ``user@REALM``."""

    user: str
    password: str
    host: str

    def answers(self, scheme: str) -> Any:
        """A generator of header values: send what it yields, then ``send()`` it the proxy's next token."""
        if scheme == "Basic":
            yield "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            return
        import spnego

        ctx = spnego.client(self.user, self.password, hostname=self.host, service="HTTP",
                            protocol="negotiate" if scheme == "Negotiate" else "ntlm")
        token: bytes | None = None
        while not ctx.complete:
            out = ctx.step(token)
            if not out:
                return
            challenge = yield f"{scheme} {base64.b64encode(out).decode('ascii')}"
            if not challenge:
                return
            token = base64.b64decode(challenge)


class SigninHTTPConnection(HTTPConnection):
    """Plain http through the proxy: a 407 is answered by repeating the request on this connection."""

    signin: Signin | None = None

    def request(self, method: str, url: str, body: Any = None, headers: Any = None, **kw: Any) -> None:
        self._signin_request = (method, url, body, dict(headers or {}), kw)
        super().request(method, url, body=body, headers=headers, **kw)

    def getresponse(self) -> Any:  # type: ignore[override]
        resp = super().getresponse()
        body = self._signin_request[2]
        if resp.status != 407 or self.signin is None or not isinstance(body, bytes | str | None):
            return resp  # (a body read from a stream cannot be sent twice)
        challenges = offered(resp.headers.getlist("Proxy-Authenticate"))
        if not challenges:
            return resp
        scheme = challenges[0][0]
        method, url, _, headers, kw = self._signin_request
        answers = self.signin.answers(scheme)
        token: str | None = None
        for leg in range(MAX_LEGS):
            resp.read(MAX_BODY)  # the 407 page, read so the connection can carry the next request
            try:
                value = next(answers) if leg == 0 else answers.send(token)
            except StopIteration:
                return resp
            super().request(method, url, body=body, headers={**headers, "Proxy-Authorization": value}, **kw)
            resp = super().getresponse()
            if resp.status != 407:
                return resp
            token = dict(offered(resp.headers.getlist("Proxy-Authenticate"))).get(scheme)
            if not token:
                return resp  # refused: the proxy starts over or stops asking in this scheme
        return resp


class _StartOver(Exception):
    """The proxy closed the connection after its 407: sign in from the start on a new one."""

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme


class SigninHTTPSConnection(HTTPSConnection):
    """https through the proxy: the sign-in happens inside the ``CONNECT`` that opens the tunnel."""

    signin: Signin | None = None
    _signin_scheme = ""  # known from a first attempt: answer at once on the next connection

    def connect(self) -> None:
        self._signin_scheme = ""
        try:
            super().connect()
        except _StartOver as again:
            self._signin_scheme = again.scheme
            super().connect()

    def _tunnel(self) -> None:  # type: ignore[override]
        base = {k: v for k, v in self._tunnel_headers.items() if k.lower() != "proxy-authorization"}  # type: ignore[attr-defined]
        scheme = self._signin_scheme
        answers = self.signin.answers(scheme) if scheme and self.signin is not None else None
        status, reason, headers = self._connect_once(
            base if answers is None else {**base, "Proxy-Authorization": next(answers)})
        legs = 0
        while status != 200:
            if status != 407 or self.signin is None or legs >= MAX_LEGS:
                break
            legs += 1
            challenges = dict(offered(headers.get_all("Proxy-Authenticate") or []))
            if answers is None:
                if not challenges:
                    break
                scheme = next(iter(challenges))
                if _closes(headers):
                    self.sock.close()  # (not self.close(): that forgets the tunnel's target)
                    raise _StartOver(scheme)
                answers = self.signin.answers(scheme)
                value = next(answers)
            else:
                token = challenges.get(scheme)
                if not token or _closes(headers):
                    break
                try:
                    value = answers.send(token)
                except StopIteration:
                    break
            status, reason, headers = self._connect_once({**base, "Proxy-Authorization": value})
        else:
            return
        self.close()
        raise OSError(f"Tunnel connection failed: {status} {reason}")

    def _connect_once(self, headers: dict[str, str]) -> tuple[int, str, http.client.HTTPMessage]:
        host = self._tunnel_host or ""  # type: ignore[attr-defined]
        target = f"[{host}]:{self._tunnel_port}" if ":" in host else f"{host}:{self._tunnel_port}"  # type: ignore[attr-defined]
        lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}", "Proxy-Connection: Keep-Alive",
                 *(f"{k}: {v}" for k, v in headers.items())]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        fp = self.sock.makefile("rb", buffering=0)
        try:
            status_line = fp.readline(65537).decode("latin-1")
            parts = status_line.split(None, 2)
            if len(parts) < 2 or not parts[1].isdigit():
                raise OSError(f"Tunnel connection failed: the proxy answered {status_line.strip()[:80]!r}")
            msg = http.client.parse_headers(fp)  # type: ignore[arg-type]
            status = int(parts[1])
            if status != 200:
                length = msg.get("Content-Length", "")
                if length.isdigit():
                    left = min(int(length), MAX_BODY)
                    while left > 0:
                        chunk = fp.read(left)
                        if not chunk:
                            break
                        left -= len(chunk)
            return status, parts[2].strip() if len(parts) > 2 else "", msg
        finally:
            fp.close()


def _closes(headers: http.client.HTTPMessage) -> bool:
    values = [*(headers.get_all("Connection") or []), *(headers.get_all("Proxy-Connection") or [])]
    return any("close" in v.lower() for v in values)


def pool_classes(signin: Signin | None) -> dict[str, type]:
    """``pool_classes_by_scheme`` for a urllib3 ``ProxyManager`` whose connections sign in as ``signin``."""
    http_conn = type("SigninHTTPConnection", (SigninHTTPConnection,), {"signin": signin})
    https_conn = type("SigninHTTPSConnection", (SigninHTTPSConnection,), {"signin": signin})
    return {"http": type("SigninHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type("SigninHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn})}


def signin_from_url(proxy_url: str) -> Signin | None:
    """The sign-in carried in a proxy URL (the router adds the keyring's), or None."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(proxy_url)
    if not parts.username:
        return None
    return Signin(unquote(parts.username), unquote(parts.password or ""), parts.hostname or "")
