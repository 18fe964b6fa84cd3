"""The last benchmark and light re-test, kept so "the backup works" is known (with its date)
before an outage, and so the app's own lookups prefer backups that were seen working."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..storeversion import FORMAT_KEY, load_json_store, unchanged

log = logging.getLogger(__name__)


@dataclass
class LastResults:
    at: str = ""
    results: list[dict[str, Any]] = field(default_factory=list)
    conclusions: list[str] = field(default_factory=list)
    kind: str = "benchmark"  # benchmark | retest

    @property
    def age_hours(self) -> float | None:
        if not self.at:
            return None
        try:
            then = datetime.fromisoformat(self.at)
        except ValueError:
            return None
        return (datetime.now(UTC) - then).total_seconds() / 3600

    def working_backups(self) -> list[str]:
        return [r["server"] for r in self.results if r.get("role") == "backup" and r.get("works")]

    def verified_profiles(self) -> list[str]:
        return [r["id"] for r in self.results if r.get("role") == "backup" and r.get("works")]

    def for_profile(self, pid: str) -> dict[str, Any] | None:
        return next((r for r in self.results if r.get("id") == pid), None)

    def to_dict(self) -> dict[str, Any]:
        return {FORMAT_KEY: FORMAT, "at": self.at, "kind": self.kind, "results": self.results,
                "conclusions": self.conclusions}


FORMAT = 1  # of dns-benchmark.json (see storeversion)


def results_file(state_dir: Path) -> Path:
    return Path(state_dir) / "dns-benchmark.json"


def save_results(state_dir: Path, report: dict[str, Any], kind: str = "benchmark") -> LastResults:
    last = LastResults(at=report.get("started_at") or datetime.now(UTC).isoformat(timespec="seconds"),
                       results=list(report.get("results", [])), conclusions=list(report.get("conclusions", [])),
                       kind=kind)
    atomic_write_text(results_file(state_dir), json.dumps(last.to_dict(), indent=1))
    return last


def load_results(state_dir: Path) -> LastResults:
    path = results_file(state_dir)
    try:
        d = load_json_store(path, FORMAT, {0: unchanged})  # 0: 0.1.0, no format field
        return LastResults(at=str(d.get("at", "")), results=list(d.get("results", [])),
                           conclusions=list(d.get("conclusions", [])), kind=str(d.get("kind", "benchmark")))
    except FileNotFoundError:
        return LastResults()
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return LastResults()


def is_due(last: LastResults, every_hours: int, now: float | None = None) -> bool:
    if every_hours <= 0:
        return False
    age = last.age_hours
    _ = now or time.time()
    return age is None or age >= every_hours
