"""One plain sentence from a provider's status page: is it them or me? Pure."""

from __future__ import annotations

from datetime import datetime

from ..i18n import N_, _, ngettext
from .model import ProviderStatus

_IMPACT_WORDS = {"critical": N_("critical outage"), "major": N_("major outage"), "minor": N_("partial outage"),
                 "maintenance": N_("maintenance"), "none": N_("incident")}


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
    if not status.ok:
        text = _("{service}'s status page could not be read: {error}").format(service=status.service,
                                                                              error=status.error)
        if status.stale_from is not None and status.indicator != "unknown":
            return _("{text}. Last reading at {time}: {reading}").format(
                text=text, time=_clock(status.stale_from), reading=_reading(status, service_down))
        return text
    return _reading(status, service_down)


def _reading(status: ProviderStatus, service_down: bool) -> str:
    service = status.service
    if status.incidents:
        worst = status.incidents[0]
        impact = _(_IMPACT_WORDS.get(worst.impact, _IMPACT_WORDS["none"]))
        text = _("{service}'s status page: {impact} since {time} — {incident}").format(
            service=service, impact=impact, time=_clock(worst.started_at), incident=worst.name) \
            if worst.started_at else _("{service}'s status page: {impact} — {incident}").format(
                service=service, impact=impact, incident=worst.name)
        more = len(status.incidents) - 1
        if more > 0:
            text += " " + ngettext("(and {n} more incident)", "(and {n} more incidents)", more).format(n=more)
        return text
    if status.indicator in ("minor", "major", "critical"):
        return _("{service}'s status page: {impact}").format(
            service=service, impact=status.description or _(_IMPACT_WORDS[status.indicator]))
    if status.kind == "feed":
        return _("{service}'s status page lists no current incidents: the problem is between you and them").format(
            service=service) if service_down else _("{service}'s status page lists no current incidents").format(
            service=service)
    return _("{service}'s status page says all systems operational: the problem is between you and them").format(
        service=service) if service_down else _("{service}'s status page says all systems operational").format(
        service=service)


def services_to_ask(verdict_services: list[dict], configured: list[dict], *, on_demand: bool) -> list[dict]:
    """Which watched services' status pages to read: the ones down, or every one on demand."""
    down = {s["name"] for s in verdict_services if s.get("state") == "down"}
    return [s for s in configured if (s.get("status_page") or s.get("status_feed")) and
            s.get("enabled", True) and (on_demand or s["name"] in down)]
