"""How a verdict is presented: tray icon, one-line texts, evidence laid out by layer.

Pure functions over :class:`~offline_ready.diagnosis.model.Verdict` (only Qt's translate
is used), so the tray, the windows and the tests share one reading of a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...diagnosis.model import CRITICAL_STATES, Cause, Evidence, Layer, ServiceState, ServiceVerdict, State, Verdict

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"

_STATE_TITLES = {
    State.ONLINE: QT_TRANSLATE_NOOP("State", "Online"),
    State.DEGRADED: QT_TRANSLATE_NOOP("State", "Working, but slow or partly broken"),
    State.DNS_OUTAGE: QT_TRANSLATE_NOOP("State", "Websites can't be found"),
    State.CAPTIVE_PORTAL: QT_TRANSLATE_NOOP("State", "This network wants you to sign in"),
    State.NO_INTERNET: QT_TRANSLATE_NOOP("State", "No internet"),
    State.NO_NETWORK: QT_TRANSLATE_NOOP("State", "Not connected to a network"),
    State.UNKNOWN: QT_TRANSLATE_NOOP("State", "Not checked yet"),
}
ON_BACKUP = "on-backup-dns"  # a display situation: working, through backup DNS rather than the user's own
_SITUATIONS = {
    ON_BACKUP: QT_TRANSLATE_NOOP("State", "Working through backup DNS"),
    "hijacking": QT_TRANSLATE_NOOP("State", "Your network changes some web addresses"),
    "degraded": QT_TRANSLATE_NOOP("State", "Working, but slow or partly broken"),
}

_LAYER_TITLES = {
    Layer.LINK: QT_TRANSLATE_NOOP("Layer", "Network link"),
    Layer.LAN: QT_TRANSLATE_NOOP("Layer", "Local network and router"),
    Layer.DNS: QT_TRANSLATE_NOOP("Layer", "Name lookups (DNS)"),
    Layer.INTERNET: QT_TRANSLATE_NOOP("Layer", "Internet"),
    Layer.PORTAL: QT_TRANSLATE_NOOP("Layer", "Sign-in page check"),
}
PROXY_ROW = "proxy"  # the proxy's own row: shown when a proxy carries the web, fails, or WPAD offers one
_PROXY_TITLE = QT_TRANSLATE_NOOP("Layer", "Proxy")
_PROXY_PROBES = ("proxy", "proxy.wpad")
# What each probe is, in words, for the evidence lines (the probe IDs are for the JSON output).
_PROBE_TITLES = {
    "link": QT_TRANSLATE_NOOP("Probe", "Network connection"),
    "gateway": QT_TRANSLATE_NOOP("Probe", "Router"),
    "tcp": QT_TRANSLATE_NOOP("Probe", "Direct connection"),
    "http.connectivity": QT_TRANSLATE_NOOP("Probe", "Test page"),
    "dns.system": QT_TRANSLATE_NOOP("Probe", "Name lookup"),
    "dns.system-resolver": QT_TRANSLATE_NOOP("Probe", "Your DNS resolver"),
    "dns.resolver": QT_TRANSLATE_NOOP("Probe", "Another DNS resolver"),
    "dns.nxdomain": QT_TRANSLATE_NOOP("Probe", "Made-up name"),
    "service": QT_TRANSLATE_NOOP("Probe", "Service"),
    "proxy": QT_TRANSLATE_NOOP("Probe", "Proxy"),
    "proxy.wpad": QT_TRANSLATE_NOOP("Probe", "Proxy auto-config (WPAD)"),
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

# Layers in the order the status window shows them: bottom of the stack first, as the
# diagnosis judges them (link → LAN → internet by address → sign-in check → DNS → services).
LAYER_ORDER = (Layer.LINK, Layer.LAN, Layer.INTERNET, Layer.PORTAL, Layer.DNS)
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


def situation(state: str | State | None, verdict: Verdict | None, on_backup: bool = False) -> str:
    """What the user is in, in one key: an outage state, ``on-backup-dns``, ``service-down``,
    ``hijacking``, ``degraded``, ``online`` or ``unknown``. Titles, icons, warnings and the fix
    offered first all follow from it."""
    try:
        st = State(state) if state else State.UNKNOWN
    except ValueError:
        st = State.UNKNOWN
    if st in CRITICAL_STATES:
        return str(st)
    if st is State.UNKNOWN:
        return "unknown"
    if on_backup:
        return ON_BACKUP
    if verdict is not None and [s for s in verdict.services_down if s.cause is not Cause.SLOW]:
        return "service-down"
    if verdict is not None and verdict.hijacking:
        return "hijacking"
    if st is State.DEGRADED:
        return "degraded"
    return "online"


def tray_icon_key(state: str | State, verdict: Verdict | None = None, *, checking: bool = False,
                  on_backup: bool = False) -> str:
    """Which tray icon shows this confirmed state (shape and colour both differ per key)."""
    sit = situation(state, verdict, on_backup)
    if sit == "unknown":
        return "checking" if checking else "unknown"
    if sit in (State.NO_NETWORK, State.NO_INTERNET, State.DNS_OUTAGE):
        return "outage"
    if sit == State.CAPTIVE_PORTAL:
        return "portal"
    if sit == "service-down":
        return "service-down"
    return "online" if sit == "online" else "degraded"


def warning_category(state: str | State, verdict: Verdict | None, on_backup: bool = False) -> str | None:
    """The ``notifications.states`` entry a confirmed state belongs to (None = nothing to warn about);
    ``on-backup-dns`` while the system works through backup DNS."""
    sit = situation(state, verdict, on_backup)
    return None if sit in ("online", "unknown") else sit


def situation_title(state: str | State | None, verdict: Verdict | None = None, on_backup: bool = False) -> str:
    """The short title of what the user is in: never "You're online" for a service down or a
    rewriting resolver, never a technical name."""
    sit = situation(state, verdict, on_backup)
    if sit in _SITUATIONS:
        return _t("State", _SITUATIONS[sit])
    if sit == "service-down" and verdict is not None:
        down = [s.name for s in verdict.services_down if s.cause is not Cause.SLOW]
        if len(down) == 1:
            return QCoreApplication.translate("State", "{name} is down").format(name=down[0])
        return QCoreApplication.translate("State", "%n watched service(s) are down", "", len(down))
    return state_title(sit if sit != "unknown" else State.UNKNOWN)


_ADDRESSES = re.compile(r"\s*\((?:[0-9a-fA-F]{0,4}[.:][0-9a-fA-F.:%]+(?:,\s*)?)+\)")
_LIST_REPR = re.compile(r"\[((?:'[^'\]]*'(?:,\s*)?)+)\]")


def tidy(text: str) -> str:
    """Words for people: no Python list reprs, no doubled punctuation."""
    text = _LIST_REPR.sub(lambda m: ", ".join(x.strip().strip("'") for x in m.group(1).split(",")
                                             if x.strip()), text)
    text = re.sub(r"\.(\s*[.;,])", r"\1", text)  # ".;" ".," and ".." (an ellipsis "…" is one character)
    text = re.sub(r"\s+([.;,])", r"\1", text)
    return text.strip()


def plain(text: str) -> str:
    """A sentence of advice for a headline or a notification: no addresses (they are one click
    down, for IT), no reprs, no doubled punctuation."""
    return tidy(_ADDRESSES.sub("", text))


def headline(verdict: Verdict | None, state: str | State | None = None, on_backup: bool = False) -> str:
    """The one-line verdict in plain words: the engine's headline without addresses (the
    addresses are one click down), or the situation's title where the engine's would mislead."""
    sit = situation(state, verdict, on_backup) if state is not None else None
    if sit in (ON_BACKUP, "hijacking", "service-down"):
        return situation_title(state, verdict, on_backup)
    if verdict is not None and verdict.advice.headline:
        return plain(verdict.advice.headline)
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
            checked_at: datetime | None = None, on_backup: bool = False) -> str:
    """Tray tooltip: the one-line verdict and when it was last checked (kept short for Windows' 127 chars)."""
    line = headline(verdict, state, on_backup)
    if len(line) > 70:
        line = line[:69] + "…"
    parts = [f"Offline Ready — {line}"]
    if on_backup:
        parts.append(QCoreApplication.translate("Status", "On backup DNS: switch back from this menu"))
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


def probe_title(probe: str) -> str:
    text = _PROBE_TITLES.get(probe)
    return _t("Probe", text) if text else QCoreApplication.translate("Probe", "Check")


def evidence_line(e: Evidence) -> str:
    """One measurement in words, for IT one click down: what was asked, of whom, and what came back."""
    ms = f" — {ms_text(e.ms)}" if e.ms is not None else ""
    mark = "✓" if e.ok else "✗"
    target = f" {e.target}" if e.target and e.target != "-" else ""
    return tidy(f"{mark} {probe_title(e.probe)}{target}: {e.detail}") + ms


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
    target = first.target if first.target and first.target != "-" else ""
    detail = tidy(f"{target}: {first.detail}" if target else first.detail)
    if len(failed) == len(items):
        if len(items) == 1:
            return FAIL, QCoreApplication.translate("Status", "The check failed: {detail}").format(detail=detail)
        return FAIL, QCoreApplication.translate("Status", "All %n checks failed, e.g. {detail}", "",
                                                len(items)).format(detail=detail)
    text = QCoreApplication.translate("Status", "{failed} of {total} checks failed, e.g. {detail}").format(
        failed=len(failed), total=len(items), detail=detail)
    return WARN, text


# What each layer's probes need from the layers below: the sign-in check fetches pages by name,
# so it needs DNS too. A failure there while a layer it needs is down is not its own.
_NEEDS = {
    Layer.LAN: (Layer.LINK,),
    Layer.INTERNET: (Layer.LINK, Layer.LAN),
    Layer.PORTAL: (Layer.LINK, Layer.LAN, Layer.INTERNET, Layer.DNS),
    Layer.DNS: (Layer.LINK, Layer.LAN, Layer.INTERNET),
}


def blamed_layer(verdict: Verdict, by_layer: dict[Layer, list[Evidence]]) -> Layer | None:
    blamed = _BLAMED.get(verdict.state)
    if verdict.state is State.NO_NETWORK:
        link_failed = any(not e.ok for e in by_layer[Layer.LINK])
        blamed = Layer.LINK if link_failed or not by_layer[Layer.LAN] else Layer.LAN
    if blamed is Layer.PORTAL and not by_layer[Layer.PORTAL]:
        blamed = Layer.INTERNET
    return blamed


def blocked_layers(verdict: Verdict, by_layer: dict[Layer, list[Evidence]]) -> dict[Layer, Layer]:
    """Layers not judged because a layer they need is down: the engine's own marking where it
    gives one (``Verdict.not_checked``), else derived from the blamed layer."""
    out: dict[Layer, Layer] = {}
    for layer, below in (getattr(verdict, "not_checked", None) or {}).items():
        try:
            out[Layer(layer)] = Layer(below)
        except ValueError:
            continue
    blamed = blamed_layer(verdict, by_layer)
    if blamed is not None:
        for layer, needs in _NEEDS.items():
            if layer not in out and blamed in needs and layer is not blamed:
                out[layer] = blamed
    return out


def layer_rows(verdict: Verdict) -> list[LayerRow]:
    """Evidence bottom-up: link → LAN → internet → sign-in check → DNS, then each service — failing
    services first. A layer that could not be judged because one below it is down is grey, not
    red: a lower layer's failure is reported once."""
    by_layer: dict[Layer, list[Evidence]] = {layer: [] for layer in (*LAYER_ORDER, Layer.SERVICE)}
    for e in verdict.evidence:
        by_layer.setdefault(e.layer, []).append(e)
    blamed = blamed_layer(verdict, by_layer)
    blocked = blocked_layers(verdict, by_layer)
    proxy = proxy_row(verdict, [e for e in by_layer[Layer.INTERNET] if e.probe in _PROXY_PROBES])
    by_layer[Layer.INTERNET] = [e for e in by_layer[Layer.INTERNET] if e.probe not in _PROXY_PROBES]
    rows: list[LayerRow] = []
    for layer in LAYER_ORDER:
        if layer is Layer.INTERNET and proxy is not None:
            rows.append(proxy)
        items = by_layer[layer]
        if layer is Layer.PORTAL and not items and verdict.state is not State.CAPTIVE_PORTAL:
            continue
        status, summary = _summarise(items)
        if layer is blamed:
            status = FAIL
            if verdict.state is State.CAPTIVE_PORTAL and verdict.portal_url:
                summary = QCoreApplication.translate("Status", "A sign-in page intercepts your traffic: {url}").format(
                    url=verdict.portal_url)
        elif layer in blocked and status != OK:
            status = SKIP
            summary = QCoreApplication.translate("Status", "Not checked: it needs “{layer}”, which is down").format(
                layer=layer_title(blocked[layer]))
        if layer is Layer.INTERNET and proxy is not None:
            status, summary = _behind_proxy(verdict, proxy, status, summary)
        if (layer is Layer.DNS and proxy is not None and "via-proxy" in verdict.reasons and status is WARN
                and all(e.ok or e.probe == "dns.resolver" for e in items)):
            status = OK  # only the public resolvers fail: blocked by design behind a proxy
            summary = QCoreApplication.translate(
                "Status", "Your DNS resolver answers; other resolvers are blocked, as on many company networks")
        if layer is Layer.DNS and verdict.hijacking and status is OK:
            status = WARN
            summary = QCoreApplication.translate(
                "Status", "Answers for names that don't exist: someone rewrites DNS answers")
        rows.append(LayerRow(str(layer), layer_title(layer), status, summary, items))
    service_ev = by_layer.get(Layer.SERVICE, [])
    services = sorted(verdict.services, key=lambda s: {FAIL: 0, WARN: 1}.get(service_status(s), 2))
    for svc in services:
        ev = [e for e in service_ev if e.target in (svc.name, svc.url) or e.data.get("service") == svc.name]
        rows.append(LayerRow(f"service:{svc.name}", svc.name, service_status(svc),
                             service_summary(svc, layer_title(blamed) if blamed is not None else ""), ev))
    return rows


def proxy_row(verdict: Verdict, items: list[Evidence]) -> LayerRow | None:
    """The proxy between the desk and the web, as its own row (None when no proxy is involved):
    working, asking for a sign-in (407), not answering, or offered by WPAD but not set."""
    used = [e for e in items if e.probe == "proxy"]
    wpad = [e for e in items if e.probe == "proxy.wpad"]
    if not items:
        return None
    reasons = set(verdict.reasons)
    failed = [e.target for e in used if not e.ok]
    if "proxy-auth" in reasons and failed:
        status, summary = FAIL, QCoreApplication.translate(
            "Status", "The proxy {proxy} asks for a sign-in (407)").format(proxy=", ".join(failed))
    elif failed and len(failed) == len(used):
        status, summary = FAIL, QCoreApplication.translate(
            "Status", "The proxy {proxy} is not answering").format(proxy=", ".join(failed))
    elif used:
        status, summary = _summarise(used)
        if status is OK:
            summary = QCoreApplication.translate("Status", "The web goes through {proxy}").format(
                proxy=", ".join(e.target for e in used))
    else:
        status, summary = WARN, QCoreApplication.translate(
            "Status", "No proxy is set, but this network offers one by WPAD: {url}").format(url=wpad[0].target)
    return LayerRow(PROXY_ROW, _t("Layer", _PROXY_TITLE), status, summary, items)


def _behind_proxy(verdict: Verdict, proxy: LayerRow, status: str, summary: str) -> tuple[str, str]:
    """The internet row on a proxied network: blocked direct connections are by design there, and
    a proxy that is down is reported once, on its own row."""
    if proxy.status is FAIL:
        return SKIP, QCoreApplication.translate("Status", "Not checked: it needs “{layer}”, which is down").format(
            layer=proxy.title)
    if "via-proxy" in verdict.reasons and status is not OK:
        return OK, QCoreApplication.translate(
            "Status", "Reached through your proxy; direct connections are blocked, as on many company networks")
    return status, summary


def service_status(svc: ServiceVerdict) -> str:
    if svc.state is ServiceState.UP:
        return WARN if svc.cause is Cause.SLOW else OK
    if svc.state is ServiceState.DOWN:
        return WARN if svc.cause is Cause.SLOW else FAIL
    if svc.answered_via:  # your resolver cannot find it, backup DNS can: partly working
        return WARN
    return SKIP


def service_blocker(verdict: Verdict | None) -> str:
    """The title of the layer whose failure keeps the services from being checked ("" if none)."""
    if verdict is None:
        return ""
    by_layer: dict[Layer, list[Evidence]] = {layer: [] for layer in (*LAYER_ORDER, Layer.SERVICE)}
    for e in verdict.evidence:
        by_layer.setdefault(e.layer, []).append(e)
    blamed = blamed_layer(verdict, by_layer)
    return layer_title(blamed) if blamed is not None else ""


def service_words(svc: ServiceVerdict, blocked_by: str = "") -> tuple[str, str]:
    """A watched service's row in words: its state, and why — one true thing per state, never
    "not checked" beside "it answers". The engine's detail (servers, addresses) stays in the
    tooltip and the evidence, one click down for IT."""
    if svc.state is ServiceState.UNKNOWN and svc.answered_via:
        state = (QCoreApplication.translate("ServiceState", "Answers at its last known address")
                 if svc.answered_via == "stale" else
                 QCoreApplication.translate("ServiceState", "Answers through backup DNS"))
        return state, QCoreApplication.translate("Status", "Your DNS resolver cannot find it")
    if svc.state is ServiceState.UNKNOWN and svc.cause is Cause.BLOCKED:
        why = (QCoreApplication.translate("Status", "It needs “{layer}”, which is down").format(layer=blocked_by)
               if blocked_by else QCoreApplication.translate("Status", "A lower layer is down"))
        return service_state_text(svc.state), why
    why = cause_text(svc.cause) if svc.cause else ""
    detail = tidy(svc.detail)
    if svc.state is ServiceState.UP or not (why and detail):
        return service_state_text(svc.state), why or detail
    return service_state_text(svc.state), f"{why} — {detail}"


def service_summary(svc: ServiceVerdict, blocked_by: str = "") -> str:
    if svc.state is ServiceState.UP:
        text = service_state_text(svc.state)
        if svc.ms is not None:
            text += f" — {ms_text(svc.ms)}"
        return text
    if svc.state is ServiceState.UNKNOWN and svc.answered_via:
        return " — ".join(service_words(svc))
    if svc.state is ServiceState.UNKNOWN and svc.cause is Cause.BLOCKED:  # as the layers it needs say it
        return (QCoreApplication.translate("Status", "Not checked: it needs “{layer}”, which is down").format(
            layer=blocked_by) if blocked_by else cause_text(svc.cause))
    parts = [service_state_text(svc.state)]
    if svc.cause:
        parts.append(cause_text(svc.cause))
    detail = tidy(svc.detail)
    if detail and detail.rstrip(".").lower() not in (p.rstrip(".").lower() for p in parts):
        parts.append(detail)
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
