"""The monitor's traffic budget: how often each recurring check may run so the whole app stays
within ``monitor.traffic_budget`` (KB per hour) while healthy. Pure, no I/O; the clock is injected.

Costs come from what the checks actually spent on the wire (:class:`CostMeter`: a watched
service's light check is measured per request, both directions, from the kernel's TCP counters;
a heartbeat's DNS query from the sizes of its packets) and, for the full diagnosis, from its
plan (:func:`full_round_bytes`, per-probe costs counted in the test network). :func:`plan_budget`
then stretches cadences until the total fits, in two steps: first the checks marked ``first``
(the full diagnosis: the heaviest, and the one least needed to notice a failure fast) up to their
own limit, and only if that is not enough the others (the services' light checks) — each step by
water-filling: every check of the step that costs more than a common cap per hour is slowed to
that cap. A watched service thus keeps its own cadence (a service answering 503 is noticed within
about a minute) as long as the full diagnosis can give way.

A check's planned cost is the median of its last few runs, leaving out its first: the first light
check of a service opens the connection (a full TLS handshake, several times a steady-state check
of a server that keeps idle connections), and planning on it would stretch the service past the
server's idle timeout — making every later check pay a new connection too.

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
from dataclasses import dataclass, field, replace
from statistics import median
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
RECENT = 5  # a check's planned cost: the median of this many of its latest runs


@dataclass(frozen=True)
class Load:
    """One recurring check: what one run costs and how often the settings ask for it."""

    key: str
    bytes_per_run: float
    interval: float  # seconds, as set
    max_interval: float | None = None  # the longest it may be stretched to; None: never stretched
    # the longest it may go when every stretchable check at its longest still does not fit
    reserve_interval: float | None = None
    first: bool = False  # stretched (up to max_interval) before any check without it is slowed

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
    """Each load's interval so the total bytes per hour fit ``budget``: the ``first`` loads are
    stretched first (up to their ``max_interval``), the others only if that is not enough; within
    each step the costliest first. Loads that fit as set keep their interval; nothing runs more
    often than set. Only when everything at its longest is still over budget do loads with a
    ``reserve_interval`` stretch further, the others held at their longest, and only as far as the
    budget needs."""
    loads = list(loads)
    plan = _first_then_rest(loads, budget)
    longest = {ld.key: max(ld.interval, ld.max_interval or ld.interval) for ld in loads}
    reserve = {ld.key for ld in loads if ld.reserve_interval and ld.bytes_per_run > 0
               and ld.reserve_interval > longest[ld.key] + 1e-6}
    if plan.within or not reserve:
        return plan
    # over budget: every stretchable check is at its longest; only the reserve may go further
    held = [Load(ld.key, ld.bytes_per_run, plan.cadences[ld.key].interval,
                 ld.reserve_interval if ld.key in reserve else None) for ld in loads]
    return _as_set(loads, _fill(held, budget))


def _first_then_rest(loads: list[Load], budget: float) -> BudgetPlan:
    """The ``first`` loads water-filled alone, the others held at their setting; if that does not
    fit, the ``first`` loads held where they went and the others water-filled in what is left."""
    if not any(ld.first and ld.max_interval is not None for ld in loads):
        return _fill(loads, budget)
    plan = _fill([ld if ld.first else replace(ld, max_interval=None) for ld in loads], budget)
    if plan.within:
        return plan
    held = [replace(ld, interval=plan.cadences[ld.key].interval, max_interval=None) if ld.first else ld
            for ld in loads]
    return _as_set(loads, _fill(held, budget))


def _as_set(loads: list[Load], plan: BudgetPlan) -> BudgetPlan:
    """``plan`` (made from loads held at some interval) told against each load's own setting."""
    return BudgetPlan(plan.budget, {ld.key: Cadence(ld.key, plan.cadences[ld.key].interval, ld.interval,
                                                    plan.cadences[ld.key].per_hour) for ld in loads})


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
    """What each check actually spent: per run, the median of its latest runs after the first (for
    planning), and every byte of the last hour (for reporting). The caller passes the time;
    nothing here reads a clock."""

    window: float = HOUR
    _runs: dict[str, deque] = field(default_factory=dict)  # key -> latest runs' bytes
    _count: dict[str, int] = field(default_factory=dict)  # key -> runs recorded
    _spent: deque = field(default_factory=deque)  # (time, key, bytes)

    def record(self, key: str, nbytes: float, now: float) -> None:
        runs = self._runs.setdefault(key, deque(maxlen=RECENT))
        if self._count.get(key) == 1:
            runs.clear()  # the first run opened the connection: not what the check costs from now on
        runs.append(nbytes)
        self._count[key] = self._count.get(key, 0) + 1
        self._spent.append((now, key, nbytes))
        self._trim(now)

    def per_run(self, key: str, default: float) -> float:
        runs = self._runs.get(key)
        return float(median(runs)) if runs else default

    def settled(self, key: str) -> bool:
        """A run after the first has been measured: its cost is known, not its connection's setup."""
        return self._count.get(key, 0) >= 2

    def forget(self, keep: Iterable[str]) -> None:
        """Drop the runs of checks that no longer exist (a service removed from the settings)."""
        keep = set(keep)
        self._runs = {k: v for k, v in self._runs.items() if k in keep}
        self._count = {k: v for k, v in self._count.items() if k in keep}

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
