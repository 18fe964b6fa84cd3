"""The backup-DNS countdown dialog: keep the verified switch, or it is undone when the time runs out.

A view of the app's countdown (:class:`offline_ready.ui.dns_countdown.DnsCountdown`), which waits and
switches back on its own: closing or losing this dialog stops nothing, and the tray reopens it.
Non-modal (opened with ``open()``); "keep" and "switch back" run on workers, never on the GUI thread.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..dns_countdown import DnsCountdown


class DnsConfirmDialog(QDialog):
    finishedWith = Signal(str)  # "confirmed" | "reverted" | "failed"

    def __init__(self, model: DnsCountdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.deadline = model.deadline or time.time()
        self.total = model.total
        self.result_status = ""
        self._working = False
        self.setWindowTitle(self.tr("Keep backup DNS?"))
        self.setAccessibleName(self.tr("Keep backup DNS?"))
        layout = QVBoxLayout(self)
        name = model.profile_name
        self.headline = QLabel(self.tr("Now using %1. Names resolve again.").replace("%1", name), self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(model.detail, self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.explain = QLabel(self.tr("Your own settings are saved. If you do nothing, they come back "
                                      "automatically when the countdown ends."), self)
        self.explain.setWordWrap(True)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Time left"))
        buttons = QDialogButtonBox(self)
        self.keep = QPushButton(self.tr("&Keep these settings"), self)
        self.keep.setDefault(True)
        self.keep.setAccessibleName(self.tr("Keep backup DNS"))
        self.back = QPushButton(self.tr("Switch &back now"), self)
        self.back.setAccessibleName(self.tr("Switch back to the original DNS settings"))
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.RejectRole)
        for w in (self.headline, self.detail, self.explain, self.countdown, self.bar, buttons):
            layout.addWidget(w)
        self.keep.clicked.connect(self._keep)
        self.back.clicked.connect(lambda: self._restore(self.tr("Switched back to your original DNS settings.")))
        model.ended.connect(self._finish)
        self.timer = QTimer(self)  # redraws the time left while shown; the countdown itself runs elsewhere
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self._tick()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._working:
            self.timer.start()
            self._tick()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def seconds_left(self) -> float:
        return max(0.0, self.deadline - time.time())

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown.setText(self.tr("Switching back in %1 s").replace("%1", str(int(left + 0.999))))
        self.bar.setValue(int(1000 * left / self.total))
        if left <= 0 and not self._working:  # the countdown is switching back right now
            self._busy(self.tr("Switching back…"))

    def _busy(self, text: str) -> None:
        self._working = True
        self.timer.stop()
        self.keep.setEnabled(False)
        self.back.setEnabled(False)
        self.countdown.setText(text)

    def _keep(self) -> None:
        self._busy(self.tr("Keeping the backup settings…"))
        self.model.keep()

    def _restore(self, message: str) -> None:
        self._busy(self.tr("Switching back…"))
        self.model.switch_back(message)

    @Slot(str, str)
    def _finish(self, status: str, message: str) -> None:
        self.result_status = status
        self.countdown.setText(message)
        self.finishedWith.emit(status)
        if status == "confirmed":
            self.accept()
        else:
            self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape or the close button: same as "Switch back now"
        if self.model.stopped:  # closed by the app's quit: the system's own deadline undoes the switch
            super().reject()
        elif not self._working:
            self._restore(self.tr("Switched back to your original DNS settings."))
