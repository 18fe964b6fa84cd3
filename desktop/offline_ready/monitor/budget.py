"""The monitor's traffic budget: how often each recurring check may run so the whole app stays
within ``monitor.traffic_budget`` (KB per hour) while healthy. Pure, no I/O; the clock is injected.

Costs come from what the checks actually spent on the wire (:class:`CostMeter`: a watched
service's light check is measured per request, both directions, from the kernel's TCP counters;
a heartbeat's DNS query from the sizes of its packets) and, for the full diagnosis, from its
plan (:func:`full_round_bytes`, per-probe costs counted in the test network). :func:`plan_budget`
then stretches the cadence of the costliest checks first — water-filling: every stretchable
check that costs more than a common cap per hour is slowed to that cap — until the total fits.

Never stretched: the heartbeat (it is what notices an outage within seconds) and anything
while a problem is pending or confirmed (the rounds that confirm a change and notice the
recovery run at full speed: an outage is not the time to save bytes). A light check is never
stretched past the full diagnosis's interval (that diagnosis checks every service anyway), nor
the full diagnosis past :data:`FULL_STRETCH` times its setting — unless every stretchable check at
its longest still does not fit: then, as a last resort, the full diagnosis alone may stretch up to
:data:`FULL_RESERVE` times, just as far as needed (what it finds is also watched between its runs:
the heartbeat's queries and TCP connections, the services' own light checks). When even that does
not fit, the plan says so (``within`` is False) instead of pretending.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

HOUR = 3600.0
FULL_STRETCH = 3.0  # the full diagnosis may run up to this many times rarer than set
FULL_RESERVE = 6.0  # ... and up to this many times when nothing else is left to stretch
# Bytes on the wire (both directions, IP headers included) of one probe, counted by nftables in
# the test network (benchmarks/monitor_bench.py): a full diagnosis with no watched service, and
# what each watched service adds to it (a fresh connection, its name asked of several resolvers).
FULL_BASE_BYTES = 8000.0
FULL_SERVICE_BYTES = {"https": 4200.0, "http": 1300.0}
DNS_QUERY_BYTES = 126.0  # one heartbeat query and its answer
TCP_PROBE_BYTES = 330.0  # one TCP handshake by address, and its close
LOOKUP_BYTES = 290.0  # one getaddrinfo (A and AAAA) through the system's resolver
EWMA = 0.3  # weight of the newest measurement in a check's cost


@dataclass(frozen=True)
class Load:
    """One recurring check: what one run costs and how often the settings ask for it."""

    key: str
    bytes_per_run: float
    interval: float  # seconds, as set
    max_interval: float | None = None  # the longest it may be stretched to; None: never stretched
    # the longest it may go when every stretchable check at its longest still does not fit
    reserve_interval: float | None = None

    @property
    def per_hour(self) -> float:
        return self.bytes_per_run * HOUR / self.interval


@dataclass(frozen=True)
class Cadence:
    key: str
    interval: float  # seconds, as planned
    configured: float  # seconds, as set
    per_hour: float  # bytes per hour at the planned interval

    @property
    def stretched(self) -> bool:
        return self.interval > self.configured + 1e-6


@dataclass(frozen=True)
class BudgetPlan:
    budget: float  # bytes per hour
    cadences: dict[str, Cadence] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(c.per_hour for c in self.cadences.values())

    @property
    def within(self) -> bool:
        return self.total <= self.budget + 1e-6

    def interval(self, key: str, default: float) -> float:
        c = self.cadences.get(key)
        return c.interval if c else default

    def stretched(self) -> list[Cadence]:
        return [c for c in self.cadences.values() if c.stretched]


def plan_budget(loads: Iterable[Load], budget: float) -> BudgetPlan:
    """Each load's interval so the total bytes per hour fit ``budget``, the costliest stretched
    first. Loads that fit as set keep their interval; nothing runs more often than set. Only when
    that is still over budget do loads with a ``reserve_interval`` stretch further, the others held
    at their longest, and only as far as the budget needs."""
    loads = list(loads)
    plan = _fill(loads, budget)
    longest = {ld.key: max(ld.interval, ld.max_interval or ld.interval) for ld in loads}
    reserve = {ld.key for ld in loads if ld.reserve_interval and ld.bytes_per_run > 0
               and ld.reserve_interval > longest[ld.key] + 1e-6}
    if plan.within or not reserve:
        return plan
    # over budget: every stretchable check is at its longest; only the reserve may go further
    held = [Load(ld.key, ld.bytes_per_run, plan.cadences[ld.key].interval,
                 ld.reserve_interval if ld.key in reserve else None) for ld in loads]
    last = _fill(held, budget)
    return BudgetPlan(budget, {ld.key: Cadence(ld.key, last.cadences[ld.key].interval, ld.interval,
                                               last.cadences[ld.key].per_hour) for ld in loads})


def _fill(loads: list[Load], budget: float) -> BudgetPlan:
    """Water-filling: every stretchable load that costs more per hour than a common cap is slowed to
    that cap (never past its ``max_interval``); the cap is the largest that fits."""
    fixed = sum(ld.per_hour for ld in loads if ld.max_interval is None)
    flex = [ld for ld in loads if ld.max_interval is not None and ld.bytes_per_run > 0]
    room = budget - fixed

    def floor(ld: Load) -> float:  # bytes per hour at the longest interval allowed
        return ld.bytes_per_run * HOUR / max(ld.interval, ld.max_interval or ld.interval)

    def spent(cap: float) -> float:
        return sum(min(ld.per_hour, max(cap, floor(ld))) for ld in flex)

    top = max((ld.per_hour for ld in flex), default=0.0)
    if spent(top) <= room:
        cap = top
    else:  # the largest cap that fits (spent() grows with the cap); 0 when nothing fits
        lo, hi = 0.0, top
        for _ in range(60):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if spent(mid) <= room else (lo, mid)
        cap = lo
    out: dict[str, Cadence] = {}
    for ld in loads:
        if ld in flex and ld.per_hour > cap:
            per_hour = max(cap, floor(ld))
            interval = ld.bytes_per_run * HOUR / per_hour
            out[ld.key] = Cadence(ld.key, interval, ld.interval, per_hour)
        else:
            out[ld.key] = Cadence(ld.key, ld.interval, ld.interval, ld.per_hour)
    return BudgetPlan(budget, out)


def service_key(name: str) -> str:
    return f"service:{name}"


def full_round_bytes(service_urls: Iterable[str]) -> float:
    """What one full diagnosis costs on the wire: its fixed probes and each watched service's."""
    total = FULL_BASE_BYTES
    for url in service_urls:
        total += FULL_SERVICE_BYTES["https" if urlsplit(url).scheme == "https" else "http"]
    return total


@dataclass
class CostMeter:
    """What each check actually spent: a running average per run (for planning) and every byte
    of the last hour (for reporting). The caller passes the time; nothing here reads a clock."""

    window: float = HOUR
    _avg: dict[str, float] = field(default_factory=dict)
    _spent: deque = field(default_factory=deque)  # (time, key, bytes)

    def record(self, key: str, nbytes: float, now: float) -> None:
        old = self._avg.get(key)
        self._avg[key] = nbytes if old is None else (1 - EWMA) * old + EWMA * nbytes
        self._spent.append((now, key, nbytes))
        self._trim(now)

    def per_run(self, key: str, default: float) -> float:
        return self._avg.get(key, default)

    def measured(self, key: str) -> bool:
        return key in self._avg

    def forget(self, keep: Iterable[str]) -> None:
        """Drop the averages of checks that no longer exist (a service removed from the settings)."""
        keep = set(keep)
        self._avg = {k: v for k, v in self._avg.items() if k in keep}

    def last_window(self, now: float) -> dict[str, float]:
        """Bytes per key over the last ``window`` seconds."""
        self._trim(now)
        out: dict[str, float] = {}
        for _t, key, n in self._spent:
            out[key] = out.get(key, 0.0) + n
        return out

    def _trim(self, now: float) -> None:
        while self._spent and self._spent[0][0] < now - self.window:
            self._spent.popleft()
