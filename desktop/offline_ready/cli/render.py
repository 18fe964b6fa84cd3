"""Human-readable rendering of verdicts for the terminal: short, plain, layered."""

from __future__ import annotations

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
SERVICE_WORDS = {"up": N_("up"), "down": N_("down"), "unknown": N_("unknown")}
# The CLI shows a service's failure cause and the layers as short tags; English shows the codes themselves.
CAUSE_WORDS = {c: c for c in (N_("dns"), N_("provider-dns"), N_("connect"), N_("tls"), N_("http-status"),
                              N_("timeout"), N_("slow"), N_("blocked"))}
LAYER_WORDS = {layer: layer for layer in (N_("link"), N_("lan"), N_("portal"), N_("dns"), N_("internet"),
                                          N_("service"))}


def _word(table: dict[str, str], code: object) -> str:
    return _(table[str(code)]) if str(code) in table else str(code)


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
            cause = f" [{_word(CAUSE_WORDS, s.cause)}]" if s.cause and s.state is not ServiceState.UP else ""
            lines.append(f"  {mark} {s.name}: {_(SERVICE_WORDS[str(s.state)])}{cause} — {s.detail}")
    if v.not_checked:
        lines.append(_("Not checked (a lower layer is down): {layers}").format(layers=", ".join(
            _("{layer} (blocked by {below})").format(layer=_word(LAYER_WORDS, layer), below=_word(LAYER_WORDS, below))
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
            lines.append(f"  {mark} {ms}  {e.layer:<8} {e.probe:<20} {e.target}: {e.detail}{blocked}")
    lines.append(_("Checked {time} in {ms:.0f} ms.").format(time=v.checked_at.astimezone().strftime("%H:%M:%S"),
                                                             ms=v.duration_ms))
    return "\n".join(lines)
