"""The Settings line "Reporting to your organisation: … (last sent …)" and its "What is sent" button.

The status is read on a worker (the spool is an SQLite file) when the page is built, when settings
change and every 30 seconds while the line is visible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..pages.feature_page import alive
from ..widgets.load_on_show import LoadOnShow

REFRESH_MS = 30_000


def read_status(config: Any, reporter: Any) -> dict[str, Any]:
    from ...fleet.options import FleetOptions
    from ...fleet.reporter import spool_path, status_of
    from ...fleet.spool import Spool

    if reporter is not None and reporter.spool is not None:
        return reporter.status()
    options = FleetOptions.from_config(config)
    path = spool_path(config.paths)
    if not path.exists():  # never reported: nothing to open (and no file made for it)
        return status_of(options, None)
    spool = Spool(path)
    try:
        return status_of(options, spool)
    finally:
        spool.close()


class FleetLine(LoadOnShow, QWidget):
    RELOAD_ON_SHOW = True

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings-fleet")
        self.label = QLabel(self)
        self.label.setObjectName("settings-fleet-line")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("What is sent…"), self)
        self.button.setObjectName("settings-fleet-preview")
        self.button.clicked.connect(self.show_preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.status: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bridge.configChanged.connect(lambda _c: self.refresh())
        self.dialog = None

    def load(self) -> None:  # each time the settings page shows it (LoadOnShow)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # minimised is still open: it reads on when shown again
            self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if not self.isVisible() and self.status is not None:
            return
        self.ctx.run(read_status, self.ctx.config, self.ctx.fleet, on_done=alive(self.label, self.show_status),
                     on_error=alive(self.label, self._unknown))

    def _unknown(self, error: BaseException) -> None:
        self.label.setText(self.tr("Reporting to your organisation: status unknown ({error})").format(error=error))

    def show_status(self, status: dict[str, Any]) -> None:
        self.status = status
        if not status["enabled"]:
            self.label.setText(self.tr("Reporting to your organisation: off"))
            return
        where = ", ".join(status["destinations"]) or self.tr("no address set")
        if status["last_sent"]:
            when = QLocale().toString(datetime.fromisoformat(status["last_sent"]).astimezone(),
                                      QLocale.FormatType.ShortFormat)
            text = self.tr("Reporting to your organisation: {where} (last sent {when})").format(where=where, when=when)
        else:
            text = self.tr("Reporting to your organisation: {where} (nothing sent yet)").format(where=where)
        if status["queued"]:
            text += " — " + self.tr("%n item(s) waiting to be sent", "", status["queued"])
        errors = "; ".join(status.get("errors", {}).values())
        if errors:
            text += " — " + errors
        self.label.setText(text)

    def show_preview(self) -> None:
        from ..dialogs.fleet_preview import FleetPreviewDialog

        self.dialog = FleetPreviewDialog(self.ctx, self.window())
        self.dialog.show()
