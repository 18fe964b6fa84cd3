"""End-to-end network lab for the tests: real unbound, nsd and nginx in Linux network namespaces,
with fault injection (link, router, resolvers, authoritative DNS, HTTP, loss, delay, captive portal).

    from netlab import Lab
    lab = Lab.start()
    try:
        lab.resolver_drop("203.0.113.53")
        print(lab.exec(["python3", "-m", "offline_ready", "check", "--json", "--config", cfg]).stdout)
    finally:
        lab.stop()

See README.md in this folder.
"""

from .addresses import (
    AUTH_SERVERS,
    CHECK_IP,
    DOH_IP,
    DOH_URL,
    EXTRA_RESOLVERS,
    FORUM_IP,
    HOSTS,
    IP_ENDPOINTS,
    ISP_RESOLVER,
    PORTAL_IP,
    PORTAL_URL,
    PUBLIC_RESOLVERS,
    RESOLVERS,
    SHOP_IP,
    STATUS_HOST,
    STATUS_IP,
    ZONES,
)
from .lab import Lab, TrafficCounter, can_run, cleanup_stale, delay_supported
from .nsutil import LabError

__all__ = [
    "AUTH_SERVERS",
    "CHECK_IP",
    "DOH_IP",
    "DOH_URL",
    "EXTRA_RESOLVERS",
    "FORUM_IP",
    "HOSTS",
    "IP_ENDPOINTS",
    "ISP_RESOLVER",
    "PORTAL_IP",
    "PORTAL_URL",
    "PUBLIC_RESOLVERS",
    "RESOLVERS",
    "SHOP_IP",
    "STATUS_HOST",
    "STATUS_IP",
    "ZONES",
    "Lab",
    "LabError",
    "TrafficCounter",
    "can_run",
    "cleanup_stale",
    "delay_supported",
]
