"""The lab's fixed plan: every address, zone and record. TEST-NET ranges only (RFC 5737)."""

from __future__ import annotations

# client <-> router ("the LAN")
LAN_NET = "198.51.100.0/24"
CLIENT_IP = "198.51.100.2"
GATEWAY_IP = "198.51.100.1"

# router <-> "the internet"
WAN_NET = "203.0.113.0/24"
ROUTER_WAN_IP = "203.0.113.1"

# resolvers (each its own unbound process)
ISP_RESOLVER = "203.0.113.53"  # the client's system resolver
PUBLIC_RESOLVERS = ("203.0.113.54", "203.0.113.55")  # independent public resolvers
RESOLVERS = (ISP_RESOLVER, *PUBLIC_RESOLVERS)
# more public resolvers, on request (``Lab.start(extra_resolvers=N)``)
EXTRA_RESOLVERS = ("203.0.113.56", "203.0.113.57", "203.0.113.58", "203.0.113.59")

# DNS over HTTPS, on request (``Lab.start(doh=True)``): a front end of the first public resolver,
# reached by its address (the name is not in any lab zone: clients bootstrap by address)
DOH_IP = "203.0.113.60"
DOH_HOST = "doh.test"
DOH_URL = f"https://{DOH_HOST}/dns-query"

# web servers (one nginx, several addresses)
CHECK_IP = "203.0.113.20"
SHOP_IP = "203.0.113.21"
FORUM_IP = "203.0.113.22"
PORTAL_IP = "203.0.113.80"
PORTAL_URL = "http://portal.test/login"
# providers' status pages and incident feeds (files the tests write under the lab's www/ folder)
STATUS_IP = "203.0.113.23"
STATUS_HOST = "status.check.test"
# a service's old server: the address a stale or poisoned answer points at; nothing listens (RST)
STALE_IP = "203.0.113.25"
# a resolver address that never answers (silently dropped): the dead first entry of resolv.conf
DEAD_RESOLVER = "203.0.113.52"
# a page larger than one full-size packet (for the MTU black hole): check.test/large.txt
LARGE_PATH = "/large.txt"
LARGE_BYTES = 1500  # headers and body ~1.7 KB, like the default target (example.com)
LARGE_URL = f"http://check.test{LARGE_PATH}"

# authoritative servers, one nsd per zone ("provider"), and the records they serve
ZONES: dict[str, dict] = {
    "check.test": {"ns_ip": "203.0.113.30", "records": {"": CHECK_IP, "status": STATUS_IP}},
    "shop.test": {"ns_ip": "203.0.113.31", "records": {"": SHOP_IP, "www": SHOP_IP}},
    "forum.test": {"ns_ip": "203.0.113.32", "records": {"": FORUM_IP, "www": FORUM_IP}},
}
AUTH_SERVERS = {zone: z["ns_ip"] for zone, z in ZONES.items()}
NXDOMAIN_ZONE = "check.test"
ZONE_TTL = 5  # seconds: authoritative faults show within seconds

# name -> address, as every honest resolver answers
HOSTS = {
    (f"{label}.{zone}" if label else zone): ip for zone, z in ZONES.items() for label, ip in z["records"].items()
}

# TCP endpoints by address (no DNS involved)
IP_ENDPOINTS = (f"{CHECK_IP}:80", f"{SHOP_IP}:443", f"{FORUM_IP}:80")

CONNECTIVITY = (
    {"url": "http://check.test/generate_204", "status": 204},
    {"url": "http://check.test/ok.txt", "body": "OK"},
)
CANARY_NAMES = ("check.test", "shop.test", "forum.test")
DEFAULT_SERVICES = (("Shop", "http://shop.test/"), ("Forum", "https://forum.test/"))

# every address the "internet" namespace holds on its veth end
NET_ADDRESSES = (
    *RESOLVERS,
    *AUTH_SERVERS.values(),
    CHECK_IP,
    SHOP_IP,
    FORUM_IP,
    PORTAL_IP,
    STATUS_IP,
    STALE_IP,
    DEAD_RESOLVER,
)
