"""Records of the vault: documents, their versions and refused downloads."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from ..valueclass import Fresh, Record, as_dict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class SyncOutcome(StrEnum):
    """What a sync of one document ended with (stable: the CLI's JSON and the catalogue carry them)."""

    NEW = "new-version"  # a new version was accepted and is now current
    UNCHANGED = "unchanged"  # 304 / same validators / same bytes: only "verified at" moved
    REJECTED = "rejected"  # something arrived but failed the checks: quarantined
    FAILED = "failed"  # nothing usable arrived (network, auth, 404, 5xx …)
    SKIPPED = "skipped"  # not attempted (e.g. cancelled)


# Where a document definition comes from.
ORIGIN_USER = "user"
ORIGIN_CONFIG = "config"  # declared in vault.documents (e.g. by the organisation's policy)


def ts_to_dt(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts else None


def iso(ts: float | None) -> str | None:
    dt = ts_to_dt(ts)
    return dt.isoformat(timespec="seconds") if dt else None


class Version(Record):
    """One stored copy of a document."""

    id: int
    doc_id: int
    blob: str
    size: int
    media_type: str  # sniffed family, e.g. "pdf"
    filename: str
    fetched_at: float
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    current: bool = False
    encrypted: bool = False
    index_note: str | None = None  # "stored, not searchable: …" when its text could not be read

    def to_dict(self) -> dict[str, Any]:
        d = as_dict(self)
        d["fetched_at"] = iso(self.fetched_at)
        d.pop("blob")
        d.pop("encrypted")
        return d


class Document(Record):
    """A document the vault keeps an offline copy of, with its freshness and last outcome."""

    _not_compared = frozenset({"freshness"})

    id: int
    name: str
    source: str
    kind: str = "document"  # "document" or "contacts"
    expected_type: str = "auto"
    origin: str = ORIGIN_USER
    auth: str = "none"  # none | basic | bearer | header
    target_age_days: int | None = None
    created_at: float = 0.0
    current_version: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    verified_at: float | None = None  # last time the source confirmed the current copy
    checked_at: float | None = None  # last attempt, whatever its outcome
    last_outcome: str | None = None
    last_reason: str | None = None  # reason code of the last refusal/failure
    last_message: str | None = None  # plain-language sentence for the user
    pending: bool = False  # a sync was started and has not finished for this document
    # joined from the current version, for listings
    size: int | None = None
    media_type: str | None = None
    filename: str | None = None
    fetched_at: float | None = None
    search_note: str | None = None  # the current version's "stored, not searchable: …", if any
    freshness: Any = None  # freshness.Freshness, filled by the service; not compared

    def to_dict(self) -> dict[str, Any]:
        d = as_dict(self)
        for k in ("created_at", "verified_at", "checked_at", "fetched_at"):
            d[k] = iso(d[k])
        f = self.freshness
        d["freshness"] = f.to_dict() if f is not None else None
        return d


class QuarantineEntry(Record):
    """A refused download kept aside, with the reason it was refused."""

    id: int
    doc_id: int
    reason: str
    message: str
    received_at: float
    size: int
    media_type: str
    path: str
    needs_confirmation: bool = False  # a plausible version waiting for the user (e.g. much smaller)
    encrypted: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = as_dict(self)
        d["received_at"] = iso(self.received_at)
        return d


class SyncResult(Record):
    """What happened to one document in a sync; ``message`` is ready to show."""

    doc_id: int
    name: str
    outcome: str
    reason: str | None = None
    message: str = ""
    version_id: int | None = None
    bytes_received: int = 0
    # where the server's address came from when not the system resolver: "backup", "doh" or "stale"
    resolved_via: str | None = None
    resolved_detail: str = ""  # e.g. "docs.test resolved by the backup resolver 203.0.113.54 (...)"

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)


class SyncReport(Record):
    """What one sync did, document by document."""

    results: list[SyncResult] = Fresh(list)
    started_at: float = 0.0
    finished_at: float = 0.0
    cancelled: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def ok(self) -> bool:
        return all(r.outcome in (SyncOutcome.NEW, SyncOutcome.UNCHANGED) for r in self.results) and not self.cancelled

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": iso(self.started_at),
            "finished_at": iso(self.finished_at),
            "cancelled": self.cancelled,
            "new": self.count(SyncOutcome.NEW),
            "unchanged": self.count(SyncOutcome.UNCHANGED),
            "rejected": self.count(SyncOutcome.REJECTED),
            "failed": self.count(SyncOutcome.FAILED),
            "results": [r.to_dict() for r in self.results],
        }


class SearchHit(Record):
    """A document that matched a search, with a snippet of the match."""

    doc_id: int
    name: str
    version_id: int
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)


class Cancelled(Exception):
    """A sync or indexing run was cancelled: it stops at the next safe point."""
