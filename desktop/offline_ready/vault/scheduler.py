"""Keeps the vault fresh while the app runs: a refresh on schedule, and one as soon as an outage ends.

The tray app creates one ``VaultScheduler(service, bus)`` and calls ``start()``; it listens for the
monitor's ``StateChanged`` events on the bus (an outage state followed by ``online`` or ``degraded``
means the network is back) and wakes up every few minutes to sync the documents that are due.
Syncs run on this scheduler's own thread, never on the publisher's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..diagnosis.model import CRITICAL_STATES, State
from ..events import CoreEvent, EventBus, StateChanged

log = logging.getLogger(__name__)

WORKING_STATES = frozenset({State.ONLINE, State.DEGRADED})


class VaultScheduler:
    def __init__(self, service, bus: EventBus | None = None, *, check_every_s: float = 300.0,
                 is_online: Callable[[], bool] | None = None):
        self.service = service
        self.bus = bus
        self.check_every_s = check_every_s
        self.is_online = is_online  # e.g. lambda: monitor state is online; None = assume so
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._reconnected = False
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._last_state: str | None = None
        self.runs = 0  # syncs started (for tests and diagnostics)

    def start(self) -> VaultScheduler:
        if self.bus is not None:
            self._unsubscribe = self.bus.subscribe(self._on_event)
        self._thread = threading.Thread(target=self._loop, name="vault-scheduler", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._unsubscribe:
            self._unsubscribe()
        self.service.cancel_sync()
        if self._thread is not None:
            self._thread.join(timeout)

    def refresh_now(self) -> None:
        """Ask for a check of due documents at once (e.g. from a menu item)."""
        self._wake.set()

    def _on_event(self, event: CoreEvent) -> None:
        if not isinstance(event, StateChanged):
            return
        previous = event.previous or self._last_state
        self._last_state = event.state
        if event.state in WORKING_STATES and previous in CRITICAL_STATES:
            self._reconnected = True
            self._wake.set()

    def _loop(self) -> None:
        first = True
        while not self._stop.is_set():
            if not first:
                self._wake.wait(self.check_every_s)
            first = False
            self._wake.clear()
            if self._stop.is_set():
                return
            if self.is_online is not None and not self.is_online():
                continue
            try:
                if self._reconnected:
                    self._reconnected = False
                    self.runs += 1
                    self.service.network_restored(background=False)
                elif self.service.due_documents():
                    self.runs += 1
                    self.service.sync(due_only=True)
            except Exception as exc:  # busy, locked, or a broken source: try again next round
                log.info("scheduled vault refresh skipped: %s", exc)
