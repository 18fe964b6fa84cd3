"""Core events and the bus that carries them.

The core publishes; front ends subscribe. Subscribers run in the publisher's thread,
so the Qt UI subscribes through its one bridge that re-emits each event as a queued
signal on the GUI thread. Nothing here knows about Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoreEvent:
    """Base of every event. ``topic`` lets subscribers filter cheaply."""

    topic: str = field(init=False, default="event")


Subscriber = Callable[[CoreEvent], None]


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subs: list[Subscriber] = []

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns a function that removes it."""
        with self._lock:
            self._subs.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subs:
                    self._subs.remove(fn)

        return unsubscribe

    def publish(self, event: CoreEvent) -> None:
        with self._lock:
            subs = list(self._subs)
        for fn in subs:
            try:
                fn(event)
            except Exception:  # a broken subscriber must not stop the engine
                log.exception("event subscriber failed on %s", event.topic)


@dataclass(frozen=True)
class CheckStarted(CoreEvent):
    """A diagnosis run began (``reason``: what triggered it)."""

    reason: str = "scheduled"  # scheduled | heartbeat | network-change | network-settled | dns-config | service | user
    topic: str = field(init=False, default="check.started")


@dataclass(frozen=True)
class VerdictReady(CoreEvent):
    """A diagnosis finished. ``confirmed`` is the state after hysteresis (what to show)."""

    verdict: Any = None  # diagnosis.model.Verdict
    confirmed: str = "unknown"
    pending: str | None = None  # a state being confirmed, if any
    on_backup: bool = False  # the confirmed condition runs on backup DNS
    cadence: dict | None = None  # the traffic budget's plan: which checks run rarer, and why
    topic: str = field(init=False, default="check.verdict")


@dataclass(frozen=True)
class StateChanged(CoreEvent):
    """The confirmed state changed: an incident started, changed or ended."""

    state: str = "unknown"
    previous: str = "unknown"
    verdict: Any = None
    incident_id: int | None = None
    incident_started_at: Any = None  # datetime of the incident start, if in one
    on_backup: bool = False  # the system runs on backup DNS: working, but not on the user's own setup
    was_on_backup: bool = False
    topic: str = field(init=False, default="monitor.state")


@dataclass(frozen=True)
class Progress(CoreEvent):
    """Long-running work (vault sync, DNS benchmark): ``done`` of ``total`` items."""

    task: str = ""
    done: int = 0
    total: int = 0
    message: str = ""
    topic: str = field(init=False, default="progress")


@dataclass(frozen=True)
class Notice(CoreEvent):
    """Something the user may want to know outside a verdict (stale document, DNS switched…)."""

    kind: str = ""
    title: str = ""
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    topic: str = field(init=False, default="notice")
