"""Human-readable rendering of verdicts for the terminal: short, plain, layered."""

from __future__ import annotations

from ..diagnosis.codes import code_word
from ..diagnosis.model import ServiceState, Verdict
from ..i18n import N_, _

MARK = {True: "✓", False: "✗"}
STATE_WORDS = {
    "online": N_("ONLINE"),
    "degraded": N_("DEGRADED"),
    "dns-outage": N_("DNS OUTAGE"),
    "captive-portal": N_("CAPTIVE PORTAL"),
    "no-internet": N_("NO INTERNET"),
    "no-network": N_("NO NETWORK"),
    "unknown": N_("UNKNOWN"),
}
def render_verdict(v: Verdict, *, verbose: bool = False) -> str:
    lines = [f"{_(STATE_WORDS[str(v.state)])}: {v.advice.headline}"]
    if v.portal_url:
        lines.append("  " + _("Login page: {url}").format(url=v.portal_url))
    for b in v.advice.broken:
        lines.append(f"  ✗ {b}")
    for w in v.advice.works:
        lines.append(f"  ✓ {w}")
    if v.services:
        lines.append(_("Services:"))
        for s in v.services:
            mark = {"up": "✓", "down": "✗", "unknown": "?"}[str(s.state)]
            cause = f" [{code_word(s.cause)}]" if s.cause and s.state is not ServiceState.UP else ""
            lines.append(f"  {mark} {s.name}: {code_word(s.state)}{cause} — {s.detail}")
    if v.not_checked:
        lines.append(_("Not checked (a lower layer is down): {layers}").format(layers=", ".join(
            _("{layer} (blocked by {below})").format(layer=code_word(layer), below=code_word(below))
            for layer, below in v.not_checked.items())))
    if v.advice.todo:
        lines.append(_("What to do:"))
        lines += [f"  {i}. {t}" for i, t in enumerate(v.advice.todo, 1)]
    if verbose:
        lines.append(_("Evidence:"))
        for e in v.evidence:
            ms = f"{e.ms:6.0f} ms" if e.ms is not None else "        "
            mark = "-" if e.data.get("blocked_by") else MARK[e.ok]
            blocked = " (" + _("not checked: blocked by {below}").format(below=e.data["blocked_by"]) + ")" \
                if e.data.get("blocked_by") else ""
            lines.append(f"  {mark} {ms}  {code_word(e.layer):<8} {code_word(e.probe):<20} {e.target}: {e.detail}{blocked}")
    lines.append(_("Checked {time} in {ms:.0f} ms.").format(time=v.checked_at.astimezone().strftime("%H:%M:%S"),
                                                             ms=v.duration_ms))
    return "\n".join(lines)
