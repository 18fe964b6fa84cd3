"""The tray icon and its context menu (always set: some panels only ever show the menu).

Menu: the verdict line, then the action that fixes it (Use backup DNS, Open the sign-in
page, Switch back to my DNS settings — see ``fixes``), Show outage details (during a
problem — the same thing a notification click does, as clicks are unreliable on some
desktops), Check now, Open Offline Ready, one section per feature page (documents,
contacts), Pause warnings for 1 hour, Quit.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .context import AppContext
from .fixes import fix_for, fix_hint, run_fix
from .models.status import headline, situation_title, tooltip, tray_icon_key, when_text
from .pagespec import PageSpec
from .widgets.deferred import Deferred

log = logging.getLogger(__name__)


class TrayController(QObject):
    openRequested = Signal(str)  # page id
    outageRequested = Signal()
    quitRequested = Signal()

    def __init__(self, ctx: AppContext, warnings: Any, pages: list[PageSpec], parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.warnings = warnings
        self.tray = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Offline Ready menu"))
        self.icon_key = ""
        self._build_menu()
        self.add_page_sections(pages)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self._deferred = Deferred(None, self.refresh, self)
        for sig in (ctx.bridge.checkStarted, ctx.bridge.verdictReady, ctx.bridge.stateChanged, ctx.icons.changed):
            sig.connect(self._deferred.request)
        if warnings is not None:
            warnings.pausedChanged.connect(self.refresh)
        countdown = ctx.dns_countdown
        if countdown is not None:
            self.countdown_action.triggered.connect(lambda: countdown.show_view())
            for sig in (countdown.started, countdown.tick, countdown.ended):
                sig.connect(self._show_countdown)
        self.refresh()

    # ---- menu ---------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        m = self.menu
        self.verdict_action = QAction(self)
        self.verdict_action.setObjectName("tray-verdict")
        self.verdict_action.triggered.connect(lambda: self.openRequested.emit("status"))
        m.addAction(self.verdict_action)
        self.fix_action = QAction(self)
        self.fix_action.setObjectName("tray-fix")
        self.fix_action.triggered.connect(self._run_fix)
        m.addAction(self.fix_action)
        # while a backup-DNS switch waits for "keep" (the app's countdown): the time left; opens its dialog
        self.countdown_action = QAction(self)
        self.countdown_action.setObjectName("tray-dns-countdown")
        self.countdown_action.setVisible(False)
        m.addAction(self.countdown_action)
        self.outage_action = QAction(self.tr("Show &outage details…"), self)
        self.outage_action.setObjectName("tray-outage")
        self.outage_action.triggered.connect(self.outageRequested.emit)
        m.addAction(self.outage_action)
        m.addSeparator()
        self.check_action = QAction(self.tr("&Check now"), self)
        self.check_action.setObjectName("tray-check-now")
        self.check_action.triggered.connect(self.ctx.check_now)
        self.check_action.triggered.connect(lambda: self.refresh())
        m.addAction(self.check_action)
        self.open_action = QAction(self.tr("Open Offline &Ready"), self)
        self.open_action.setObjectName("tray-open")
        self.open_action.triggered.connect(lambda: self.openRequested.emit("status"))
        m.addAction(self.open_action)
        self.section_actions: dict[str, list[QAction]] = {}
        self._sections_anchor = m.addSeparator()  # feature sections go above this line
        self.pause_action = QAction(self)
        self.pause_action.setObjectName("tray-pause")
        self.pause_action.triggered.connect(self._toggle_pause)
        m.addAction(self.pause_action)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("tray-quit")
        self.quit_action.triggered.connect(self.quitRequested.emit)
        m.addAction(self.quit_action)

    def add_page_sections(self, pages: list[PageSpec]) -> None:
        """One menu section per feature page that offers tray actions (documents, contacts, backup DNS)."""
        for spec in pages:
            factory = getattr(spec.cls, "tray_actions", None)
            if factory is None or spec.page_id in self.section_actions:
                continue
            try:
                actions = list(factory(self.ctx, self.menu) or [])
            except Exception:
                log.exception("page %s failed to build its tray actions", spec.page_id)
                continue
            if not actions:
                continue
            sep = QAction(self.menu)
            sep.setSeparator(True)
            sep.setObjectName(f"tray-section-{spec.page_id}")
            self.menu.insertAction(self._sections_anchor, sep)
            for a in actions:
                self.menu.insertAction(self._sections_anchor, a)
            self.section_actions[spec.page_id] = actions

    def _run_fix(self) -> None:
        key = self.fix_action.data()
        if key:
            run_fix(self.ctx, str(key))

    def _toggle_pause(self) -> None:
        if self.warnings is None:
            return
        if self.warnings.paused_until is not None:
            self.warnings.resume()
        else:
            self.warnings.pause()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        R = QSystemTrayIcon.ActivationReason
        if reason in (R.Trigger, R.DoubleClick):
            if self.ctx.situation not in ("online", "unknown"):
                self.outageRequested.emit()
            else:
                self.openRequested.emit("status")
        elif reason == R.MiddleClick:
            self.ctx.check_now()

    def _show_countdown(self, *_args: Any) -> None:
        countdown = self.ctx.dns_countdown
        running = countdown is not None and countdown.running
        self.countdown_action.setVisible(running)
        if running:
            left = str(int(countdown.seconds_left() + 0.999))
            self.countdown_action.setText(self.tr("Keep backup DNS? Switching back in %1 s…").replace("%1", left))

    # ---- state --------------------------------------------------------------------------------
    def refresh(self, *_args: Any) -> None:
        ctx = self.ctx
        verdict = ctx.shown_verdict
        key = tray_icon_key(ctx.state, verdict, checking=ctx.checking, on_backup=ctx.on_backup)
        dark = ctx.icons.dark
        if (key, dark) != getattr(self, "_icon_shown", None):  # re-rendering the SVG is not free
            self._icon_shown = (key, dark)
            self.tray.setIcon(ctx.icons.tray_icon(key))
            self.verdict_action.setIcon(ctx.icons.tray_icon(key))
        self.icon_key = key
        paused = self.warnings.paused_until if self.warnings is not None else None
        self.tray.setToolTip(tooltip(verdict, ctx.state, checking=ctx.user_checking, paused_until=paused,
                                     checked_at=ctx.verdict.checked_at if ctx.verdict else None,
                                     on_backup=ctx.on_backup))
        line = headline(verdict, ctx.state, ctx.on_backup)
        if len(line) > 60:
            line = line[:59] + "…"
        self.verdict_action.setText(line.replace("&", "&&"))
        self.verdict_action.setToolTip(situation_title(ctx.state, verdict, ctx.on_backup))
        fix = fix_for(ctx)
        self.fix_action.setVisible(fix is not None)
        if fix is not None:
            self.fix_action.setData(fix[0])
            self.fix_action.setText(fix[1].replace("&", "&&"))
            self.fix_action.setToolTip(fix_hint(fix[0]))
            self.fix_action.setIcon(ctx.icon("backup_dns") if fix[0] != "open-portal" else ctx.icons.tray_icon("portal"))
        problem = ctx.situation not in ("online", "unknown")
        self.outage_action.setVisible(problem)
        # only a check the user asked for shows as busy: the 3-second re-checks of an outage don't flicker
        self.check_action.setEnabled(not ctx.user_checking)
        self.check_action.setText(self.tr("Checking…") if ctx.user_checking else self.tr("&Check now"))
        if paused is not None:
            self.pause_action.setText(self.tr("Resume warnings (paused until {time})").format(time=when_text(paused)))
        else:
            self.pause_action.setText(self.tr("&Pause warnings for 1 hour"))
        self.pause_action.setEnabled(self.warnings is not None)

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def describe(self) -> dict[str, Any]:
        """What the tray shows (for the control socket used by tests and scripts)."""
        return {
            "visible": self.tray.isVisible(),
            "icon": self.icon_key,
            "tooltip": self.tray.toolTip(),
            "menu": [a.text() for a in self.menu.actions() if a.isVisible() and not a.isSeparator()],
        }
