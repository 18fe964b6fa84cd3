"""The one relay from the core's EventBus to Qt.

Bus subscribers run in the publisher's thread (the monitor's, a vault worker's…). The
bridge lives on the GUI thread, so emitting its signals from any other thread queues the
delivery onto the GUI thread: widgets connect to these signals and never to the bus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..events import CheckStarted, CoreEvent, EventBus, Notice, Progress, StateChanged, VerdictReady

log = logging.getLogger(__name__)


class CoreBridge(QObject):
    """Re-emits core events as Qt signals delivered on the GUI thread."""

    checkStarted = Signal(object)  # events.CheckStarted
    verdictReady = Signal(object)  # events.VerdictReady
    stateChanged = Signal(object)  # events.StateChanged
    progress = Signal(object)  # events.Progress
    notice = Signal(object)  # events.Notice and any feature event (filter on .topic)
    configChanged = Signal(object)  # the new Config

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, bus: EventBus) -> None:
        """Start relaying ``bus``; a bridge relays one bus at a time."""
        self.detach()
        self._unsubscribe = bus.subscribe(self._relay)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _relay(self, event: CoreEvent) -> None:
        # Runs in the publisher's thread: only emit, never touch widgets here.
        if isinstance(event, VerdictReady):
            self.verdictReady.emit(event)
        elif isinstance(event, StateChanged):
            self.stateChanged.emit(event)
        elif isinstance(event, CheckStarted):
            self.checkStarted.emit(event)
        elif isinstance(event, Progress):
            self.progress.emit(event)
        elif isinstance(event, Notice | CoreEvent):
            self.notice.emit(event)
