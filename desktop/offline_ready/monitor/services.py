"""Watched services on their own cadence, between full diagnoses.

A full diagnosis runs every 10 minutes while healthy — far too rarely for a service the user
depends on (Uptime Kuma's default is 60 s). So each service gets a light check on its own
interval (``check_every`` per service, else ``monitor.service_interval``): one HEAD request
(no body crosses the wire), falling back to a conditional GET for a server that refuses HEAD,
over a connection kept from one check to the next (``probes.keepalive``: an HTTPS service does
not pay a TLS handshake every minute). Like the
heartbeat, a light check never decides anything: an answer that differs from the confirmed
state (up → failing, or failing → up) triggers a full diagnosis at once, and the usual
hysteresis confirms it. The schedule is pure (an injected clock) and table-tested.

Each light check reports what it cost on the wire (``LightResult.wire_bytes``); the monitor's
traffic budget (``budget``) may then stretch a costly service's interval (``ServiceCheck.interval``
beside the ``configured`` one).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..probes.dns import DnsResult, system_lookup
from ..probes.http import judge_service
from ..probes.keepalive import KeptConnection
from .budget import LOOKUP_BYTES

# Servers that answer HEAD with these refuse the method, not the service.
HEAD_REFUSED = frozenset({405, 501})


@dataclass
class ServiceCheck:
    name: str
    url: str
    interval: float  # seconds between light checks now (the traffic budget may stretch it)
    expect_status: int | None = None
    due: float = 0.0
    use_get: bool = False
    kept: KeptConnection | None = field(default=None, repr=False, compare=False)
    configured: float = 0.0  # seconds, as set (``check_every`` or ``monitor.service_interval``)
    # the heartbeat's recent answer for a name, if any: the light check then asks no resolver itself
    answers: Callable[[str, float], DnsResult | None] | None = field(default=None, repr=False, compare=False)
    answered: bool = False  # the last lookup was the heartbeat's answer (nothing sent)

    def __post_init__(self) -> None:
        self.configured = self.configured or self.interval

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def connection(self) -> KeptConnection:
        if self.kept is None or self.kept.url != self.url:
            self.kept = KeptConnection(self.url, lookup=self._lookup)
        return self.kept

    def _lookup(self, host: str, timeout: float) -> DnsResult:
        fresh = self.answers(host, self.configured) if self.answers else None
        self.answered = fresh is not None
        return fresh or system_lookup(host, timeout)

    def fetch(self, url: str, timeout: float, method: str = "GET") -> Any:
        return self.connection().request(method, timeout)


@dataclass(frozen=True)
class LightResult:
    name: str
    up: bool
    detail: str
    wire_bytes: float | None = None  # what the check cost on the wire; None when unknown


class ServiceSchedule:
    """When each watched service is due. Start times are spread over the interval (by name), so
    ten services do not all fire in the same second."""

    def __init__(self, services: list[dict[str, Any]], default_interval: float, now: float,
                 previous: ServiceSchedule | None = None,
                 answers: Callable[[str, float], DnsResult | None] | None = None) -> None:
        """``previous``: the schedule these settings replace; its kept connections carry over
        to the services that stay, and the others are closed. ``answers(host, max_age)``: a
        recent answer for a service's name (the heartbeat's), used instead of a lookup."""
        self.checks: list[ServiceCheck] = []
        kept = {(c.name, c.url): c.kept for c in previous.checks if c.kept} if previous else {}
        for svc in services:
            if not svc.get("enabled", True):
                continue
            every = float(svc.get("check_every") or default_interval)
            spread = int(hashlib.sha1(svc["name"].encode()).hexdigest()[:6], 16) % 1000 / 1000
            check = ServiceCheck(svc["name"], svc["url"], every, svc.get("expect_status"), due=now + every * spread,
                                 kept=kept.pop((svc["name"], svc["url"]), None), answers=answers)
            if check.kept is not None:
                check.kept.lookup = check._lookup  # the kept connection now asks this schedule's heartbeat
            self.checks.append(check)
        for orphan in kept.values():
            if orphan is not None:
                orphan.close()

    def close(self) -> None:
        """Close every kept connection (the monitor stops)."""
        for c in self.checks:
            if c.kept is not None:
                c.kept.close()

    def next_due(self) -> float | None:
        return min((c.due for c in self.checks), default=None)

    def take_due(self, now: float) -> list[ServiceCheck]:
        """The checks due at ``now``; each is rescheduled one interval later."""
        due = [c for c in self.checks if c.due <= now]
        for c in due:
            c.due = now + c.interval
        return due

    def set_intervals(self, intervals: dict[str, float]) -> None:
        """New intervals by service name (the traffic budget's plan); each next check keeps its
        phase: it moves by the difference, so a stretched service is not checked at once."""
        for c in self.checks:
            new = intervals.get(c.name, c.configured)
            if abs(new - c.interval) > 1e-6:
                c.due += new - c.interval
                c.interval = new

    def due_now(self, hosts: Collection[str], now: float) -> None:
        """The services at these names are checked at once (their name's answer just changed)."""
        for c in self.checks:
            if c.host in hosts:
                c.due = min(c.due, now)

    def postpone_all(self, now: float) -> None:
        """A full diagnosis just checked every service: the next light checks can wait an interval."""
        for c in self.checks:
            c.due = max(c.due, now + c.interval)


def light_check(check: ServiceCheck, timeout: float,
                fetch_fn: Callable[..., Any] | None = None) -> LightResult:
    """One light request for a service: HEAD (or a conditional GET where the server refuses
    HEAD), over the service's kept connection unless ``fetch_fn`` is given."""
    own = fetch_fn is None
    fetch_fn = fetch_fn or check.fetch
    spent: list[float] = []

    def one(method: str) -> Any:
        r = fetch_fn(check.url, timeout, method=method)
        if own and check.kept is not None and check.kept.wire_bytes:
            asked = check.kept.looked_up and not check.answered
            spent.append(check.kept.wire_bytes + (LOOKUP_BYTES if asked else 0.0))
        return r

    def result(r: Any) -> LightResult:
        phase, detail = judge_service(r, check.expect_status)
        return LightResult(check.name, phase == "up", detail, sum(spent) if spent else None)

    if not check.use_get:
        r = one("HEAD")
        if r.ok and r.status in HEAD_REFUSED:
            check.use_get = True  # remembered: the next checks go straight to GET
        else:
            return result(r)
    return result(one("GET"))
