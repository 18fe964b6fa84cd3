"""The desk's outbox: an SQLite queue of what waits to be sent, safe across restarts and kills.

Rows carry the event time (when it happened on the desk, not when it is sent) and an idempotent id
(recording the same thing twice keeps one row; the engines drop an exact resend). Capped by age and
by size: beyond the size cap routine samples go first, state changes and incidents last. A batch the
engine refused as bad data moves to ``quarantine`` (kept, not retried) so the rest can flow.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import faults
from ..storeversion import open_store

ROUTINE, TRANSITION, INCIDENT = 0, 1, 2
CHANNELS = ("metrics", "events", "syslog", "eventlog")
SCHEMA_VERSION = 1
MIGRATIONS: dict[int, Any] = {}
SCHEMA = """
CREATE TABLE IF NOT EXISTS queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    priority INTEGER NOT NULL,
    ts_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    size INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS queue_order ON queue(channel, ts_ms, seq);
CREATE INDEX IF NOT EXISTS queue_drop ON queue(priority, ts_ms);
CREATE INDEX IF NOT EXISTS queue_age ON queue(ts_ms);
CREATE TABLE IF NOT EXISTS quarantine (
    seq INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    channel TEXT NOT NULL,
    ts_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    size INTEGER NOT NULL,
    status INTEGER,
    reason TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS quarantine_age ON quarantine(ts_ms);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS totals (id INTEGER PRIMARY KEY CHECK (id = 1), bytes INTEGER NOT NULL, rows INTEGER NOT NULL);
INSERT OR IGNORE INTO totals(id, bytes, rows) VALUES (1, 0, 0);
CREATE TRIGGER IF NOT EXISTS queue_added AFTER INSERT ON queue
    BEGIN UPDATE totals SET bytes = bytes + NEW.size, rows = rows + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS queue_removed AFTER DELETE ON queue
    BEGIN UPDATE totals SET bytes = bytes - OLD.size, rows = rows - 1 WHERE id = 1; END;
"""


@dataclass(frozen=True)
class Item:
    seq: int
    uid: str
    channel: str
    priority: int
    ts_ms: int
    body: Any  # the decoded JSON payload
    attempts: int


class Spool:
    """One desk's outbox. Thread-safe; several processes may open the same file (WAL, busy timeout)."""

    def __init__(self, path: Path | str, *, max_age_days: float = 7, max_bytes: int = 20 << 20):
        self.path = Path(path)
        self.max_age_days = max_age_days
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._db = open_store(self.path, SCHEMA_VERSION, MIGRATIONS, SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ writing

    def put(self, channel: str, uid: str, ts_ms: int, body: Any, priority: int = ROUTINE,
            now: float | None = None) -> bool:
        """Queue one item, then enforce the caps. False when an item with this id is already queued."""
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(
                    "INSERT OR IGNORE INTO queue(uid, channel, priority, ts_ms, body, size) VALUES (?,?,?,?,?,?)",
                    (uid, channel, priority, int(ts_ms), text, len(text.encode()) + 64))
                faults.point("fleet-spool-insert")
                self._enforce_caps(now if now is not None else time.time())
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return cur.rowcount == 1

    def _enforce_caps(self, now: float) -> None:
        """Drop what is older than the age cap, then routine samples (oldest first) and only then state
        changes and incidents, until the queue fits the size cap. Runs inside the caller's transaction."""
        cutoff = int((now - self.max_age_days * 86400) * 1000)
        self._db.execute("DELETE FROM queue WHERE ts_ms < ?", (cutoff,))
        self._db.execute("DELETE FROM quarantine WHERE ts_ms < ?", (cutoff,))
        total = self._db.execute("SELECT bytes FROM totals WHERE id = 1").fetchone()[0]
        if total <= self.max_bytes:
            return
        for priority in (ROUTINE, TRANSITION, INCIDENT):
            while total > self.max_bytes:
                # a tenth of the cap's worth of rows at a time keeps one put() short
                rows = self._db.execute("SELECT seq, size FROM queue WHERE priority = ? ORDER BY ts_ms, seq LIMIT 256",
                                        (priority,)).fetchall()
                if not rows:
                    break
                drop, freed = [], 0
                for seq, size in rows:
                    drop.append(seq)
                    freed += size
                    if total - freed <= self.max_bytes * 0.9:
                        break
                self._db.execute(f"DELETE FROM queue WHERE seq IN ({','.join('?' * len(drop))})", drop)
                total -= freed

    # ------------------------------------------------------------------ sending

    def batch(self, channel: str, limit: int) -> list[Item]:
        """The oldest ``limit`` items of a channel, by event time."""
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, uid, channel, priority, ts_ms, body, attempts FROM queue WHERE channel = ? "
                "ORDER BY ts_ms, seq LIMIT ?", (channel, limit)).fetchall()
        return [Item(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]) for r in rows]

    def delete(self, items: Sequence[Item]) -> None:
        """The engine took these: they leave the queue."""
        seqs = [i.seq for i in items]
        if not seqs:
            return
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(f"DELETE FROM queue WHERE seq IN ({','.join('?' * len(seqs))})", seqs)
            self._db.execute("COMMIT")

    def failed(self, items: Sequence[Item]) -> None:
        """A retryable failure: count the attempt, keep the items."""
        seqs = [i.seq for i in items]
        if seqs:
            with self._lock:
                self._db.execute(f"UPDATE queue SET attempts = attempts + 1 WHERE seq IN ({','.join('?' * len(seqs))})",
                                 seqs)

    def quarantine(self, items: Sequence[Item], status: int | None, reason: str, now: float | None = None) -> None:
        """The engine refused these as bad data: set them aside (not retried), so later items flow."""
        at = now if now is not None else time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            for i in items:
                self._db.execute(
                    "INSERT OR REPLACE INTO quarantine(seq, uid, channel, ts_ms, body, size, status, reason, at) "
                    "SELECT seq, uid, channel, ts_ms, body, size, ?, ?, ? FROM queue WHERE seq = ?",
                    (status, reason[:500], at, i.seq))
                self._db.execute("DELETE FROM queue WHERE seq = ?", (i.seq,))
            self._db.execute("COMMIT")

    # ------------------------------------------------------------------ state

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def stats(self) -> dict[str, Any]:
        """Queued items and bytes per channel, the oldest event time waiting, and what was set aside."""
        with self._lock:
            per = self._db.execute("SELECT channel, COUNT(*), SUM(size), MIN(ts_ms) FROM queue GROUP BY channel"
                                   ).fetchall()
            q = self._db.execute("SELECT channel, COUNT(*), MAX(at) FROM quarantine GROUP BY channel").fetchall()
            total = self._db.execute("SELECT bytes, rows FROM totals WHERE id = 1").fetchone()
        return {
            "queued": {c: {"items": n, "bytes": int(b or 0), "oldest_ms": oldest} for c, n, b, oldest in per},
            "quarantined": {c: {"items": n, "last_at": at} for c, n, at in q},
            "bytes": int(total[0]),
            "items": int(total[1]),
        }

    def quarantined(self, limit: int = 50) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT uid, channel, ts_ms, status, reason, at FROM quarantine "
                                    "ORDER BY at DESC LIMIT ?", (limit,)).fetchall()
        return [{"id": r[0], "channel": r[1], "ts_ms": r[2], "status": r[3], "reason": r[4], "at": r[5]} for r in rows]
