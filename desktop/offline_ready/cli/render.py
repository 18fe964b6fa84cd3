"""Human-readable rendering of verdicts for the terminal: short, plain, layered."""

from __future__ import annotations

from ..diagnosis.model import ServiceState, Verdict

MARK = {True: "✓", False: "✗"}
STATE_WORDS = {
    "online": "ONLINE",
    "degraded": "DEGRADED",
    "dns-outage": "DNS OUTAGE",
    "captive-portal": "CAPTIVE PORTAL",
    "no-internet": "NO INTERNET",
    "no-network": "NO NETWORK",
    "unknown": "UNKNOWN",
}


def render_verdict(v: Verdict, *, verbose: bool = False) -> str:
    lines = [f"{STATE_WORDS[str(v.state)]}: {v.advice.headline}"]
    if v.portal_url:
        lines.append(f"  Login page: {v.portal_url}")
    for b in v.advice.broken:
        lines.append(f"  ✗ {b}")
    for w in v.advice.works:
        lines.append(f"  ✓ {w}")
    if v.services:
        lines.append("Services:")
        for s in v.services:
            mark = {"up": "✓", "down": "✗", "unknown": "?"}[str(s.state)]
            cause = f" [{s.cause}]" if s.cause and s.state is not ServiceState.UP else ""
            lines.append(f"  {mark} {s.name}: {s.state}{cause} — {s.detail}")
    if v.not_checked:
        lines.append("Not checked (a lower layer is down): "
                     + ", ".join(f"{layer} (blocked by {below})" for layer, below in v.not_checked.items()))
    if v.advice.todo:
        lines.append("What to do:")
        lines += [f"  {i}. {t}" for i, t in enumerate(v.advice.todo, 1)]
    if verbose:
        lines.append("Evidence:")
        for e in v.evidence:
            ms = f"{e.ms:6.0f} ms" if e.ms is not None else "        "
            mark = "-" if e.data.get("blocked_by") else MARK[e.ok]
            blocked = f" (not checked: blocked by {e.data['blocked_by']})" if e.data.get("blocked_by") else ""
            lines.append(f"  {mark} {ms}  {e.layer:<8} {e.probe:<20} {e.target}: {e.detail}{blocked}")
    lines.append(f"Checked {v.checked_at.astimezone().strftime('%H:%M:%S')} in {v.duration_ms:.0f} ms.")
    return "\n".join(lines)
