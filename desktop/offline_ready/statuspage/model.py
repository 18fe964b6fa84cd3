"""What a provider's status page said, in one shape for Statuspage JSON and feeds."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

# Statuspage's overall indicator, ordered by severity; feeds map onto the same words.
INDICATORS = ("none", "maintenance", "minor", "major", "critical")
UNKNOWN = "unknown"


@dataclass
class ProviderIncident:
    name: str
    status: str = ""  # investigating | identified | monitoring | resolved | in_progress …
    impact: str = "none"  # none | minor | major | critical | maintenance
    started_at: datetime | None = None
    updated_at: datetime | None = None
    latest_update: str = ""  # the newest update's text, shortened
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("started_at", "updated_at"):
            d[k] = d[k].isoformat(timespec="seconds") if d[k] else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ProviderIncident:
        return cls(name=str(d.get("name", "")), status=str(d.get("status", "")), impact=str(d.get("impact", "none")),
                   started_at=_dt(d.get("started_at")), updated_at=_dt(d.get("updated_at")),
                   latest_update=str(d.get("latest_update", "")), url=str(d.get("url", "")))


@dataclass
class ProviderStatus:
    service: str  # the watched service's name
    url: str  # what was fetched
    kind: str  # "statuspage" | "feed"
    fetched_at: datetime | None = None
    error: str = ""  # why the page could not be read ("" = it was read)
    indicator: str = UNKNOWN  # one of INDICATORS, or UNKNOWN when nothing could be read
    description: str = ""  # the provider's own words, e.g. "All Systems Operational"
    page_name: str = ""
    incidents: list[ProviderIncident] = field(default_factory=list)  # unresolved ones, worst first
    components: list[tuple[str, str]] = field(default_factory=list)  # (name, status) not operational
    cached: bool = False  # served from the cache (fetched earlier)
    stale_from: datetime | None = None  # the last good reading, when this fetch failed

    @property
    def ok(self) -> bool:
        return not self.error

    def to_dict(self) -> dict[str, Any]:
        return {"service": self.service, "url": self.url, "kind": self.kind,
                "fetched_at": self.fetched_at.isoformat(timespec="seconds") if self.fetched_at else None,
                "error": self.error, "indicator": self.indicator, "description": self.description,
                "page_name": self.page_name, "incidents": [i.to_dict() for i in self.incidents],
                "components": [list(c) for c in self.components], "cached": self.cached,
                "stale_from": self.stale_from.isoformat(timespec="seconds") if self.stale_from else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ProviderStatus:
        return cls(service=str(d.get("service", "")), url=str(d.get("url", "")), kind=str(d.get("kind", "")),
                   fetched_at=_dt(d.get("fetched_at")), error=str(d.get("error", "")),
                   indicator=str(d.get("indicator", UNKNOWN)), description=str(d.get("description", "")),
                   page_name=str(d.get("page_name", "")),
                   incidents=[ProviderIncident.from_dict(i) for i in d.get("incidents", []) if isinstance(i, dict)],
                   components=[(str(c[0]), str(c[1])) for c in d.get("components", []) if len(c) == 2],
                   cached=bool(d.get("cached", False)), stale_from=_dt(d.get("stale_from")))


def _dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
