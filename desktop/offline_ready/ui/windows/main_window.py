"""The main window: a sidebar of pages (Status, History, Settings, then the feature pages)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..models.status import tray_icon_key
from ..pagespec import PageSpec, page_title

log = logging.getLogger(__name__)


class _Placeholder(QWidget):
    """Stands in for a page until it is first opened (pages are built lazily)."""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages: list[PageSpec], parent: QWidget | None = None):
        super().__init__(parent)
        from .history_page import HistoryPage
        from .settings_page import SettingsPage
        from .status_page import StatusPage

        self.ctx = ctx
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Offline Ready"))
        self.setWindowIcon(ctx.icons.app_icon())
        # in the taskbar the window shows the state, never the app's tick during an outage
        ctx.bridge.stateChanged.connect(self._state_icon)
        ctx.bridge.verdictReady.connect(self._state_icon)
        self.resize(960, 640)
        self.setMinimumSize(640, 420)
        self.quitting = False

        # page specs in sidebar order: built-in first
        self.specs: list[tuple[str, type, str, str]] = [
            ("status", StatusPage, "status", self.tr("Status")),
            ("history", HistoryPage, "history", self.tr("History")),
            ("settings", SettingsPage, "settings", self.tr("Settings")),
        ]
        self.pages: dict[str, QWidget] = {}

        self.banner = QLabel(self)
        self.banner.setObjectName("main-banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setOpenExternalLinks(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QLabel#main-banner { background: palette(alternate-base); padding: 8px; }")
        self.banner.setVisible(False)

        self.nav = QListWidget(self)
        self.nav.setObjectName("main-nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        for spec in self.specs:
            self._add_nav(spec)
        self.add_pages(pages)
        self.nav.currentRowChanged.connect(self._switch)

        central = QWidget(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer = QVBoxLayout(central)
        outer.addWidget(self.banner)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)
        ctx.icons.changed.connect(self._recolour)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("F5"), self, ctx.check_now)
        self.nav.setCurrentRow(0)
        self._state_icon()  # opened during an outage: the state from the first frame, not the app's tick

    def _add_nav(self, spec: tuple[str, type, str, str]) -> None:
        page_id, _cls, icon_name, title = spec
        item = QListWidgetItem(self.ctx.icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        item.setSizeHint(QSize(0, 34))
        self.nav.addItem(item)
        self.stack.addWidget(_Placeholder(self.stack))
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 24))

    def add_pages(self, pages: list[PageSpec]) -> None:
        """Feature pages, in their fixed order after the built-in ones (they may arrive after start-up)."""
        known = {s[0] for s in self.specs}
        for spec in pages:
            if spec.page_id in known:
                continue
            entry = (spec.page_id, spec.cls, spec.icon_name, page_title(spec))
            self.specs.append(entry)
            self._add_nav(entry)

    def _recolour(self) -> None:
        for i, (_pid, _cls, icon_name, _t) in enumerate(self.specs):
            self.nav.item(i).setIcon(self.ctx.icon(icon_name))

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        page = self._ensure(row)
        self.stack.setCurrentIndex(row)
        title = getattr(page, "title", None) or self.specs[row][3]
        self.setWindowTitle(title)  # Qt adds " — Offline Ready" where the desktop shows it
        # the page loads its data itself when it is shown (widgets.load_on_show), never while built

    def _ensure(self, row: int) -> QWidget:
        page_id, cls, _icon, _title = self.specs[row]
        page = self.pages.get(page_id)
        if page is not None:
            return page
        try:
            page = cls(self.ctx, self.stack)
        except Exception as exc:
            log.exception("page %s failed to open", page_id)
            page = QLabel(self.tr("This page could not be opened: {error}").format(error=exc), self.stack)
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName(f"page-{page_id}")
        # a window made smaller than a page needs (a small screen at 200 %) scrolls the page
        # instead of squeezing its widgets over each other
        holder = QScrollArea(self.stack)
        holder.setObjectName(f"page-scroll-{page_id}")
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setWidget(page)
        old = self.stack.widget(row)
        self.stack.insertWidget(row, holder)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[page_id] = page
        new_title = getattr(page, "title", None)
        if isinstance(new_title, str) and new_title:
            self.nav.item(row).setText(new_title)
        return page

    def page(self, page_id: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec[0] == page_id:
                return self._ensure(row)
        return None

    def show_page(self, page_id: str) -> bool:
        """Raise the window on a page; ``"settings#notifications"`` also asks the page to show
        a part of itself (pages may implement ``show_anchor(anchor)``)."""
        page_id, _, anchor = page_id.partition("#")
        for row, spec in enumerate(self.specs):
            if spec[0] == page_id:
                self.nav.setCurrentRow(row)
                page = self._ensure(row)
                if anchor and callable(getattr(page, "show_anchor", None)):
                    page.show_anchor(anchor)
                self.raise_to_front()
                return True
        return False

    def raise_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_banner(self, html: str | None) -> None:
        self.banner.setText(html or "")
        self.banner.setVisible(bool(html))

    def _state_icon(self, *_args) -> None:
        ctx = self.ctx
        if ctx.situation == "unknown":
            return
        key = tray_icon_key(ctx.state, ctx.shown_verdict, on_backup=ctx.on_backup)
        if key != getattr(self, "_icon_key", None):
            self._icon_key = key
            self.setWindowIcon(ctx.icons.app_icon() if key == "online" else ctx.icons.tray_icon(key))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window keeps the app in the tray (Quit is in the tray menu).
        event.accept()
