"""Incident events in the Windows Event Log: the entry (event id, type, text, JSON) as a table of cases
from real incident records, the reporter's routing through the spool, and — on Windows only — one entry
written through the real writer and read back from the Application log."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import pytest

from fleet.desk import T0, Desk
from offline_ready import i18n
from offline_ready.fleet import eventlog, options
from offline_ready.fleet import events as fevents
from offline_ready.fleet.series import Identity

E, W, INFO = eventlog.ERROR, eventlog.WARNING, eventlog.INFORMATION

CASES = [  # phase, cause → event id, type
    ("started", "degraded", 1101, W),
    ("started", "dns-outage", 1102, E),
    ("started", "captive-portal", 1103, W),
    ("started", "no-internet", 1104, E),
    ("started", "no-network", 1105, E),
    ("started", "service", 1106, W),
    ("started", "hijacking", 1107, E),
    ("started", "backup-dns", 1108, W),
    ("changed", "no-internet", 1204, E),
    ("changed", "service", 1206, W),
    ("changed", None, 1200, W),
    ("ended", "dns-outage", 1302, INFO),
    ("ended", "hijacking", 1307, INFO),
    ("ended", "something-new", 1300, INFO),
]


@pytest.mark.parametrize(("phase", "cause", "event_id", "event_type"), CASES)
def test_event_id_and_type_by_phase_and_cause(phase, cause, event_id, event_type):
    assert eventlog.event_id(phase, cause) == event_id
    assert eventlog.event_type(phase, cause) == event_type


def _record(phase: str = "started", evidence: list | None = None) -> dict:
    ev = evidence if evidence is not None else [
        {"probe": "dns.system", "target": "example.com", "ok": False, "ms": 2001.23, "layer": "dns",
         "data": {"status": "SERVFAIL"}},
        {"probe": "link", "target": "wlp2s0", "ok": True, "layer": "link"},
        {"probe": "gateway", "target": "192.168.1.1", "ok": True, "ms": 0.4, "layer": "lan"},
    ]
    started = datetime.fromtimestamp(T0, UTC)
    return fevents.incident_record(
        identity=Identity("0123456789abcdef", "berlin", "AS3320"), incident=int(T0 * 1000), phase=phase,
        at=datetime.fromtimestamp(T0 + 60, UTC), started=started, state="dns-outage", previous="online",
        cause="dns-outage", verdict={"services": [{"name": "Shop", "state": "down", "cause": "dns"}],
                                     "evidence": ev},
        known=frozenset({"example.com"}), version="0.1.0")


def test_entry_carries_the_scrubbed_record_as_text_and_as_the_log_engines_json_line():
    rec = _record()
    e = eventlog.entry(rec)
    assert (e.event_id, e.event_type) == (1102, E)
    text, line = e.strings
    assert json.loads(line) == rec  # the same fields as the JSON line the log engine gets
    assert line + "\n" == fevents.victorialogs_body([rec]).decode()
    assert text.startswith("Offline Ready: an incident started on this desk (dns-outage).\r\n")
    for want in (f"Incident: {rec['incident']}", "Cause: dns-outage", "Previous state: online", "Site: berlin",
                 "Internet provider: AS3320", "Desk pseudonym: 0123456789abcdef", f"Event: {rec['id']}",
                 "Services down: Shop (dns)", "dns dns.system failed 2001.2 ms SERVFAIL example.com",
                 "link link ok", "lan gateway ok 0.4 ms"):
        assert want in text, want
    for secret in ("wlp2s0", "192.168.1.1"):  # the desk's own network never reaches the log
        assert secret not in text and secret not in line


def test_ended_entry_is_information_with_the_end_and_no_evidence():
    e = eventlog.entry(_record("ended"))
    assert (e.event_id, e.event_type) == (1302, INFO)
    assert "Ended: " in e.strings[0] and "Evidence" not in e.strings[0]
    assert e.strings[0].startswith("Offline Ready: the incident on this desk ended (now dns-outage).")


def test_entry_stays_within_what_report_event_accepts():
    huge = [{"probe": "dns.system", "target": "example.com", "ok": False, "ms": 1.0, "layer": "dns",
             "data": {"status": "x" * 20}}] * fevents.MAX_EVIDENCE
    rec = _record(evidence=huge) | {"services_down": [{"service": "S" * 500, "cause": "dns"}] * 100}
    text, line = eventlog.entry(rec).strings
    assert len(text) <= eventlog.MAX_STRING and len(line) <= eventlog.MAX_STRING
    parsed = json.loads(line)
    assert parsed["evidence"] == [] and parsed["evidence_left_out"] == fevents.MAX_EVIDENCE
    assert parsed["services_down"] == [] and parsed["services_down_left_out"] == 100
    assert parsed["id"] == rec["id"]


def test_entry_text_is_translated():
    i18n.set_language(i18n.PSEUDO)
    try:
        text = eventlog.entry(_record()).strings[0]
    finally:
        i18n.set_language("en")
    first = text.splitlines()[0]
    assert first.startswith(i18n.PSEUDO_OPEN) and "dns-outage" in first
    assert all(line.startswith(("  ", i18n.PSEUDO_OPEN)) for line in text.splitlines() if line)


def _outage(desk: Desk) -> None:
    desk.confirmed = "online"
    desk.observe("online")
    desk.tick(60, "dns-outage", down={"Shop": "dns"})
    desk.tick(60, "online")


def test_setting_does_nothing_off_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(options, "EVENT_LOG_HERE", False)
    desk = Desk(tmp_path / "home")
    rep = desk.open(windows_event_log=True)
    assert not rep.options.windows_event_log and not rep.options.active and rep.channels() == []


def test_reporter_writes_each_incident_event_once_and_keeps_it_while_windows_refuses(tmp_path, monkeypatch):
    monkeypatch.setattr(options, "EVENT_LOG_HERE", True)  # this machine's platform, as on Windows
    written: list[eventlog.Entry] = []
    refuse = [True]

    def os_call(entry: eventlog.Entry) -> None:  # stands in for ReportEvent, which exists on Windows only
        if refuse[0]:
            raise OSError(1502, "ReportEvent: The event log file is full.")
        written.append(entry)

    desk = Desk(tmp_path / "home")
    rep = desk.open(eventlog_writer=os_call, windows_event_log=True)
    assert rep.options.active and rep.channels() == ["eventlog"]
    assert "Windows Event Log" in rep.options.destinations()
    _outage(desk)
    assert rep.send_all() == {"eventlog": 0}
    assert "event log file is full" in rep.status()["errors"]["eventlog"]
    assert rep.spool.stats()["queued"]["eventlog"]["items"] == 2
    refuse[0] = False
    desk.now += 3600
    assert rep.send_all() == {"eventlog": 2}
    assert [(e.event_id, e.event_type) for e in written] == [(1102, E), (1302, INFO)]
    assert [json.loads(e.strings[1])["event"] for e in written] == ["started", "ended"]
    assert rep.send_all() == {"eventlog": 0} and len(written) == 2  # nothing written twice
    assert rep.status()["last_sent"] is not None


@pytest.mark.skipif(sys.platform != "win32", reason="the Windows Event Log exists on Windows only")
def test_real_writer_reaches_the_application_log():  # pragma: no cover - runs on Windows
    import win32evtlog

    rec = _record()
    eventlog.write(eventlog.entry(rec))
    handle = win32evtlog.OpenEventLog(None, eventlog.LOG)
    try:
        flags = win32evtlog.EVENTLOG_BACKWARDS_READ | win32evtlog.EVENTLOG_SEQUENTIAL_READ
        found = [ev for ev in win32evtlog.ReadEventLog(handle, flags, 0)
                 if ev.SourceName == eventlog.SOURCE and ev.StringInserts and rec["id"] in ev.StringInserts[1]]
    finally:
        win32evtlog.CloseEventLog(handle)
    assert found and found[0].EventID & 0xFFFF == 1102 and found[0].EventType == E


def test_the_msi_registers_the_writers_source_with_a_message_file_for_every_id():
    """The installer's registry key names the same source and log the writer uses (a mismatch would leave
    Event Viewer without the text), with a message file and the three types the writer uses."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    wxs = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "OfflineReady.wxs"
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    keys = [k for k in ET.parse(wxs).getroot().iterfind(".//w:RegistryKey", ns)
            if k.get("Key", "").startswith("SYSTEM\\CurrentControlSet\\Services\\EventLog\\")]
    assert [(k.get("Root"), k.get("Key").rsplit("\\", 2)[1:]) for k in keys] == [
        ("HKLM", [eventlog.LOG, eventlog.SOURCE])]
    values = {v.get("Name"): v for v in keys[0].iterfind("w:RegistryValue", ns)}
    assert values["EventMessageFile"].get("Type") == "expandable"
    assert values["EventMessageFile"].get("Value").endswith("\\v4.0.30319\\EventLogMessages.dll")
    assert int(values["TypesSupported"].get("Value")) & (E | W | INFO) == E | W | INFO
