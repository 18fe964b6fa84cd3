"""OS network-change events, used only as a trigger to re-probe at once.

Linux: an rtnetlink socket subscribed to link, address and route changes (no polling,
no traffic). Elsewhere there is no watcher and the heartbeat notices changes.
"""

from __future__ import annotations

import socket
import sys

RTMGRP_LINK = 0x1
RTMGRP_IPV4_IFADDR = 0x10
RTMGRP_IPV4_ROUTE = 0x40
RTMGRP_IPV6_IFADDR = 0x100
RTMGRP_IPV6_ROUTE = 0x400


class NetworkEvents:
    """A file descriptor that becomes readable when the network configuration changes."""

    def __init__(self) -> None:
        self.sock: socket.socket | None = None
        if sys.platform.startswith("linux") and hasattr(socket, "AF_NETLINK"):
            try:
                s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
                s.bind((0, RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV4_ROUTE | RTMGRP_IPV6_IFADDR
                        | RTMGRP_IPV6_ROUTE))
                s.setblocking(False)
                self.sock = s
            except OSError:
                self.sock = None

    @property
    def available(self) -> bool:
        return self.sock is not None

    def fileno(self) -> int:
        return self.sock.fileno() if self.sock else -1

    def drain(self) -> int:
        """Read all pending messages; returns how many arrived."""
        n = 0
        if not self.sock:
            return 0
        while True:
            try:
                self.sock.recv(65536)
                n += 1
            except (BlockingIOError, InterruptedError):
                return n
            except OSError:
                return n

    def close(self) -> None:
        if self.sock:
            self.sock.close()
            self.sock = None
