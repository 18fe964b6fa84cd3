"""The internet provider's AS number, detected with two DNS questions (``fleet.isp_asn = "detect"``).

1. This desk's public address as the internet sees it: ``myip.opendns.com`` asked of OpenDNS's own
   servers, which answer with the address the question came from.
2. The autonomous system announcing that address: Team Cymru's IP-to-ASN service,
   ``<reversed address>.origin.asn.cymru.com`` (``origin6`` for IPv6), TXT, through the system's
   resolver; its answer starts with the AS number (``3320 | 217.0.0.0/13 | DE | ripencc | …``).

The address lives only in memory for the second question: it is never stored, logged or sent;
only ``AS<number>`` becomes a label. Both questions go to public services, which is why detection
is opt-in (the default is no provider label, or the one IT sets).
"""

from __future__ import annotations

import ipaddress
import logging
import re

log = logging.getLogger(__name__)

OPENDNS = (("208.67.222.222", 53), ("208.67.220.220", 53))
WHOAMI_NAME = "myip.opendns.com."
TIMEOUT = 2.0
_ASN = re.compile(r"^\s*(\d{1,10})\b")


def cymru_name(address: str) -> str:
    """The Team Cymru question for an address (pure)."""
    ip = ipaddress.ip_address(address)
    if ip.version == 4:
        return ".".join(reversed(str(ip).split("."))) + ".origin.asn.cymru.com."
    return ".".join(reversed(ip.exploded.replace(":", ""))) + ".origin6.asn.cymru.com."


def parse_origin(txt: str) -> str | None:
    """``AS<n>`` from a Team Cymru origin answer, or None (pure)."""
    m = _ASN.match(txt.strip('"'))
    return f"AS{m.group(1)}" if m else None


def _ask(name: str, rdtype: str, server: tuple[str, int] | None) -> list[str]:
    import dns.message
    import dns.query
    import dns.resolver

    if server is None:
        resolver = dns.resolver.Resolver()
        resolver.lifetime = TIMEOUT
        answer = resolver.resolve(name, rdtype, raise_on_no_answer=False)
        return [r.to_text() for r in answer]
    msg = dns.message.make_query(name, rdtype)
    resp = dns.query.udp(msg, server[0], port=server[1], timeout=TIMEOUT)
    return [r.to_text() for rrset in resp.answer for r in rrset]


def detect(whoami: tuple[tuple[str, int], ...] = OPENDNS, resolver: tuple[str, int] | None = None) -> str | None:
    """``AS<n>`` of the network this desk is on now, or None when it cannot be told (offline, blocked)."""
    import dns.exception

    address = None
    for server in whoami:
        try:
            answers = _ask(WHOAMI_NAME, "A", server)
        except (dns.exception.DNSException, OSError):
            continue
        address = next((a for a in answers if _is_public(a)), None)
        if address:
            break
    if not address:
        log.info("fleet: the provider's AS number could not be detected (no public address answer)")
        return None
    try:
        txts = _ask(cymru_name(address), "TXT", resolver)
    except (dns.exception.DNSException, OSError):
        log.info("fleet: the provider's AS number could not be looked up")
        return None
    return next((asn for t in txts if (asn := parse_origin(t))), None)


def _is_public(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return not (ip.is_private and not _documentation(ip)) and not ip.is_loopback and not ip.is_unspecified


def _documentation(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """TEST-NET ranges count as public here (the tests' stand-in for a provider's addresses)."""
    return any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                       "2001:db8::/32"))
