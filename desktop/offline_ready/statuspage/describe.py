"""One plain sentence from a provider's status page: is it them or me? Pure."""

from __future__ import annotations

from datetime import datetime

from .model import ProviderStatus

_IMPACT_WORDS = {"critical": "critical outage", "major": "major outage", "minor": "partial outage",
                 "maintenance": "maintenance", "none": "incident"}


def headline_status(status: ProviderStatus) -> str:
    """What the provider says overall: "them" (an incident), "fine" (all operational) or "unknown"."""
    if not status.ok and status.indicator == "unknown":
        return "unknown"
    if status.incidents or status.indicator in ("minor", "major", "critical"):
        return "them"
    return "fine"


def _clock(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else ""


def describe(status: ProviderStatus, *, service_down: bool = True) -> str:
    """E.g. "Shop's status page: major outage since 10:02 — Elevated errors on checkout", or
    "Shop's status page says all systems operational: the problem is between you and them"."""
    who = f"{status.service}'s status page"
    if not status.ok:
        text = f"{who} could not be read: {status.error}"
        if status.stale_from is not None and status.indicator != "unknown":
            return f"{text}. Last reading at {_clock(status.stale_from)}: {_reading(status, who, service_down)}"
        return text
    return _reading(status, who, service_down)


def _reading(status: ProviderStatus, who: str, service_down: bool) -> str:
    if status.incidents:
        worst = status.incidents[0]
        since = f" since {_clock(worst.started_at)}" if worst.started_at else ""
        more = len(status.incidents) - 1
        extra = f" (and {more} more incident{'s' if more != 1 else ''})" if more > 0 else ""
        return f"{who}: {_IMPACT_WORDS.get(worst.impact, 'incident')}{since} — {worst.name}{extra}"
    if status.indicator in ("minor", "major", "critical"):
        return f"{who}: {status.description or _IMPACT_WORDS[status.indicator]}"
    fine = "lists no current incidents" if status.kind == "feed" else "says all systems operational"
    if service_down:
        return f"{who} {fine}: the problem is between you and them"
    return f"{who} {fine}"


def services_to_ask(verdict_services: list[dict], configured: list[dict], *, on_demand: bool) -> list[dict]:
    """Which watched services' status pages to read: the ones down, or every one on demand."""
    down = {s["name"] for s in verdict_services if s.get("state") == "down"}
    return [s for s in configured if (s.get("status_page") or s.get("status_feed")) and
            s.get("enabled", True) and (on_demand or s["name"] in down)]
