"""TCP connects by address: proof that the internet answers, with no DNS involved."""

from __future__ import annotations

import errno
import socket
import time
from dataclasses import dataclass

from ..config.kinds import parse_endpoint
from ..i18n import _


@dataclass
class TcpResult:
    target: str
    ok: bool  # a handshake completed
    answered: bool  # the host answered (handshake or RST): it is reachable
    ms: float
    error: str = ""  # "", "refused", "timeout", "unreachable", "error"
    detail: str = ""


def tcp_connect(host: str, port: int, timeout: float) -> TcpResult:
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    start = time.perf_counter()
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.settimeout(timeout)
    try:
        s.connect((host, port))
        ms = (time.perf_counter() - start) * 1000
        return TcpResult(target, True, True, ms, detail=_("connected in {ms:.0f} ms").format(ms=ms))
    except ConnectionRefusedError:
        ms = (time.perf_counter() - start) * 1000
        return TcpResult(target, False, True, ms, "refused", _("connection refused (the host answered)"))
    except TimeoutError:
        ms = (time.perf_counter() - start) * 1000
        return TcpResult(target, False, False, ms, "timeout", _("no answer within {timeout:g} s").format(timeout=timeout))
    except OSError as exc:
        ms = (time.perf_counter() - start) * 1000
        kind = "unreachable" if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL) else "error"
        return TcpResult(target, False, False, ms, kind, exc.strerror or str(exc))
    finally:
        s.close()


def tcp_endpoint(endpoint: str, timeout: float) -> TcpResult:
    host, port = parse_endpoint(endpoint)
    return tcp_connect(host, port, timeout)
