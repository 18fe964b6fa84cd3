"""How a verdict is presented: tray icon, one-line texts, evidence laid out by layer.

Pure functions over :class:`~offline_ready.diagnosis.model.Verdict` (only Qt's translate
is used), so the tray, the windows and the tests share one reading of a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...diagnosis.model import Cause, Evidence, Layer, ServiceState, ServiceVerdict, State, Verdict

OUTAGE_STATES = frozenset({State.NO_NETWORK, State.NO_INTERNET, State.DNS_OUTAGE})
OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"

_STATE_TITLES = {
    State.ONLINE: QT_TRANSLATE_NOOP("State", "Online"),
    State.DEGRADED: QT_TRANSLATE_NOOP("State", "Working, but slow or partly broken"),
    State.DNS_OUTAGE: QT_TRANSLATE_NOOP("State", "DNS outage"),
    State.CAPTIVE_PORTAL: QT_TRANSLATE_NOOP("State", "Sign-in page (captive portal)"),
    State.NO_INTERNET: QT_TRANSLATE_NOOP("State", "No internet"),
    State.NO_NETWORK: QT_TRANSLATE_NOOP("State", "No network"),
    State.UNKNOWN: QT_TRANSLATE_NOOP("State", "Not checked yet"),
}

_LAYER_TITLES = {
    Layer.LINK: QT_TRANSLATE_NOOP("Layer", "Network link"),
    Layer.LAN: QT_TRANSLATE_NOOP("Layer", "Local network and router"),
    Layer.DNS: QT_TRANSLATE_NOOP("Layer", "Name lookups (DNS)"),
    Layer.INTERNET: QT_TRANSLATE_NOOP("Layer", "Internet"),
    Layer.PORTAL: QT_TRANSLATE_NOOP("Layer", "Sign-in page check"),
}

_CAUSES = {
    Cause.DNS: QT_TRANSLATE_NOOP("Cause", "Its name does not resolve through your DNS resolver"),
    Cause.PROVIDER_DNS: QT_TRANSLATE_NOOP("Cause", "Its provider's DNS is down (a backup resolver won't help)"),
    Cause.CONNECT: QT_TRANSLATE_NOOP("Cause", "The connection was refused or the server is unreachable"),
    Cause.TLS: QT_TRANSLATE_NOOP("Cause", "The secure connection (TLS) failed"),
    Cause.HTTP_STATUS: QT_TRANSLATE_NOOP("Cause", "The server answered with an error"),
    Cause.TIMEOUT: QT_TRANSLATE_NOOP("Cause", "No answer in time"),
    Cause.SLOW: QT_TRANSLATE_NOOP("Cause", "It answers, but slowly"),
    Cause.BLOCKED: QT_TRANSLATE_NOOP("Cause", "Not checked: a lower layer is down"),
}

_SERVICE_STATES = {
    ServiceState.UP: QT_TRANSLATE_NOOP("ServiceState", "Up"),
    ServiceState.DOWN: QT_TRANSLATE_NOOP("ServiceState", "Down"),
    ServiceState.UNKNOWN: QT_TRANSLATE_NOOP("ServiceState", "Not checked"),
}

# Layers in the order the status window shows them (bottom of the stack first).
LAYER_ORDER = (Layer.LINK, Layer.LAN, Layer.DNS, Layer.INTERNET, Layer.PORTAL)
# The layer a confirmed state blames.
_BLAMED = {
    State.DNS_OUTAGE: Layer.DNS,
    State.NO_INTERNET: Layer.INTERNET,
    State.CAPTIVE_PORTAL: Layer.PORTAL,
}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def state_title(state: str | State) -> str:
    try:
        return _t("State", _STATE_TITLES[State(state)])
    except ValueError:
        return str(state)


def cause_text(cause: Cause | str | None) -> str:
    if not cause:
        return ""
    try:
        return _t("Cause", _CAUSES[Cause(cause)])
    except ValueError:
        return str(cause)


def service_state_text(state: ServiceState | str) -> str:
    try:
        return _t("ServiceState", _SERVICE_STATES[ServiceState(state)])
    except ValueError:
        return str(state)


def layer_title(layer: Layer | str) -> str:
    try:
        return _t("Layer", _LAYER_TITLES[Layer(layer)])
    except (ValueError, KeyError):
        return str(layer)


def tray_icon_key(state: str | State, verdict: Verdict | None = None, *, checking: bool = False) -> str:
    """Which tray icon shows this confirmed state (shape and colour both differ per key)."""
    try:
        st = State(state)
    except ValueError:
        st = State.UNKNOWN
    if st is State.UNKNOWN:
        return "checking" if checking else "unknown"
    if st in OUTAGE_STATES:
        return "outage"
    if st is State.CAPTIVE_PORTAL:
        return "portal"
    down = verdict.services_down if verdict is not None else []
    real_down = [s for s in down if s.cause is not Cause.SLOW]
    if real_down:
        return "service-down"
    if st is State.DEGRADED or (verdict is not None and verdict.hijacking):
        return "degraded"
    return "online"


def warning_category(state: str | State, verdict: Verdict | None) -> str | None:
    """The ``notifications.states`` entry a confirmed state belongs to (None = nothing to warn about)."""
    try:
        st = State(state)
    except ValueError:
        return None
    if st in (State.NO_NETWORK, State.NO_INTERNET, State.CAPTIVE_PORTAL, State.DNS_OUTAGE):
        return str(st)
    if st is State.UNKNOWN:
        return None
    if verdict is not None and [s for s in verdict.services_down if s.cause is not Cause.SLOW]:
        return "service-down"
    if verdict is not None and verdict.hijacking:
        return "hijacking"
    if st is State.DEGRADED:
        return "degraded"
    return None


def headline(verdict: Verdict | None, state: str | State | None = None) -> str:
    """The one-line verdict: the engine's plain-language headline, or the state's title."""
    if verdict is not None and verdict.advice.headline:
        return verdict.advice.headline
    if state is None or State(state) is State.UNKNOWN:
        return QCoreApplication.translate("Status", "Checking your connection…")
    return state_title(state)


def when_text(at: datetime | None, now: datetime | None = None) -> str:
    """"14:02" today, "Mon 14:02" this week, else the date; in local time."""
    if at is None:
        return QCoreApplication.translate("Status", "never")
    now = now or datetime.now(UTC)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    local = at.astimezone()
    nlocal = now.astimezone()
    if local.date() == nlocal.date():
        return local.strftime("%H:%M:%S")
    if (nlocal - local).days < 7:
        return local.strftime("%a %H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def tooltip(verdict: Verdict | None, state: str | State, *, checking: bool = False,
            paused_until: datetime | None = None, now: datetime | None = None,
            checked_at: datetime | None = None) -> str:
    """Tray tooltip: the one-line verdict and when it was last checked (kept short for Windows' 127 chars)."""
    line = headline(verdict, state)
    if len(line) > 70:
        line = line[:69] + "…"
    parts = [f"Offline Ready — {line}"]
    if checking:
        parts.append(QCoreApplication.translate("Status", "Checking now…"))
    elif verdict is not None or checked_at is not None:
        at = checked_at or (verdict.checked_at if verdict is not None else None)
        parts.append(QCoreApplication.translate("Status", "Last checked {time}").format(time=when_text(at, now)))
    if paused_until is not None:
        parts.append(QCoreApplication.translate("Status", "Warnings paused until {time}").format(
            time=when_text(paused_until, now)))
    return "\n".join(parts)


def duration_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Duration", "%n second(s)", "", seconds)
    minutes = seconds // 60
    if minutes < 60:
        return QCoreApplication.translate("Duration", "%n minute(s)", "", minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        h = QCoreApplication.translate("Duration", "%n hour(s)", "", hours)
        if minutes:
            return h + " " + QCoreApplication.translate("Duration", "%n minute(s)", "", minutes)
        return h
    return QCoreApplication.translate("Duration", "%n day(s)", "", hours // 24)


@dataclass
class LayerRow:
    key: str  # layer name, or "service:<name>"
    title: str
    status: str  # ok | warn | fail | skip
    summary: str
    evidence: list[Evidence] = field(default_factory=list)


def ms_text(ms: float) -> str:
    return "<1 ms" if ms < 1 else f"{ms:.0f} ms"


def evidence_line(e: Evidence) -> str:
    ms = f" — {ms_text(e.ms)}" if e.ms is not None else ""
    mark = "✓" if e.ok else "✗"
    target = f" {e.target}" if e.target else ""
    return f"{mark} {e.probe}{target}: {e.detail}{ms}"


def _summarise(items: list[Evidence]) -> tuple[str, str]:
    if not items:
        return SKIP, QCoreApplication.translate("Status", "Not checked")
    failed = [e for e in items if not e.ok]
    timed = [e.ms for e in items if e.ok and e.ms is not None]
    if not failed:
        text = QCoreApplication.translate("Status", "%n check(s) passed", "", len(items))
        if timed:
            text += QCoreApplication.translate("Status", ", fastest {time}").format(time=ms_text(min(timed)))
        return OK, text
    first = failed[0]
    detail = f"{first.target}: {first.detail}" if first.target else first.detail
    if len(failed) == len(items):
        return FAIL, QCoreApplication.translate("Status", "All %n check(s) failed", "", len(items)) + f" — {detail}"
    text = QCoreApplication.translate("Status", "{failed} of {total} checks failed").format(
        failed=len(failed), total=len(items))
    return WARN, f"{text} — {detail}"


def layer_rows(verdict: Verdict) -> list[LayerRow]:
    """Evidence grouped link → LAN → DNS → internet (→ sign-in check) → each service."""
    by_layer: dict[Layer, list[Evidence]] = {layer: [] for layer in (*LAYER_ORDER, Layer.SERVICE)}
    for e in verdict.evidence:
        by_layer.setdefault(e.layer, []).append(e)
    blamed = _BLAMED.get(verdict.state)
    if verdict.state is State.NO_NETWORK:
        link_failed = any(not e.ok for e in by_layer[Layer.LINK])
        blamed = Layer.LINK if link_failed or not by_layer[Layer.LAN] else Layer.LAN
    if blamed is Layer.PORTAL and not by_layer[Layer.PORTAL]:
        blamed = Layer.INTERNET
    rows: list[LayerRow] = []
    below_failed = False
    for layer in LAYER_ORDER:
        items = by_layer[layer]
        if layer is Layer.PORTAL and not items and verdict.state is not State.CAPTIVE_PORTAL:
            continue
        status, summary = _summarise(items)
        if layer is blamed:
            status = FAIL
            if verdict.state is State.CAPTIVE_PORTAL and verdict.portal_url:
                summary = QCoreApplication.translate("Status", "A sign-in page intercepts your traffic: {url}").format(
                    url=verdict.portal_url)
        elif status is SKIP and below_failed:
            summary = QCoreApplication.translate("Status", "Not checked: a lower layer is down")
        if layer is Layer.DNS and verdict.hijacking and status is OK:
            status = WARN
            summary = QCoreApplication.translate(
                "Status", "Answers for names that don't exist: someone rewrites DNS answers") + f" — {summary}"
        rows.append(LayerRow(str(layer), layer_title(layer), status, summary, items))
        below_failed = below_failed or status == FAIL
    service_ev = by_layer.get(Layer.SERVICE, [])
    for svc in verdict.services:
        ev = [e for e in service_ev if e.target in (svc.name, svc.url) or e.data.get("service") == svc.name]
        rows.append(LayerRow(f"service:{svc.name}", svc.name, service_status(svc), service_summary(svc), ev))
    return rows


def service_status(svc: ServiceVerdict) -> str:
    if svc.state is ServiceState.UP:
        return WARN if svc.cause is Cause.SLOW else OK
    if svc.state is ServiceState.DOWN:
        return WARN if svc.cause is Cause.SLOW else FAIL
    return SKIP


def service_summary(svc: ServiceVerdict) -> str:
    if svc.state is ServiceState.UP:
        text = service_state_text(svc.state)
        if svc.ms is not None:
            text += f" — {ms_text(svc.ms)}"
        return text
    parts = [] if svc.cause is Cause.BLOCKED else [service_state_text(svc.state)]
    if svc.cause:
        parts.append(cause_text(svc.cause))
    if svc.detail:
        parts.append(svc.detail)
    return " — ".join(parts)


STATUS_ICON = {OK: "online", WARN: "degraded", FAIL: "outage", SKIP: "unknown"}
STATUS_WORD = {
    OK: QT_TRANSLATE_NOOP("Status", "working"),
    WARN: QT_TRANSLATE_NOOP("Status", "partly working"),
    FAIL: QT_TRANSLATE_NOOP("Status", "broken"),
    SKIP: QT_TRANSLATE_NOOP("Status", "not checked"),
}


def status_word(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_WORD[status])
