"""The data the diagnosis engine produces and every front end consumes.

Plain dataclasses with ``to_dict``/``from_dict`` so verdicts cross threads, the
history store, JSON output and the UI bridge unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class State(StrEnum):
    """Overall connectivity state, ordered roughly from best to worst layer."""

    ONLINE = "online"
    DEGRADED = "degraded"  # works, but slow, lossy or partial (incl. services down, hijacking)
    DNS_OUTAGE = "dns-outage"  # the system's resolvers fail; internet by address and other resolvers work
    CAPTIVE_PORTAL = "captive-portal"
    NO_INTERNET = "no-internet"  # local network up, nothing beyond answers
    NO_NETWORK = "no-network"  # no usable link or default route
    UNKNOWN = "unknown"  # not checked yet / checking


CRITICAL_STATES = frozenset({State.NO_NETWORK, State.NO_INTERNET, State.CAPTIVE_PORTAL, State.DNS_OUTAGE})


class Layer(StrEnum):
    """Where a probe looks, bottom to top; the UI lays evidence out in this order."""

    LINK = "link"
    LAN = "lan"
    DNS = "dns"
    INTERNET = "internet"
    PORTAL = "portal"
    SERVICE = "service"


class ServiceState(StrEnum):
    UP = "up"
    DOWN = "down"
    UNKNOWN = "unknown"  # not judged because a lower layer is down (dependency gating)


class Cause(StrEnum):
    """Why a service is down, tagged by the phase that failed."""

    DNS = "dns"  # the system resolver fails for this name (others may work)
    PROVIDER_DNS = "provider-dns"  # every resolver fails for this name: switching resolvers won't help
    CONNECT = "connect"
    TLS = "tls"
    HTTP_STATUS = "http-status"
    TIMEOUT = "timeout"
    SLOW = "slow"
    BLOCKED = "blocked"  # gated by a lower layer's failure, reported once at that layer


@dataclass
class Evidence:
    """One probe's observation: what it looked at, what it saw and how long it took."""

    probe: str  # e.g. "dns.system", "dns.resolver", "tcp", "http.connectivity", "service", "link", "gateway"
    target: str
    ok: bool
    detail: str
    ms: float | None = None
    layer: Layer = Layer.INTERNET
    provider: str = ""  # who runs the target, for quorum across providers
    data: dict[str, Any] = field(default_factory=dict)  # probe-specific extras (addresses, rcode, status…)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["layer"] = str(self.layer)
        if self.ms is not None:
            d["ms"] = round(self.ms, 1)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(**{**d, "layer": Layer(d.get("layer", "internet"))})


@dataclass
class ServiceVerdict:
    name: str
    url: str
    state: ServiceState
    cause: Cause | None = None
    detail: str = ""
    ms: float | None = None
    # where the address that answered came from when it was not the system resolver:
    # "backup" (a backup resolver), "doh", "stale" (last known address) or "resolver" (an
    # independent resolver's answer, when ours differs); None = the system resolver or no answer
    answered_via: str | None = None
    # a TLS failure because an authority the OS does not trust signed the certificate: who signed
    # it ("" when unreadable); None = no interception. The advice acts on this, never on the words.
    intercepted_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "url": self.url,
            "state": str(self.state),
            "cause": str(self.cause) if self.cause else None,
            "detail": self.detail,
            "ms": round(self.ms, 1) if self.ms is not None else None,
            "answered_via": self.answered_via,
            "intercepted_by": self.intercepted_by,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ServiceVerdict:
        return cls(
            name=d["name"], url=d.get("url", ""), state=ServiceState(d["state"]),
            cause=Cause(d["cause"]) if d.get("cause") else None, detail=d.get("detail", ""), ms=d.get("ms"),
            answered_via=d.get("answered_via"), intercepted_by=d.get("intercepted_by"),
        )


@dataclass
class Advice:
    """Plain-language advice: what is broken, what still works, what to do."""

    headline: str
    broken: list[str] = field(default_factory=list)
    works: list[str] = field(default_factory=list)
    todo: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Advice:
        return cls(**d)


@dataclass
class Verdict:
    state: State
    services: list[ServiceVerdict]
    evidence: list[Evidence]
    advice: Advice
    checked_at: datetime
    duration_ms: float = 0.0
    hijacking: bool = False
    portal_url: str | None = None
    reasons: list[str] = field(default_factory=list)  # short machine tags, e.g. "slow-dns", "loss"
    system_resolvers: list[str] = field(default_factory=list)
    working_resolvers: list[str] = field(default_factory=list)  # independent resolvers that answered
    # Layers not checked because a lower layer failed: layer name -> the failed layer below
    # (e.g. {"portal": "dns"} in a DNS outage: the check pages could not even be looked up). Front
    # ends show these layers as "not checked (blocked by DNS)", never as broken; their evidence rows
    # carry the same in ``data["blocked_by"]``. Empty when nothing is gated.
    not_checked: dict[str, str] = field(default_factory=dict)

    @property
    def is_problem(self) -> bool:
        return self.state not in (State.ONLINE, State.UNKNOWN)

    @property
    def services_down(self) -> list[ServiceVerdict]:
        return [s for s in self.services if s.state is ServiceState.DOWN]

    @property
    def severity(self) -> int:
        """Monitoring-plugin exit code: 0 OK, 1 warning, 2 critical, 3 unknown."""
        if self.state in CRITICAL_STATES:
            return 2
        if self.state is State.UNKNOWN:
            return 3
        if self.state is State.DEGRADED or self.services_down or self.hijacking:
            return 1
        return 0

    @property
    def summary(self) -> str:
        """One line for tooltips and logs."""
        return self.advice.headline

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": str(self.state),
            "summary": self.summary,
            "services": [s.to_dict() for s in self.services],
            "evidence": [e.to_dict() for e in self.evidence],
            "advice": self.advice.to_dict(),
            "checked_at": self.checked_at.isoformat(timespec="seconds"),
            "duration_ms": round(self.duration_ms, 1),
            "hijacking": self.hijacking,
            "portal_url": self.portal_url,
            "reasons": list(self.reasons),
            "system_resolvers": list(self.system_resolvers),
            "working_resolvers": list(self.working_resolvers),
            "not_checked": dict(self.not_checked),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Verdict:
        return cls(
            state=State(d["state"]),
            services=[ServiceVerdict.from_dict(s) for s in d.get("services", [])],
            evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])],
            advice=Advice.from_dict(d["advice"]),
            checked_at=datetime.fromisoformat(d["checked_at"]),
            duration_ms=d.get("duration_ms", 0.0),
            hijacking=d.get("hijacking", False),
            portal_url=d.get("portal_url"),
            reasons=list(d.get("reasons", [])),
            system_resolvers=list(d.get("system_resolvers", [])),
            working_resolvers=list(d.get("working_resolvers", [])),
            not_checked=dict(d.get("not_checked", {})),
        )


def now() -> datetime:
    return datetime.now(UTC)
