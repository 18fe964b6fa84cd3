"""A push button with a visible busy state ("Checking…" with moving dots, disabled)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget


class BusyButton(QPushButton):
    def __init__(self, text: str, busy_text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._text = text
        self._busy_text = busy_text.rstrip("…. ")
        self._dots = 0
        self._timer = QTimer(self)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._step)
        self.busy = False
        # as wide as its widest text, so the busy animation never relayouts the window
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(t) for t in (text.replace("&", ""), self._busy_text + "..."))
        self.setMinimumWidth(widest + 48)

    def set_busy(self, busy: bool) -> None:
        if busy == self.busy:
            return
        self.busy = busy
        self.setEnabled(not busy)
        if busy:
            self._dots = 0
            self._step()
            self._timer.start()
        else:
            self._timer.stop()
            self.setText(self._text)
        self.setAccessibleDescription(self._busy_text if busy else "")

    def _step(self) -> None:
        self._dots = self._dots % 3 + 1
        # pad with spaces so the button does not change width as the dots move
        self.setText(self._busy_text + "." * self._dots + " " * (3 - self._dots))
