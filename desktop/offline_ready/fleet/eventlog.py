"""Incident events in the Windows Event Log (Application log, source "Offline Ready"), for the tools IT
already collects it with: Windows Event Forwarding, a SIEM's agent (Winlogbeat, the Splunk forwarder).

An entry is a pure function of the incident record the log engine and the SIEM receive (same id, same
scrubbed fields): the event id says the phase and the cause, the type the severity. The installer
registers the source with .NET's ``EventLogMessages.dll``, whose every message is ``%1`` (as
``New-EventLog`` does), so the first insertion string is the whole text Event Viewer shows, in the
user's language; the second is the record as the JSON line, for collectors to parse. Only
:func:`write` touches Windows (pywin32's ``ReportEvent``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import N_, _
from .series import INCIDENT_CAUSES

SOURCE = "Offline Ready"
LOG = "Application"
# Event ids: the phase's hundred plus the cause's place in INCIDENT_CAUSES (0: no cause known).
PHASE_BASE = {"started": 1100, "changed": 1200, "ended": 1300}
# The EVENTLOG_*_TYPE values of winnt.h.
ERROR, WARNING, INFORMATION = 0x0001, 0x0002, 0x0004
# Causes that leave the desk without its usual internet or DNS (or with DNS it must not trust).
SEVERE = frozenset({"dns-outage", "no-internet", "no-network", "hijacking"})
MAX_STRING = 31_000  # ReportEvent refuses insertion strings over 31,839 characters

_HEADLINES = {
    "started": N_("Offline Ready: an incident started on this desk ({state})."),
    "changed": N_("Offline Ready: the incident on this desk changed ({state})."),
    "ended": N_("Offline Ready: the incident on this desk ended (now {state})."),
}
_FIELDS = (  # record key → label, in the order the message lists them
    ("incident", N_("Incident")), ("cause", N_("Cause")), ("state", N_("State")),
    ("previous", N_("Previous state")), ("start", N_("Started")), ("end", N_("Ended")),
    ("site", N_("Site")), ("isp_asn", N_("Internet provider")), ("desk", N_("Desk pseudonym")),
    ("id", N_("Event")),
)


@dataclass(frozen=True)
class Entry:
    """One Event Log entry: what ``ReportEvent`` is called with."""

    event_id: int
    event_type: int
    strings: tuple[str, str]


def event_id(phase: str, cause: str | None) -> int:
    base = PHASE_BASE.get(phase, PHASE_BASE["changed"])
    return base + (INCIDENT_CAUSES.index(cause) + 1 if cause in INCIDENT_CAUSES else 0)


def event_type(phase: str, cause: str | None) -> int:
    if phase == "ended":
        return INFORMATION
    return ERROR if cause in SEVERE else WARNING


def message(rec: Mapping[str, Any]) -> str:
    """The text Event Viewer shows: a headline, the record's fields, the services down and the evidence."""
    phase = str(rec.get("event", "changed"))
    lines = [_(_HEADLINES.get(phase, _HEADLINES["changed"])).format(state=rec.get("state") or "-"), ""]
    lines += [f"{_(label)}: {rec[key]}" for key, label in _FIELDS if rec.get(key)]
    down = rec.get("services_down") or []
    if down:
        lines.append(_("Services down: {services}").format(
            services=", ".join(f"{d['service']} ({d['cause']})" for d in down)))
    evidence = rec.get("evidence") or []
    if evidence:
        lines += ["", _("Evidence:")]
        for ev in evidence:
            result = _("ok") if ev.get("ok") else _("failed")
            parts = [ev.get("layer", ""), ev.get("probe", ""), result]
            parts += [f"{ev['ms']:g} ms"] if "ms" in ev else []
            parts += [str(ev["status"])] if "status" in ev else []
            parts += [str(ev["target"])] if "target" in ev else []
            lines.append("  " + " ".join(p for p in parts if p))
    return "\r\n".join(lines)[:MAX_STRING]


def json_line(rec: Mapping[str, Any]) -> str:
    """The record as the log engine's JSON line; when it would not fit, without its evidence, then without
    the list of services down (their counts say what was left out), so it always stays valid JSON."""
    out = dict(rec)
    line = json.dumps(out, separators=(",", ":"), ensure_ascii=False)
    for key in ("evidence", "services_down"):
        if len(line) <= MAX_STRING:
            break
        out |= {key: [], f"{key}_left_out": len(rec.get(key) or [])}
        line = json.dumps(out, separators=(",", ":"), ensure_ascii=False)
    return line


def entry(rec: Mapping[str, Any]) -> Entry:
    """The Event Log entry for an incident record (fleet.events.incident_record)."""
    phase, cause = str(rec.get("event", "")), rec.get("cause")
    return Entry(event_id(phase, cause), event_type(phase, cause), (message(rec), json_line(rec)))


def write(e: Entry, source: str = SOURCE) -> None:
    """Write one entry to the Application log; raises OSError when Windows refuses it."""
    import win32evtlogutil

    try:
        win32evtlogutil.ReportEvent(source, e.event_id, eventCategory=0, eventType=e.event_type,
                                    strings=list(e.strings))
    except win32evtlogutil.error as exc:  # pywintypes.error: (winerror, function, message)
        raise OSError(exc.winerror, f"{exc.funcname}: {exc.strerror}") from None
