"""The monitor's side of the traffic budget: what its checks spent, the plan it runs on, and
that plan in words and JSON for the command line, the status page and ``check --json``.

The decisions are :mod:`.budget`'s pure functions; this keeps their inputs (the measured costs,
the settings) and writes the current plan to a small JSON file, so ``offline-ready check`` run
beside a watching app can say which checks run rarer than set, and why.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..i18n import _
from .budget import (
    DNS_QUERY_BYTES,
    FULL_RESERVE,
    FULL_STRETCH,
    TCP_PROBE_BYTES,
    BudgetPlan,
    CostMeter,
    Load,
    full_round_bytes,
    plan_budget,
    service_key,
)

log = logging.getLogger(__name__)

FULL = "full"
HEARTBEAT = "heartbeat"
ADDRESS = "tcp"
CADENCE_FILE = "monitor-cadence.json"


def monitor_loads(*, heartbeat: float, endpoint: float, full: float, services: Sequence[Any],
                  meter: CostMeter) -> list[Load]:
    """The recurring checks of a healthy monitor, their costs and what may stretch. Pure.

    ``services``: the schedule's checks (name, url, configured interval)."""
    loads = [Load(HEARTBEAT, meter.per_run(HEARTBEAT, DNS_QUERY_BYTES), heartbeat),
             Load(ADDRESS, meter.per_run(ADDRESS, TCP_PROBE_BYTES), endpoint),
             Load(FULL, full_round_bytes(s.url for s in services), full, full * FULL_STRETCH,
                  full * FULL_RESERVE, first=True)]
    for s in services:
        key = service_key(s.name)
        # planned once a check after the first has measured what it spends: never on a guess, nor
        # on the first check's connection setup (a full TLS handshake)
        if meter.settled(key):
            loads.append(Load(key, meter.per_run(key, 0.0), s.configured, max(s.configured, full)))
    return loads


class TrafficBudget:
    """The measured costs and the plan the monitor runs on (used from the monitor's thread)."""

    def __init__(self, budget_kb: float, cadence_file: Path | None = None,
                 previous: TrafficBudget | None = None) -> None:
        self.budget = float(budget_kb) * 1024
        self.meter = previous.meter if previous else CostMeter()
        self.cadence_file = cadence_file
        self.plan = BudgetPlan(self.budget)
        self._shown: dict[str, int] = {}

    def replan(self, *, heartbeat: float, endpoint: float, full: float, services: Sequence[Any]) -> BudgetPlan:
        self.meter.forget([HEARTBEAT, ADDRESS, FULL, *(service_key(s.name) for s in services)])
        self.plan = plan_budget(monitor_loads(heartbeat=heartbeat, endpoint=endpoint, full=full,
                                              services=services, meter=self.meter), self.budget)
        shown = {c.key: round(c.interval) for c in self.plan.stretched()}
        if shown != self._shown:  # said (and written) when it changes, not at every light check
            self._shown = shown
            for line in self.describe():
                log.info("traffic budget: %s", line)
            self._write()
        return self.plan

    def service_intervals(self, services: Sequence[Any]) -> dict[str, float]:
        return {s.name: self.plan.interval(service_key(s.name), s.configured) for s in services}

    def full_interval(self, default: float) -> float:
        return self.plan.interval(FULL, default)

    def to_dict(self) -> dict[str, Any]:
        return plan_dict(self.plan)

    def describe(self) -> list[str]:
        return describe_plan(self.to_dict())

    def _write(self) -> None:
        if self.cadence_file is None:
            return
        try:
            self.cadence_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.cadence_file, json.dumps(self.to_dict(), indent=1))
        except OSError:
            log.warning("could not write %s", self.cadence_file, exc_info=True)


def plan_dict(plan: BudgetPlan) -> dict[str, Any]:
    """The plan as plain data: the budget, the planned total and each check's cadence."""
    checks = []
    for c in plan.cadences.values():
        kind, _sep, name = c.key.partition(":")
        checks.append({"check": kind, "name": name or None, "every_s": round(c.interval, 1),
                       "set_every_s": round(c.configured, 1), "stretched": c.stretched,
                       "kb_per_hour": round(c.per_hour / 1024, 1)})
    return {"budget_kb_per_hour": round(plan.budget / 1024, 1), "planned_kb_per_hour": round(plan.total / 1024, 1),
            "within_budget": plan.within, "checks": checks}


def describe_plan(d: dict[str, Any]) -> list[str]:
    """One plain sentence per check the budget slowed down, and one if even that does not fit."""
    out = []
    for c in d.get("checks", []):
        if not c["stretched"]:
            continue
        what = c["name"] if c["check"] == "service" else _("The full check")
        out.append(_("{what} is checked every {every} instead of every {set}, to keep this app's traffic within "
                     "{budget:g} KB per hour.").format(what=what, every=_duration(c["every_s"]),
                                                       set=_duration(c["set_every_s"]),
                                                       budget=d["budget_kb_per_hour"]))
    if d.get("checks") and not d.get("within_budget", True):
        out.append(_("Even at the longest intervals the checks need about {planned:g} KB per hour, over the "
                     "budget of {budget:g} KB per hour: watch fewer services or raise the budget.")
                   .format(planned=d["planned_kb_per_hour"], budget=d["budget_kb_per_hour"]))
    return out


def cadence_path() -> Path:
    """Where the watching app (tray or ``offline-ready monitor``) writes its current plan."""
    from ..paths import app_paths

    return app_paths().state_dir / CADENCE_FILE


def read_cadence(path: Path | None = None) -> dict[str, Any] | None:
    """The plan the watching app last wrote, with its words and when it was written; None when no
    monitor has written one (or the file is unreadable)."""
    path = path or cadence_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:100_000])
        written = path.stat().st_mtime
    except (OSError, ValueError):
        return None
    if not (isinstance(data, dict) and isinstance(data.get("checks"), list)):
        return None
    from datetime import datetime

    data["written_at"] = datetime.fromtimestamp(written, UTC).isoformat(timespec="seconds")
    data["notes"] = describe_plan(data)
    return data


def _duration(seconds: float) -> str:
    if seconds < 120:
        return _("{seconds:.0f} s").format(seconds=seconds)
    return _("{minutes:.0f} min").format(minutes=seconds / 60)
