"""Sample verdicts, as the engine's ``Verdict.to_dict`` writes them, for laying out the windows.

These are data, not a stand-in for the engine: the end-to-end tests drive the real
monitor; these let widget tests and screenshots show every state deterministically.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from offline_ready.diagnosis.model import Verdict

T0 = datetime(2025, 10, 20, 7, 51, 12, tzinfo=UTC)


def _ev(probe: str, target: str, ok: bool, detail: str, ms: float | None, layer: str, **data: Any) -> dict:
    return {
        "probe": probe,
        "target": target,
        "ok": ok,
        "detail": detail,
        "ms": ms,
        "layer": layer,
        "provider": data.pop("provider", ""),
        "data": data,
    }


BASE_EVIDENCE = [
    _ev("link", "eth0", True, "link up, default route via 198.51.100.1", 0.2, "link"),
    _ev("gateway", "198.51.100.1", True, "router answers", 1.4, "lan"),
]

SERVICES_UP = [
    {"name": "Shop", "url": "https://shop.example/", "state": "up", "cause": None, "detail": "HTTP 200", "ms": 84.0},
    {"name": "Mail", "url": "https://mail.example/", "state": "up", "cause": None, "detail": "HTTP 200", "ms": 61.0},
    {
        "name": "Accounting",
        "url": "https://books.example/",
        "state": "up",
        "cause": None,
        "detail": "HTTP 302",
        "ms": 120.0,
    },
]


def online(at: datetime = T0) -> dict:
    return {
        "state": "online",
        "summary": "You're online",
        "services": SERVICES_UP,
        "evidence": [
            *BASE_EVIDENCE,
            _ev("dns.system", "203.0.113.53", True, "example.com → 203.0.113.80", 12.0, "dns"),
            _ev("dns.resolver", "198.51.100.53", True, "answers", 18.0, "dns"),
            _ev("tcp", "203.0.113.20:443", True, "connected", 22.0, "internet"),
            _ev("tcp", "198.51.100.20:443", True, "connected", 25.0, "internet"),
            _ev("http.connectivity", "http://check.test/generate_204", True, "HTTP 204 as expected", 40.0, "portal"),
        ],
        "advice": {
            "headline": "You're online",
            "broken": [],
            "works": ["The internet answers (2 of 2 addresses), and name lookups work."],
            "todo": [],
        },
        "checked_at": at.isoformat(timespec="seconds"),
        "duration_ms": 212.0,
        "hijacking": False,
        "portal_url": None,
        "reasons": [],
        "system_resolvers": ["203.0.113.53"],
        "working_resolvers": ["198.51.100.53"],
    }


def dns_outage(at: datetime = T0) -> dict:
    return {
        "state": "dns-outage",
        "summary": "Your DNS resolver isn't answering",
        "services": [
            {
                "name": "Shop",
                "url": "https://shop.example/",
                "state": "down",
                "cause": "dns",
                "detail": "name lookup timed out",
                "ms": 2000.0,
            },
            {
                "name": "Mail",
                "url": "https://mail.example/",
                "state": "down",
                "cause": "dns",
                "detail": "name lookup timed out",
                "ms": 2000.0,
            },
            {
                "name": "Accounting",
                "url": "https://books.example/",
                "state": "down",
                "cause": "provider-dns",
                "detail": "SERVFAIL from every resolver",
                "ms": 1500.0,
            },
        ],
        "evidence": [
            *BASE_EVIDENCE,
            _ev("dns.system", "203.0.113.53", False, "timed out after 2000 ms", 2000.0, "dns"),
            _ev("dns.resolver", "198.51.100.53", True, "answers", 19.0, "dns"),
            _ev("tcp", "203.0.113.20:443", True, "connected", 23.0, "internet"),
            _ev("tcp", "198.51.100.20:443", True, "connected", 27.0, "internet"),
        ],
        "advice": {
            "headline": "Your DNS resolver isn't answering",
            "broken": [
                "Your DNS resolver (203.0.113.53) timed out for every name we tried, so websites and apps "
                "can't find their servers."
            ],
            "works": [
                "The internet itself works: 2 of 2 addresses answered directly.",
                "Other resolvers work (198.51.100.53).",
            ],
            "todo": [
                "Switch to backup DNS: Offline Ready can do it now and switch back when yours recovers.",
                "Or restart your router, which often restarts its DNS.",
                "If it lasts, tell IT or your internet provider their DNS is down.",
            ],
        },
        "checked_at": at.isoformat(timespec="seconds"),
        "duration_ms": 2104.0,
        "hijacking": False,
        "portal_url": None,
        "reasons": ["resolver-timeout"],
        "system_resolvers": ["203.0.113.53"],
        "working_resolvers": ["198.51.100.53"],
    }


def no_internet(at: datetime = T0) -> dict:
    return {
        "state": "no-internet",
        "summary": "The internet is down beyond your network",
        "services": [{**s, "state": "unknown", "cause": "blocked", "detail": "", "ms": None} for s in SERVICES_UP],
        "evidence": [
            *BASE_EVIDENCE,
            _ev("tcp", "203.0.113.20:443", False, "timed out", 2000.0, "internet"),
            _ev("tcp", "198.51.100.20:443", False, "timed out", 2000.0, "internet"),
            _ev("http.connectivity", "http://check.test/generate_204", False, "timed out", 2000.0, "portal"),
        ],
        "advice": {
            "headline": "The internet is down beyond your network",
            "broken": [
                "Nothing on the internet answers: 2 addresses and 1 check page failed, across several providers."
            ],
            "works": ["Your local network and router answer."],
            "todo": [
                "It's probably your internet provider, or the router's connection to it.",
                "Restart the router (unplug it for 10 seconds) and wait two minutes.",
                "Call your internet provider; Offline Ready keeps their number under Contacts.",
                "Meanwhile, use your offline copies of key documents.",
            ],
        },
        "checked_at": at.isoformat(timespec="seconds"),
        "duration_ms": 4012.0,
        "hijacking": False,
        "portal_url": None,
        "reasons": [],
        "system_resolvers": ["203.0.113.53"],
        "working_resolvers": [],
    }


def captive_portal(at: datetime = T0) -> dict:
    d = no_internet(at)
    d.update(
        {
            "state": "captive-portal",
            "summary": "This network wants you to sign in",
            "portal_url": "http://portal.hotel.test/login",
            "advice": {
                "headline": "This network wants you to sign in",
                "broken": ["A login page (captive portal) is intercepting web traffic."],
                "works": [],
                "todo": [
                    "Open the login page and sign in or accept the terms.",
                    "Until then, only the login page works; apps may show errors.",
                ],
            },
        }
    )
    d["evidence"] = [
        *BASE_EVIDENCE,
        _ev(
            "http.connectivity",
            "http://check.test/generate_204",
            False,
            "redirected to http://portal.hotel.test/login",
            31.0,
            "portal",
        ),
    ]
    return d


def service_down(at: datetime = T0) -> dict:
    d = online(at)
    d["services"] = [SERVICES_UP[0] | {"state": "down", "cause": "http-status", "detail": "HTTP 503"}, *SERVICES_UP[1:]]
    d["advice"] = {
        "headline": "Shop is down",
        "broken": ["Shop is down (its server returns an error)."],
        "works": ["Working: Mail, Accounting."],
        "todo": [
            "Your own connection is fine; the problem is on the service's side. Check its status "
            "page, or call its support."
        ],
    }
    d["summary"] = "Shop is down"
    return d


def degraded(at: datetime = T0) -> dict:
    d = online(at)
    d.update({"state": "degraded", "summary": "Your connection is losing data", "reasons": ["loss"]})
    d["evidence"][3] = _ev("tcp", "203.0.113.20:443", False, "timed out", 2000.0, "internet")
    d["advice"] = {
        "headline": "Your connection is losing data",
        "broken": ["Some probes got no answer: the connection is dropping data."],
        "works": ["You're online: the internet answers."],
        "todo": ["Things may be slow or fail now and then; retry failed actions."],
    }
    return d


def no_network(at: datetime = T0) -> dict:
    return {
        "state": "no-network",
        "summary": "You're not connected to a network",
        "services": [],
        "evidence": [_ev("link", "", False, "no default route", 0.1, "link")],
        "advice": {
            "headline": "You're not connected to a network",
            "broken": ["No network connection: no cable or Wi-Fi link."],
            "works": [],
            "todo": ["Check the network cable, or turn Wi-Fi on and join your network."],
        },
        "checked_at": at.isoformat(timespec="seconds"),
        "duration_ms": 3.0,
        "hijacking": False,
        "portal_url": None,
        "reasons": [],
        "system_resolvers": [],
        "working_resolvers": [],
    }


ALL = {
    "online": online,
    "dns-outage": dns_outage,
    "no-internet": no_internet,
    "captive-portal": captive_portal,
    "service-down": service_down,
    "degraded": degraded,
    "no-network": no_network,
}


def verdict(name: str, at: datetime = T0) -> Verdict:
    return Verdict.from_dict(ALL[name](at))


def minutes_ago(n: float) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=n)
