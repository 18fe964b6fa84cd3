"""The tray app's long-lived background work, owned by the application object (Vorta's model).

The App starts it once it is built and stops it at quit: the monitor, fleet reporting, the vault's
refresh schedule, the backup-DNS housekeeping (recovering a switch a crash left
behind, the periodic re-test of the backups, the countdown of an unconfirmed switch, the watch of
the original resolvers while on backup DNS) and the fallback resolvers' lookup threads. Menus, pages and constructors never start any of
it; they ask the services the context already holds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..events import Notice
from .context import AppContext
from .dialogs.dns_confirm import DnsConfirmDialog
from .dns_countdown import DnsCountdown

log = logging.getLogger(__name__)

RETEST_CHECK_MS = 30 * 60 * 1000  # how often the backup-DNS re-test is considered (it runs when due)
FIRST_RETEST_MS = 60 * 1000  # the first look, once start-up has settled
STOP_TIMEOUT = 5.0  # seconds one service may take to stop at quit


class BackgroundServices(QObject):
    """Starts, lists and stops every long-lived service of the app; one instance, owned by the App."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault_scheduler: Any = None
        # the backup-DNS countdown: runs from a switch until it is kept or undone, whatever the windows do
        self.dns_countdown = ctx.dns_countdown = DnsCountdown(ctx, DnsConfirmDialog, parent=self)
        self._stopping = False
        self._lock = threading.Lock()  # vault_scheduler is set from a worker
        self._retest_timer = QTimer(self)
        self._retest_timer.setInterval(RETEST_CHECK_MS)
        self._retest_timer.timeout.connect(self._retest_if_due)
        self._first_retest = QTimer(self)
        self._first_retest.setSingleShot(True)
        self._first_retest.setInterval(FIRST_RETEST_MS)
        self._first_retest.timeout.connect(self._retest_if_due)

    # ---- start -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the vault's refresh schedule and the backup-DNS housekeeping (their modules are
        imported here, on the GUI thread: they pull in Qt modules). The monitor and fleet reporting
        come with the core (:meth:`adopt_core`)."""
        from .pages.documents import VAULT_READY

        self.ctx.run(self._open_vault_scheduler, on_done=lambda s: self._vault_ready(s, VAULT_READY),
                     on_error=lambda exc: log.warning("the document refresh schedule did not start: %s", exc))
        self.ctx.run(lambda: self.ctx.backup_dns().recover(), on_done=self._recovered,
                     on_error=lambda exc: log.warning("DNS recovery failed: %s", exc))
        self._first_retest.start()
        self._retest_timer.start()

    def adopt_core(self, monitor: Any) -> None:
        """The monitor the core's start-up built: start it, with fleet reporting listening first (its
        first verdicts wait in the reporter's inbox), unless the app is already quitting."""
        from ..fleet.reporter import FleetReporter

        self.ctx.monitor = monitor
        if self._stopping:
            return
        fleet = self.ctx.fleet = FleetReporter(self.ctx.config, self.ctx.bus)
        fleet.listen()
        monitor.start()
        # on a worker: the reporter's spool is an SQLite file
        self.ctx.run(fleet.start, on_error=lambda e: log.error("fleet reporting could not start: %s", e, exc_info=e))

    def _open_vault_scheduler(self) -> Any:
        """Worker thread: open the vault and start its schedule (a refresh when due, and when an outage ends)."""
        from ..vault.scheduler import VaultScheduler

        ctx = self.ctx
        sched = VaultScheduler(ctx.vault(), ctx.bus,
                               is_online=lambda: ctx.state in ("online", "degraded", "unknown"))
        with self._lock:
            if self._stopping:
                return None
            self.vault_scheduler = sched.start()
        return sched

    def _vault_ready(self, sched: Any, kind: str) -> None:
        if sched is not None:  # the Documents tray line reads the vault's summary on this notice
            self.ctx.bus.publish(Notice(kind=kind))

    def _recovered(self, outcome: Any) -> None:
        if outcome.status in ("reverted", "confirmed", "failed"):
            # titled with the Backup DNS page's name (and its translation)
            self.ctx.notify(QCoreApplication.translate("Pages", "Backup DNS"), outcome.message,
                            page_id="backup_dns")

    def _retest_if_due(self) -> None:

        if not self._stopping:
            self.ctx.run(lambda: self.ctx.backup_dns().retest_if_due(),
                         on_error=lambda exc: log.info("backup DNS re-test: %s", exc))

    # ---- what runs -------------------------------------------------------------------------------
    def describe(self) -> dict[str, bool]:
        """Whether each long-lived service is running now (for ``state``, the tests and the log)."""
        ctx = self.ctx
        return {
            "monitor": _running(ctx.monitor),
            "fleet": _running(ctx.fleet),
            "vault-scheduler": _running(self.vault_scheduler),
            "dns-retest": self._retest_timer.isActive() or self._first_retest.isActive(),
            "dns-watch": bool(ctx.backup_dns_service is not None and ctx.backup_dns_service.watching),
            "dns-countdown": self.dns_countdown.thread_alive,
        }

    # ---- stop ------------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the services (the monitor first: nothing new to report or refresh after it); safe to
        call twice. Fleet reporting stops in :meth:`release`, once no worker can be starting it."""
        with self._lock:
            self._stopping = True
        self._first_retest.stop()
        self._retest_timer.stop()
        # an unconfirmed switch is then undone by the system's own deadline (or the next start's recovery)
        _quietly("the backup-DNS countdown", lambda: self.dns_countdown.stop(timeout=STOP_TIMEOUT))
        monitor = self.ctx.monitor
        if monitor is not None:
            _quietly("the monitor", lambda: monitor.stop(timeout=STOP_TIMEOUT))
        if self.vault_scheduler is not None:
            _quietly("the document refresh schedule", lambda: self.vault_scheduler.stop(timeout=STOP_TIMEOUT))
        dns = self.ctx.backup_dns_service
        if dns is not None:
            _quietly("the watch of the original resolvers", lambda: dns.stop_watch(timeout=STOP_TIMEOUT))

    def release(self) -> dict[str, bool]:
        """After the thread pool is idle: stop fleet reporting and close what the services held open
        (the vault's catalogue, the fallback resolvers' lookup threads, the diagnosis's probe threads).
        Returns :meth:`describe` after, and logs it."""
        from ..diagnosis.pool import PROBES
        from ..fallback_lookup.fallback import FallbackResolver

        fleet = self.ctx.fleet
        if fleet is not None:
            _quietly("fleet reporting", lambda: fleet.stop(timeout=STOP_TIMEOUT))
        vault = self.ctx.vault_service
        if vault is not None:
            _quietly("the vault", vault.close)
        _quietly("the fallback resolvers", FallbackResolver.close_all)
        _quietly("the probe threads", PROBES.close)
        state = self.describe()
        log.info("background work stopped: %s", ", ".join(f"{k}={'running' if v else 'stopped'}"
                                                        for k, v in state.items()))
        return state


def _running(service: Any) -> bool:
    """Whether a service's own thread is alive (the monitor, fleet reporting, the vault schedule)."""
    thread = getattr(service, "_thread", None)
    return bool(thread is not None and thread.is_alive())


def _quietly(what: str, fn: Callable[[], Any]) -> None:
    """Quitting goes on whatever one service does: a failure is logged, never raised."""
    try:
        fn()
    except Exception:
        log.exception("stopping %s failed", what)
