"""The app's backup-DNS countdown: owned by the application object, shown by the windows.

After a verified switch, :class:`offline_ready.backup_dns.countdown.ConfirmCountdown` waits for
"keep" on its own thread and switches back at the deadline. This object starts it, relays its end
to the GUI thread, runs "keep" and "switch back" on workers, and opens the confirmation dialog —
a view that may close at any time without stopping anything. The tray shows the time left.
The App stops it at quit (the system's own deadline then undoes an unconfirmed switch).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:  # the backup-DNS core is imported once a switch is made, not with the tray icon
    from ..backup_dns.countdown import ConfirmCountdown
    from ..backup_dns.transaction import Outcome

log = logging.getLogger(__name__)

TICK_MS = 1000
# an Outcome's status (backup_dns.transaction)
CONFIRMED, REVERTED, NOTHING = "confirmed", "reverted", "nothing"


def _t(text: str) -> str:
    return QCoreApplication.translate("DnsConfirmDialog", text)


class DnsCountdown(QObject):
    """One countdown at a time; ``ended(status, message)`` once per switch: confirmed, reverted, failed."""

    started = Signal()
    tick = Signal()  # about every second while it runs (the tray line follows it)
    ended = Signal(str, str)
    _core_ended = Signal(object)  # (core, outcome) from the countdown's thread, delivered on the GUI thread

    def __init__(self, ctx: Any, make_view: Callable[[DnsCountdown, QWidget | None], QDialog],
                 parent: QObject | None = None) -> None:
        """``ctx`` is the app context; ``make_view(countdown, parent)`` builds the dialog that shows it."""
        super().__init__(parent)
        self.ctx = ctx
        self.make_view = make_view
        self.core: ConfirmCountdown | None = None
        self.view: QDialog | None = None  # the dialog showing it, while one is open
        self._concluded = True
        self._switching_back = False
        self.stopped = False  # the app is quitting: nothing more is kept or switched back from here
        self._on_end: Callable[[str], None] | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick.emit)
        self._core_ended.connect(self._from_core)

    # ---- state -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Waiting for the user's answer (until the switch is kept or undone)."""
        return not self._concluded

    @property
    def thread_alive(self) -> bool:
        return bool(self.core is not None and self.core.running)

    def seconds_left(self) -> float:
        return self.core.seconds_left() if self.core is not None and self.running else 0.0

    @property
    def deadline(self) -> float | None:
        return self.core.deadline if self.core is not None else None

    @property
    def total(self) -> float:
        """The countdown's length in seconds (the dialog's bar is full at its start)."""
        return self.core.total if self.core is not None else 1.0

    @property
    def profile_name(self) -> str:
        return self.core.profile_name if self.core is not None else ""

    @property
    def detail(self) -> str:
        """How the switch was verified (which name resolved, how fast)."""
        return self.core.detail if self.core is not None else ""

    # ---- start -----------------------------------------------------------------------------------
    def begin(self, outcome: Outcome, parent: QWidget | None = None,
              on_end: Callable[[str], None] | None = None) -> None:
        """A switch awaits confirmation: count down on the core's thread, and show the dialog."""
        if self.running:
            log.warning("a backup-DNS countdown is already running; showing it")
        else:
            from ..backup_dns.countdown import ConfirmCountdown

            core = ConfirmCountdown(self.ctx.backup_dns())
            core.on_end = lambda outcome: self._core_ended.emit((core, outcome))
            self.core = core
            self.core.start(outcome)
            self._concluded = False
            self._switching_back = False
            self._on_end = on_end
            self._ticker.start()
            self.started.emit()
        self.show_view(parent)

    def show_view(self, parent: QWidget | None = None) -> None:
        """Open the confirmation dialog (or bring the open one forward) while the countdown runs."""
        from shiboken6 import isValid

        if not self.running:
            return
        if self.view is not None and isValid(self.view):
            self.view.show()
            self.view.raise_()
            self.view.activateWindow()
            return
        dialog = self.make_view(self, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._view_gone)
        self.view = dialog
        dialog.open()

    def _view_gone(self, *_a: Any) -> None:
        self.view = None

    # ---- the user's answer (the dialog, or anything else that asks) ---------------------------------
    def keep(self) -> None:
        """Keep the backup settings (the privileged side's deadline is cancelled too)."""
        svc = self.ctx.backup_dns()

        def done(outcome: Outcome) -> None:
            if outcome.status == CONFIRMED:
                self._conclude("confirmed", outcome.message)
            else:  # too late, or it could not be kept: switch back now
                self.switch_back(outcome.message)

        self.ctx.run(svc.confirm, on_done=done, on_error=lambda exc: self._conclude("failed", str(exc)))

    def switch_back(self, message: str) -> None:
        """Back to the user's own settings now; ``message`` says so when it worked."""
        self._switching_back = True

        def done(outcome: Outcome) -> None:
            ok = outcome.status in (REVERTED, NOTHING)
            self._conclude("reverted" if ok else "failed", message if ok else outcome.message)

        self.ctx.run(self.ctx.backup_dns().restore, on_done=done,
                     on_error=lambda exc: self._conclude("failed", str(exc)))

    # ---- the end ----------------------------------------------------------------------------------
    def _from_core(self, ended: tuple[ConfirmCountdown, Outcome]) -> None:
        """The countdown's thread ended: kept (maybe elsewhere), undone at the deadline, or undone elsewhere."""
        core, outcome = ended
        if core is not self.core:
            return  # an earlier switch's countdown, concluded already
        if outcome.status == CONFIRMED:
            self._conclude("confirmed", outcome.message)
        elif outcome.status == REVERTED:
            self._conclude("reverted", _t("Not confirmed in time: your original DNS settings are back."))
        elif outcome.status == NOTHING:
            if not self._switching_back:  # a "switch back" here reports its own outcome
                self._conclude("reverted", outcome.message)
        else:
            self._conclude("failed", outcome.message)

    def _conclude(self, status: str, message: str) -> None:
        if self._concluded:
            return
        self._concluded = True
        self._ticker.stop()
        on_end, self._on_end = self._on_end, None
        log.info("backup-DNS countdown ended: %s", status)
        self.ended.emit(status, message)
        if on_end is not None:
            on_end(status)

    def stop(self, timeout: float | None = None) -> None:
        """At quit: stop waiting (the switch itself is left to the system's deadline); safe to call twice.
        The dialog, closed by the quit, then switches nothing back either."""
        self.stopped = True
        self._ticker.stop()
        if self.core is not None:
            self.core.stop(timeout)
