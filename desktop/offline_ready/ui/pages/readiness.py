"""The Readiness page: a score out of 100 and the checklist, each gap with why it matters and a
one-click fix; the test notification; drills. Also the tray's "Readiness" line and the drill
reminder IT can require by policy (``drill.interval_days``)."""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...config import Config
from ..models import readiness as R
from .feature_page import FeaturePage

log = logging.getLogger(__name__)
REMIND_EVERY = timedelta(days=7)  # a late drill is recalled at most once a week
ACK_ANCHOR = "notification-ack"


def _ack(ctx: Any) -> None:
    from ...readiness.gather import record_notification_ack

    record_notification_ack(ctx.paths.state_dir)


def send_test_notification(ctx: Any) -> None:
    """A real notification through the app's own path; clicking it proves it reached the user."""
    ctx.notify(QCoreApplication.translate("ReadinessPage", "Test notification from Offline Ready"),
               QCoreApplication.translate("ReadinessPage", "Click this notification to confirm that warnings reach you."),
               page_id=f"readiness#{ACK_ANCHOR}")


class Page(FeaturePage):
    page_id = "readiness"
    icon_name = "readiness"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Readiness")
        self.setObjectName("readiness-page")
        self.result: Any = None
        self.score = QLabel("–", self)
        self.score.setObjectName("readiness-score")
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 2.6)
        f.setBold(True)
        self.score.setFont(f)
        self.score.setAccessibleName(self.tr("Readiness score"))
        self.summary = QLabel(self)
        self.summary.setObjectName("readiness-summary")
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(ctx.icon("check-now"), self.tr("Check &again"), self)
        self.check_button.setObjectName("readiness-check")
        self.check_button.clicked.connect(self.refresh)
        self.test_button = QPushButton(self.tr("Send a &test notification"), self)
        self.test_button.setObjectName("readiness-test-notification")
        self.test_button.clicked.connect(self.test_notification)
        self.ack_button = QPushButton(self.tr("I &saw it"), self)
        self.ack_button.setObjectName("readiness-ack")
        self.ack_button.setToolTip(self.tr("Confirm that the test notification appeared"))
        self.ack_button.setVisible(False)
        self.ack_button.clicked.connect(self.acknowledge)
        self.scenario = QComboBox(self)
        self.scenario.setObjectName("readiness-scenario")
        self.scenario.setAccessibleName(self.tr("Drill scenario"))
        for sid, text in R.SCENARIO_TITLES.items():
            self.scenario.addItem(R.tr(text), sid)
        self.drill_button = QPushButton(self.tr("Start a &drill"), self)
        self.drill_button.setObjectName("readiness-drill")
        self.drill_button.setToolTip(self.tr("A rehearsal: nothing on this computer is changed"))
        self.drill_button.clicked.connect(lambda: self.start_drill(self.scenario.currentData()))
        self.report_button = QPushButton(ctx.icon("report"), self.tr("&Report on the last incident…"), self)
        self.report_button.setObjectName("readiness-report")
        self.report_button.clicked.connect(lambda: _open_report(ctx, None, self))

        head = QHBoxLayout()
        head.addWidget(self.score)
        head.addWidget(self.summary, 1)
        head.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows)
        tools = QHBoxLayout()
        tools.addWidget(self.test_button)
        tools.addWidget(self.ack_button)
        tools.addStretch(1)
        tools.addWidget(self.scenario)
        tools.addWidget(self.drill_button)
        tools.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addLayout(tools)
        self._fix_buttons: list[QPushButton] = []
        ctx.bridge.configChanged.connect(lambda _c: self.refresh() if self.isVisible() else None)

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.check_button.setEnabled(False)
        self._run(R.compute, self.ctx, on_done=self.show_result, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(self.tr("The readiness check failed: {error}").format(error=exc))

    def show_result(self, result: Any) -> None:
        self.check_button.setEnabled(True)
        self.result = result
        self.score.setText(self.tr("{score}/100").format(score=result.score))
        self.summary.setText(R.summary(result))
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._fix_buttons = []
        for row, item in enumerate(result.items):
            mark, colour = R.STATUS_MARKS.get(item.status, ("?", "#5f6368"))
            badge = QLabel(f"<span style='color:{colour};font-size:large'><b>{mark}</b></span>", self.rows)
            badge.setAccessibleName(R.status_word(item.status))
            badge.setToolTip(R.status_word(item.status))
            text = QLabel(self.rows)
            text.setObjectName(f"readiness-item-{item.id}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            body = f"<b>{html.escape(R.title(item))}</b> — {html.escape(R.status_word(item.status))}<br>" \
                   f"{html.escape(item.detail)}"
            if item.status not in ("ok", "n/a"):
                body += f"<br><span style='color:palette(placeholder-text)'>{html.escape(R.why(item))}</span>"
            text.setText(body)
            text.setAccessibleName(f"{R.title(item)}: {R.status_word(item.status)}")
            self.grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            if item.status not in ("ok", "n/a") and item.fix:
                b = QPushButton(R.fix_label(item), self.rows)
                b.setObjectName(f"readiness-fix-{item.id}")
                b.clicked.connect(lambda _=False, fix=item.fix: self.apply_fix(fix))
                self.grid.addWidget(b, row, 2, Qt.AlignmentFlag.AlignTop)
                self._fix_buttons.append(b)
        self.grid.setRowStretch(len(result.items), 1)

    # -- fixes ----------------------------------------------------------------------------------------
    def apply_fix(self, fix: str) -> None:
        """One click from the gap to its remedy."""
        pages = {"open-documents": "documents", "add-document": "documents", "open-contacts": "contacts",
                 "dns-benchmark": "backup_dns", "edit-services": "settings#services",
                 "open-settings": "settings#notifications", "open-doctor": "settings#about"}
        if fix in pages:
            self.ctx.show_page(pages[fix])
        elif fix == "test-notification":
            self.test_notification()
        elif fix == "run-drill":
            self.start_drill(self.scenario.currentData())
        elif fix == "sync-documents":

            self._run(lambda: self.ctx.vault().sync(), on_done=lambda _r: self.refresh(), on_error=self._failed)
        elif fix in ("enable-autostart", "enable-encryption"):
            key = (Config.ui.start_at_login if fix == "enable-autostart" else Config.vault.encryption).key
            try:
                self.ctx.save_settings({key: True})
            except Exception as exc:  # locked by policy, or the settings file is broken: say so
                self._failed(exc)
                return
            self.refresh()

    def test_notification(self) -> None:
        send_test_notification(self.ctx)
        self.ack_button.setVisible(True)

    def acknowledge(self) -> None:
        self.ack_button.setVisible(False)
        self._run(_ack, self.ctx, on_done=lambda _r: self.refresh(), on_error=self._failed)

    def show_anchor(self, anchor: str) -> None:
        if anchor == ACK_ANCHOR:  # the test notification was clicked: it reached the user
            self.acknowledge()
        elif anchor == "drill":
            self.start_drill(self.scenario.currentData())
        elif anchor == "test-notification":
            self.test_notification()
        elif anchor == "report":
            _open_report(self.ctx, None, self)

    def start_drill(self, scenario: str) -> None:
        from ..dialogs.drill import DrillDialog

        dialog = DrillDialog(self.ctx, scenario, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        self.drill_dialog = dialog
        dialog.show()

    # -- tray -------------------------------------------------------------------------------------------
    @classmethod
    def tray_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        action = QAction(QCoreApplication.translate("ReadinessPage", "Readiness…"), parent)
        action.setObjectName("tray-readiness")
        action.setIcon(ctx.icon("readiness"))
        action.triggered.connect(lambda: ctx.show_page("readiness"))
        TrayReadiness(ctx, action)
        return [action]


class TrayReadiness(QObject):
    """Keeps the tray line ("Readiness: 72/100 — drill due") current and recalls a late drill.

    Work starts from the app's own events (the first verdict, a settings change, then at most
    hourly), never from building the menu."""

    def __init__(self, ctx: Any, action: QAction) -> None:
        super().__init__(action)
        self.ctx = ctx
        self.action = action
        self._last: datetime | None = None
        ctx.bridge.verdictReady.connect(self._maybe)
        ctx.bridge.configChanged.connect(lambda _c: self._compute())
        ctx.bridge.stateChanged.connect(self._read_status_pages)

    def _read_status_pages(self, event: Any) -> None:
        """When a problem is confirmed, read the providers' pages once in the background: the
        reading is kept, so the incident's report says what the provider said at the time."""
        v = event.verdict
        if v is None or (event.state in ("online", "unknown") and not v.services_down):
            return
        self.ctx.run(R.read_status_pages, self.ctx, v.to_dict(), event.state,
                     on_error=lambda exc: log.warning("status pages: %s", exc))

    def _maybe(self, _event: Any = None) -> None:
        if self._last is None or datetime.now(UTC) - self._last > timedelta(hours=1):
            self._compute()

    def _compute(self) -> None:
        self._last = datetime.now(UTC)
        from .feature_page import alive

        self.ctx.run(R.compute, self.ctx, on_done=alive(self, self._show), on_error=alive(self, self._error))

    def _error(self, exc: BaseException) -> None:
        log.warning("readiness for the tray: %s", exc)

    def _show(self, result: Any) -> None:
        drill = next((i for i in result.items if i.id == "drill"), None)
        text = QCoreApplication.translate("ReadinessPage", "Readiness: {score}/100").format(score=result.score)
        if drill is not None and drill.status == "gap":
            text = QCoreApplication.translate("ReadinessPage", "Readiness: {score}/100 — drill due").format(score=result.score)
            self.ctx.run(_remind_due, self.ctx, on_done=alive_notify(self))
        self.action.setText(text)
        self.action.setToolTip(R.summary(result))


def _remind_due(ctx: Any) -> bool:
    """Whether to recall the late drill now (at most weekly; only when IT's policy sets the schedule or
    the user has done drills before); remembers that it did."""
    from ...readiness.gather import last_drill_at, load_state, save_state

    # a schedule IT set, or one the user keeps: a fresh install is not nagged before its first drill
    required = ctx.config.source(Config.drill.interval_days) in ("managed", "recommended")
    if not required and last_drill_at(ctx.paths.history_db) is None:
        return False
    state = load_state(ctx.paths.state_dir)
    last = state.get("drill_reminded_at")
    try:
        if last and datetime.now(UTC) - datetime.fromisoformat(last) < REMIND_EVERY:
            return False
    except ValueError:
        pass
    state["drill_reminded_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    save_state(ctx.paths.state_dir, state)
    return True


def alive_notify(owner: TrayReadiness):
    from .feature_page import alive

    def remind(due: bool) -> None:
        if due:
            owner.ctx.notify(QCoreApplication.translate("ReadinessPage", "An outage drill is due"),
                             QCoreApplication.translate("ReadinessPage", "Your organisation asks for a short rehearsal. It changes nothing."),
                             page_id="readiness#drill")

    return alive(owner, remind)


def _open_report(ctx: Any, incident_id: int | None, parent: QWidget | None = None) -> None:
    from ..dialogs.report import open_report  # the report dialog loads when first asked for

    open_report(ctx, incident_id, parent)
