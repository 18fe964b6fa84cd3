"""The outage window: the verdict in big plain words, what still works, what to do now.

Opened from the warning (or the tray's "Show outage details…"). The action that fixes this
outage comes first, as the default and focused button (``fixes``); feature pages add theirs
after it (call the helpdesk, open the continuity plan) through ``Page.outage_actions``.

Layout, top to bottom, each part a widget of its own in ``self.body_layout`` so a feature can
add a section: the head (icon, title, subtitle, since), what is not working, what still
works, what to do, then the actions.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..fixes import fix_for, run_fix, show_fix
from ..models.status import ON_BACKUP, duration_text, headline, plain, situation_title, tray_icon_key, when_text
from ..pagespec import PageSpec
from ..palette import secondary_text_css
from ..widgets.announce import announce
from ..widgets.deferred import Deferred

log = logging.getLogger(__name__)


def _bullets(items: list[str], mark: str) -> str:
    # plain text in rich-text labels: escape, then lay out as a list
    import html

    return "".join(f"<p style='margin:2px 0'>{mark}&nbsp;{html.escape(i)}</p>" for i in items)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # a rich-text relayout is the costliest part of a refresh
        label.setText(text)


class ActionButton(QPushButton):
    """A push button mirroring a QAction (text, icon, enabled, visible, tooltip)."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        a = self.action
        self.setText(a.text())
        self.setIcon(a.icon())
        self.setEnabled(a.isEnabled())
        self.setVisible(a.isVisible())
        self.setToolTip(a.toolTip())
        self.setAccessibleName(a.text().replace("&", ""))


class OutageWindow(QWidget):
    def __init__(self, ctx: AppContext, pages: list[PageSpec], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("outage-window")
        self.setWindowTitle(self.tr("What to do now"))  # Qt adds " — Offline Ready" where the desktop shows it
        self.setWindowIcon(ctx.icons.app_icon())
        self.setAccessibleName(self.tr("Outage"))
        self.resize(640, 480)
        self._fitted = False

        self.icon = QLabel(self)
        self.icon.setFixedSize(64, 64)
        self.title = QLabel(self)
        self.title.setObjectName("outage-title")
        self.title.setWordWrap(True)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 2.0)
        f.setBold(True)
        self.title.setFont(f)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("outage-subtitle")
        self.subtitle.setWordWrap(True)
        f2 = QFont(self.font())
        f2.setPointSizeF(f2.pointSizeF() * 1.25)
        self.subtitle.setFont(f2)
        self.since = QLabel(self)
        self.since.setObjectName("outage-since")
        self.since.setStyleSheet(secondary_text_css(self.palette()))

        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.subtitle)
        head_text.addWidget(self.since)
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.broken = self._section(self.tr("What is not working"), "outage-broken")
        self.works = self._section(self.tr("What still works"), "outage-works")
        self.todo = self._section(self.tr("What to do"), "outage-todo")

        # actions: built-in first, then each page's in page order
        self.actions_box = QFrame(self)
        self.actions_box.setObjectName("outage-actions")
        self.actions_box.setAccessibleName(self.tr("What you can do now"))
        column = QVBoxLayout(self.actions_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("outage-fix")
        self.fix_button.clicked.connect(self._run_fix)
        f3 = QFont(self.font())
        f3.setBold(True)
        self.fix_button.setFont(f3)
        self.check_button = QPushButton(ctx.icon("check-now"), self.tr("&Check again"), self)
        self.check_button.setObjectName("outage-check")
        self.check_button.clicked.connect(ctx.check_now)
        self.check_button.clicked.connect(self._update_check_button)
        self.details_button = QPushButton(ctx.icon("status"), self.tr("Show the &details"), self)
        self.details_button.setObjectName("outage-details")
        self.details_button.clicked.connect(lambda: ctx.show_page("status"))
        self._actions_column = column
        self.page_buttons: list[ActionButton] = []
        self._pages_added: set[str] = set()
        for b in (self.fix_button, self.check_button, self.details_button):
            self._place(b)
        self.add_pages(pages)
        actions_title = QLabel(self.tr("<b>What you can do now</b>"), self)

        body = QWidget(self)
        bl = QVBoxLayout(body)
        self.body_layout = bl
        bl.addLayout(head)
        bl.addSpacing(8)
        for sec in (self.broken, self.works, self.todo):
            bl.addWidget(sec[0])
            bl.addWidget(sec[1])
        bl.addSpacing(8)
        bl.addWidget(actions_title)
        bl.addWidget(self.actions_box)
        from ..widgets.outage_readiness import OutageReadiness  # status pages, drill steps, gaps, report

        self.readiness_section = OutageReadiness(ctx, self)
        bl.addWidget(self.readiness_section)
        bl.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("outage-close")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter runs the default button, as in a dialog
            QShortcut(QKeySequence(enter), self, self._default_clicked)

        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._update_since)
        self._recovered_after: float | None = None
        self._last_problem_start: datetime | None = None
        self._fix_shown: str | None = None
        self._deferred = Deferred(self, self.refresh, delay_ms=40)
        ctx.bridge.verdictReady.connect(self._deferred.request)
        ctx.bridge.stateChanged.connect(self._on_state)
        ctx.bridge.checkStarted.connect(self._update_check_button)
        ctx.icons.changed.connect(self._deferred.request)
        self.refresh()

    def _update_check_button(self, *_args) -> None:
        """Busy only for a check the user asked for (here, in the tray or on the status page); the
        automatic re-checks of an outage leave the button alone."""
        self.check_button.setEnabled(not self.ctx.user_checking)

    def _place(self, button: QPushButton, index: int = -1) -> None:
        button.setMinimumHeight(button.sizeHint().height() + 6)
        button.setMaximumWidth(420)
        self._actions_column.insertWidget(index, button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_pages(self, pages: list[PageSpec]) -> None:
        """The feature pages' actions, after the fix and above the built-in buttons, in page order."""
        for spec in pages:
            factory = getattr(spec.cls, "outage_actions", None)
            if factory is None or spec.page_id in self._pages_added:
                continue
            self._pages_added.add(spec.page_id)
            try:
                actions = list(factory(self.ctx, self) or [])
            except Exception:
                log.exception("page %s failed to build its outage actions", spec.page_id)
                continue
            for a in actions:
                button = ActionButton(a, self)
                self._place(button, 1 + len(self.page_buttons))
                self.page_buttons.append(button)
        if self.isVisible():
            QTimer.singleShot(0, self._fit)

    def _section(self, title: str, name: str) -> tuple[QLabel, QLabel]:
        t = QLabel(f"<b>{title}</b>", self)
        body = QLabel(self)
        body.setObjectName(name)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(title)
        return t, body

    def _on_state(self, event) -> None:
        if self.ctx.situation == "online" and self._last_problem_start is not None:
            self._recovered_after = (datetime.now(UTC) - self._last_problem_start).total_seconds()
        elif self.ctx.situation != "online":
            self._recovered_after = None
        self._deferred.request()

    def _default_clicked(self) -> None:
        button = self.fix_button if self.fix_button.isVisible() else self.check_button
        if button.isEnabled():
            button.click()

    def _run_fix(self) -> None:
        key = self.fix_button.property("fix")
        if key:
            run_fix(self.ctx, str(key), self)

    def showEvent(self, event) -> None:
        self._ticker.start()
        self._deferred.flush()
        super().showEvent(event)
        self._fix_shown = "—"  # focus the fix (or Check again) each time the window opens
        self._update_fix()
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """As tall as the advice and actions need at this width (word-wrapped text and late
        page buttons make the plain minimum too small), never squeezed."""
        lay = self.layout()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        self.setMinimumHeight(min(need, 900))
        if self.height() < need or not self._fitted:
            self._fitted = True
            self.resize(self.width(), need)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: secondary text stays AA
            self.since.setStyleSheet(secondary_text_css(self.palette()))
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def _update_since(self) -> None:
        ctx = self.ctx
        start = ctx.incident_started_at
        if ctx.situation in ("online", "unknown") or not isinstance(start, datetime):
            if self._recovered_after is not None:
                self.since.setText(self.tr("The problem lasted {duration}.").format(
                    duration=duration_text(self._recovered_after)))
            elif ctx.verdict is not None:
                self.since.setText(self.tr("Last checked {time}").format(time=when_text(ctx.verdict.checked_at)))
            else:
                self.since.setText("")
            return
        self._last_problem_start = start
        start_utc = _utc(start)
        kind = _utc(ctx.kind_since) if isinstance(ctx.kind_since, datetime) else start_utc
        now = datetime.now(UTC)
        text = self.tr("Since {time} ({duration})").format(time=when_text(kind),
                                                           duration=duration_text((now - kind).total_seconds()))
        if (kind - start_utc).total_seconds() >= 1:  # the kind changed within the incident
            text += " · " + self.tr("the trouble began at {time}").format(time=when_text(start_utc))
        self.since.setText(text)

    def refresh(self, *_args) -> None:
        ctx = self.ctx
        v = ctx.shown_verdict
        sit = ctx.situation
        key = tray_icon_key(ctx.state, v, checking=ctx.checking, on_backup=ctx.on_backup)
        icon = ctx.icons.tray_icon(key)
        self.icon.setPixmap(icon.pixmap(64, 64))
        self.setWindowIcon(icon)  # the taskbar shows the state too, never a tick during an outage
        self.icon.setAccessibleName(situation_title(ctx.state, v, ctx.on_backup))
        if sit == "online":
            self.title.setText(self.tr("You're back online"))
            self.subtitle.setText(headline(v, ctx.state))
        elif sit == ON_BACKUP:
            self.title.setText(situation_title(ctx.state, v, True))
            self.subtitle.setText(self.tr("Your own DNS settings are not in use. Switch back once your resolver "
                                          "works again."))
        else:
            self.title.setText(headline(v, ctx.state, ctx.on_backup))
            sub = situation_title(ctx.state, v, ctx.on_backup)
            self.subtitle.setText("" if sub == self.title.text() else sub)  # one sentence per fact
        self.subtitle.setVisible(bool(self.subtitle.text()))
        advice = v.advice if v is not None and sit != ON_BACKUP else None
        said = {self.title.text().rstrip(".").lower(), self.subtitle.text().rstrip(".").lower()}
        broken = [b for b in (plain(i) for i in (advice.broken if advice else []))
                  if b.rstrip(".").lower() not in said and not b.startswith(self.title.text() + " (")]
        for (label_title, label), items, mark in (
            (self.broken, broken, "✗"),
            (self.works, [plain(i) for i in advice.works] if advice else [], "✓"),
        ):
            _set_text(label, _bullets(items, mark))
            label_title.setVisible(bool(items))
            label.setVisible(bool(items))
        steps = [plain(s) for s in advice.todo] if advice else []
        import html

        _set_text(self.todo[1], "<ol style='margin-left:0'>" + "".join(
            f"<li style='margin:3px 0'>{html.escape(s)}</li>" for s in steps) + "</ol>")
        self.todo[0].setVisible(bool(steps))
        self.todo[1].setVisible(bool(steps))
        self._update_fix()
        self.check_button.setEnabled(not ctx.user_checking)
        self._update_since()
        announce(self, f"{self.title.text()}. {self.subtitle.text()}")

    def _update_fix(self) -> None:
        """The action that fixes this outage: first, the default button, and focused when it changes."""
        fix = fix_for(self.ctx)
        key = fix[0] if fix else None
        show_fix(self.fix_button, fix)
        self.fix_button.setDefault(fix is not None)
        self.check_button.setDefault(fix is None)
        if key != self._fix_shown:
            self._fix_shown = key
            (self.fix_button if fix is not None else self.check_button).setFocus(Qt.FocusReason.OtherFocusReason)


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
