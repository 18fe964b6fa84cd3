"""Backup-DNS events on the core EventBus (the UI relays them to Qt through its one bridge)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..events import CoreEvent


@dataclass(frozen=True)
class DnsSwitchEvent(CoreEvent):
    """A switch changed state: awaiting-confirmation, confirmed, reverted, failed, expired, originals-healthy."""

    action: str = ""
    message: str = ""
    outcome: dict[str, Any] = field(default_factory=dict)
    topic: str = field(init=False, default="dns.switch")


@dataclass(frozen=True)
class DnsCountdown(CoreEvent):
    """Seconds left before an unconfirmed switch is undone (about every second while waiting)."""

    seconds_left: float = 0.0
    profile_id: str = ""
    topic: str = field(init=False, default="dns.countdown")


@dataclass(frozen=True)
class DnsTested(CoreEvent):
    """A benchmark or light re-test finished; ``report`` is its ``to_dict()``."""

    report: dict[str, Any] = field(default_factory=dict)
    light: bool = False
    topic: str = field(init=False, default="dns.tested")
