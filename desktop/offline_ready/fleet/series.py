"""What a desk reports, as metric points: a pure function of the monitor's view, with bounded series.

Every series and label is listed here and in docs/fleet.md. Labels describe the *kind* of thing
(state, watched service, resolver class, cause) and the desk by pseudonym, site and provider; no
label ever carries a user name, host name, network name (SSID/BSSID), hardware (MAC) address,
location, IP address, document or contact. :func:`check_labels` enforces the allowed label names
and value shapes on every point before it is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..diagnosis.model import Cause, ServiceState, State
from .wire import Point

# The six states a desk can be in (``unknown`` — not checked yet — sets none of them).
STATES: tuple[State, ...] = tuple(s for s in State if s is not State.UNKNOWN)
PROBLEM_STATES = frozenset(STATES) - {State.ONLINE}
# Why an incident was raised: its state, or what made an otherwise working desk a problem.
INCIDENT_CAUSES = (*(str(s) for s in STATES if s in PROBLEM_STATES), "service", "hijacking", "backup-dns")
UNKNOWN_CAUSE = "unknown"  # a service down for a cause this version does not know
SERVICE_CAUSES = (*(str(c) for c in Cause), UNKNOWN_CAUSE)
# Resolver classes: the OS's own lookup, the system's resolvers asked directly, the independent
# resolvers of the probe settings, and DNS over TCP.
DNS_CLASSES = {"dns.system": "system", "dns.system-resolver": "system-direct", "dns.resolver": "independent",
               "dns.tcp": "tcp"}
HTTP_CLASSES = {"http.connectivity": "connectivity", "service": "service"}
MAX_SERVICES = 20  # watched services reported per desk (IT's own list; more are left out, with a log line)

PREFIX = "offline_ready_"
SERIES = {  # name -> (labels besides the identity labels, help text) — the documented catalogue
    "state": (("state",), "1 for the desk's confirmed state, 0 for the five others"),
    "on_backup_dns": ((), "1 while the desk works through backup DNS"),
    "service_up": (("service",), "1 while a watched service answers, else 0"),
    "service_down_cause": (("service", "cause"), "1 while a watched service is down for this cause; 0 once it ends"),
    "dns_latency_seconds": (("resolver_class",), "median DNS answer time of the last check, by resolver class"),
    "http_latency_seconds": (("target_class",), "median HTTP answer time of the last check, by target class"),
    "incidents_total": (("cause",), "incidents started on this desk, by cause (a counter)"),
    "last_seen_timestamp_seconds": ((), "when this sample was taken, by the desk's clock"),
    "info": (("version",), "always 1; the app's version"),
}
IDENTITY_LABELS = ("desk", "site", "isp_asn")
ALLOWED_LABELS = frozenset(IDENTITY_LABELS) | {lb for labels, _ in SERIES.values() for lb in labels}
_VALUE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ :/+-]{0,63}$")
_IP_RE = re.compile(r"\b\d{1,3}(\.\d{1,3}){3}\b|\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}\b")
_MAC_RE = re.compile(r"\b[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}\b")


def max_series(services: int) -> int:
    """The most series one desk can write, with ``services`` watched services (docs/fleet.md)."""
    s = min(services, MAX_SERVICES)
    return (len(STATES) + 1 + s * (1 + len(SERVICE_CAUSES)) + len(set(DNS_CLASSES.values()))
            + len(HTTP_CLASSES) + len(INCIDENT_CAUSES) + 1 + 1)


def desk_id(hostname: str, salt: str) -> str:
    """The desk's pseudonym: 16 hex digits of HMAC-SHA256(salt, lower-cased host name)."""
    return hmac.new(salt.encode(), hostname.strip().lower().encode(), hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Identity:
    desk: str
    site: str = ""
    isp_asn: str = ""

    def labels(self) -> tuple[tuple[str, str], ...]:
        return tuple((k, v) for k, v in (("desk", self.desk), ("site", self.site), ("isp_asn", self.isp_asn)) if v)


@dataclass
class View:
    """The monitor's view at one moment: what a sample is made of."""

    state: str = State.UNKNOWN
    on_backup: bool = False
    services: list[dict[str, Any]] = field(default_factory=list)  # ServiceVerdict.to_dict()s
    evidence: list[dict[str, Any]] = field(default_factory=list)  # Evidence.to_dict()s

    @classmethod
    def of(cls, confirmed: str, verdict: Any, on_backup: bool = False) -> View:
        if verdict is None:
            return cls(state=confirmed, on_backup=on_backup)
        d = verdict if isinstance(verdict, Mapping) else verdict.to_dict()
        return cls(state=confirmed, on_backup=on_backup, services=list(d.get("services", [])),
                   evidence=list(d.get("evidence", [])))


def incident_cause(state: str, down: Iterable[str] = (), hijacking: bool = False, backup: bool = False) -> str | None:
    """The cause an incident is counted under, or None when nothing is wrong."""
    if state in PROBLEM_STATES:
        return str(State(state))
    if list(down):
        return "service"
    if hijacking:
        return "hijacking"
    if backup:
        return "backup-dns"
    return None


def service_label(name: str) -> str:
    """A watched service's name as a label value: other characters become ``_``; a name that holds an
    address (IP or MAC) is not sent at all (empty)."""
    clean = re.sub(r"[^A-Za-z0-9._ :/+-]", "_", str(name).strip())[:64].lstrip("._ :/+-")
    return "" if not clean or _IP_RE.search(clean) or _MAC_RE.search(clean) else clean


def _median_seconds(rows: Iterable[dict[str, Any]]) -> float | None:
    ms = [float(r["ms"]) for r in rows if r.get("ok") and isinstance(r.get("ms"), int | float)]
    return round(statistics.median(ms) / 1000.0, 4) if ms else None


def sample(view: View, identity: Identity, counts: Mapping[str, int], ts_ms: int, version: str,
           ended_causes: Mapping[str, str] | None = None) -> list[Point]:
    """The points of one sample. ``counts``: incidents so far by cause; ``ended_causes``: service ->
    cause that ended since the last sample (written once as 0, so a dashboard sees the end at once)."""
    ident = identity.labels()

    def point(name: str, value: float, **labels: str) -> Point:
        return Point(PREFIX + name, tuple(sorted((*ident, *labels.items()))), float(value), ts_ms)

    out: list[Point] = []
    if view.state in STATES:
        out += [point("state", 1.0 if s == view.state else 0.0, state=str(s)) for s in STATES]
    out.append(point("on_backup_dns", 1.0 if view.on_backup else 0.0))
    for svc in view.services[:MAX_SERVICES]:
        name = service_label(svc.get("name", ""))
        if not name or svc.get("state") == ServiceState.UNKNOWN:
            continue
        up = svc.get("state") == ServiceState.UP
        out.append(point("service_up", 1.0 if up else 0.0, service=name))
        if not up:
            out.append(point("service_down_cause", 1.0, service=name, cause=_cause_label(svc.get("cause"))))
    for name, cause in (ended_causes or {}).items():
        out.append(point("service_down_cause", 0.0, service=name, cause=cause))
    for cls in dict.fromkeys(DNS_CLASSES.values()):
        v = _median_seconds(e for e in view.evidence if DNS_CLASSES.get(e.get("probe", "")) == cls)
        if v is not None:
            out.append(point("dns_latency_seconds", v, resolver_class=cls))
    for cls in HTTP_CLASSES.values():
        v = _median_seconds(e for e in view.evidence if HTTP_CLASSES.get(e.get("probe", "")) == cls)
        if v is not None:
            out.append(point("http_latency_seconds", v, target_class=cls))
    out += [point("incidents_total", counts.get(c, 0), cause=c) for c in INCIDENT_CAUSES]
    out.append(point("last_seen_timestamp_seconds", ts_ms / 1000.0))
    out.append(point("info", 1.0, version=version))
    check_labels(out)
    return out


def down_causes(view: View) -> dict[str, str]:
    """Watched service -> the cause it is down for, in this view."""
    out = {}
    for svc in view.services[:MAX_SERVICES]:
        name = service_label(svc.get("name", ""))
        if svc.get("state") == ServiceState.DOWN and name:
            out[name] = _cause_label(svc.get("cause"))
    return out


def _cause_label(cause: Any) -> str:
    """A down service's cause as a label value: a known :class:`Cause`, else ``unknown``."""
    return str(cause) if cause in SERVICE_CAUSES else UNKNOWN_CAUSE


def check_labels(points: Iterable[Point]) -> None:
    """Refuse any label outside the catalogue, and any value shaped like an address (IP or MAC)."""
    for p in points:
        if not p.name.startswith(PREFIX) or p.name[len(PREFIX):] not in SERIES:
            raise ValueError(f"series {p.name!r} is not in the documented catalogue")
        for key, value in p.labels:
            if key not in ALLOWED_LABELS:
                raise ValueError(f"label {key!r} of {p.name} is not in the documented catalogue")
            if not _VALUE_RE.match(value) or _IP_RE.search(value) or _MAC_RE.search(value):
                raise ValueError(f"label {key}={value!r} of {p.name} is not an allowed value")
