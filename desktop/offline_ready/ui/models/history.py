"""History for the History window: incidents and latency/loss buckets over a day, week or month,
and the CSV/HTML exports people send to their ISP or IT. Qt-free; loading runs on a worker.
"""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ...csvsafe import defuse_row

# range key: (span, bucket width)
RANGES: dict[str, tuple[timedelta, timedelta]] = {
    "day": (timedelta(days=1), timedelta(minutes=5)),
    "week": (timedelta(days=7), timedelta(hours=1)),
    "month": (timedelta(days=30), timedelta(hours=4)),
}


@dataclass
class Bucket:
    start: datetime
    samples: int
    failed: int
    dns_ms: float | None
    tcp_ms: float | None
    http_ms: float | None
    dns_max: float | None
    loss_pct: float | None  # share of failed probes, 0–100


@dataclass
class IncidentRow:
    id: int
    start: datetime
    end: datetime | None
    state: str
    summary: str
    services: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def duration_s(self, now: datetime) -> float:
        return ((self.end or now) - self.start).total_seconds()


def incident_label(inc: IncidentRow) -> str:
    """What the incident was, in words: a service incident is "Shop is down", never "Online"."""
    from PySide6.QtCore import QCoreApplication

    from .status import plain, state_title

    if inc.state not in ("online", "degraded"):
        return state_title(inc.state)
    down = [s.get("name", "") for s in inc.services if s.get("state") == "down"]
    if len(down) == 1:
        return QCoreApplication.translate("State", "{name} is down").format(name=down[0])
    if down:
        return QCoreApplication.translate("State", "%n watched service(s) are down", "", len(down))
    return plain(inc.summary) or state_title(inc.state)


@dataclass
class HistoryData:
    range_key: str
    since: datetime
    until: datetime
    incidents: list[IncidentRow]
    buckets: list[Bucket]

    def downtime_s(self) -> float:
        total = 0.0
        for i in self.incidents:
            start = max(i.start, self.since)
            end = min(i.end or self.until, self.until)
            total += max(0.0, (end - start).total_seconds())
        return total

    def availability_pct(self) -> float | None:
        span = (self.until - self.since).total_seconds()
        return 100.0 * (1 - self.downtime_s() / span) if span > 0 else None


def load_history(store: Any, range_key: str = "day", now: datetime | None = None) -> HistoryData:
    """Read incidents and bucketed samples for the range (blocking: call from a worker)."""
    span, width = RANGES[range_key]
    until = now or datetime.now(UTC)
    since = until - span
    incidents: list[IncidentRow] = []
    buckets: list[Bucket] = []
    if store is not None:
        for inc in store.incidents(since=since, until=until):
            incidents.append(IncidentRow(inc.id, inc.started_at, inc.ended_at, inc.state, inc.summary,
                                         list(inc.services or []), list(inc.evidence or [])))
        buckets = [Bucket(**b) for b in store.sample_buckets(since, until, width.total_seconds())]
    return HistoryData(range_key, since, until, incidents, buckets)


# ---- export ------------------------------------------------------------------------------------

CSV_FIELDS = ["id", "start", "end", "duration_s", "state", "summary", "services_down", "failed_checks"]


def _iso(dt: datetime | None) -> str:
    return dt.astimezone().isoformat(timespec="seconds") if dt else ""


def _failed_checks(evidence: list[dict[str, Any]]) -> str:
    parts = [f"{e.get('probe')} {e.get('target', '')}: {e.get('detail', '')}".strip()
             for e in evidence if not e.get("ok", True)]
    return "; ".join(parts[:8])


def export_csv(data: HistoryData) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_FIELDS)
    for i in data.incidents:
        w.writerow(defuse_row([
            i.id, _iso(i.start), _iso(i.end), round(i.duration_s(data.until)), i.state, i.summary,
            "; ".join(s.get("name", "") for s in i.services), _failed_checks(i.evidence),
        ]))
    return out.getvalue()


def _fmt_duration(seconds: float) -> str:
    s = round(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if h:
        return f"{h} h {m:02d} min"
    if m:
        return f"{m} min {sec:02d} s"
    return f"{sec} s"


def _svg_chart(data: HistoryData, width: int = 760, height: int = 180) -> str:
    """A small self-contained SVG of latency (lines) and loss (bars) for the HTML report."""
    if not data.buckets:
        return "<p>No measurements in this period.</p>"
    span = (data.until - data.since).total_seconds() or 1
    lat = [b.dns_ms for b in data.buckets if b.dns_ms is not None] + \
          [b.tcp_ms for b in data.buckets if b.tcp_ms is not None]
    top = max(lat) * 1.15 if lat else 100.0
    pad = 34

    def x(t: datetime) -> float:
        return pad + (width - pad - 8) * (t - data.since).total_seconds() / span

    def y(ms: float) -> float:
        return height - 20 - (height - 30) * min(ms, top) / top

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="Latency and loss">',
             f'<rect x="{pad}" y="10" width="{width - pad - 8}" height="{height - 30}" fill="#fafafa" stroke="#ccc"/>']
    bw = max(1.0, (width - pad - 8) * (RANGES[data.range_key][1].total_seconds() / span))
    for b in data.buckets:
        if b.loss_pct:
            h = (height - 30) * b.loss_pct / 100
            parts.append(f'<rect x="{x(b.start):.1f}" y="{height - 20 - h:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                         f'fill="#d0312d" fill-opacity="0.35"/>')
    for attr, colour in (("dns_ms", "#2f6fd6"), ("tcp_ms", "#2e8b47")):
        pts = [f"{x(b.start):.1f},{y(getattr(b, attr)):.1f}" for b in data.buckets if getattr(b, attr) is not None]
        if pts:
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{" ".join(pts)}"/>')
    parts.append(f'<text x="2" y="18" font-size="10">{top:.0f} ms</text>')
    parts.append(f'<text x="2" y="{height - 20}" font-size="10">0</text>')
    parts.append(f'<text x="{pad}" y="{height - 5}" font-size="10">{html.escape(_iso(data.since))}</text>')
    parts.append(f'<text x="{width - 8}" y="{height - 5}" font-size="10" text-anchor="end">'
                 f'{html.escape(_iso(data.until))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def export_html(data: HistoryData, *, title: str = "Offline Ready — connection history") -> str:
    """A self-contained report (no scripts, no external files) to print or attach to a ticket."""
    esc = html.escape
    avail = data.availability_pct()
    rows = []
    for i in data.incidents:
        rows.append(
            "<tr>"
            f"<td>{esc(_iso(i.start))}</td><td>{esc(_iso(i.end) or 'ongoing')}</td>"
            f"<td>{esc(_fmt_duration(i.duration_s(data.until)))}</td><td>{esc(i.state)}</td>"
            f"<td>{esc(i.summary)}</td><td>{esc(_failed_checks(i.evidence))}</td>"
            "</tr>"
        )
    table = ("<table><thead><tr><th>Start</th><th>End</th><th>Duration</th><th>State</th><th>What was wrong</th>"
             "<th>Failed checks</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>") if rows else \
        "<p>No incidents in this period.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9em; }}
th, td {{ border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f0f0f0; }}
.summary td {{ border: none; padding: 2px 12px 2px 0; }}
</style></head><body>
<h1>{esc(title)}</h1>
<table class="summary">
<tr><td>Period</td><td>{esc(_iso(data.since))} – {esc(_iso(data.until))}</td></tr>
<tr><td>Incidents</td><td>{len(data.incidents)}</td></tr>
<tr><td>Total time with a problem</td><td>{esc(_fmt_duration(data.downtime_s()))}</td></tr>
<tr><td>Availability</td><td>{"" if avail is None else f"{avail:.2f} %"}</td></tr>
</table>
<h2>Latency and loss</h2>
<p>Blue: DNS answer time, green: connection time (ms); red bars: share of failed probes.</p>
{_svg_chart(data)}
<h2>Incidents</h2>
{table}
<p><small>Generated by Offline Ready on {esc(_iso(datetime.now(UTC)))}.</small></p>
</body></html>
"""
