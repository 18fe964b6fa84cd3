"""Incident events as RFC 5424 syslog over TCP or TLS (RFC 5425 octet-counting framing), for a SIEM.

The HOSTNAME field carries the desk's pseudonym, never its host name. Structured data uses the
documentation enterprise number 32473 (RFC 5612) under the id ``offlineready@32473``.
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

FACILITY_LOCAL0 = 16
SEVERITY = {"started": 4, "changed": 4, "ended": 5}  # warning, warning, notice
SD_ID = "offlineready@32473"
TIMEOUT = 10.0


def _sd_value(value: Any) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def format_record(rec: Mapping[str, Any]) -> bytes:
    """One RFC 5424 message for an incident record."""
    pri = FACILITY_LOCAL0 * 8 + SEVERITY.get(str(rec.get("event")), 5)
    params = " ".join(f'{k}="{_sd_value(rec[k])}"' for k in ("id", "incident", "event", "state", "cause", "site",
                                                              "isp_asn") if rec.get(k))
    host = str(rec.get("desk") or "-")
    msg = json.dumps({k: v for k, v in rec.items() if k != "_msg"}, separators=(",", ":"), ensure_ascii=False)
    return (f"<{pri}>1 {rec.get('time') or '-'} {host} offline-ready - incident [{SD_ID} {params}] "
            ).encode() + b"\xef\xbb\xbf" + msg.encode()


def frame(messages: Sequence[bytes]) -> bytes:
    return b"".join(str(len(m)).encode() + b" " + m for m in messages)


def send(url: str, messages: Sequence[bytes], ca_file: str = "") -> None:
    """Deliver framed messages; raises OSError (incl. ssl.SSLError) when the SIEM cannot be reached."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or (6514 if parts.scheme == "tls" else 601)
    with socket.create_connection((host, port), timeout=TIMEOUT) as raw:
        if parts.scheme == "tls":
            from ..proxy.trust import tls_context

            ctx = ssl.create_default_context(cafile=ca_file) if ca_file else tls_context()
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                tls.sendall(frame(messages))
            return
        raw.sendall(frame(messages))
        raw.shutdown(socket.SHUT_WR)
