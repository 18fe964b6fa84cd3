"""The large-transfer probe: tells an MTU black hole from a healthy or merely lossy path.

A path that silently drops packets too large for a tunnel (VPN, PPPoE, ICMP "fragmentation
needed" filtered) passes every small probe: DNS, check pages, TCP handshakes. A page over one
packet is fetched with the normal segment size; when that stalls after the connection is made,
it is fetched again with a small segment size announced by TCP_MAXSEG, so the server sends only
small packets. A black hole stalls the first while the second comes through; loss or a dead
server hurt both alike. A healthy round fetches the page once.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from .http import HttpResult

SMALL_MSS = 536  # the IPv4 minimum every path carries: 536 + 40 header bytes = 576
MIN_LARGE_BYTES = 1200  # a body this large does not fit in one packet with its headers under ~1300 bytes


def small_segments() -> list[tuple[int, int, int]] | None:
    """Socket options for the small-packet fetch; None where the OS has no TCP_MAXSEG (Windows)."""
    opt = getattr(socket, "TCP_MAXSEG", None)
    return None if opt is None else [(socket.IPPROTO_TCP, opt, SMALL_MSS)]


@dataclass
class LargeTransfer:
    url: str
    full: HttpResult  # normal packets
    small: HttpResult | None  # small packets (None where the OS can't ask for them)

    @property
    def stalled(self) -> bool:
        """Only the large packets got lost: the small-packet fetch brought the whole answer, the
        full-size one connected and then received nothing in time."""
        small = self.small
        return (small is not None and small.ok and small.received >= MIN_LARGE_BYTES
                and not self.full.ok and self.full.phase == "timeout" and self.full.connected)

    @property
    def passed(self) -> bool:
        return self.full.ok and self.full.received >= MIN_LARGE_BYTES
