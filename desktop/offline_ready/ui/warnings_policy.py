"""When to warn: one notification per confirmed incident, never a storm.

The monitor already applies hysteresis (an incident is only *confirmed* after several
failed rounds). On top of it this pure policy applies what the user set: per-state
toggles, quiet hours, a 1-hour snooze, an optional reminder (never more often than every
30 minutes) and the recovery notice with the incident's duration. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from ..config import Config
from ..config.sections.monitor import QUIET_HOURS_PATTERN, WARNING_KINDS

ON_BACKUP = "on-backup-dns"  # as ui.models.status.ON_BACKUP (this module stays Qt-free)
MIN_REMINDER_MINUTES = 30
SNOOZE = timedelta(hours=1)
ALL_CATEGORIES = WARNING_KINDS


@dataclass(frozen=True)
class WarningSettings:
    enabled: bool = True
    on_recovery: bool = True
    reminder_minutes: int = 0
    quiet_hours: tuple[time, time] | None = None
    categories: frozenset[str] = frozenset(ALL_CATEGORIES)
    initial_rounds: int = 3  # a problem seen in the app's very first verdict must last this many checks

    @classmethod
    def from_config(cls, config: Config) -> WarningSettings:
        n = config.notifications
        return cls(
            enabled=n.enabled,
            on_recovery=n.on_recovery,
            reminder_minutes=n.reminder_minutes,
            quiet_hours=parse_quiet_hours(n.quiet_hours),
            categories=parse_categories(n.states),
            initial_rounds=config.monitor.confirm_rounds,
        )

    @property
    def reminder_every(self) -> timedelta | None:
        """The reminder period, never shorter than 30 minutes; None when off."""
        if self.reminder_minutes <= 0:
            return None
        return timedelta(minutes=max(MIN_REMINDER_MINUTES, self.reminder_minutes))


def parse_categories(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in str(text).split(",") if p.strip())


def parse_quiet_hours(text: str) -> tuple[time, time] | None:
    """"22:00-07:00" → (22:00, 07:00); empty → None. Raises ValueError on nonsense.

    The form is the settings schema's own pattern, so what the settings accept is what applies.
    """
    if not text or not text.strip():
        return None
    if not re.fullmatch(QUIET_HOURS_PATTERN, text):
        raise ValueError(f"quiet hours must look like 22:00-07:00 (hours 00 to 23, minutes 00 to 59), not {text!r}")
    start, end = (time(*map(int, part.strip().split(":"))) for part in text.split("-"))
    return start, end


def in_quiet_hours(span: tuple[time, time] | None, local: datetime) -> bool:
    if span is None:
        return False
    start, end = span
    t = local.time().replace(second=0, microsecond=0, tzinfo=None)
    if start == end:
        return False
    if start < end:
        return start <= t < end
    return t >= start or t < end  # spans midnight


@dataclass(frozen=True)
class Warning:
    kind: str  # "incident" | "change" (a new kind within the incident) | "reminder" | "recovery"
    state: str
    category: str | None
    incident_id: int | None
    started_at: datetime | None = None
    duration_s: float | None = None


@dataclass
class WarningPolicy:
    """Decides, per confirmed state change, whether a notification goes out."""

    settings: WarningSettings = field(default_factory=WarningSettings)
    paused_until: datetime | None = None
    # the incident currently announced: (incident key, when we last spoke about it)
    _announced: Any = None
    _last_spoken: datetime | None = None
    _incident_key: Any = None
    _incident_started: datetime | None = None
    _incident_state: str | None = None
    _incident_category: str | None = None
    _deferred_rounds: int | None = None  # counting checks of a problem found at start-up
    _incident_id: int | None = None
    _said: set = field(default_factory=set)  # the kinds already announced in this incident

    # ---- user controls ----
    def pause(self, now: datetime, span: timedelta = SNOOZE) -> datetime:
        self.paused_until = now + span
        return self.paused_until

    def resume(self) -> None:
        self.paused_until = None

    def is_paused(self, now: datetime) -> bool:
        if self.paused_until is not None and now >= self.paused_until:
            self.paused_until = None
        return self.paused_until is not None

    def muted(self, now: datetime) -> bool:
        """Whether warnings are silenced right now (off, paused or quiet hours)."""
        return (not self.settings.enabled or self.is_paused(now)
                or in_quiet_hours(self.settings.quiet_hours, now.astimezone()))

    # ---- events ----
    def on_state_changed(self, state: str, category: str | None, incident_id: int | None,
                         started_at: datetime | None, now: datetime, previous: str | None = None) -> Warning | None:
        """A confirmed state change (``category`` from ``warning_category``; None = healthy).

        The engine reports its very first verdict without hysteresis (there is nothing to
        compare it with). A problem found then — typically Wi-Fi not joined yet at login —
        is only announced once it has lasted ``initial_rounds`` checks (see ``on_verdict``).
        """
        if category is None:
            self._deferred_rounds = None
            return self._recovered(state, now)
        # One incident = one continuous stretch of trouble. The engine may open a new history
        # row when the kind of trouble changes (dns-outage → no-internet) but keeps its start.
        key: Any = ("since", started_at) if started_at is not None else (
            incident_id if incident_id is not None else ("local", now))
        if self._incident_key is not None and (key == self._incident_key or started_at is None):
            self._incident_state, self._incident_category = state, category
            if self._deferred_rounds is not None:
                return None
            if self._announced is None:
                return self._announce(now)  # the first time it may be said
            if category not in self._said:
                # a new kind changes what to do (no internet → sign in; DNS outage → on backup DNS):
                # said once, with the new action; a kind already said is not repeated when it flaps back
                return self._announce(now, kind="change")
            return None
        self._incident_key = key
        self._incident_id = incident_id
        self._incident_started = started_at or now
        self._incident_state, self._incident_category = state, category
        self._announced = None
        self._said = set()
        if previous == "unknown":
            self._deferred_rounds = 0
            return None
        self._deferred_rounds = None
        return self._announce(now)

    def on_verdict(self, confirmed: str, category: str | None, now: datetime) -> Warning | None:
        """Every finished check: completes the start-up grace of a problem found at launch."""
        if self._deferred_rounds is None:
            return None
        if category is None or self._incident_key is None:
            self._deferred_rounds = None
            return None
        self._deferred_rounds += 1
        if self._deferred_rounds < max(1, self.settings.initial_rounds):
            return None
        self._deferred_rounds = None
        return self._announce(now)

    def _announce(self, now: datetime, kind: str = "incident") -> Warning | None:
        category = self._incident_category
        # running on backup DNS follows the user's own act; it is said whatever kinds they chose
        if (category not in self.settings.categories and category != ON_BACKUP) or self.muted(now):
            return None
        self._announced = self._incident_key
        self._last_spoken = now
        self._said.add(category)
        return Warning(kind, self._incident_state or "", category, self._incident_id, self._incident_started)

    def _recovered(self, state: str, now: datetime) -> Warning | None:
        if self._incident_key is None:
            return None
        announced = self._announced is not None
        started = self._incident_started
        previous_state = self._incident_state
        self._incident_key = self._announced = self._last_spoken = self._incident_id = None
        self._incident_started = self._incident_state = self._incident_category = None
        self._said = set()
        if not announced or not self.settings.on_recovery or self.muted(now):
            return None
        duration = (now - started).total_seconds() if started else None
        return Warning("recovery", state, None, None, started, duration_s=duration) if previous_state else None

    def on_tick(self, now: datetime) -> Warning | None:
        """Called every minute or so: a reminder for a long incident, if the user wants them."""
        every = self.settings.reminder_every
        if every is None or self._incident_key is None or self._incident_category is None:
            return None
        if self._incident_category not in self.settings.categories or self.muted(now):
            return None
        last = self._last_spoken or self._incident_started or now
        if now - last < every:
            return None
        self._last_spoken = now
        self._announced = self._announced or self._incident_key
        started = self._incident_started
        return Warning("reminder", self._incident_state or "", self._incident_category, self._incident_id, started,
                       duration_s=(now - started).total_seconds() if started else None)

    @property
    def in_incident(self) -> bool:
        return self._incident_key is not None


def utcnow() -> datetime:
    return datetime.now(UTC)
