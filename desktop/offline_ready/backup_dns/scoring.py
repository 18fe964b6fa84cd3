"""Pure scoring of benchmark samples and the plain-language conclusions drawn from them.

A failed query (timeout, SERVFAIL, REFUSED, network error) counts as the full timeout in the
latency figures, as namebench does, so a lossy resolver can never look fast; p95 is reported
next to the median because an outage shows in the tail first.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from ..i18n import _

ANSWERED = ("ok", "nxdomain", "nodata")  # the resolver did its job (the name may have no address)


@dataclass(frozen=True)
class Sample:
    transport: str  # udp | tcp | doh
    status: str
    ms: float


@dataclass
class TransportStats:
    transport: str
    sent: int
    answered: int
    loss_pct: float
    p50_ms: float | None
    p95_ms: float | None
    best_ms: float | None
    errors: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("loss_pct", "p50_ms", "p95_ms", "best_ms"):
            if d[k] is not None:
                d[k] = round(d[k], 1)
        return d


@dataclass
class ResolverScore:
    id: str  # profile id, or "system"
    label: str  # what the user reads: "Quad9", "Your resolver 192.168.1.1"
    server: str
    role: str  # system | backup | original
    transports: list[TransportStats]
    hijacks_nxdomain: bool | None = None
    dnssec: bool | None = None
    score: float = math.inf

    @property
    def udp(self) -> TransportStats | None:
        return next((t for t in self.transports if t.transport == "udp"), None)

    @property
    def works(self) -> bool:
        """Usable as a backup: plain DNS answers most queries and does not rewrite NXDOMAIN."""
        best = min((t.loss_pct for t in self.transports if t.transport in ("udp", "tcp")), default=100.0)
        return best <= 20.0 and not self.hijacks_nxdomain

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "server": self.server, "role": self.role,
                "transports": [t.to_dict() for t in self.transports], "hijacks_nxdomain": self.hijacks_nxdomain,
                "dnssec": self.dnssec, "works": self.works,
                "score": None if math.isinf(self.score) else round(self.score, 1)}


def percentile(values: list[float], pct: float) -> float | None:
    """Linear-interpolated percentile (like numpy's default); None for no values."""
    if not values:
        return None
    s = sorted(values)
    if len(s) == 1:
        return s[0]
    k = (len(s) - 1) * pct / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summarize(samples: list[Sample], timeout_ms: float, transport: str) -> TransportStats:
    own = [s for s in samples if s.transport == transport]
    answered = [s for s in own if s.status in ANSWERED]
    # failures count as the full timeout
    lat = [s.ms if s.status in ANSWERED else timeout_ms for s in own]
    errors: dict[str, int] = {}
    for s in own:
        if s.status not in ANSWERED:
            errors[s.status] = errors.get(s.status, 0) + 1
    loss = 100.0 * (len(own) - len(answered)) / len(own) if own else 100.0
    return TransportStats(transport, len(own), len(answered), loss, percentile(lat, 50), percentile(lat, 95),
                          min((s.ms for s in answered), default=None), errors)


def score(transports: list[TransportStats], timeout_ms: float) -> float:
    """Lower is better: the median plus half the p95 of plain DNS, with loss weighing heavily."""
    plain = [t for t in transports if t.transport in ("udp", "tcp") and t.sent]
    if not plain:
        return math.inf
    best = min(plain, key=lambda t: (t.loss_pct, t.p50_ms or timeout_ms))
    if best.answered == 0:
        return math.inf
    return (best.p50_ms or timeout_ms) + 0.5 * (best.p95_ms or timeout_ms) + best.loss_pct * timeout_ms / 20.0


def rank(results: list[ResolverScore]) -> list[ResolverScore]:
    return sorted(results, key=lambda r: (not r.works, r.score))


def best_backup(results: list[ResolverScore]) -> ResolverScore | None:
    for r in rank(results):
        if r.role == "backup" and r.works:
            return r
    return None


def _ms(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.0f} ms" if v >= 1 else "<1 ms"


def conclusions(results: list[ResolverScore]) -> list[str]:
    """What a person should take away, most important first."""
    out: list[str] = []
    system = [r for r in results if r.role in ("system", "original")]
    backups = [r for r in results if r.role == "backup"]
    best = best_backup(results)
    for r in system:
        udp = r.udp
        if udp is None:
            continue
        if udp.answered == 0:
            out.append(_("{label} is not answering at all.").format(label=r.label))
        elif udp.loss_pct >= 5:
            out.append(_("{label} lost {loss_pct:.0f} % of queries.").format(label=r.label, loss_pct=udp.loss_pct))
        elif best and best.udp and udp.p50_ms and best.udp.p50_ms and udp.p50_ms > 3 * best.udp.p50_ms + 20:
            out.append(_("{label} is slow: a median of {median} against {best_median} for {best}.").format(
                label=r.label, median=_ms(udp.p50_ms), best_median=_ms(best.udp.p50_ms), best=best.label))
        else:
            out.append(_("{label} is healthy: a median of {median}, 95 % within {p95}.").format(
                label=r.label, median=_ms(udp.p50_ms), p95=_ms(udp.p95_ms)))
        if r.hijacks_nxdomain:
            out.append(_("{label} returns addresses for names that do not exist (NXDOMAIN hijacking): typing mistakes lead to someone's page instead of an error.").format(label=r.label))
    if best is not None:
        u = best.udp
        loss = _("all queries") if u and u.loss_pct == 0 else _("{share:.0f} % of queries").format(
            share=100 - (u.loss_pct if u else 100))
        out.append(_("Best backup: {label} answered {loss} with a median of {median} (95 % within {p95}).").format(
            label=best.label, loss=loss, median=_ms(u.p50_ms if u else None), p95=_ms(u.p95_ms if u else None)))
    elif backups:
        out.append(_("None of the backup resolvers works from this network right now: switching would not help."))
    for r in backups:
        if r.hijacks_nxdomain:
            out.append(_("{label} rewrites answers for names that do not exist; it is not offered as a backup.").format(label=r.label))
        elif not r.works and r is not best:
            out.append(_("{label} is not usable from here (lost {loss:.0f} %).").format(label=r.label, loss=min((t.loss_pct for t in r.transports if t.transport != 'doh'), default=100)))
        doh = next((t for t in r.transports if t.transport == "doh"), None)
        if doh is not None and doh.sent:
            if doh.answered and doh.loss_pct < 50:
                if not r.works:
                    out.append(_("{label} still answers over DNS-over-HTTPS: the app uses it for its own lookups.").format(label=r.label))
            else:
                out.append(_("DNS-over-HTTPS to {label} failed.").format(label=r.label))
        if r.dnssec is False:
            out.append(_("{label} does not validate DNSSEC.").format(label=r.label))
    return out
