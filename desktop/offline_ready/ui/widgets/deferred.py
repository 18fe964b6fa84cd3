"""Coalesced refreshes: many core events in a row cause one repaint, and hidden windows wait.

A check publishes CheckStarted, then VerdictReady and StateChanged back to back; rebuilding
every view three times would stall the GUI thread for nothing. ``Deferred`` runs the
refresh once, at the next turn of the event loop, and only if the widget is visible (else
when it is next shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class Deferred(QObject):
    def __init__(self, widget: QWidget | None, fn: Callable[[], None], parent: QObject | None = None,
                 delay_ms: int = 0):
        super().__init__(parent or widget)
        self._widget = widget
        self._fn = fn
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)  # windows use different delays so their repaints don't pile up
        self._timer.timeout.connect(self._run)

    def request(self, *_args: object) -> None:
        self._stale = True
        if not self._timer.isActive():
            self._timer.start()

    def _run(self) -> None:
        if self._widget is not None and not self._widget.isVisible():
            return  # stays stale until shown
        self._stale = False
        self._fn()

    def flush(self) -> None:
        """Call from showEvent: bring a stale view up to date before it is painted."""
        if self._stale:
            self._timer.stop()
            self._stale = False
            self._fn()
