"""AppContext: what every page, window and dialog of the desktop app gets to work with.

It holds the configuration, the core's event bus and its Qt bridge, the thread pool for
background work, the running monitor and the history store, plus the latest verdict.
The app wires the navigation hooks (``show_page``, ``open_outage_window``, ``notify``).
See ``ui/README.md`` for the contract pages rely on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon

from ..config import Config, save_user_settings
from ..diagnosis.model import Verdict
from ..events import EventBus
from .bridge import CoreBridge
from .icons import IconProvider
from .models.status import situation
from .workers import Runner, Task

if TYPE_CHECKING:  # the feature cores load after the tray icon is up (see ``app.py``)
    from ..backup_dns.service import BackupDnsService
    from ..fleet.reporter import FleetReporter
    from ..vault.service import VaultService
    from .dns_countdown import DnsCountdown

log = logging.getLogger(__name__)


def _condition(v: Verdict) -> tuple:
    return (str(v.state), tuple(sorted(s.name for s in v.services_down)), bool(v.hijacking))


class AppContext:
    def __init__(self, config: Config, *, bus: EventBus | None = None, bridge: CoreBridge | None = None,
                 pool: QThreadPool | None = None, monitor: Any = None, history: Any = None,
                 icons: IconProvider | None = None) -> None:
        self.config = config
        self.paths = config.paths
        self.bus = bus or EventBus()
        self.bridge = bridge or CoreBridge()
        self.bridge.attach(self.bus)
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(4)
            pool.setExpiryTimeout(30000)  # idle workers end, so an idle app keeps few threads
        self.pool = pool
        self.runner = Runner(self.pool)
        self.monitor = monitor  # started and stopped by the App (ui/background.py)
        self.history = history
        # the features' services: opened by the App at start-up (ui/background.py), or by :meth:`vault`
        # and :meth:`backup_dns` on first use; the App closes them at quit
        self.vault_service: VaultService | None = None
        self.backup_dns_service: BackupDnsService | None = None
        self._vault_lock = threading.Lock()
        self._backup_dns_lock = threading.Lock()
        self.fleet: FleetReporter | None = None  # the fleet reporter, started by the App (ui/background.py)
        self.dns_countdown: DnsCountdown | None = None  # the backup-DNS countdown, owned by the App
        self.icons = icons or IconProvider(config.ui.icon_style)
        # live state, updated before any other receiver sees the signal (first connection wins)
        self.verdict: Verdict | None = None  # the latest diagnosis, confirmed or not
        self.confirmed_verdict: Verdict | None = None  # the diagnosis that set the confirmed state
        self.state: str = "unknown"
        self.pending: str | None = None
        self.checking = False
        self.user_checking = False  # a check the user asked for is running (shown as busy)
        self.incident_id: int | None = None
        self.incident_started_at: datetime | None = None
        self.on_backup = False  # the confirmed condition runs on backup DNS (not the user's own settings)
        self.cadence: dict | None = None  # the monitor's traffic plan (which checks the budget made rarer)
        self.kind_since: datetime | None = None  # when the confirmed situation took its current kind
        self.bridge.checkStarted.connect(self._on_check_started)
        self.bridge.verdictReady.connect(self._on_verdict)
        self.bridge.stateChanged.connect(self._on_state)
        # navigation hooks, set by the app (no-ops in tests that build single widgets)
        self.show_page_hook: Callable[[str], None] | None = None
        self.open_outage_hook: Callable[[], None] | None = None
        self.notify_hook: Callable[..., None] | None = None
        self.open_guide_hook: Callable[[], Any] | None = None

    # ---- live state --------------------------------------------------------------------------
    def _on_check_started(self, _event: Any) -> None:
        self.checking = True

    def _on_verdict(self, event: Any) -> None:
        self.checking = False
        self.user_checking = False
        self.verdict = event.verdict
        self.pending = event.pending
        self.cadence = getattr(event, "cadence", None)
        self.state = event.confirmed or self.state
        self.on_backup = bool(getattr(event, "on_backup", self.on_backup))

    def _on_state(self, event: Any) -> None:
        before = self.situation
        self.state = event.state
        self.on_backup = bool(getattr(event, "on_backup", False))
        if event.verdict is not None:
            self.verdict = event.verdict
            self.confirmed_verdict = event.verdict
        self.incident_id = event.incident_id
        self.incident_started_at = event.incident_started_at
        if self.situation != before or self.kind_since is None:
            first_kind = before in ("online", "unknown")  # the incident's first kind started with it
            at = event.verdict.checked_at if event.verdict is not None else None
            self.kind_since = (event.incident_started_at or at) if first_kind else at

    @property
    def situation(self) -> str:
        """What the user is in (see ``models.status.situation``): the key titles and fixes follow."""
        return situation(self.state, self.shown_verdict, self.on_backup)

    @property
    def shown_verdict(self) -> Verdict | None:
        """What the tray and the outage window describe: the latest verdict if it agrees with
        the confirmed state, else the one that confirmed it (a blip being re-checked is not news)."""
        v, c = self.verdict, self.confirmed_verdict
        if v is None or c is None:
            return v or c
        return v if _condition(v) == _condition(c) else c

    # ---- the features' services -----------------------------------------------------------------
    def vault(self) -> VaultService:
        """The one vault of this app, opened on first use. Call it from a worker thread (opening
        reads the catalogue); two tasks never open two vaults over the same files."""
        if self.vault_service is None:
            with self._vault_lock:
                if self.vault_service is None:
                    from ..vault.service import VaultService

                    self.vault_service = VaultService(self.config, self.bus).open()
        return self.vault_service

    def backup_dns(self) -> BackupDnsService:
        """The one backup-DNS service of this app (it holds the switch's owner lock while a countdown
        runs), made on first use; each service has its own lock, so a slow vault never holds it up."""
        if self.backup_dns_service is None:
            with self._backup_dns_lock:
                if self.backup_dns_service is None:
                    from ..backup_dns.service import BackupDnsService

                    self.backup_dns_service = BackupDnsService(self.config, self.bus)
        return self.backup_dns_service

    # ---- work ----------------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Task:
        """Run ``fn(*args, **kwargs)`` on the pool; callbacks run on the GUI thread."""
        return self.runner.run(fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    def check_now(self) -> None:
        """Ask the monitor for an immediate full diagnosis (returns at once)."""
        if self.monitor is None:
            return
        self.checking = self.user_checking = True
        self.monitor.check_now("user")

    def save_settings(self, updates: Mapping[str, Any]) -> Config:
        """Validate and write user settings, then apply them everywhere (raises ConfigError)."""
        config = save_user_settings(self.config, updates)
        self.apply_config(config)
        return config

    def save_settings_async(self, updates: Mapping[str, Any], on_done: Callable[[Config], None] | None = None,
                            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Like ``save_settings`` but the file is written on a worker thread."""
        def done(config: Config) -> None:
            self.apply_config(config)
            if on_done:
                on_done(config)

        self.run(save_user_settings, self.config, dict(updates), on_done=done, on_error=on_error)

    def apply_config(self, config: Config) -> None:
        self.config = config
        self.icons.set_style(config.ui.icon_style)
        if self.monitor is not None:
            try:
                self.monitor.apply_config(config)
            except Exception:
                log.exception("the monitor refused the new settings")
        if self.history is not None and hasattr(self.history, "retention_days"):
            self.history.retention_days = config.history.retention_days
        if self.fleet is not None:  # may restart its thread and reopen its spool: not on the GUI thread
            self.run(self.fleet.apply_config, config,
                     on_error=lambda e: log.error("fleet reporting refused the new settings: %s", e))
        self.bridge.configChanged.emit(config)

    # ---- look and navigation -------------------------------------------------------------------
    def icon(self, name: str) -> QIcon:
        return self.icons.icon(name)

    def show_page(self, page_id: str) -> None:
        if self.show_page_hook is not None:
            self.show_page_hook(page_id)

    def open_outage_window(self) -> None:
        if self.open_outage_hook is not None:
            self.open_outage_hook()

    def open_guide(self) -> None:
        """The set-up guide: what the app watches, services, contacts, plan, a test notification."""
        if self.open_guide_hook is not None:
            self.open_guide_hook()

    def notify(self, title: str, text: str, *, page_id: str | None = None, urgent: bool = False) -> None:
        if self.notify_hook is not None:
            self.notify_hook(title, text, page_id=page_id, urgent=urgent)
        else:
            log.info("notification (no notifier): %s — %s", title, text)
