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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__, faults
from ..events import CoreEvent, EventBus, StateChanged, VerdictReady
from . import events as fevents
from . import push, series, wire
from . import syslog as fsyslog
from .options import FleetCredentialError, FleetOptions, auth_headers
from .spool import INCIDENT, ROUTINE, TRANSITION, Item, Spool

log = logging.getLogger(__name__)

BATCH = {"metrics": 20, "events": 50, "syslog": 50}  # spool items per request
INBOX_MAX = 1000  # events waiting for the reporter's thread; beyond it the oldest verdicts are dropped
SPOOL_FILE = "fleet-spool.sqlite3"


def spool_path(paths: Any) -> Path:
    return Path(paths.data_dir) / SPOOL_FILE


@dataclass
class _Transition:
    event: StateChanged
    at: float


class FleetReporter:
    def __init__(self, config: Any, bus: EventBus | None = None, *, path: Path | None = None,
                 clock: Any = time.time, hostname: str | None = None, session: Any = None) -> None:
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
            self.identity = series.Identity(series.desk_id(self._hostname, salt), o.site, o.isp_asn)
        return self.spool

    def start(self) -> bool:
        """Begin recording and sending; False (and nothing started) when reporting is off."""
        if not self.options.active or (self._thread and self._thread.is_alive()):
            return False
        self.open()
        if self.bus is not None and self._unsubscribe is None:
            self._unsubscribe = self.bus.subscribe(self._on_event)
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
            self.drain_inbox()
            now = self._clock()
            if now >= next_sample:
                self.record_sample()
                next_sample = now + self.options.interval
                self.send_all()
            elif any(self._due(c, now) for c in self.channels()) and self._has_queued():
                self.send_all()
            waits = [next_sample, *(self._next_try.get(c, next_sample) for c in self.channels())]
            self._wake.wait(max(0.05, min(waits) - self._clock()))
            self._wake.clear()

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
        assert self.spool is not None and self.identity is not None
        v = ev.verdict
        at = v.checked_at if v is not None else datetime.now(UTC)
        self._view = series.View.of(ev.state, v, ev.on_backup)
        open_ref = self.spool.get_meta("open_incident")
        started = ev.incident_started_at
        phase = None
        if started is not None:
            ref = str(int(started.timestamp() * 1000))
            phase = "changed" if open_ref == ref else "started"
            if phase == "started":
                down = [s.name for s in v.services_down] if v is not None else []
                cause = series.incident_cause(ev.state, down, bool(v and v.hijacking), ev.on_backup)
                counts = self._counts()
                counts[cause or "degraded"] = counts.get(cause or "degraded", 0) + 1
                self.spool.set_meta("incident_counts", json.dumps(counts))
                self.spool.set_meta("open_incident", ref)
                self.spool.set_meta("open_incident_started", started.isoformat())
        elif open_ref:
            ref, phase = open_ref, "ended"
            started = datetime.fromisoformat(self.spool.get_meta("open_incident_started") or at.isoformat())
            self.spool.set_meta("open_incident", "")
        self.record_sample(TRANSITION, at.timestamp())
        if phase is None:
            return
        down = [s.name for s in v.services_down] if v is not None else []
        cause = series.incident_cause(ev.state if phase != "ended" else ev.previous, down,
                                      bool(v and v.hijacking), ev.on_backup or ev.was_on_backup)
        rec = fevents.incident_record(identity=self.identity, incident=int(ref), phase=phase, at=at, started=started,
                                      state=ev.state, previous=ev.previous, cause=cause,
                                      verdict=v.to_dict() if v is not None else None, known=self._known,
                                      version=__version__)
        ts_ms = int(at.timestamp() * 1000)
        if self.options.events_url:
            self.spool.put("events", rec["id"], ts_ms, rec, INCIDENT, now=self._clock())
        if self.options.syslog_url:
            self.spool.put("syslog", "s:" + rec["id"], ts_ms, rec, INCIDENT, now=self._clock())

    # ------------------------------------------------------------------ sending

    def channels(self) -> list[str]:
        o = self.options
        return [c for c, url in (("metrics", o.metrics_url), ("events", o.events_url), ("syslog", o.syslog_url))
                if url]

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
        assert self.spool is not None
        delivered = 0
        while not self._stop.is_set():
            items = self.spool.batch(channel, BATCH[channel])
            if not items:
                break
            outcome = self._send(channel, items)
            if outcome.verdict == push.DELIVERED:
                faults.point("fleet-sent-before-delete")
                self.spool.delete(items)
                delivered += len(items)
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
                break
        return delivered

    def _send(self, channel: str, items: list[Item]) -> push.Outcome:
        o = self.options
        if channel == "syslog":
            try:
                fsyslog.send(o.syslog_url, [fsyslog.format_record(i.body) for i in items], o.ca_file)
            except OSError as exc:
                return push.Outcome(push.RETRY, None, f"syslog: {exc}")
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
    for channel in ("metrics", "events", "syslog"):
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
        sent = [float(v) for c in ("metrics", "events", "syslog") if (v := spool.get_meta(f"last_sent_{c}"))]
        out["last_sent"] = datetime.fromtimestamp(max(sent), UTC).isoformat(timespec="seconds") if sent else None
        out["queued"] = stats["items"]
        out["queued_bytes"] = stats["bytes"]
        out["quarantined"] = sum(q["items"] for q in stats["quarantined"].values())
    return out


def _stamp(ts_ms: int) -> str:
    return datetime.fromtimestamp(ts_ms / 1000, UTC).isoformat(timespec="seconds")
