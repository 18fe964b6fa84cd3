"""Turns confirmed state changes into (few) native notifications.

Connects the bridge's ``stateChanged`` to :class:`WarningPolicy` and the policy's
decisions to the :class:`Notifier`. The 1-hour pause survives a restart (it is kept in
the state folder); a reminder timer runs only during an incident.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..atomic import atomic_write_text
from ..diagnosis.model import Verdict
from ..storeversion import FORMAT_KEY, load_json_store, unchanged
from .context import AppContext
from .fixes import fix_for
from .models.status import ON_BACKUP, duration_text, headline, plain, situation_title, tidy, warning_category
from .notifier import Notifier
from .warnings_policy import Warning, WarningPolicy, WarningSettings, utcnow

log = logging.getLogger(__name__)
STATE_FILE = "ui-state.json"
STATE_FORMAT = 1  # see storeversion


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate``, spelt short; update.py tells lupdate to extract its strings."""
    return QCoreApplication.translate(context, text)


def incident_message(warning: Warning, verdict: Verdict | None, on_backup: bool = False) -> tuple[str, str]:
    """Title and body of a warning: what is wrong (the title) and what to do (one sentence) —
    short, so a toast never cuts the action off. The details are one click away."""
    if warning.kind == "recovery":
        title = _t("Warnings", "Back online") if warning.state == "online" else situation_title(warning.state, verdict)
        body = _t("Warnings", "Your own connection works again.")
        if warning.duration_s is not None:
            body += " " + _t("Warnings", "The problem lasted {duration}.").format(duration=duration_text(warning.duration_s))
        return title, body
    title = headline(verdict, warning.state, on_backup)
    if warning.category == ON_BACKUP:
        body = _t("Warnings", "Your own DNS settings are not in use. Switch back once your resolver works again.")
    elif verdict is not None and verdict.advice.todo:
        body = plain(verdict.advice.todo[0])
    else:
        body = headline(verdict, warning.state, on_backup)
    if warning.kind == "reminder":
        title = _t("Warnings", "Still a problem: {headline}").format(headline=title)
        if warning.duration_s is not None:
            body = _t("Warnings", "For {duration} now.").format(duration=duration_text(warning.duration_s)) + " " + body
    return title, body


class WarningsController(QObject):
    pausedChanged = Signal(object)  # datetime | None

    def __init__(self, ctx: AppContext, notifier: Notifier, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = notifier
        self.policy = WarningPolicy(self._settings())
        self._load_state()
        self.count = {"incident": 0, "change": 0, "reminder": 0, "recovery": 0, "notice": 0}
        self._reminder = QTimer(self)
        self._reminder.setInterval(60_000)
        self._reminder.timeout.connect(self._tick)
        self._pause_end = QTimer(self)
        self._pause_end.setSingleShot(True)
        self._pause_end.timeout.connect(self._pause_over)
        ctx.bridge.stateChanged.connect(self._on_state)
        ctx.bridge.verdictReady.connect(self._on_verdict)
        ctx.bridge.configChanged.connect(self._on_config)
        ctx.bridge.notice.connect(self._on_notice)
        self._arm_pause_timer()

    # ---- settings and persistence -------------------------------------------------------------
    def _settings(self) -> WarningSettings:
        try:
            return WarningSettings.from_config(self.ctx.config)
        except ValueError as exc:
            log.warning("notification settings: %s", exc)
            return WarningSettings()

    def _on_config(self, _config) -> None:
        self.policy.settings = self._settings()
        self._update_timer()

    @property
    def _state_path(self):
        return self.ctx.paths.state_dir / STATE_FILE

    def _load_state(self) -> None:
        try:
            data = load_json_store(self._state_path, STATE_FORMAT, {0: unchanged})  # 0: 0.1.0
            until = data.get("warnings_paused_until")
            if until:
                self.policy.paused_until = datetime.fromisoformat(until)
                self.policy.is_paused(utcnow())  # drop an expired pause
        except (OSError, ValueError):
            pass

    def _save_state(self) -> None:
        until = self.policy.paused_until
        payload = json.dumps({FORMAT_KEY: STATE_FORMAT, "warnings_paused_until": until.isoformat() if until else None})
        path = self._state_path
        self.ctx.run(lambda: (path.parent.mkdir(parents=True, exist_ok=True), atomic_write_text(path, payload)),
                     on_error=lambda e: log.warning("cannot save UI state: %s", e))

    # ---- pause --------------------------------------------------------------------------------
    @property
    def paused_until(self) -> datetime | None:
        return self.policy.paused_until if self.policy.is_paused(utcnow()) else None

    def pause(self) -> datetime:
        until = self.policy.pause(utcnow())
        self._save_state()
        self._arm_pause_timer()
        self.pausedChanged.emit(until)
        return until

    def resume(self) -> None:
        self.policy.resume()
        self._save_state()
        self._pause_end.stop()
        self.pausedChanged.emit(None)

    def _arm_pause_timer(self) -> None:
        until = self.paused_until
        if until is None:
            return
        ms = max(1000, int((until - utcnow()).total_seconds() * 1000))
        self._pause_end.start(min(ms, 2**31 - 1))

    def _pause_over(self) -> None:
        self.policy.is_paused(utcnow())
        self._save_state()
        self.pausedChanged.emit(None)

    # ---- events -------------------------------------------------------------------------------
    def _on_state(self, event) -> None:
        category = warning_category(event.state, event.verdict, bool(getattr(event, "on_backup", False)))
        started = event.incident_started_at if isinstance(event.incident_started_at, datetime) else None
        warning = self.policy.on_state_changed(event.state, category, event.incident_id, started, utcnow(),
                                               previous=event.previous)
        self._update_timer()
        if warning is not None:
            self._emit(warning, event.verdict)
        if category is not None and event.previous in ("online", "unknown") and \
                self.ctx.config.ui.open_outage_window:
            self.ctx.open_outage_window()

    def _on_verdict(self, event) -> None:
        on_backup = bool(getattr(event, "on_backup", False))
        category = warning_category(event.confirmed, event.verdict, on_backup) if event.confirmed else None
        warning = self.policy.on_verdict(event.confirmed, category, utcnow())
        if warning is not None:
            self._emit(warning, event.verdict)

    def _tick(self) -> None:
        warning = self.policy.on_tick(utcnow())
        if warning is not None:
            self._emit(warning, self.ctx.shown_verdict)

    def _update_timer(self) -> None:
        want = self.policy.in_incident and self.policy.settings.reminder_every is not None
        if want and not self._reminder.isActive():
            self._reminder.start()
        elif not want:
            self._reminder.stop()

    def _emit(self, warning: Warning, verdict: Verdict | None) -> None:
        title, body = incident_message(warning, verdict, self.ctx.on_backup)
        self.count[warning.kind] += 1
        log.info("warning (%s): %s — %s", warning.kind, title, body.replace("\n", " / "))
        recovery = warning.kind == "recovery"
        fix = None if recovery else fix_for(self.ctx, warning.category)
        self.notifier.show(title, body, target="status" if recovery else "outage",
                           urgent=warning.kind in ("incident", "change") and warning.category != ON_BACKUP,
                           actions=(fix,) if fix else ())

    def _on_switch(self, event) -> None:
        """Backup DNS ended or went wrong — whoever did it (the countdown, the tray, the page, the
        time limit): said here, where it can't vanish with a dialog that just closed."""
        action = getattr(event, "action", "")
        if action in ("reverted", "expired"):
            title = _t("Warnings", "Back on your own DNS settings")
        elif action == "failed":
            title = _t("Warnings", "Backup DNS did not work")
        elif action == "originals-healthy":
            title = _t("Warnings", "Your own DNS resolver works again")
        else:
            return
        if self.policy.muted(utcnow()):
            return
        self.count["notice"] += 1
        fix = fix_for(self.ctx, ON_BACKUP) if action == "originals-healthy" else None
        body = _t("Warnings", "Switch back now: your own settings are the ones to use.") if fix else \
            (tidy(getattr(event, "message", "")) or title)
        self.notifier.show(title, body, target="backup_dns", actions=(fix,) if fix else ())

    def _on_notice(self, event) -> None:
        if getattr(event, "topic", "") == "dns.switch":
            self._on_switch(event)
            return
        data = getattr(event, "data", None) or {}
        if not data.get("notify"):
            return
        if self.policy.muted(utcnow()):
            return
        self.count["notice"] += 1
        self.notifier.show(getattr(event, "title", ""), getattr(event, "text", ""), target=data.get("page"))

    def notify(self, title: str, text: str, *, page_id: str | None = None, urgent: bool = False) -> None:
        """``ctx.notify``: a page's own notification, with pause and quiet hours applied."""
        if self.policy.muted(utcnow()):
            log.info("notification muted: %s", title)
            return
        self.count["notice"] += 1
        self.notifier.show(title, text, target=page_id, urgent=urgent)
