"""Probe targets and the services the user depends on."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import Bool, Endpoint, Field, Float, Hostname, Int, IPAddress, ListOf, Str, Table, Url
from ..setting import Setting

# Public defaults spread across independent providers, so no verdict rests on one of them.
# Never contacted by tests: every test and benchmark brings its own config.
DEFAULT_CONNECTIVITY = [
    {"url": "http://connectivitycheck.gstatic.com/generate_204", "status": 204},
    {"url": "http://www.msftconnecttest.com/connecttest.txt", "body": "Microsoft Connect Test"},
    {"url": "http://captive.apple.com/hotspot-detect.html", "body": "Success"},
    {"url": "http://detectportal.firefox.com/success.txt", "body": "success"},
]
DEFAULT_IP_ENDPOINTS = [
    "1.1.1.1:443",  # Cloudflare
    "8.8.8.8:443",  # Google
    "9.9.9.9:443",  # Quad9
    "208.67.222.222:443",  # Cisco OpenDNS
]
DEFAULT_RESOLVERS = ["1.1.1.1", "8.8.8.8", "9.9.9.9", "208.67.222.222"]
DEFAULT_CANARIES = ["example.com", "wikipedia.org", "microsoft.com", "apple.com"]
# A plain-HTTP page whose answer is larger than one full-size packet (headers and body about 1.6 KB).
DEFAULT_LARGE = ["http://example.com/"]

CONNECTIVITY_CHECK = Table(
    fields={
        "url": Field(Url(schemes=("http",)), required=True, description=N_("Plain-HTTP URL; redirects are not followed.")),
        "status": Field(Int(100, 599), description=N_("Expected status code (e.g. 204).")),
        "body": Field(Str(max_len=1024), description=N_("Text the body must start with.")),
    }
)

SERVICE = Table(
    fields={
        "name": Field(Str(allow_empty=False, max_len=80), required=True, description=N_("Name shown to the user.")),
        "url": Field(Url(), required=True, description=N_("Address checked over HTTP(S), TLS verified.")),
        "expect_status": Field(
            Int(100, 599), description=N_("Status meaning 'up'; by default any 2xx or 3xx answer.")
        ),
        "enabled": Field(Bool(), default=True, description=N_("Whether the service is watched.")),
        "status_page": Field(Url(), description=N_("The provider's Atlassian Statuspage site; "
                             "its /api/v2/summary.json says whether they know of an incident.")),
        "status_feed": Field(Url(), description=N_("The provider's RSS or Atom incident feed.")),
        "fallback": Field(ListOf(Str(allow_empty=False, max_len=120), max_len=20),
                          description=N_("Offline fallbacks: names of vault documents or contacts to use "
                          "when the service is down.")),
        "check_every": Field(Int(10, 86400), description=N_("Seconds between light checks of this service "
                             "(default: monitor.service_interval).")),
    }
)

SETTINGS = [
    Setting("probes.connectivity", ListOf(CONNECTIVITY_CHECK, min_len=1), DEFAULT_CONNECTIVITY,
            N_("Connectivity checks"),
            N_("Plain-HTTP pages with a known answer. A redirect or a different body means a captive portal.")),
    Setting("probes.ip_endpoints", ListOf(Endpoint(), min_len=1), DEFAULT_IP_ENDPOINTS,
            N_("Endpoints by address"),
            N_("TCP endpoints reached by IP address, with no DNS involved: they tell whether the internet answers at all.")),
    Setting("probes.resolvers", ListOf(IPAddress()), DEFAULT_RESOLVERS,
            N_("Independent resolvers"),
            N_("Resolvers queried directly, besides the system's own, to tell a resolver outage from a wider one.")),
    Setting("probes.canary_names", ListOf(Hostname(), min_len=1), DEFAULT_CANARIES,
            N_("Names that must resolve"),
            N_("Well-known names from different providers; if none resolves through your resolver, DNS is down.")),
    Setting("probes.nxdomain_zone", Hostname(), "example.com",
            N_("Zone for the hijacking check"),
            N_("Random names under this zone must not exist; an address back means someone rewrites DNS answers.")),
    Setting("probes.large_transfer", ListOf(Url(), max_len=3), DEFAULT_LARGE,
            N_("Large-transfer check"),
            N_("Pages whose answer is larger than one full-size packet (over 1.5 KB). Each is fetched in "
            "full-size packets and, when that stalls after connecting, again in small packets: when "
            "only the small packets come through, large transfers stall (an MTU black hole). "
            "Empty = no such check.")),
    Setting("probes.timeout", Float(0.2, 30.0), 2.0,
            N_("Probe timeout (seconds)"), N_("How long one probe may take before it counts as failed.")),
    Setting("probes.slow_ms", Int(10, 30000), 1000,
            N_("Slow answer threshold (ms)"), N_("Answers slower than this make the connection 'degraded'.")),
    Setting("probes.gateway", Bool(), True,
            N_("Check the gateway"), N_("Knock on the default gateway to tell a LAN problem from an internet one.")),
    Setting("services", ListOf(SERVICE, max_len=200), [],
            N_("Watched services"),
            N_("Web services you depend on. Each is checked over HTTP(S) and reported with the cause of a failure.")),
]
