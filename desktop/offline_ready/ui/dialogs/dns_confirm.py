"""The backup-DNS countdown: keep the verified switch, or it is undone when the time runs out.

Non-modal (opened with ``open()``); the restore or confirm runs on a worker, never on the GUI thread.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class DnsConfirmDialog(QDialog):
    finishedWith = Signal(str)  # "confirmed" | "reverted" | "failed"

    def __init__(self, ctx: Any, service: Any, outcome: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.outcome = outcome
        session = outcome.session or {}
        self.deadline = float(session.get("deadline") or (time.time() + 60))
        self.total = max(1.0, self.deadline - time.time())
        self.result_status = ""
        self._working = False
        self.setWindowTitle(self.tr("Keep backup DNS?"))
        self.setAccessibleName(self.tr("Keep backup DNS?"))
        layout = QVBoxLayout(self)
        name = session.get("profile_name") or outcome.profile_id
        self.headline = QLabel(self.tr("Now using %1. Names resolve again.").replace("%1", name), self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(session.get("verify_detail") or "", self)
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
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._tick()

    def seconds_left(self) -> float:
        return max(0.0, self.deadline - time.time())

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown.setText(self.tr("Switching back in %1 s").replace("%1", str(int(left + 0.999))))
        self.bar.setValue(int(1000 * left / self.total))
        if left <= 0 and not self._working:
            self._restore(self.tr("Not confirmed in time: your original DNS settings are back."))

    def _busy(self, text: str) -> None:
        self._working = True
        self.timer.stop()
        self.keep.setEnabled(False)
        self.back.setEnabled(False)
        self.countdown.setText(text)

    def _keep(self) -> None:
        self._busy(self.tr("Keeping the backup settings…"))

        def done(outcome: Any) -> None:
            if outcome.status == "confirmed":
                self._finish("confirmed", outcome.message)
            else:  # too late: the switch is being undone
                self._restore(outcome.message)

        self.ctx.run(self.service.confirm, on_done=done, on_error=lambda exc: self._finish("failed", str(exc)))

    def _restore(self, message: str) -> None:
        self._busy(self.tr("Switching back…"))

        def done(outcome: Any) -> None:
            ok = outcome.status in ("reverted", "nothing")
            self._finish("reverted" if ok else "failed", message if ok else outcome.message)

        self.ctx.run(self.service.restore, on_done=done, on_error=lambda exc: self._finish("failed", str(exc)))

    def _finish(self, status: str, message: str) -> None:
        self.result_status = status
        self.countdown.setText(message)
        self.finishedWith.emit(status)
        if status == "confirmed":
            self.accept()
        else:
            self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Escape or the close button: same as "Switch back now"
        if not self._working:
            self._restore(self.tr("Switched back to your original DNS settings."))
