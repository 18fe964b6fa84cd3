"""Drills in the history database, in their own table: never mixed with real incidents."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..history.store import MIGRATIONS as HISTORY_MIGRATIONS
from ..history.store import SCHEMA_VERSION as HISTORY_VERSION
from ..storeversion import open_store

SCHEMA = """
CREATE TABLE IF NOT EXISTS drills (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario TEXT NOT NULL,
    service TEXT NOT NULL DEFAULT '',
    started_at REAL NOT NULL,
    ended_at REAL NOT NULL,
    outcome TEXT NOT NULL,
    steps TEXT NOT NULL DEFAULT '[]',
    missing TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS drills_started ON drills(started_at);
"""


@dataclass
class DrillRecord:
    scenario: str
    started_at: datetime
    ended_at: datetime
    outcome: str  # completed | gaps | aborted
    steps: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    service: str = ""
    id: int | None = None

    @property
    def duration_s(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": "drill", "scenario": self.scenario, "service": self.service,
                "start": self.started_at.isoformat(timespec="seconds"),
                "end": self.ended_at.isoformat(timespec="seconds"), "duration_s": round(self.duration_s, 1),
                "outcome": self.outcome, "steps": self.steps, "missing": self.missing}


class DrillStore:
    def __init__(self, path: Path | str) -> None:
        self._lock = threading.Lock()
        # the drills table lives in the history database: the same layout version, the same refusal
        # to touch a file from a newer release
        self._db = open_store(path, HISTORY_VERSION, HISTORY_MIGRATIONS, SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def add(self, rec: DrillRecord) -> DrillRecord:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO drills(scenario, service, started_at, ended_at, outcome, steps, missing) "
                "VALUES (?,?,?,?,?,?,?)",
                (rec.scenario, rec.service, rec.started_at.timestamp(), rec.ended_at.timestamp(), rec.outcome,
                 json.dumps(rec.steps), json.dumps(rec.missing)))
        rec.id = int(cur.lastrowid or 0)
        return rec

    def drills(self, since: datetime | None = None) -> list[DrillRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, scenario, service, started_at, ended_at, outcome, steps, missing FROM drills "
                "WHERE started_at >= ? ORDER BY started_at", (since.timestamp() if since else 0.0,)).fetchall()
        return [DrillRecord(r[1], datetime.fromtimestamp(r[3], UTC), datetime.fromtimestamp(r[4], UTC), r[5],
                            json.loads(r[6]), json.loads(r[7]), r[2], r[0]) for r in rows]

    def last_completed(self) -> DrillRecord | None:
        """The latest drill that was run to its end (an aborted one does not count as practice)."""
        done = [d for d in self.drills() if d.outcome != "aborted"]
        return done[-1] if done else None
