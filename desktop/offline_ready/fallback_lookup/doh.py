"""DNS-over-HTTPS (RFC 8484): the query built with dnspython, sent with requests as a POST of
``application/dns-message``. The DoH host itself is reached at its known addresses through
:class:`~offline_ready.fallback_lookup.session.PinnedAdapter`, so DoH works while DNS does not."""

from __future__ import annotations

import base64
import time
from urllib.parse import urlsplit

import dns.exception
import dns.message
import dns.rdatatype
import requests

from ..i18n import _
from ..probes.dns import DnsResult, result_from_response
from ..proxy.session import proxied_session
from .session import PinnedAdapter

CONTENT_TYPE = "application/dns-message"
MAX_RESPONSE = 65535


def build_query(name: str, rdtype: str = "A", *, dnssec: bool = False) -> bytes:
    msg = dns.message.make_query(name, dns.rdatatype.from_text(rdtype), want_dnssec=dnssec)
    msg.id = 0  # RFC 8484 §4.1: ID 0 keeps HTTP caches friendly
    return msg.to_wire()


def get_url(url: str, wire: bytes) -> str:
    """The GET form: ``?dns=`` base64url without padding (RFC 8484 §4.1)."""
    b64 = base64.urlsafe_b64encode(wire).rstrip(b"=").decode()
    return f"{url}{'&' if '?' in url else '?'}dns={b64}"


def doh_query(url: str, name: str, timeout: float, rdtype: str = "A", *, addresses: list[str] | tuple[str, ...] = (),
              session: requests.Session | None = None, method: str = "POST", dnssec: bool = False,
              verify: bool | str = True) -> DnsResult:
    """One DoH query; ``addresses`` are where the DoH host is reached (no DNS needed)."""
    start = time.perf_counter()
    label = url
    own = session is None
    if session is None:
        session = proxied_session()
    if addresses:
        host = urlsplit(url).hostname or ""
        adapter = PinnedAdapter(lambda h: list(addresses) if h == host else None)
        session.mount(url, adapter)
    try:
        wire = build_query(name, rdtype, dnssec=dnssec)
        headers = {"Accept": CONTENT_TYPE}
        if method == "GET":
            resp = session.get(get_url(url, wire), headers=headers, timeout=timeout, allow_redirects=False,
                               verify=verify, stream=True)
        else:
            resp = session.post(url, data=wire, headers={**headers, "Content-Type": CONTENT_TYPE},
                                timeout=timeout, allow_redirects=False, verify=verify, stream=True)
        body = resp.raw.read(MAX_RESPONSE + 1, decode_content=True)
        ms = (time.perf_counter() - start) * 1000
        if resp.status_code != 200:
            return DnsResult(label, name, "error", ms, detail=f"HTTP {resp.status_code}")
        ctype = resp.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if ctype != CONTENT_TYPE:
            return DnsResult(label, name, "error", ms, detail=_("not a DNS answer (Content-Type {type})").format(type=ctype or _("missing")))
        if len(body) > MAX_RESPONSE:
            return DnsResult(label, name, "error", ms, detail=_("answer too large"))
        msg = dns.message.from_wire(body)
        return result_from_response(label, name, msg, ms)
    except requests.Timeout:
        return DnsResult(label, name, "timeout", (time.perf_counter() - start) * 1000,
                         detail=_("no answer within {timeout:g} s").format(timeout=timeout))
    except (requests.RequestException, dns.exception.DNSException, ValueError, OSError) as exc:
        return DnsResult(label, name, "error", (time.perf_counter() - start) * 1000,
                         detail=_short(exc))
    finally:
        if own:
            session.close()


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."
