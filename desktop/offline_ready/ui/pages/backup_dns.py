"""The Backup DNS page: profiles with their last test results, Test / Use / Restore, and the
"Use backup DNS" action of the tray and the outage window during a dns-outage.

All work goes through :class:`offline_ready.backup_dns.service.BackupDnsService` on worker
threads; the page listens to the bridge for the service's events.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..widgets.busy_button import BusyButton
from ..widgets.lock_badge import LockBadge
from ..widgets.record_table import KEY_ROLE, add_record_row, record_table, selected_key
from .feature_page import FeaturePage, alive

log = logging.getLogger(__name__)


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate``, spelt short; update.py tells lupdate to extract its strings."""
    return QCoreApplication.translate(context, text)


def start_switch(ctx: Any, profile_id: str | None = None, parent: QWidget | None = None,
                 on_finished: Any = None) -> None:
    """Switch (on a worker), then start the app's countdown (``ctx.dns_countdown``), which opens its
    dialog; used by the page, tray and outage window."""
    countdown = ctx.dns_countdown
    if countdown is None:  # switch only when something will count down (and switch back)
        raise RuntimeError("backup DNS needs the app's countdown (ctx.dns_countdown)")
    svc = ctx.backup_dns()
    if parent is not None:
        on_finished = alive(parent, on_finished)

    def done(outcome: Any) -> None:
        if outcome.status == "awaiting-confirmation":
            countdown.begin(outcome, parent, on_finished)
        else:
            ctx.notify(_t("BackupDnsPage", "Backup DNS"), outcome.message, page_id="backup_dns")
            if on_finished:
                on_finished(outcome.status)

    def failed(exc: BaseException) -> None:
        ctx.notify(_t("BackupDnsPage", "Backup DNS"), str(exc), page_id="backup_dns")
        if on_finished:
            on_finished("failed")

    ctx.run(svc.use, profile_id, on_done=done, on_error=failed)


def restore_dns(ctx: Any) -> None:
    """Back to the user's own settings (on a worker). The outcome is announced by the warnings
    (every restore publishes it), and the monitor checks at once: it watches the DNS settings."""
    ctx.run(ctx.backup_dns().restore,
            on_error=lambda exc: ctx.notify(_t("BackupDnsPage", "Backup DNS"), str(exc), page_id="backup_dns"))


def _ago(iso: str) -> str:
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    secs = (datetime.now(then.tzinfo) - then).total_seconds()
    if secs < 90:
        return _t("BackupDnsPage", "just now")
    if secs < 5400:
        return _t("BackupDnsPage", "%1 min ago").replace("%1", str(round(secs / 60)))
    if secs < 172800:
        return _t("BackupDnsPage", "%1 h ago").replace("%1", str(round(secs / 3600)))
    return QCoreApplication.translate("BackupDnsPage", "%n day(s) ago", "", round(secs / 86400))


class Page(FeaturePage):
    page_id = "backup_dns"
    icon_name = "backup_dns"
    COLUMNS = 5

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Backup DNS")
        self.status: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self.tr("Reading the DNS settings…"), self)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Backup DNS state"))
        f = self.state_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.state_label.setFont(f)
        self.advice_label = QLabel(self)
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(self.tr("What to do"))
        self.lock = LockBadge(ctx.icons, self)
        self.lock.setVisible(False)
        self.table = record_table(self, [self.tr("Profile"), self.tr("Servers"), self.tr("DNS-over-HTTPS"),
                                         self.tr("Last test"), self.tr("Status")], 1, self.tr("Backup DNS profiles"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.tested_label = QLabel(self)
        self.tested_label.setWordWrap(True)
        self.conclusions = QLabel(self)
        self.conclusions.setWordWrap(True)
        self.conclusions.setTextFormat(Qt.TextFormat.PlainText)
        self.conclusions.setAccessibleName(self.tr("Test conclusions"))
        buttons = QHBoxLayout()
        self.test_button = BusyButton(self.tr("&Test resolvers"), self.tr("Testing…"), self)
        self.test_button.setAccessibleName(self.tr("Test resolvers"))
        self.use_button = QPushButton(self.tr("&Use selected backup"), self)
        self.use_button.setAccessibleName(self.tr("Use selected backup DNS"))
        self.restore_button = QPushButton(self.tr("&Restore my settings"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the original DNS settings"))
        for b in (self.test_button, self.use_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for w in (self.state_label, self.advice_label, self.lock, self.table, self.tested_label, self.conclusions):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(self.test)
        self.use_button.clicked.connect(self.use_selected)
        self.restore_button.clicked.connect(self.restore)
        ctx.bridge.notice.connect(self._on_event)
        ctx.bridge.stateChanged.connect(lambda _e: self._update_advice())
        ctx.bridge.configChanged.connect(lambda _c: self.refresh())

    # -- data ---------------------------------------------------------------------------------------
    def service(self) -> Any:
        return self.ctx.backup_dns()

    def refresh(self) -> None:
        self.ctx.run(self.service().status, on_done=self._show, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        self.state_label.setText(self.tr("Backup DNS is unavailable: %1").replace("%1", str(exc)))

    def _show(self, st: dict[str, Any]) -> None:
        self.status = st
        if st["on_backup"]:
            sess = st.get("session") or {}
            journal = st.get("journal") or {}
            name = sess.get("profile_name") or journal.get("profile_id", "")
            self.state_label.setText(self.tr("Using backup DNS: %1").replace("%1", name))
            if not sess.get("confirmed"):
                self.state_label.setText(self.state_label.text() + self.tr(" (waiting for confirmation)"))
        else:
            servers = ", ".join(st.get("system_resolvers") or []) or self.tr("none found")
            self.state_label.setText(self.tr("Not in use. Your system resolves through %1.").replace("%1", servers))
        if st.get("originals_healthy"):
            self.state_label.setText(self.state_label.text() + "\n" + self.tr("Your original resolver works again."))
        self.lock.setVisible(not st["allow_switch"] and bool(st.get("allow_switch_locked")))
        chosen = self.selected_profile()
        self.table.setRowCount(0)
        for p in st["profiles"]:
            res = p.get("last_result")
            if p["kind"] == "original":
                when = str(p.get("note", "")).removeprefix("captured ")
                state, last = self.tr("Your own"), self.tr("saved %1").replace("%1", _ago(when))
            elif res is None:
                state, last = self.tr("Not tested"), "—"
            else:
                udp = next((t for t in res.get("transports", []) if t["transport"] == "udp"), None)
                last = "—" if not udp or udp["p50_ms"] is None else self.tr("%1 ms, %2 % lost").replace(
                    "%1", f"{udp['p50_ms']:.0f}").replace("%2", f"{udp['loss_pct']:.0f}")
                state = self.tr("Works") if p["verified"] else self.tr("Not working")
            cells = [p["name"], ", ".join(p["servers"][:2]), self.tr("yes") if p.get("doh_url") else "—", last, state]
            add_record_row(self.table, p["id"], cells)
        self._select_recommended(st, chosen)
        last = st["last_test"]
        self.tested_label.setText(self.tr("Last tested %1.").replace("%1", _ago(last["at"])) if last["at"]
                                  else self.tr("The backups have not been tested from this network yet."))
        self.conclusions.setText("\n".join(f"• {c}" for c in last["conclusions"]))
        self._update_advice()
        self._update_buttons()

    def _update_advice(self) -> None:
        verdict = getattr(self.ctx, "shown_verdict", None) or getattr(self.ctx, "verdict", None)
        if verdict is None:
            self.advice_label.setText("")
            return
        self.ctx.run(self.service().decision, verdict,
                     on_done=lambda d: self.advice_label.setText(f"{d.headline}. {d.explanation}"),
                     on_error=lambda exc: self.advice_label.setText(str(exc)))

    def selected_profile(self) -> str | None:
        return selected_key(self.table)

    def _select_recommended(self, st: dict[str, Any], chosen: str | None) -> None:
        """Keep the user's choice, else pre-select the backup "Use" would pick (preferred, else the
        first that works), so the one click the advice promises is one click."""
        switchable = [p for p in st["profiles"] if p["kind"] != "original"]
        preferred = chosen or self.ctx.config.backup_dns.preferred_profile
        pick = next((p for p in st["profiles"] if p["id"] == preferred), None) or \
            next((p for p in switchable if p["verified"]), None) or (switchable[0] if switchable else None)
        if pick is None:
            return
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == pick["id"]:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        st = self.status or {}
        on_backup = bool(st.get("on_backup"))
        pid = self.selected_profile()
        kind = next((p["kind"] for p in st.get("profiles", []) if p["id"] == pid), None)
        self.use_button.setEnabled(bool(st.get("allow_switch")) and not on_backup and pid is not None
                                   and kind != "original")
        self.restore_button.setEnabled(on_backup)

    # -- actions --------------------------------------------------------------------------------------
    def test(self) -> None:
        self.test_button.set_busy(True)

        def done(_report: Any) -> None:
            self.test_button.set_busy(False)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.test_button.set_busy(False)
            self._error(exc)

        self.ctx.run(self.service().benchmark, on_done=done, on_error=failed)

    def use_selected(self) -> None:
        pid = self.selected_profile()
        if pid is None:
            return
        self.use_button.setEnabled(False)
        start_switch(self.ctx, pid, self, on_finished=lambda _s: self.refresh())

    def restore(self) -> None:
        self.restore_button.setEnabled(False)

        # the outcome is announced by the warnings, like every restore; the page refreshes on its event
        self.ctx.run(self.service().restore, on_error=self._error)

    def _on_event(self, event: Any) -> None:
        if getattr(event, "topic", "") in ("dns.switch", "dns.tested"):
            self.refresh()

    # -- tray -------------------------------------------------------------------------------------------
    @classmethod
    def tray_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        """No entries of its own: "Use backup DNS" and "Switch back" are the fix the tray offers
        first (ui/fixes.py). The page's housekeeping (recovering a switch a crash left behind,
        re-testing the backups when due) belongs to the app (ui/background.py), not to the menu."""
        return []
