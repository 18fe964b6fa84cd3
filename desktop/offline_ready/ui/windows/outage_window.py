"""The outage window: the verdict in big plain words, what still works, what to do now.

Opened from the warning (or the tray's "Show outage details…"). Feature pages add their
buttons here (call the helpdesk, open the continuity plan, use backup DNS) through
``Page.outage_actions``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..models.status import duration_text, headline, state_title, tray_icon_key, when_text
from ..pages import PageSpec
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
        self.since.setStyleSheet("color: palette(placeholder-text);")

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
        self.portal_button = QPushButton(self.tr("Open the &sign-in page"), self)
        self.portal_button.setObjectName("outage-portal")
        self.portal_button.clicked.connect(self._open_portal)
        self.check_button = QPushButton(ctx.icon("check-now"), self.tr("&Check again"), self)
        self.check_button.setObjectName("outage-check")
        self.check_button.clicked.connect(ctx.check_now)
        self.check_button.clicked.connect(self.refresh)
        self.details_button = QPushButton(ctx.icon("status"), self.tr("Show the &details"), self)
        self.details_button.setObjectName("outage-details")
        self.details_button.clicked.connect(lambda: ctx.show_page("status"))
        self._actions_column = column
        self.page_buttons: list[ActionButton] = []
        self._pages_added: set[str] = set()
        for b in (self.portal_button, self.check_button, self.details_button):
            self._place(b)
        self.add_pages(pages)
        actions_title = QLabel(self.tr("<b>What you can do now</b>"), self)

        body = QWidget(self)
        bl = QVBoxLayout(body)
        bl.addLayout(head)
        bl.addSpacing(8)
        for sec in (self.broken, self.works, self.todo):
            bl.addWidget(sec[0])
            bl.addWidget(sec[1])
        bl.addSpacing(8)
        bl.addWidget(actions_title)
        bl.addWidget(self.actions_box)
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

        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._update_since)
        self._recovered_after: float | None = None
        self._last_problem_start: datetime | None = None
        self._deferred = Deferred(self, self.refresh, delay_ms=40)
        ctx.bridge.verdictReady.connect(self._deferred.request)
        ctx.bridge.stateChanged.connect(self._on_state)
        ctx.icons.changed.connect(self._deferred.request)
        self.refresh()

    def _place(self, button: QPushButton, index: int = -1) -> None:
        button.setMinimumHeight(button.sizeHint().height() + 6)
        button.setMaximumWidth(420)
        self._actions_column.insertWidget(index, button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_pages(self, pages: list[PageSpec]) -> None:
        """The feature pages' actions, above the built-in buttons, in page order."""
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
                self._place(button, len(self.page_buttons))
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
        if event.state == "online" and self._last_problem_start is not None:
            self._recovered_after = (datetime.now(UTC) - self._last_problem_start).total_seconds()
        elif event.state != "online":
            self._recovered_after = None
        self._deferred.request()

    def _open_portal(self) -> None:
        v = self.ctx.shown_verdict
        if v is not None and v.portal_url:
            QDesktopServices.openUrl(QUrl(v.portal_url))

    def showEvent(self, event) -> None:
        self._ticker.start()
        self._deferred.flush()
        super().showEvent(event)
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

    def hideEvent(self, event) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def _update_since(self) -> None:
        ctx = self.ctx
        start = ctx.incident_started_at
        if ctx.state in ("online", "unknown") or not isinstance(start, datetime):
            if self._recovered_after is not None:
                self.since.setText(self.tr("The problem lasted {duration}.").format(
                    duration=duration_text(self._recovered_after)))
            elif ctx.verdict is not None:
                self.since.setText(self.tr("Last checked {time}").format(time=when_text(ctx.verdict.checked_at)))
            else:
                self.since.setText("")
            return
        self._last_problem_start = start
        start_utc = start if start.tzinfo else start.replace(tzinfo=UTC)
        lasted = (datetime.now(UTC) - start_utc).total_seconds()
        self.since.setText(self.tr("Since {time} ({duration})").format(
            time=when_text(start_utc), duration=duration_text(lasted)))

    def refresh(self, *_args) -> None:
        ctx = self.ctx
        v = ctx.shown_verdict
        key = tray_icon_key(ctx.state, v, checking=ctx.checking)
        self.icon.setPixmap(ctx.icons.tray_icon(key).pixmap(64, 64))
        self.icon.setAccessibleName(state_title(ctx.state))
        if ctx.state == "online":
            self.title.setText(self.tr("You're back online"))
            self.subtitle.setText(headline(v, ctx.state))
        else:
            self.title.setText(headline(v, ctx.state))
            self.subtitle.setText(state_title(ctx.state))
        advice = v.advice if v is not None else None
        for (label_title, label), items, mark in (
            (self.broken, advice.broken if advice else [], "✗"),
            (self.works, advice.works if advice else [], "✓"),
        ):
            _set_text(label, _bullets(items, mark))
            label_title.setVisible(bool(items))
            label.setVisible(bool(items))
        steps = advice.todo if advice else []
        import html

        _set_text(self.todo[1], "<ol style='margin-left:0'>" + "".join(
            f"<li style='margin:3px 0'>{html.escape(s)}</li>" for s in steps) + "</ol>")
        self.todo[0].setVisible(bool(steps))
        self.todo[1].setVisible(bool(steps))
        self.portal_button.setVisible(bool(v is not None and v.portal_url and ctx.state == "captive-portal"))
        self.check_button.setEnabled(not ctx.checking)
        self._update_since()
