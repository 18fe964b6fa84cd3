"""The countdown of an unconfirmed backup-DNS switch, kept by the application rather than a window.

After a verified switch the user has ``confirm_seconds`` to keep it; otherwise it is undone. The
wait runs on this object's own thread, so closing the window that shows it changes nothing; the app
starts it after a switch and stops it at quit. Stopping only ends the wait: the privileged side's
own deadline (:mod:`.revert_timer`), or recovery at the next start, still undoes the switch.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .transaction import AWAITING, Outcome

if TYPE_CHECKING:
    from .service import BackupDnsService

log = logging.getLogger(__name__)


class ConfirmCountdown:
    """Waits for "keep" on its own thread; at the deadline it switches back (and publishes that).

    ``on_end`` is called on the countdown's thread with the final outcome: confirmed, reverted,
    failed or nothing (switched back elsewhere) — never when it was stopped.
    """

    def __init__(self, service: BackupDnsService, on_end: Callable[[Outcome], None] | None = None) -> None:
        self.service = service
        self.on_end = on_end
        self.deadline: float | None = None  # wall-clock time the app switches back
        self.total = 1.0  # seconds from the start to the deadline
        self.profile_name = ""
        self.detail = ""  # how the switch was verified
        self.journal_id = ""  # the switch counted down (a later one has a countdown of its own)
        self.last: Outcome | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, outcome: Outcome) -> None:
        """Begin counting down the switch ``outcome`` (an awaiting-confirmation one) reported."""
        if outcome.status != AWAITING:
            raise ValueError(f"no switch waits for confirmation ({outcome.status})")
        if self.running:
            raise RuntimeError("a countdown is already running")
        session = outcome.session or {}
        self.deadline = float(session.get("deadline") or time.time() + self.service.tx.confirm_seconds)
        self.total = max(1.0, self.deadline - time.time())
        self.profile_name = str(session.get("profile_name") or outcome.profile_id)
        self.detail = str(session.get("verify_detail") or "")
        self.journal_id = str(session.get("journal_id") or "")
        self.last = None
        self._stop.clear()
        self._thread = threading.Thread(target=self._wait, name="dns-countdown", daemon=True)
        self._thread.start()

    def _wait(self) -> None:
        try:
            outcome = self.service.wait_for_confirmation(stopped=self._stop.is_set, journal_id=self.journal_id)
        except Exception as exc:  # the switch is left to the system's deadline
            log.exception("the backup-DNS countdown failed")
            outcome = Outcome("failed", str(exc))
        self.last = outcome
        if outcome.status != AWAITING and self.on_end is not None:
            self.on_end(outcome)

    @property
    def running(self) -> bool:
        return bool(self._thread is not None and self._thread.is_alive())

    def seconds_left(self) -> float:
        """Seconds until the switch back (0 when no countdown runs)."""
        if not self.running or self.deadline is None:
            return 0.0
        return max(0.0, self.deadline - time.time())

    def stop(self, timeout: float | None = None) -> None:
        """End the wait without touching the switch (the app is quitting); with ``timeout``, wait
        that long for the thread."""
        self._stop.set()
        thread = self._thread
        if timeout is not None and thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
