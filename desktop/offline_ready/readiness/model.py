"""The readiness checklist's records: facts in, items and a score out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

OK = "ok"
GAP = "gap"
CRITICAL = "critical"
UNVERIFIED = "unverified"  # could not be checked: never rewarded by the score
NOT_APPLICABLE = "n/a"  # not required here (policy off, nothing to check): left out of the score


@dataclass
class DocFact:
    name: str
    state: str  # fresh | stale | missing (vault.freshness)
    age_days: float | None
    target_days: float


@dataclass
class ContactFact:
    name: str
    groups: list[str]
    reachable_offline: bool  # has a mobile or landline number, not only VoIP/softphone
    verified_at: datetime | None
    phone: str = ""  # the number to call, for the outage window
    email: str = ""


@dataclass
class Facts:
    now: datetime
    documents: list[DocFact] | None = None  # None: the vault could not be read (locked, damaged)
    contacts: list[ContactFact] | None = None
    escalation_groups: list[str] = field(default_factory=list)
    contact_max_age_days: int = 180
    backup_enabled: bool = True
    backup_tested_at: datetime | None = None
    backup_working: int = 0
    retest_hours: int = 6
    services: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, fallback names)
    vault_names: set[str] = field(default_factory=set)  # document and contact names, folded
    notifications_enabled: bool = True
    notification_ack_at: datetime | None = None
    notification_server: str | None = None  # what the doctor found missing ("" = a server answers; None = not asked)
    autostart: bool | None = None  # None: cannot be told on this platform / from here
    encryption_required: bool = False
    vault_encrypted: bool | None = None
    drill_interval_days: int = 0
    last_drill_at: datetime | None = None


@dataclass
class Item:
    id: str
    title: str
    status: str  # OK, GAP, CRITICAL, UNVERIFIED, NOT_APPLICABLE
    weight: int
    why: str  # why it matters, one sentence
    detail: str  # what was found
    fix: str = ""  # the fix's id: the UI maps it to a one-click action
    fix_label: str = ""
    fix_command: str = ""  # the same fix on the command line
    now_relevant: list[str] = field(default_factory=list)  # short lines for the outage window

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "status": self.status, "weight": self.weight, "why": self.why,
                "detail": self.detail, "fix": self.fix, "fix_label": self.fix_label,
                "fix_command": self.fix_command}


@dataclass
class Readiness:
    items: list[Item]
    score: int
    checked_at: datetime

    @property
    def exit_code(self) -> int:
        """0 ready, 1 gaps (or items that could not be verified), 2 critical gaps."""
        if any(i.status == CRITICAL for i in self.items):
            return 2
        if any(i.status in (GAP, UNVERIFIED) for i in self.items):
            return 1
        return 0

    @property
    def gaps(self) -> list[Item]:
        return [i for i in self.items if i.status in (GAP, CRITICAL, UNVERIFIED)]

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "exit_code": self.exit_code,
                "checked_at": self.checked_at.isoformat(timespec="seconds"),
                "items": [i.to_dict() for i in self.items]}
