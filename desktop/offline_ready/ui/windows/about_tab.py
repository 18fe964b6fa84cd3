"""Settings → About: the version, and "Check this desktop" — the doctor's findings (what this
desktop lacks for the app to work fully, with the fix for each), run off the GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ... import APP_NAME, __version__, autostart
from ...doctor import Report, run_doctor
from ..context import AppContext


class AboutTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings-about")
        heading = QLabel(self.tr("{name} {version}").format(name=APP_NAME, version=html.escape(__version__)), self)
        heading.setObjectName("about-version")
        intro = QLabel(self.tr("Check what this desktop lacks for the app to work fully: tray icon, notifications, "
                               "password storage, backup DNS switching, start at login, data folders and policy "
                               "files. In a terminal, the same check is: offline-ready doctor"), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.check_button = QPushButton(self.tr("&Check this desktop"), self)
        self.check_button.setObjectName("about-doctor")
        self.check_button.clicked.connect(self.run_check)
        self.results = QLabel(self)
        self.results.setObjectName("about-doctor-results")
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.RichText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.results, 1)
        layout.addStretch(1)

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.results.setText(self.tr("Checking…"))
        config = self.ctx.config
        self.ctx.run(run_doctor, config, config.paths, autostart_enabled=autostart.for_platform().is_enabled,
                     on_done=self._show, on_error=self._failed)

    def _show(self, report: Report) -> None:
        self.check_button.setEnabled(True)
        marks = {"ok": self.tr("OK"), "missing": self.tr("Missing"), "problem": self.tr("Problem")}
        rows, fix_label = [], self.tr("Fix:")
        for f in report.findings:
            fix = f"<br/>{html.escape(fix_label)} {html.escape(f.fix)}" if f.fix else ""
            rows.append(f"<p><b>{html.escape(marks[f.status])} — {html.escape(f.name)}</b>: "
                        f"{html.escape(f.detail)}{fix}</p>")
        summary = (self.tr("Everything is in place.") if report.exit_code == 0 else
                   self.tr("Some parts are missing; the app works with less until they are fixed."))
        self.results.setText(f"<p>{html.escape(summary)}</p>" + "".join(rows))

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.results.setText(html.escape(self.tr("The check failed: {error}").format(error=exc)))
