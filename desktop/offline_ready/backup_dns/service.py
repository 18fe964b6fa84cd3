"""The backup-DNS facade for the UI and the CLI: thread-safe, publishes events on an optional bus.

Everything a front end needs: the profiles with their last test results, a benchmark or light
re-test, the decision for a verdict, use / confirm / restore with the countdown, start-up
recovery, and a watcher that notices when the original resolvers are healthy again (and ends a
session that reached the policy's time limit).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from ..config import Config
from ..events import EventBus, Progress
from ..i18n import _
from ..paths import app_paths
from ..probes.dns import query, system_lookup, system_resolvers
from ..resolver_profiles import profiles as prof
from ..resolver_profiles.results import LastResults, is_due, load_results, save_results
from . import decide as decide_mod
from .backends import BackendError, Snapshot, Unsupported, detect_backend
from .benchmark import BenchmarkReport, Target, run_benchmark, targets_for
from .events import DnsCountdown, DnsSwitchEvent, DnsTested
from .session import SessionStore
from .switcher import HelperSwitcher, LocalSwitcher, make_switcher
from .transaction import AWAITING, CONFIRMED, FAILED, REVERTED, Outcome, Transaction

log = logging.getLogger(__name__)


class SwitchNotAllowed(RuntimeError):
    pass


class BackupDnsService:
    def __init__(self, config: Config, bus: EventBus | None = None, *,
                 switcher: LocalSwitcher | HelperSwitcher | None = None, lookup=system_lookup,
                 system_servers: Callable[[], list[str]] = system_resolvers, confirm_seconds: int | None = None,
                 port: int = 53, doh_verify: bool | str = True) -> None:
        self.config = config
        self.bus = bus
        self.paths = getattr(config, "paths", None) or app_paths()
        self.paths.state_dir.mkdir(parents=True, exist_ok=True)
        self.switcher = switcher or make_switcher()
        self.lookup = lookup
        self.system_servers = system_servers
        self.port = port
        self.doh_verify = doh_verify
        self.store = SessionStore(self.paths.dns_journal_dir)
        self.tx = Transaction(
            self.switcher, self.store,
            confirm_seconds=confirm_seconds or config.backup_dns.confirm_seconds,
            max_session_hours=config.backup_dns.max_session_hours,
            verify_names=self.test_names(), lookup=lookup,
        )
        self._lock = threading.RLock()
        self._watch_stop = threading.Event()
        self._watch_thread: threading.Thread | None = None
        self.originals_healthy = False

    # -- profiles and results ---------------------------------------------------------------------
    def test_names(self) -> list[str]:
        return list(self.config.backup_dns.benchmark_names or self.config.probes.canary_names)

    def original(self) -> prof.CapturedOriginal | None:
        return prof.load_original(self.paths.state_dir)

    def profiles(self) -> list[prof.Profile]:
        cap = self.original()
        return prof.load_profiles(self.config, cap.profile() if cap else None)

    def profile(self, pid: str) -> prof.Profile:
        return prof.find(self.profiles(), pid)

    def last_results(self) -> LastResults:
        return load_results(self.paths.state_dir)

    def capture_original(self) -> prof.CapturedOriginal | None:
        """Record "my original settings" from the system, only while not on backup DNS."""
        with self._lock:
            if self.on_backup():
                return self.original()
            try:
                current = self.switcher.status().get("current")
                snap = Snapshot.from_dict(current) if current else detect_backend().snapshot()
                servers = snap.servers()
                adapters = [{"name": a.name, "ipv4": a.ipv4.__dict__, "ipv6": a.ipv6.__dict__, "is_vpn": a.is_vpn}
                            for a in snap.adapters]
                backend = snap.backend
            except (Unsupported, BackendError, OSError) as exc:
                log.info("reading the system DNS settings failed (%s); using the resolvers in use", exc)
                servers, adapters, backend = self.system_servers(), [], ""
            if not servers:
                return self.original()
            return prof.save_original(self.paths.state_dir, servers, backend, adapters)

    def on_backup(self) -> bool:
        try:
            return self.tx.open_journal() is not None
        except Exception:
            return True

    def status(self) -> dict[str, Any]:
        with self._lock:
            info = self.switcher.status()
            session = self.store.load()
            last = self.last_results()
            verified = set(last.verified_profiles())
            return {
                "backend": info.get("backend"),
                "backend_error": info.get("error"),
                "on_backup": info.get("journal") is not None,
                "journal": info.get("journal"),
                "session": session.to_dict() if session else None,
                "current": info.get("current"),
                "system_resolvers": self.system_servers(),
                "allow_switch": self.config.backup_dns.allow_switch,
                "allow_switch_locked": self.config.is_locked(Config.backup_dns.allow_switch),
                "profiles": [{**p.to_dict(), "verified": p.id in verified, "last_result": last.for_profile(p.id)}
                             for p in self.profiles()],
                "last_test": {"at": last.at, "kind": last.kind, "conclusions": last.conclusions},
                "originals_healthy": self.originals_healthy,
            }

    # -- testing -----------------------------------------------------------------------------------
    def targets(self, profile_ids: list[str] | None = None) -> list[Target]:
        profiles = [p for p in self.profiles() if not profile_ids or p.id in profile_ids]
        system = [] if profile_ids else self.system_servers()
        if self.on_backup():  # the system now points at the backups: test the saved originals instead
            session = self.store.load()
            system = list(session.original_servers) if session else []
            targets = targets_for(profiles, [], port=self.port)
            return [Target("original", _("Your original resolver {address}").format(address=s), s, "original", self.port)
                    for s in system] + targets
        return targets_for(profiles, system, port=self.port)

    def benchmark(self, *, profile_ids: list[str] | None = None, light: bool = False,
                  queries: int | None = None, timeout: float | None = None, doh: bool | None = None,
                  dnssec: bool | None = None) -> BenchmarkReport:
        cfg = self.config
        total_q = queries or (3 if light else cfg.backup_dns.benchmark_queries)

        def progress(done: int, total: int) -> None:
            if self.bus:
                self.bus.publish(Progress(task="dns.benchmark", done=done, total=total,
                                          message=_("Testing resolvers ({done}/{total})").format(done=done, total=total)))

        report = run_benchmark(
            self.targets(profile_ids), self.test_names(), queries=total_q,
            timeout=timeout or cfg.backup_dns.benchmark_timeout,
            nxdomain_zone=cfg.probes.nxdomain_zone,
            dnssec=cfg.backup_dns.dnssec_check if dnssec is None else dnssec,
            doh=cfg.backup_dns.use_doh if doh is None else doh,
            doh_verify=self.doh_verify, progress=progress,
        )
        if not profile_ids:
            save_results(self.paths.state_dir, report.to_dict(), "retest" if light else "benchmark")
        if self.bus:
            self.bus.publish(DnsTested(report=report.to_dict(), light=light))
        return report

    def retest_if_due(self) -> BenchmarkReport | None:
        if not self.config.backup_dns.enabled:
            return None
        if is_due(self.last_results(), self.config.backup_dns.retest_hours):
            return self.benchmark(light=True)
        return None

    # -- deciding ----------------------------------------------------------------------------------
    def decision(self, verdict: Any, vpn_suffixes: list[str] | None = None) -> decide_mod.Decision:
        return decide_mod.decide(
            verdict, verified_profiles=[p for p in self.last_results().verified_profiles()
                                        if p in {x.id for x in self.profiles() if x.switchable}],
            on_backup=self.on_backup(), allow_switch=self.config.backup_dns.allow_switch,
            internal_suffixes=[*self.config.backup_dns.keep_suffixes, *(vpn_suffixes or [])],
            preferred=self.config.backup_dns.preferred_profile or None,
        )

    def pick_profile(self) -> prof.Profile:
        preferred = self.config.backup_dns.preferred_profile
        verified = self.last_results().verified_profiles()
        switchable = [p for p in self.profiles() if p.switchable]
        for pid in ([preferred] if preferred else []) + verified:
            for p in switchable:
                if p.id == pid:
                    return p
        if not switchable:
            raise prof.ProfileError(_("no backup profile is configured"))
        return switchable[0]

    # -- switching ---------------------------------------------------------------------------------
    def use(self, profile_id: str | None = None) -> Outcome:
        if not self.config.backup_dns.allow_switch:
            raise SwitchNotAllowed(_("switching the system's DNS is turned off by your organisation's policy"))
        with self._lock:
            if not self.on_backup():
                self.capture_original()
            profile = self.profile(profile_id) if profile_id else self.pick_profile()
            outcome = self.tx.use(profile, list(self.config.backup_dns.keep_suffixes))
            self._publish(outcome)
            return outcome

    def confirm(self) -> Outcome:
        outcome = self.tx.confirm()
        self._publish(outcome)
        if outcome.status == CONFIRMED:
            self.start_watch()
        return outcome

    def wait_for_confirmation(self, cancelled: Callable[[], bool] | None = None,
                              stopped: Callable[[], bool] | None = None, journal_id: str = "") -> Outcome:
        """Block until the pending switch is kept, switched back or undone at its deadline (see
        :meth:`Transaction.wait_for_confirmation`); publishes the countdown about every second."""
        last = [0.0]

        def tick(left: float) -> None:
            if self.bus and time.monotonic() - last[0] >= 1.0:
                last[0] = time.monotonic()
                session = self.store.load()
                self.bus.publish(DnsCountdown(seconds_left=left, profile_id=session.profile_id if session else ""))

        outcome = self.tx.wait_for_confirmation(on_tick=tick, cancelled=cancelled, stopped=stopped,
                                                journal_id=journal_id)
        if outcome.status != AWAITING:  # stopped: nothing happened to the switch
            self._publish(outcome)
        if outcome.status == CONFIRMED:
            self.start_watch()
        return outcome

    def restore(self) -> Outcome:
        with self._lock:
            self.stop_watch()
            outcome = self.tx.restore()
            self.originals_healthy = False
            self._publish(outcome)
            return outcome

    def recover(self) -> Outcome:
        """Call at start-up: undo an abandoned switch, or report a confirmed one (and watch it)."""
        with self._lock:
            outcome = self.tx.recover()
            if outcome.status != "nothing":
                self._publish(outcome)
            if outcome.status == CONFIRMED:
                self.start_watch()
            return outcome

    # -- watching the originals while on backup ----------------------------------------------------------
    def originals_ok(self) -> bool:
        session = self.store.load()
        if session is None or not session.original_servers:
            return False
        timeout = self.config.probes.timeout
        for server in session.original_servers[:3]:
            if "%" in server:
                continue
            for name in self.test_names()[:2]:
                if query(server, name, timeout, port=self.port).ok:
                    return True
        return False

    def watch_once(self) -> None:
        expired = self.tx.check_expiry()
        if expired is not None:
            self._publish(expired, action="expired")
            return
        healthy = self.originals_ok()
        if healthy and not self.originals_healthy:
            self.originals_healthy = True
            if self.bus:
                self.bus.publish(DnsSwitchEvent(action="originals-healthy",
                                                message=_("Your original DNS resolver works again. Switch back?")))
        elif not healthy:
            self.originals_healthy = False

    def start_watch(self) -> None:
        if self._watch_thread and self._watch_thread.is_alive():
            return
        self._watch_stop.clear()
        every = float(self.config.backup_dns.watch_seconds)

        def loop() -> None:
            while not self._watch_stop.wait(every):
                if not self.on_backup():
                    return
                try:
                    self.watch_once()
                except Exception:
                    log.exception("watching the original resolvers failed")

        self._watch_thread = threading.Thread(target=loop, name="dns-watch", daemon=True)
        self._watch_thread.start()

    def stop_watch(self, timeout: float | None = None) -> None:
        """End the watch; with ``timeout``, wait that long for its thread (the app's quit does)."""
        self._watch_stop.set()
        thread = self._watch_thread
        if timeout is not None and thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def watching(self) -> bool:
        """Whether the original resolvers are being watched (while on backup DNS)."""
        return bool(self._watch_thread is not None and self._watch_thread.is_alive())

    def _publish(self, outcome: Outcome, action: str | None = None) -> None:
        if self.bus is None:
            return
        self.bus.publish(DnsSwitchEvent(action=action or outcome.status, message=outcome.message,
                                        outcome=outcome.to_dict()))


__all__ = ["AWAITING", "CONFIRMED", "FAILED", "REVERTED", "BackupDnsService", "SwitchNotAllowed"]
