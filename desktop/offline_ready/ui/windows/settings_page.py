"""Settings, generated from the one settings schema.

Every ``Setting`` gets an editor chosen by its kind; a setting forced by the admin's
managed policy is shown read-only with a lock and "Managed by your organization". A
feature that adds a section to the schema gets its own tab without UI work.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...config import ConfigError
from ...config.schema import SETTINGS
from ...config.setting import Setting
from ..context import AppContext
from ..palette import error_text_css
from ..widgets.lock_badge import LockBadge
from .about_tab import AboutTab
from .fleet_line import FleetLine
from .services_editor import ServicesEditor
from .settings_editors import Editor, align_top, editor_for

log = logging.getLogger(__name__)

# section → tab title; sections sharing a title share a tab. Unknown sections get their own tab.
SECTION_TITLES = {
    "services": QT_TRANSLATE_NOOP("SettingsPage", "Watched services"),
    "notifications": QT_TRANSLATE_NOOP("SettingsPage", "Warnings"),
    "probes": QT_TRANSLATE_NOOP("SettingsPage", "Checks"),
    "monitor": QT_TRANSLATE_NOOP("SettingsPage", "Monitoring"),
    "history": QT_TRANSLATE_NOOP("SettingsPage", "Monitoring"),
    "ui": QT_TRANSLATE_NOOP("SettingsPage", "App"),
    "logging": QT_TRANSLATE_NOOP("SettingsPage", "App"),
    "vault": QT_TRANSLATE_NOOP("SettingsPage", "Documents and contacts"),
    "backup_dns": QT_TRANSLATE_NOOP("SettingsPage", "Backup DNS"),
    "readiness": QT_TRANSLATE_NOOP("SettingsPage", "Readiness"),
    "drill": QT_TRANSLATE_NOOP("SettingsPage", "Readiness"),
    "status_pages": QT_TRANSLATE_NOOP("SettingsPage", "Readiness"),
    "fleet": QT_TRANSLATE_NOOP("SettingsPage", "Reporting"),
    "proxy": QT_TRANSLATE_NOOP("SettingsPage", "Proxy"),
}
TAB_ORDER = ["services", "notifications", "probes", "monitor", "ui"]


def tab_title(section: str) -> str:
    text = SECTION_TITLES.get(section)
    if text:
        return QCoreApplication.translate("SettingsPage", text)
    return section.replace("_", " ").capitalize()


class ServicesSettingEditor(Editor):
    def __init__(self, setting: Setting, parent: QWidget, ctx: AppContext):
        super().__init__(setting, parent)
        self.widget = ServicesEditor(ctx, parent)
        self.widget.changed.connect(self._emit)

    def value(self) -> Any:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)

    def set_locked(self, locked: bool) -> None:
        self.widget.set_locked(locked)


_KEY = re.compile(r"\b[a-z_]+\.[a-z_]+\b")


def plain_description(text: str) -> str:
    """A description that names another setting by its key shows that setting's title instead."""
    titles = {s.key: s.label for s in SETTINGS}
    return _KEY.sub(lambda m: f"“{titles[m.group(0)]}”" if m.group(0) in titles else m.group(0), text)


class SettingsPage(QWidget):
    page_id = "settings"
    icon_name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Settings")
        self.setAccessibleName(self.title)
        self.editors: dict[str, Editor] = {}
        self.badges: dict[str, LockBadge] = {}
        self.errors: dict[str, QLabel] = {}

        self.managed_note = QLabel(self)
        self.managed_note.setObjectName("settings-managed-note")
        self.managed_note.setWordWrap(True)
        self.managed_note.setText(self.tr("Some settings are managed by your organization and cannot be changed "
                                          "here. They are marked with a lock."))
        self.fleet_line = FleetLine(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings-tabs")
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self._build_tabs()

        self.message = QLabel(self)
        self.message.setObjectName("settings-message")
        self.message.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setObjectName("settings-apply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setObjectName("settings-revert")
        self.revert_button.clicked.connect(self.load)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.managed_note)
        layout.addWidget(self.fleet_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        ctx.bridge.configChanged.connect(lambda _c: self.load())
        self.load()

    # ---- building -----------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        groups: dict[str, list[Setting]] = {}
        for s in SETTINGS:
            if not s.offered:
                continue
            section = s.section or s.key
            groups.setdefault(tab_title(section), []).append(s)
        ordered = [tab_title(s) for s in TAB_ORDER]
        titles = list(dict.fromkeys([t for t in ordered if t in groups] + list(groups)))
        for title in titles:
            self.tabs.addTab(self._build_tab(groups[title]), title)
        self.about = AboutTab(self.ctx, self.tabs)
        self.tabs.addTab(self.about, self.tr("About"))

    def _build_tab(self, settings: list[Setting]) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        row = 0
        for s in settings:
            editor = ServicesSettingEditor(s, inner, self.ctx) if s.key == "services" else editor_for(s, inner)
            editor.changed.connect(self._changed)
            self.editors[s.key] = editor
            w = editor.widget
            badge = LockBadge(self.ctx.icons, inner)
            badge.setObjectName(f"lock-{s.key}")
            self.badges[s.key] = badge
            cell = QWidget(inner)  # the editor with its lock mark beside it
            hl = QHBoxLayout(cell)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.addWidget(w, 1)
            hl.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            wide = editor.spans_label or s.key == "services"
            if wide:
                grid.addWidget(cell, row, 0, 1, 2)
            else:
                label = QLabel(s.label + ":", inner)
                label.setBuddy(w if not hasattr(w, "table") else w.table)  # type: ignore[attr-defined]
                label.setToolTip(plain_description(s.help_text))
                grid.addWidget(label, row, 0, align_top(w))
                grid.addWidget(cell, row, 1)
            row += 1
            desc = QLabel(plain_description(getattr(editor, "description", None) or s.help_text), inner)
            desc.setWordWrap(True)
            desc.setStyleSheet("color: palette(placeholder-text); font-size: small;")
            grid.addWidget(desc, row, 0 if wide else 1, 1, 2 if wide else 1)
            row += 1
            err = QLabel(inner)
            err.setStyleSheet(error_text_css(self.palette()))
            err.setWordWrap(True)
            err.setVisible(False)
            err.setObjectName(f"error-{s.key}")
            self.errors[s.key] = err
            grid.addWidget(err, row, 0 if wide else 1, 1, 2 if wide else 1)
            row += 1
            grid.setRowMinimumHeight(row, 8)
            row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # ---- values -------------------------------------------------------------------------------
    def load(self) -> None:
        config = self.ctx.config
        any_locked = False
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            try:
                editor.set_value(config[key])
            finally:
                editor.blockSignals(False)
            locked = config.is_locked(key)
            any_locked = any_locked or locked
            editor.set_locked(locked)
            self.badges[key].setVisible(locked)
            self.errors[key].setVisible(False)
        self.managed_note.setVisible(any_locked)
        self.apply_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def changes(self) -> dict[str, Any]:
        config = self.ctx.config
        out = {}
        for key, editor in self.editors.items():
            if config.is_locked(key):
                continue
            value = editor.value()
            if value != config[key]:
                out[key] = value
        return out

    def _changed(self) -> None:
        dirty = bool(self.changes())
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.message.setText(self.tr("Unsaved changes") if dirty else "")

    def validate(self, changes: dict[str, Any]) -> dict[str, str]:
        from ...config.schema import BY_KEY

        problems = {}
        for key, value in changes.items():
            try:
                BY_KEY[key].kind.check(value)  # quiet hours: the pattern parse_quiet_hours reads
            except ValueError as exc:
                problems[key] = str(exc)
        return problems

    def apply(self) -> None:
        changes = self.changes()
        for err in self.errors.values():
            err.setVisible(False)
        problems = self.validate(changes)
        if problems:
            for key, text in problems.items():
                self.errors[key].setText(text)
                self.errors[key].setVisible(True)
            first = next(iter(problems))
            self._reveal(first)
            self.message.setText(self.tr("Please correct the highlighted settings."))
            return
        if not changes:
            return
        self.apply_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.ctx.save_settings_async(changes, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, _config) -> None:
        self.message.setText(self.tr("Saved."))

    def _save_failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        if isinstance(exc, ConfigError) and exc.key in self.errors:
            self.errors[exc.key].setText(exc.problem)
            self.errors[exc.key].setVisible(True)
            self._reveal(exc.key)
        self.message.setText(self.tr("Not saved: {error}").format(error=exc))

    def show_anchor(self, anchor: str) -> None:
        """Open the tab holding a section or a setting ("notifications", "ui.start_at_login"), or "about"."""
        if anchor == "about":
            self.tabs.setCurrentWidget(self.about)
            return
        key = anchor if anchor in self.editors else next((k for k in self.editors if k.startswith(anchor + ".")
                                                          or k == anchor), None)
        if key is not None:
            self._reveal(key)

    def _reveal(self, key: str) -> None:
        w = self.editors[key].widget
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page.isAncestorOf(w):
                self.tabs.setCurrentIndex(i)
                w.setFocus()
                return
