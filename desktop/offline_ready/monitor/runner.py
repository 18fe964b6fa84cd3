"""The monitor loop: heartbeats while healthy, quick confirmation, fast recovery checks.

Cadence (defaults in the ``monitor`` settings section):
- healthy: a heartbeat every 5 s (one DNS query; a TCP handshake every 30 s) and a
  full diagnosis every 10 minutes; a failed heartbeat triggers a full diagnosis at once;
- a first problem is re-checked after 1 s, 2 s, 4 s … until confirmed or dismissed;
- while in trouble, a full diagnosis every 3 s, so recovery is noticed fast;
- an OS network-change event triggers a full diagnosis at once, and a follow-up a few
  seconds later (a captive portal or a DHCP-given resolver often shows only once the new
  network has settled);
- any change of the system's DNS configuration (ours or anyone's; see ``dnswatch``) triggers a
  full diagnosis at once, and whether backup DNS is in use is part of the condition: running on
  backup DNS is not "recovered" — only the user's own setup working is;
- each watched service gets a light check on its own cadence (see ``services``); an answer
  that differs from the confirmed state triggers a full diagnosis;
- while healthy, the traffic budget (``monitor.traffic_budget``, see ``budget``) may stretch the
  costliest checks — a light check, the full diagnosis — from what each one measurably spent;
  confirmation and recovery rounds are never slowed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ..config import Config
from ..diagnosis.engine import diagnose
from ..diagnosis.model import State, Verdict
from ..events import CheckStarted, EventBus, StateChanged, VerdictReady
from ..history.store import HistoryStore
from ..i18n import N_, _
from ..probes import dns as dnsprobe
from ..probes.link import is_metered, read_link
from .budget import service_key
from .dnswatch import ResolverConfigWatch
from .heartbeat import Heartbeat
from .hysteresis import Condition, Hysteresis
from .netevents import NetworkEvents
from .services import LightResult, ServiceSchedule, light_check
from .traffic import TrafficBudget

log = logging.getLogger(__name__)

SETTLE_SECONDS = 5.0  # the follow-up check after a network change
BACKUP_REASON = "backup-dns"  # verdict tag: the system runs on backup DNS right now
BACKUP_HEADLINE = N_("Working through backup DNS (your own DNS resolver is not in use)")


def backup_journal() -> Path:
    """The file that exists exactly while a backup-DNS switch is in force (the switch's journal)."""
    from ..backup_dns.journal import Journal
    from ..backup_dns.switcher import system_journal_dir

    return Journal(system_journal_dir()).open_path


class Monitor:
    def __init__(self, config: Config, bus: EventBus | None = None, history: HistoryStore | None = None, *,
                 diagnose_fn: Callable[[Config], Verdict] | None = None, watch_network: bool = True,
                 backup_file: Path | None = None, dns_files: tuple[Path, ...] | None = None,
                 service_check: Callable[..., LightResult] = light_check, cadence_file: Path | None = None):
        """``cadence_file``: where the traffic budget's current plan is written for other commands."""
        self.bus = bus or EventBus()
        self._cadence_file = cadence_file
        self.history = history
        # by default each diagnosis knows the last verdict: services that were in trouble are probed first
        self._diagnose = diagnose_fn or (lambda config: diagnose(config, previous=self.last_verdict))
        self._watch_network = watch_network
        self._backup_file = backup_file
        self._dns_files = dns_files  # None: the system's (resolv.conf, systemd-resolved, NetworkManager)
        self._service_check = service_check
        self._service_pool: ThreadPoolExecutor | None = None
        self._settle_at: float | None = None
        self.on_backup = False
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._force: str | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.last_verdict: Verdict | None = None
        self.incident_id: int | None = None
        self.incident_started: datetime | None = None
        self.apply_config(config)

    # ---------------------------------------------------------------- control

    def apply_config(self, config: Config) -> None:
        m = config.monitor
        p = config.probes
        with self._lock:
            self.config = config
            self.heartbeat_interval = float(m.heartbeat_interval)
            self.endpoint_interval = float(m.endpoint_interval)
            self.full_interval = float(m.full_interval)
            self.trouble_interval = float(m.trouble_interval)
            self.metered_factor = m.metered_factor
            self.metered = False
            old = getattr(self, "hysteresis", None)
            self.hysteresis = Hysteresis(m.confirm_rounds, m.recover_rounds)
            if old is not None:
                self.hysteresis.confirmed = old.confirmed
            self.timeout = p.timeout
            self.services = ServiceSchedule(list(config.services), float(m.service_interval), time.monotonic(),
                                            previous=getattr(self, "services", None),
                                            answers=lambda host, max_age: self.heart.fresh(host, max_age))
            # the services' names take turns with the canaries: a rewritten answer shows within the cadence
            self.heart = Heartbeat(p.canary_names, p.ip_endpoints, p.timeout, float(p.slow_ms),
                                   hosts=[c.host for c in self.services.checks],
                                   per_cadence=max(1, int(m.service_interval // m.heartbeat_interval)))
            self.traffic = TrafficBudget(m.traffic_budget, self._cadence_file, previous=getattr(self, "traffic", None))
            self._replan()
        self.check_now("settings")

    def _replan(self) -> None:
        """Fit the healthy cadence into the traffic budget, from what the checks measurably cost."""
        beat = self._beat_interval()
        self.traffic.replan(heartbeat=beat, endpoint=max(self.endpoint_interval, beat), full=self.full_interval,
                            services=self.services.checks)
        self.services.set_intervals(self.traffic.service_intervals(self.services.checks))

    @property
    def confirmed(self) -> Condition:
        return self.hysteresis.confirmed

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="offline-ready-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake()
        if self._thread and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def check_now(self, reason: str = "user") -> None:
        """Run a full diagnosis as soon as possible (from any thread)."""
        self._force = reason
        self._wake()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    # ---------------------------------------------------------------- loop

    def run(self) -> None:
        events = NetworkEvents() if self._watch_network else None
        if self._backup_file is None:
            try:
                self._backup_file = backup_journal()
            except Exception:  # backup DNS unavailable on this platform: nothing to watch
                log.debug("no backup-DNS journal to watch", exc_info=True)
        dnsconf = ResolverConfigWatch([self._backup_file] if self._backup_file else [], files=self._dns_files)
        if self.history:
            self.history.close_dangling()
        sysres = dnsprobe.system_resolvers()
        now = time.monotonic()
        next_full = now
        next_beat = now + self.heartbeat_interval
        next_tcp = now + self.endpoint_interval
        backoff = 1.0
        prior_failures = 0
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                if self._settle_at is not None and now >= self._settle_at:
                    self._settle_at = None
                    self._force = self._force or "network-settled"
                reason = self._force
                if reason or now >= next_full:
                    self._force = None
                    sysres = dnsprobe.system_resolvers()
                    pending = self._full_round(reason or "scheduled", prior_failures)
                    metered = is_metered(read_link().default_interfaces)
                    if metered != self.metered:
                        self.metered = metered
                        self._replan()
                    prior_failures = 0
                    if pending:
                        delay = backoff
                        backoff = min(backoff * 2, 8.0)
                    else:
                        backoff = 1.0
                        delay = (self.trouble_interval if self.confirmed.problem
                                 else self.traffic.full_interval(self.full_interval))
                    now = time.monotonic()
                    next_full = now + delay
                    next_beat = now + self._beat_interval()
                    self.services.postpone_all(now)
                elif now >= next_beat:
                    with_tcp = now >= next_tcp
                    if with_tcp:
                        next_tcp = now + self.endpoint_interval
                    beat = self.heart.beat(sysres, with_tcp)
                    if self.history:
                        self.history.add_sample("heartbeat", str(self.confirmed.state), beat.ok,
                                                dns_ms=beat.dns_ms, tcp_ms=beat.tcp_ms)
                    if beat.moved:  # a service's name answers differently: does the service still work there?
                        log.info("the DNS answer for %s changed: checking it now", ", ".join(beat.moved))
                        self.services.due_now(beat.moved, time.monotonic())
                    if not beat.ok:
                        log.info("heartbeat anomaly: %s", beat.reason)
                        prior_failures = 1
                        self._force = "heartbeat"
                    next_beat = time.monotonic() + self._beat_interval()
                    continue
                elif (due := self.services.take_due(now)) and not self.confirmed.problem:
                    failed = self._light_service_checks(due)
                    if failed is not None:
                        prior_failures = failed
                        self._force = "service"
                    continue
                waits = [next_full, next_beat, self.services.next_due() or next_full, self._settle_at or next_full]
                self._wait(max(0.0, min(waits) - time.monotonic()), events, dnsconf)
        finally:
            if events:
                events.close()
            dnsconf.close()
            self.services.close()
            if self._service_pool is not None:
                self._service_pool.shutdown(wait=False)

    def _light_service_checks(self, due: list) -> int | None:
        """Light checks of the due services, at once; None when each agrees with the confirmed
        state, else how many failed rounds they count as (1 for a new failure, 0 for a recovery)."""
        if self._service_pool is None:
            self._service_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="service-check")
        results = list(self._service_pool.map(lambda c: self._service_check(c, self.timeout), due))
        measured = [r for r in results if r.up and r.wire_bytes]
        for r in measured:
            self.traffic.meter.record(service_key(r.name), float(r.wire_bytes or 0), time.monotonic())
        if measured:
            self._replan()
        known_down = set(self.confirmed.down)
        new_failure = [r for r in results if not r.up and r.name not in known_down]
        recovered = [r for r in results if r.up and r.name in known_down]
        for r in new_failure:
            log.info("service check: %s failed (%s)", r.name, r.detail)
        if new_failure:
            return 1
        return 0 if recovered else None

    def _beat_interval(self) -> float:
        """Heartbeats are rarer on metered connections (phone hotspots, mobile data)."""
        return self.heartbeat_interval * (self.metered_factor if self.metered else 1)

    def _wait(self, seconds: float, events: NetworkEvents | None, dnsconf: ResolverConfigWatch) -> None:
        fds = [self._wake_r] + ([events.fileno()] if events and events.available else [])
        fds += [dnsconf.fileno()] if dnsconf.available else []
        try:
            ready, _writable, _failed = select.select(fds, [], [], seconds)
        except InterruptedError:
            return
        if self._wake_r in ready:
            os.read(self._wake_r, 4096)
        if events and events.available and events.fileno() in ready:
            time.sleep(0.3)  # let a burst of route/address messages settle
            if events.drain() >= 0:
                log.info("network configuration changed: checking now")
                self._force = self._force or "network-change"
                self._settle_at = time.monotonic() + SETTLE_SECONDS
        if dnsconf.changed():
            log.info("the DNS configuration changed: checking now")
            time.sleep(0.2)  # a writer may still be finishing (truncate, then write)
            dnsconf.changed()
            self._force = "dns-config"

    def _full_round(self, reason: str, prior_failures: int) -> bool:
        """Diagnose, apply hysteresis, publish; returns True while a change is pending."""
        self.bus.publish(CheckStarted(reason=reason))
        try:
            verdict = self._diagnose(self.config)
        except Exception:
            log.exception("diagnosis failed")
            return False
        self.on_backup = self._backup_in_force()
        if self.on_backup and BACKUP_REASON not in verdict.reasons:
            verdict.reasons.append(BACKUP_REASON)
        self.last_verdict = verdict
        cond = Condition.of(verdict, backup=self.on_backup)
        previous = self.confirmed
        changed = self.hysteresis.observe(cond, prior_failures)
        if self.history:
            self._record_sample(verdict)
        if changed:
            self._on_change(previous, verdict)
        pending = self.hysteresis.pending
        self.bus.publish(VerdictReady(verdict=verdict, confirmed=str(self.confirmed.state),
                                      pending=str(pending.state) if pending else None,
                                      on_backup=self.confirmed.backup, cadence=self.traffic.to_dict()))
        return pending is not None

    def _backup_in_force(self) -> bool:
        return bool(self._backup_file and self._backup_file.exists())

    def _on_change(self, previous: Condition, verdict: Verdict) -> None:
        cur = self.confirmed
        now = verdict.checked_at
        if self.history:
            if self.incident_id is not None:
                self.history.close_incident(self.incident_id, now)
            recorded = verdict
            if cur.backup and not verdict.is_problem:  # the history says what it was, not "You're online"
                recorded = replace(verdict, advice=replace(verdict.advice, headline=_(BACKUP_HEADLINE)))
            self.incident_id = self.history.open_incident(recorded, now) if cur.problem else None
        # one incident runs from the first confirmed problem to recovery, whatever kinds it goes through
        if not cur.problem:
            self.incident_started = None
        elif not previous.problem or self.incident_started is None:
            self.incident_started = now
        self.bus.publish(StateChanged(state=str(cur.state), previous=str(previous.state), verdict=verdict,
                                      incident_id=self.incident_id, incident_started_at=self.incident_started,
                                      on_backup=cur.backup, was_on_backup=previous.backup))

    def _record_sample(self, v: Verdict) -> None:
        dns = [e.ms for e in v.evidence if e.probe == "dns.system" and e.ok and e.ms is not None]
        tcp = [e.ms for e in v.evidence if e.probe == "tcp" and e.ok and e.ms is not None]
        http = [e.ms for e in v.evidence if e.probe == "http.connectivity" and e.ok and e.ms is not None]
        probes = [e for e in v.evidence if e.probe in ("tcp", "dns.resolver", "dns.system-resolver")]
        loss = (sum(1 for e in probes if not e.ok) / len(probes)) if probes else None
        assert self.history is not None
        self.history.add_sample("full", str(v.state), v.state in (State.ONLINE, State.DEGRADED),
                                dns_ms=_median(dns), tcp_ms=_median(tcp), http_ms=_median(http), loss=loss,
                                ts=v.checked_at.timestamp())


def _median(xs: list[float]) -> float | None:
    return sorted(xs)[len(xs) // 2] if xs else None
