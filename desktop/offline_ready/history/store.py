"""SQLite store of incidents and per-check samples (latency, loss) with retention.

WAL mode and a busy timeout let the headless monitor and the tray app share one file.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..storeversion import open_store

SCHEMA = """
CREATE TABLE IF NOT EXISTS incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at REAL NOT NULL,
    ended_at REAL,
    state TEXT NOT NULL,
    services TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    verdict TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS incidents_started ON incidents(started_at);
CREATE TABLE IF NOT EXISTS samples (
    ts REAL NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    ok INTEGER NOT NULL,
    dns_ms REAL,
    tcp_ms REAL,
    http_ms REAL,
    loss REAL
);
CREATE INDEX IF NOT EXISTS samples_ts ON samples(ts);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

# PRAGMA user_version of the file; MIGRATIONS[v] takes version v to v + 1 (see storeversion).
SCHEMA_VERSION = 1
MIGRATIONS = {0: lambda conn: None}  # 0.1.0 wrote today's tables, only without the version


@dataclass
class Incident:
    id: int
    started_at: datetime
    ended_at: datetime | None
    state: str
    services: list[dict[str, Any]]
    summary: str
    evidence: list[dict[str, Any]]

    @property
    def duration_s(self) -> float | None:
        end = self.ended_at or datetime.now(UTC)
        return (end - self.started_at).total_seconds()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.started_at.isoformat(timespec="seconds"),
            "end": self.ended_at.isoformat(timespec="seconds") if self.ended_at else None,
            "duration_s": round(self.duration_s or 0, 1),
            "ongoing": self.ended_at is None,
            "state": self.state,
            "services": self.services,
            "summary": self.summary,
            "evidence": self.evidence,
        }


@dataclass
class Sample:
    ts: datetime
    kind: str  # "full" or "heartbeat"
    state: str
    ok: bool
    dns_ms: float | None
    tcp_ms: float | None
    http_ms: float | None
    loss: float | None


def _dt(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def _span(since: datetime | None, until: datetime | None) -> tuple[float, float]:
    """The time stamps between which to read; open ends reach the beginning and the far future."""
    return (since.timestamp() if since else 0.0), (until.timestamp() if until else 1e18)


def _incident(row: Any) -> Incident:
    """An incident from the first seven columns of ``SELECT id, started_at, ended_at, state, services,
    summary, evidence``."""
    return Incident(row[0], _dt(row[1]), _dt(row[2]), row[3], json.loads(row[4]), row[5],  # type: ignore[arg-type]
                    json.loads(row[6]))


class HistoryStore:
    def __init__(self, path: Path | str, retention_days: int = 90):
        self.path = Path(path)
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self._db = open_store(self.path, SCHEMA_VERSION, MIGRATIONS, SCHEMA)
        self._last_prune = 0.0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---------------------------------------------------------------- writing

    def open_incident(self, verdict: Any, started_at: datetime | None = None) -> int:
        d = verdict.to_dict()
        start = (started_at or verdict.checked_at).timestamp()
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO incidents(started_at, state, services, summary, evidence, verdict) VALUES (?,?,?,?,?,?)",
                (start, d["state"], json.dumps([s for s in d["services"] if s["state"] == "down"]),
                 d["summary"], json.dumps(d["evidence"]), json.dumps(d)),
            )
            return int(cur.lastrowid or 0)

    def close_incident(self, incident_id: int, ended_at: datetime | None = None) -> None:
        end = (ended_at or datetime.now(UTC)).timestamp()
        with self._lock:
            self._db.execute("UPDATE incidents SET ended_at=? WHERE id=? AND ended_at IS NULL", (end, incident_id))

    def close_dangling(self) -> int:
        """Close incidents left open by a crash, at the last moment the monitor was known alive."""
        last = self.get_meta("last_alive")
        end = float(last) if last else time.time()
        with self._lock:
            cur = self._db.execute(
                "UPDATE incidents SET ended_at=MAX(started_at, ?) WHERE ended_at IS NULL", (end,)
            )
            return cur.rowcount

    def add_sample(self, kind: str, state: str, ok: bool, *, dns_ms: float | None = None,
                   tcp_ms: float | None = None, http_ms: float | None = None, loss: float | None = None,
                   ts: float | None = None) -> None:
        now = ts or time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO samples(ts, kind, state, ok, dns_ms, tcp_ms, http_ms, loss) VALUES (?,?,?,?,?,?,?,?)",
                (now, kind, state, int(ok), dns_ms, tcp_ms, http_ms, loss),
            )
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('last_alive', ?)", (str(now),))
        if now - self._last_prune > 3600:
            self.prune()

    def prune(self, now: float | None = None) -> int:
        cutoff = (now or time.time()) - self.retention_days * 86400
        with self._lock:
            a = self._db.execute("DELETE FROM incidents WHERE ended_at IS NOT NULL AND ended_at < ?", (cutoff,))
            b = self._db.execute("DELETE FROM samples WHERE ts < ?", (cutoff,))
            self._last_prune = now or time.time()
            return a.rowcount + b.rowcount

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # ---------------------------------------------------------------- reading

    def incidents(self, since: datetime | None = None, until: datetime | None = None) -> list[Incident]:
        lo, hi = _span(since, until)
        with self._lock:
            rows = self._db.execute(
                "SELECT id, started_at, ended_at, state, services, summary, evidence FROM incidents "
                "WHERE COALESCE(ended_at, 1e18) >= ? AND started_at <= ? ORDER BY started_at",
                (lo, hi),
            ).fetchall()
        return [_incident(r) for r in rows]

    def incident(self, incident_id: int) -> tuple[Incident, dict[str, Any]] | None:
        """One incident and the full verdict that opened it (for a report), or None."""
        with self._lock:
            r = self._db.execute(
                "SELECT id, started_at, ended_at, state, services, summary, evidence, verdict FROM incidents "
                "WHERE id=?", (incident_id,)).fetchone()
        if r is None:
            return None
        return _incident(r), json.loads(r[7] or "{}")

    def samples(self, since: datetime | None = None, until: datetime | None = None) -> list[Sample]:
        lo, hi = _span(since, until)
        with self._lock:
            rows = self._db.execute(
                "SELECT ts, kind, state, ok, dns_ms, tcp_ms, http_ms, loss FROM samples "
                "WHERE ts BETWEEN ? AND ? ORDER BY ts", (lo, hi)
            ).fetchall()
        return [Sample(_dt(r[0]), r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7]) for r in rows]  # type: ignore[arg-type]

    def sample_buckets(self, since: datetime, until: datetime, bucket_s: float) -> list[dict[str, Any]]:
        """Samples aggregated per time bucket in SQL (a month of 5 s heartbeats is ~500 000 rows):
        count, failures, mean latencies, worst DNS time and loss in percent."""
        with self._lock:
            rows = self._db.execute(
                """
                SELECT CAST((ts - :lo) / :w AS INTEGER) AS b, COUNT(*), SUM(1 - ok),
                       AVG(dns_ms), AVG(tcp_ms), AVG(http_ms), MAX(dns_ms),
                       AVG(CASE WHEN loss IS NOT NULL THEN loss ELSE 1 - ok END)
                FROM samples WHERE ts >= :lo AND ts < :hi GROUP BY b ORDER BY b
                """,
                {"lo": since.timestamp(), "hi": until.timestamp(), "w": bucket_s},
            ).fetchall()
        return [
            {"start": since + timedelta(seconds=b * bucket_s), "samples": n, "failed": int(failed or 0),
             "dns_ms": dns, "tcp_ms": tcp, "http_ms": http_, "dns_max": dmax,
             "loss_pct": None if loss is None else round(100.0 * loss, 1)}
            for b, n, failed, dns, tcp, http_, dmax, loss in rows
        ]
