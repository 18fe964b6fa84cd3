"""The fleet reporter: records samples and incident events into the spool and sends them.

Owned by the application object (tray app or headless monitor), which calls :meth:`start` and
:meth:`stop`; the constructor starts nothing. Bus callbacks only hand events to the reporter's own
thread (the monitor never waits for the disk or the network); that thread writes the spool and
sends, each channel with its own backoff, so a down log engine never holds metrics back.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import random
import secrets
import socket
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__, faults
from ..events import CoreEvent, EventBus, StateChanged, VerdictReady
from ..i18n import _
from . import eventlog, push, series, wire
from . import events as fevents
from . import syslog as fsyslog
from .options import FleetCredentialError, FleetOptions, auth_headers
from .spool import CHANNELS, INCIDENT, ROUTINE, TRANSITION, Item, Spool

log = logging.getLogger(__name__)

# spool items per request; the Event Log takes one entry per call, so a refused write repeats nothing
BATCH = {"metrics": 20, "events": 50, "syslog": 50, "eventlog": 1}
INBOX_MAX = 1000  # events waiting for the reporter's thread; beyond it the oldest verdicts are dropped
SPOOL_FILE = "fleet-spool.sqlite3"
ASN_EVERY = 6 * 3600.0  # re-detect the provider this often, and soon after each recovery
ASN_RETRY = 600.0


def spool_path(paths: Any) -> Path:
    return Path(paths.data_dir) / SPOOL_FILE


class FleetReporter:
    def __init__(self, config: Any, bus: EventBus | None = None, *, path: Path | None = None,
                 clock: Any = time.time, hostname: str | None = None, session: Any = None,
                 asn_detector: Any = None, eventlog_writer: Any = None) -> None:
        self.config = config
        self.options = FleetOptions.from_config(config)
        self.bus = bus
        self.path = path or spool_path(config.paths)
        self._clock = clock
        self._hostname = hostname or socket.gethostname()
        self._session = session
        self._known = fevents.known_targets(config)
        self.spool: Spool | None = None
        self.identity: series.Identity | None = None
        self._inbox: queue.Queue[CoreEvent] = queue.Queue(INBOX_MAX)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Any = None
        self._view: series.View | None = None
        self._prev_down: dict[str, str] = {}
        self._next_try: dict[str, float] = {}
        self._failures: dict[str, int] = {}
        self.last_error: dict[str, str] = {}
        self._lock = threading.Lock()
        self._asn_detector = asn_detector
        self._next_asn = 0.0
        self._eventlog_write = eventlog_writer or eventlog.write

    # ------------------------------------------------------------------ control

    def open(self) -> Spool:
        """Open the spool and settle the desk's identity (the start of :meth:`start`; tests call it alone)."""
        if self.spool is None:
            o = self.options
            self.spool = Spool(self.path, max_age_days=o.spool_max_days, max_bytes=int(o.spool_max_mb * (1 << 20)))
            salt = o.host_salt or self.spool.get_meta("salt")
            if not salt:
                salt = secrets.token_hex(16)
                self.spool.set_meta("salt", salt)
            isp = (self.spool.get_meta("detected_asn") or "") if o.isp_asn == "detect" else o.isp_asn
            self.identity = series.Identity(series.desk_id(self._hostname, salt), o.site, isp)
        return self.spool

    def listen(self) -> None:
        """Take the bus's events from now on (they wait in a bounded inbox until :meth:`start`); only when
        reporting is on. No I/O: the owner calls it before the monitor starts, so no first verdict is missed."""
        if self.options.active and self.bus is not None and self._unsubscribe is None:
            self._unsubscribe = self.bus.subscribe(self._on_event)

    def start(self) -> bool:
        """Begin recording and sending; False (and nothing started) when reporting is off."""
        if not self.options.active or (self._thread and self._thread.is_alive()):
            return False
        self.open()
        self.listen()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="offline-ready-fleet", daemon=True)
        self._thread.start()
        log.info("fleet reporting to %s every %g s", ", ".join(self.options.destinations()), self.options.interval)
        return True

    def stop(self, timeout: float = 5.0) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._stop.set()
        self._wake.set()
        if self._thread and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._thread = None
        if self.spool is not None:
            self.spool.close()
            self.spool = None

    def apply_config(self, config: Any) -> None:
        """New settings: restart with them when what reporting depends on changed."""
        options = FleetOptions.from_config(config)
        running = self._thread is not None and self._thread.is_alive()
        self.config, self._known = config, fevents.known_targets(config)
        if options == self.options:
            return
        if running:
            self.stop()
        self.options = options
        if running or options.active:
            self.start()

    # ------------------------------------------------------------------ events (publisher's thread)

    def _on_event(self, event: CoreEvent) -> None:
        if not isinstance(event, VerdictReady | StateChanged):
            return
        try:
            self._inbox.put_nowait(event)
        except queue.Full:  # the reporter's thread is stuck on the disk: keep transitions, drop verdicts
            if isinstance(event, StateChanged):
                with self._lock:
                    with contextlib.suppress(queue.Empty):
                        self._inbox.get_nowait()
                    self._inbox.put_nowait(event)
        if isinstance(event, StateChanged):
            self._wake.set()

    # ------------------------------------------------------------------ the reporter's thread

    def _run(self) -> None:
        next_sample = self._clock() + min(5.0, self.options.interval)
        while not self._stop.is_set():
            try:
                next_sample = self._round(next_sample)
            except Exception:  # a full disk or a damaged spool must not end reporting for good
                log.exception("fleet: reporting round failed; trying again in a minute")
                self._wake.wait(60.0)
                continue
            waits = [next_sample, *(self._next_try.get(c, next_sample) for c in self.channels())]
            self._wake.wait(max(0.05, min(waits) - self._clock()))
            self._wake.clear()

    def _round(self, next_sample: float) -> float:
        """One pass of the thread: take events, detect the provider when due, sample and send; returns
        the time of the next sample."""
        self.drain_inbox()
        now = self._clock()
        if self.options.isp_asn == "detect" and now >= self._next_asn:
            self.detect_asn()
        if now >= next_sample:
            self.record_sample()
            next_sample = now + self.options.interval
            self.send_all()
        elif any(self._due(c, now) for c in self.channels()) and self._has_queued():
            self.send_all()
        return next_sample

    def detect_asn(self) -> str | None:
        """Find the provider's AS number now (``fleet.isp_asn = "detect"``); it labels what is recorded next."""
        assert self.spool is not None and self.identity is not None
        detector = self._asn_detector
        if detector is None:
            from .asn import detect as detector
        try:
            found = detector()
        except Exception:
            log.exception("fleet: detecting the provider failed")
            found = None
        self._next_asn = self._clock() + (ASN_EVERY if found else ASN_RETRY)
        if found:
            self.spool.set_meta("detected_asn", found)
            self.identity = replace(self.identity, isp_asn=found)
        return found

    def drain_inbox(self) -> None:
        while True:
            try:
                ev = self._inbox.get_nowait()
            except queue.Empty:
                return
            try:
                if isinstance(ev, VerdictReady):
                    self._view = series.View.of(ev.confirmed, ev.verdict, ev.on_backup)
                elif isinstance(ev, StateChanged):
                    self.record_transition(ev)
            except Exception:
                log.exception("fleet: could not record %s", ev.topic)

    def _counts(self) -> dict[str, int]:
        assert self.spool is not None
        try:
            raw = json.loads(self.spool.get_meta("incident_counts", "{}") or "{}")
            return {k: int(v) for k, v in raw.items() if k in series.INCIDENT_CAUSES}
        except (ValueError, TypeError):
            return {}

    def record_sample(self, priority: int = ROUTINE, ts: float | None = None) -> bool:
        """Put one sample of the current view in the spool (nothing before the first verdict)."""
        if self._view is None or self.spool is None or self.identity is None:
            return False
        ts_ms = int((ts if ts is not None else self._clock()) * 1000)
        down = series.down_causes(self._view)
        ended = {s: c for s, c in self._prev_down.items() if down.get(s) != c}
        self._prev_down = down
        points = series.sample(self._view, self.identity, self._counts(), ts_ms, __version__, ended)
        body = {"i": dict(self.identity.labels()),
                "p": [[p.name[len(series.PREFIX):], {k: v for k, v in p.labels if k not in series.IDENTITY_LABELS},
                       p.value] for p in points]}
        self.spool.set_meta("last_sample", json.dumps({"ts_ms": ts_ms, **body}))
        return self.spool.put("metrics", f"m:{ts_ms}", ts_ms, body, priority, now=self._clock())

    def record_transition(self, ev: StateChanged) -> None:
        """A confirmed change: a sample at once (kept longer than routine ones) and the incident's event."""
        assert self.spool is not None
        v = ev.verdict
        at = v.checked_at if v is not None else datetime.now(UTC)
        self._view = series.View.of(ev.state, v, ev.on_backup)
        open_ref = self.spool.get_meta("open_incident") or ""
        down = [s.name for s in v.services_down] if v is not None else []
        hijacking = bool(v and v.hijacking)
        started = ev.incident_started_at
        if open_ref and (started is None or open_ref != _ref(started)):
            # the incident this desk had open is over (also when the app restarted in the middle of it)
            opened = datetime.fromisoformat(self.spool.get_meta("open_incident_started") or at.isoformat())
            cause = self.spool.get_meta("open_incident_cause") or None
            self._event(open_ref, "ended", at, opened, ev.state, ev.previous, cause, v)
            self.spool.set_meta("open_incident", "")
            self._next_asn = 0.0  # back online, maybe on another network: ask who the provider is now
        if started is not None:
            cause = series.incident_cause(ev.state, down, hijacking, ev.on_backup) or "degraded"
            if open_ref != _ref(started):
                counts = self._counts()
                counts[cause] = counts.get(cause, 0) + 1
                self.spool.set_meta("incident_counts", json.dumps(counts))
                self.spool.set_meta("open_incident", _ref(started))
                self.spool.set_meta("open_incident_started", started.isoformat())
                self._event(_ref(started), "started", at, started, ev.state, ev.previous, cause, v)
            else:
                self._event(open_ref, "changed", at, started, ev.state, ev.previous, cause, v)
            self.spool.set_meta("open_incident_cause", cause)
        self.record_sample(TRANSITION, at.timestamp())

    def _event(self, ref: str, phase: str, at: datetime, started: datetime, state: str, previous: str,
               cause: str | None, verdict: Any) -> None:
        """Queue one incident event for the log engine and the SIEM, as configured."""
        assert self.spool is not None and self.identity is not None
        rec = fevents.incident_record(identity=self.identity, incident=int(ref), phase=phase, at=at, started=started,
                                      state=state, previous=previous, cause=cause,
                                      verdict=verdict.to_dict() if verdict is not None else None, known=self._known,
                                      version=__version__)
        ts_ms = int(at.timestamp() * 1000)
        if self.options.events_url:
            self.spool.put("events", rec["id"], ts_ms, rec, INCIDENT, now=self._clock())
        if self.options.syslog_url:
            self.spool.put("syslog", "s:" + rec["id"], ts_ms, rec, INCIDENT, now=self._clock())
        if self.options.windows_event_log:
            self.spool.put("eventlog", "w:" + rec["id"], ts_ms, rec, INCIDENT, now=self._clock())

    # ------------------------------------------------------------------ sending

    def channels(self) -> list[str]:
        o = self.options
        return [c for c, on in (("metrics", o.metrics_url), ("events", o.events_url), ("syslog", o.syslog_url),
                                ("eventlog", o.windows_event_log)) if on]

    def _due(self, channel: str, now: float) -> bool:
        return now >= self._next_try.get(channel, 0.0)

    def _has_queued(self) -> bool:
        return bool(self.spool and self.spool.stats()["items"])

    def send_all(self) -> dict[str, int]:
        """Send what waits, oldest first, channel by channel until each is empty or fails; returns the
        number of items delivered per channel."""
        out = {}
        for channel in self.channels():
            if self._due(channel, self._clock()):
                out[channel] = self.send_channel(channel)
        return out

    def send_channel(self, channel: str) -> int:
        """Send a channel's waiting items, batch after batch, until it is empty or a batch must wait."""
        delivered = 0
        while not self._stop.is_set():
            verdict, n = self.send_batch(channel)
            delivered += n if verdict == push.DELIVERED else 0
            if verdict in (None, push.RETRY):
                break
        return delivered

    def send_batch(self, channel: str) -> tuple[str | None, int]:
        """Send the oldest batch of a channel and settle it: (outcome, items), or (None, 0) when empty."""
        assert self.spool is not None
        items = self.spool.batch(channel, BATCH[channel])
        if not items:
            return None, 0
        outcome = self._send(channel, items)
        if outcome.verdict == push.DELIVERED:
            faults.point("fleet-sent-before-delete")
            self.spool.delete(items)
            self._failures[channel] = 0
            self.last_error.pop(channel, None)
            self.spool.set_meta(f"last_sent_{channel}", str(self._clock()))
        elif outcome.verdict == push.QUARANTINE:
            log.warning("fleet: the %s engine refused %d item(s) from %s to %s with HTTP %s (%s); they are set "
                        "aside in the spool's quarantine and not sent again", channel, len(items),
                        _stamp(items[0].ts_ms), _stamp(items[-1].ts_ms), outcome.status, outcome.reason)
            self.spool.quarantine(items, outcome.status, outcome.reason, self._clock())
        else:
            self.spool.failed(items)
            n = self._failures[channel] = self._failures.get(channel, 0) + 1
            wait = outcome.retry_after or push.backoff(n, min(30.0, self.options.interval), jitter=random.random())
            self._next_try[channel] = self._clock() + wait
            self.last_error[channel] = outcome.reason
            log.info("fleet: %s not sent (%s); %d item(s) wait, next try in %.0f s", channel, outcome.reason,
                     self.spool.stats()["queued"].get(channel, {}).get("items", 0), wait)
        return outcome.verdict, len(items)

    def _send(self, channel: str, items: list[Item]) -> push.Outcome:
        o = self.options
        if channel == "syslog":
            try:
                fsyslog.send(o.syslog_url, [fsyslog.format_record(i.body) for i in items], o.ca_file)
            except OSError as exc:
                return push.Outcome(push.RETRY, None, f"syslog: {exc}")
            return push.Outcome(push.DELIVERED)
        if channel == "eventlog":
            try:
                for item in items:
                    self._eventlog_write(eventlog.entry(item.body))
            except OSError as exc:  # the Event Log service is stopped or the log is full: it waits in the spool
                return push.Outcome(push.RETRY, None, f"Windows Event Log: {exc}")
            return push.Outcome(push.DELIVERED)
        try:
            headers = auth_headers(o)
        except FleetCredentialError as exc:
            return push.Outcome(push.RETRY, None, str(exc))
        if channel == "metrics":
            body, url = wire.encode(points_of(items)), o.metrics_url
            headers.update(wire.HEADERS)
        else:
            body, extra = fevents.body_for(o.events_format, [i.body for i in items])
            headers.update(extra)
            url = fevents.victorialogs_url(o.events_url) if o.events_format == "victorialogs" else o.events_url
        return push.post(self.session(), url, body, headers, o.verify())

    def session(self) -> Any:
        if self._session is None:
            from ..proxy.session import proxied_session

            self._session = proxied_session()
        return self._session

    # ------------------------------------------------------------------ status

    def status(self) -> dict[str, Any]:
        return status_of(self.options, self.spool, self.last_error)


def preview(reporter: FleetReporter, limit: int = 5) -> dict[str, Any]:
    """Exactly what this desk sends: its labels, the last sample taken, and the next items waiting, each
    as the engine receives it (metric points with labels and time; event records as written)."""
    spool = reporter.open()
    queued: dict[str, list[Any]] = {}
    for channel in CHANNELS:
        items = spool.batch(channel, limit)
        if channel == "metrics":
            queued[channel] = [_point_dict(p) for p in points_of(items)]
        else:
            queued[channel] = [i.body for i in items]
    last = json.loads(spool.get_meta("last_sample", "null") or "null")
    sample = None
    if last:
        item = Item(0, "", "metrics", ROUTINE, int(last["ts_ms"]), last, 0)
        sample = [_point_dict(p) for p in points_of([item])]
    return {"status": reporter.status(), "labels": dict(reporter.identity.labels()) if reporter.identity else {},
            "series": {series.PREFIX + k: {"labels": list(v[0]), "help": v[1]} for k, v in series.SERIES.items()},
            "last_sample": sample, "next_to_send": queued}


def preview_lines(data: dict[str, Any]) -> list[str]:
    """:func:`preview` as plain text (``fleet preview`` and the app's "What is sent" window): metric
    points in the Prometheus text form, events by their message."""
    ident = data["labels"]
    lines = [_("Every item carries these labels: {labels}").format(
        labels=", ".join(f"{k}={v}" for k, v in ident.items()))]
    lines.append(_("Last sample taken:") if data["last_sample"] else _("No sample taken yet."))
    for p in data["last_sample"] or []:
        lines.append(f"  {p['time']}  " + _exposition(p, skip=ident))
    for channel, items in data["next_to_send"].items():
        if not items:
            continue
        lines.append(_("Next to send ({channel}), the first {n}:").format(channel=channel, n=len(items)))
        for item in items:
            if channel == "metrics":
                lines.append(f"  {item['time']}  " + _exposition(item))
            else:
                lines.append("  " + json.dumps(item, ensure_ascii=False, separators=(",", ":")))
    return lines


def _exposition(point: dict[str, Any], skip: dict[str, str] | None = None) -> str:
    """One point as a line of the Prometheus text format (labels in ``skip`` left out)."""
    labels = ",".join(f'{k}="{v}"' for k, v in point["labels"].items() if k not in (skip or {}))
    return f"{point['name']}{{{labels}}} {point['value']:.15g}" if labels else f"{point['name']} {point['value']:.15g}"


def _point_dict(p: wire.Point) -> dict[str, Any]:
    return {"name": p.name, "labels": dict(p.labels), "value": p.value,
            "time": datetime.fromtimestamp(p.ts_ms / 1000, UTC).isoformat(timespec="milliseconds")}


def points_of(items: list[Item]) -> list[wire.Point]:
    """The metric points of spooled samples, with their identity labels and event times."""
    out = []
    for item in items:
        ident = tuple(item.body.get("i", {}).items())
        for name, labels, value in item.body.get("p", []):
            out.append(wire.Point(series.PREFIX + name, tuple(sorted((*ident, *labels.items()))), float(value),
                                  item.ts_ms))
    return out


def status_of(options: FleetOptions, spool: Spool | None, last_error: dict[str, str] | None = None) -> dict[str, Any]:
    """What the Settings line and ``fleet status`` show: where to, last sent, what waits, what was refused."""
    out: dict[str, Any] = {"enabled": options.enabled, "active": options.active,
                           "destinations": options.destinations(), "last_sent": None, "queued": 0,
                           "quarantined": 0, "errors": dict(last_error or {})}
    if spool is not None:
        stats = spool.stats()
        sent = [float(v) for c in CHANNELS if (v := spool.get_meta(f"last_sent_{c}"))]
        out["last_sent"] = datetime.fromtimestamp(max(sent), UTC).isoformat(timespec="seconds") if sent else None
        out["queued"] = stats["items"]
        out["queued_bytes"] = stats["bytes"]
        out["quarantined"] = sum(q["items"] for q in stats["quarantined"].values())
    return out


def _ref(started: datetime) -> str:
    """An incident's reference: its start in milliseconds (stable across the incident's changes)."""
    return str(int(started.timestamp() * 1000))


def _stamp(ts_ms: int) -> str:
    return datetime.fromtimestamp(ts_ms / 1000, UTC).isoformat(timespec="seconds")
